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

describe('sha256Hex on known test vectors', () => {
  // Digests from FIPS 180-2's examples and hashlib: /usr/bin/python3 test/core/random-sha256-oracle.py
  it.each([
    ['the empty string', '', 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'],
    [
      'the NIST two-block message (56 bytes)',
      'abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq',
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    ],
    [
      '55 bytes (one block)',
      'a'.repeat(55),
      '9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318',
    ],
    [
      '56 bytes (two blocks)',
      'a'.repeat(56),
      'b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a',
    ],
    ['64 bytes', 'a'.repeat(64), 'ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb'],
    ['accented text', 'João Gonçalves', '056518109f599a26f163f03a8dd3cd9a7010ff73cc5a92749d2c171fb830751a'],
    ['an emoji', '😀', 'f0443a342c5ef54783a111b51ba56c938e474c32324d90c3a60c9c8e3a37e2d9'],
  ])('gives the known digest of %s', (_, text, digest) => {
    expect(sha256Hex(text)).toBe(digest);
  });
});

describe('utf8Bytes at the edges of each encoding length', () => {
  // Bytes from the UTF-8 definition (RFC 3629, table in section 3).
  it.each([
    ['U+007F', '\u007f', [0x7f]],
    ['U+0080', '\u0080', [0xc2, 0x80]],
    ['U+07FF', '\u07ff', [0xdf, 0xbf]],
    ['U+0800', '\u0800', [0xe0, 0xa0, 0x80]],
    ['U+D7FF', '\ud7ff', [0xed, 0x9f, 0xbf]],
    ['U+E000', '\ue000', [0xee, 0x80, 0x80]],
    ['U+FFFF', '\uffff', [0xef, 0xbf, 0xbf]],
    ['U+10000 (first pair)', '\ud800\udc00', [0xf0, 0x90, 0x80, 0x80]],
    ['U+103FF', '\ud800\udfff', [0xf0, 0x90, 0x8f, 0xbf]],
    ['U+10FC00', '\udbff\udc00', [0xf4, 0x8f, 0xb0, 0x80]],
    ['U+10FFFF (last pair)', '\udbff\udfff', [0xf4, 0x8f, 0xbf, 0xbf]],
    ['U+1F600', '\ud83d\ude00', [0xf0, 0x9f, 0x98, 0x80]],
  ])('encodes %s', (_, text, bytes) => {
    expect([...utf8Bytes(text)]).toEqual(bytes);
  });

  const FFFD = [0xef, 0xbf, 0xbd];
  it.each([
    ['a lone high surrogate at the end', 'a\ud800', [0x61, ...FFFD]],
    ['a lone U+DBFF before a letter', '\udbffx', [...FFFD, 0x78]],
    ['a lone low surrogate U+DC00', '\udc00', FFFD],
    ['a lone low surrogate U+DFFF', '\udfff', FFFD],
    ['two low surrogates', '\udc00\udc00', [...FFFD, ...FFFD]],
    ['a high surrogate before U+E000', '\ud800\ue000', [...FFFD, 0xee, 0x80, 0x80]],
    ['a high surrogate before U+DBFF', '\ud800\udbff', [...FFFD, ...FFFD]],
  ])('replaces %s with U+FFFD', (_, text, bytes) => {
    expect([...utf8Bytes(text)]).toEqual(bytes);
  });
});
