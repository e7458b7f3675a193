/**
 * Pseudonyms for logs and alerts that must never carry a student's name or row: a stable 16-hex-character
 * key per row key (e.g. a match key), made by hashing the key with a secret salt (salted SHA-256, truncated
 * to 64 bits). The salt lives in the spreadsheet's properties, so the same student gets the same key on every
 * run and the logs can be joined, while nobody without the salt can recompute a key from a name. 64 bits keep
 * accidental collisions negligible for any school (a chance of about 3 in 10¹² for 10,000 students). The hash is passed in
 * (`Utilities.computeDigest` in Apps Script, `node:crypto` in tests), so this module stays pure.
 */

/** Hex digits kept from the digest. */
export const PSEUDONYM_LENGTH = 16;

/** Separates salt and key in the hashed text, so ("ab", "c") and ("a", "bc") hash differently. */
const SEPARATOR = '\u0000';

/**
 * The first 16 hex digits (lower case) of SHA-256(salt + U+0000 + rowKey), where `sha256Hex` returns the
 * 64-digit hex digest of the UTF-8 text. Throws `RangeError` for an empty salt (keys would be guessable from
 * names) and `TypeError` when `sha256Hex` does not return 64 hex digits.
 */
export function pseudonym(rowKey: string, salt: string, sha256Hex: (text: string) => string): string {
  if (salt.length === 0) throw new RangeError('A pseudonym needs a non-empty salt.');
  const digest = sha256Hex(`${salt}${SEPARATOR}${rowKey}`);
  if (!/^[0-9a-fA-F]{64}$/.test(digest)) {
    throw new TypeError(`sha256Hex must return 64 hex digits, not "${digest.slice(0, 80)}".`);
  }
  return digest.slice(0, PSEUDONYM_LENGTH).toLowerCase();
}
