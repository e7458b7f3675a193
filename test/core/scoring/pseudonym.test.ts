import { createHash } from 'node:crypto';
import { PSEUDONYM_LENGTH, pseudonym } from '../../../src/core/scoring/pseudonym';

const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
const key = 'GP|F|18|U|GT3|A|4|4|at_home|teacher|course|yes|no';

describe('pseudonyms for logs', () => {
  it('is the first 16 hex digits of SHA-256(salt, NUL, key)', () => {
    // Oracle: printf 'pepper-7f3a\0GP|F|18|U|GT3|A|4|4|at_home|teacher|course|yes|no' | sha256sum
    //   → 3e3599f121a49ced75659ac8e3093c9d8ee06b0699a76cff8354c27752c2bb2f
    expect(pseudonym(key, 'pepper-7f3a', sha256Hex)).toBe('3e3599f121a49ced');
    expect(PSEUDONYM_LENGTH).toBe(16);
  });

  it('is stable across calls and differs by key and by salt', () => {
    const first = pseudonym(key, 'pepper-7f3a', sha256Hex);
    expect(pseudonym(key, 'pepper-7f3a', sha256Hex)).toBe(first);
    expect(pseudonym(`${key}x`, 'pepper-7f3a', sha256Hex)).not.toBe(first);
    expect(pseudonym(key, 'pepper-7f3b', sha256Hex)).not.toBe(first);
  });

  it('does not let a salt and key run together', () => {
    expect(pseudonym('c', 'ab', sha256Hex)).not.toBe(pseudonym('bc', 'a', sha256Hex));
  });

  it('keys an empty row key too', () => {
    // Oracle: printf 'pepper-7f3a\0' | sha256sum → 2425b4b457ae6509…
    expect(pseudonym('', 'pepper-7f3a', sha256Hex)).toBe('2425b4b457ae6509');
  });

  it('gives lower-case hex whatever case the digest uses', () => {
    expect(pseudonym(key, 'pepper-7f3a', (text) => sha256Hex(text).toUpperCase())).toBe('3e3599f121a49ced');
  });

  it('gives distinct keys to a thousand students', () => {
    const keys = Array.from({ length: 1000 }, (_, i) => pseudonym(`student-${i}`, 's', sha256Hex));
    expect(new Set(keys).size).toBe(1000);
    expect(keys.every((k) => /^[0-9a-f]{16}$/.test(k))).toBe(true);
  });

  it('says why it refuses, showing at most 80 characters of a bad digest', () => {
    expect(() => pseudonym(key, '', sha256Hex)).toThrow(
      new RangeError('A pseudonym needs a non-empty salt.'),
    );
    const hex = 'a'.repeat(64);
    // 64 hex digits with anything before or after them is not a digest.
    for (const digest of [`x${hex}`, `${hex}x`, `${hex}0`]) {
      expect(() => pseudonym(key, 's', () => digest)).toThrow(
        new TypeError(`sha256Hex must return 64 hex digits, not "${digest}".`),
      );
    }
    expect(() => pseudonym(key, 's', () => 'b'.repeat(100))).toThrow(
      new TypeError(`sha256Hex must return 64 hex digits, not "${'b'.repeat(80)}".`),
    );
  });

  it('throws RangeError for an empty salt and TypeError for a digest that is not 64 hex digits', () => {
    expect(() => pseudonym(key, '', sha256Hex)).toThrow(RangeError);
    expect(() => pseudonym(key, 's', () => 'abc')).toThrow(TypeError);
    expect(() => pseudonym(key, 's', (text) => `${sha256Hex(text).slice(1)}g`)).toThrow(TypeError);
  });
});
