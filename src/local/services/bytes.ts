/**
 * Byte arrays as Apps Script hands them to JavaScript: Java bytes, so signed integers from -128 to 127
 * (`Utilities.computeDigest` of "abc" starts with -70, not 186). Converts between those, Node buffers and
 * strings in the two charsets of `Utilities.Charset`.
 */
import { appsScriptEnum } from './enum';

type Charset = GoogleAppsScript.Utilities.Charset;

export const UtilitiesCharset = appsScriptEnum<typeof GoogleAppsScript.Utilities.Charset>([
  'US_ASCII',
  'UTF_8',
]);

/** Bytes as Apps Script returns them: each in -128..127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/**
 * A buffer from an Apps Script byte array. Accepts signed (-128..127) and unsigned (0..255) values, since
 * both come out of JavaScript code in practice.
 * @throws TypeError for anything that is not an array of integers in -128..255.
 */
export function fromByteArray(bytes: readonly unknown[]): Buffer {
  const out = Buffer.alloc(bytes.length);
  bytes.forEach((value, i) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < -128 || value > 255) {
      throw new TypeError(`byte ${i} is ${String(value)}, not an integer in -128..255`);
    }
    out[i] = value & 0xff;
  });
  return out;
}

/**
 * A string's bytes in `charset` (UTF-8 when none is given: assumed, since Google does not document the
 * default). US-ASCII replaces every character it cannot encode with "?", as Java does.
 */
export function encodeString(text: string, charset: Charset = UtilitiesCharset.UTF_8): Buffer {
  assertCharset(charset);
  if (charset === UtilitiesCharset.UTF_8) return Buffer.from(text, 'utf8');
  return Buffer.from(
    Array.from(text, (ch) => ((ch.codePointAt(0) ?? 0) < 128 ? (ch.codePointAt(0) ?? 0) : 63)),
  );
}

/** Decodes bytes in a charset named as Java names them ("UTF-8", "US-ASCII"); UTF-8 by default. */
export function decodeBytes(bytes: Buffer, charsetName = 'UTF-8'): string {
  const name = charsetName.toUpperCase().replace(/_/g, '-');
  if (name === 'UTF-8') return bytes.toString('utf8');
  if (name === 'US-ASCII' || name === 'ASCII')
    return Array.from(bytes, (b) => (b < 128 ? String.fromCharCode(b) : '\ufffd')).join('');
  throw new RangeError(
    `charset ${charsetName} is not supported by the local runtime (use UTF-8 or US-ASCII)`,
  );
}

/** The bytes of a `string | Byte[]` argument, as the Utilities methods with both overloads take it. */
export function bytesOf(value: string | readonly unknown[], charset?: Charset): Buffer {
  if (typeof value === 'string') return encodeString(value, charset);
  if (Array.isArray(value)) return fromByteArray(value);
  throw new TypeError(`expected a string or a byte array, got ${typeof value}`);
}

/** Base64 of `bytes`; the web-safe alphabet uses - and _ and keeps the padding, as Apps Script's encoder does. */
export function encodeBase64(bytes: Buffer, webSafe: boolean): string {
  const text = bytes.toString('base64');
  return webSafe ? text.replace(/\+/g, '-').replace(/\//g, '_') : text;
}

/**
 * The signed bytes of base64 text (white space ignored).
 * @throws Error "Could not decode string." for text outside the alphabet, as Apps Script does.
 */
export function decodeBase64(encoded: string, webSafe: boolean): number[] {
  let compact = String(encoded).replace(/\s+/g, '');
  if (webSafe) compact = compact.replace(/-/g, '+').replace(/_/g, '/');
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(compact)) throw new Error('Could not decode string.');
  return toSignedBytes(Buffer.from(compact, 'base64'));
}

function assertCharset(charset: unknown): void {
  if (charset !== UtilitiesCharset.UTF_8 && charset !== UtilitiesCharset.US_ASCII) {
    throw new TypeError(`expected a Utilities.Charset, got ${String(charset)}`);
  }
}
