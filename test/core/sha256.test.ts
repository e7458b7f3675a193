import { createHash } from 'node:crypto';
import { sha256Hex, utf8Bytes } from '../../src/core/sha256';

describe('sha256Hex', () => {
  it.each(['', 'abc', 'Ana Silva', 'João Gonçalves', '😀 emoji', 'x'.repeat(1000)])(
    'matches Node crypto for %j',
    (text) => {
      expect(sha256Hex(text)).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    },
  );

  it('encodes text to UTF-8 as TextEncoder does, lone surrogates included', () => {
    for (const text of ['é', '€', '😀', '\ud800x', 'a\udc00']) {
      expect([...utf8Bytes(text)]).toEqual([...new TextEncoder().encode(text)]);
    }
  });

  it('gives the NIST digest of "abc"', () => {
    // FIPS 180-2, appendix B.1.
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
