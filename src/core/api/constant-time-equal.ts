/**
 * String comparison whose running time does not depend on where the strings first differ, for checking the web
 * API's token: an early-exit `===` would let a caller who can time many requests learn the token a character at
 * a time. The length is not secret (every token PassCompass makes has the same length).
 */

/** True when `given` and `expected` are the same string; time O(max length), independent of their contents. */
export function constantTimeEqual(given: string, expected: string): boolean {
  // Stryker disable next-line MethodExpression: timing only; unequal lengths already make `difference` non-zero, and the length is not secret
  const length = Math.max(given.length, expected.length);
  let difference = given.length ^ expected.length;
  // Stryker disable next-line EqualityOperator: timing only; one more step reads past both ends, NaN | 0 on each side, so 0 ^ 0 adds nothing
  for (let i = 0; i < length; i += 1) {
    // charCodeAt past the end is NaN, which `| 0` turns into 0; the length difference above already counts it.
    difference |= (given.charCodeAt(i) | 0) ^ (expected.charCodeAt(i) | 0);
  }
  return difference === 0;
}

/**
 * A new token from random UUIDs (`Utilities.getUuid()` in Apps Script: version 4, 122 random bits each): two of
 * them without dashes, 64 hex digits and 244 random bits. Throws `TypeError` when `uuid` does not return UUIDs.
 */
export function newToken(uuid: () => string): string {
  const token = `${uuid()}${uuid()}`.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(token)) throw new TypeError('uuid() must return UUIDs to make a token.');
  return token;
}
