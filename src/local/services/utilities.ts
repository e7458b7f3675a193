/**
 * The local `Utilities`: digests and HMACs as signed byte arrays, base64, UUIDs, date formatting in real time
 * zones, string formatting, CSV parsing, blobs, and a `sleep` that moves the injected clock instead of blocking.
 */
import crypto from 'node:crypto';
import type { CallLog } from '../call-log';
import { LocalBlob } from './blob';
import { bytesOf, decodeBase64, encodeBase64, UtilitiesCharset } from './bytes';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import { DigestAlgorithms, digestBytes, hmacBytes, MacAlgorithms } from './digest';
import { formatInstant } from './format-date';
import { formatString } from './format-string';
import type { Subset } from '../implements';
import { parseCsv } from './parse-csv';

type Charset = GoogleAppsScript.Utilities.Charset;
type DigestAlgorithm = GoogleAppsScript.Utilities.DigestAlgorithm;
type MacAlgorithm = GoogleAppsScript.Utilities.MacAlgorithm;
type ByteArray = number[];

/** Documented maximum of `Utilities.sleep`: 300000 ms (5 minutes). */
export const SLEEP_LIMIT_MS = 300_000;

export interface LocalUtilitiesOptions {
  calls: CallLog;
  clock?: Clock;
  /** Source of `getUuid()` values; random UUIDs by default. Tests pass a counter for stable output. */
  uuid?: () => string;
}

export class LocalUtilities implements Subset<
  GoogleAppsScript.Utilities.Utilities,
  | 'Charset'
  | 'DigestAlgorithm'
  | 'MacAlgorithm'
  | 'computeDigest'
  | 'computeHmacSha256Signature'
  | 'computeHmacSignature'
  | 'base64Encode'
  | 'base64EncodeWebSafe'
  | 'base64Decode'
  | 'base64DecodeWebSafe'
  | 'getUuid'
  | 'formatDate'
  | 'formatString'
  | 'sleep'
  | 'newBlob'
  | 'parseCsv'
> {
  readonly Charset = UtilitiesCharset;
  readonly DigestAlgorithm = DigestAlgorithms;
  readonly MacAlgorithm = MacAlgorithms;
  private readonly calls: CallLog;
  private readonly clock: Clock;
  private readonly uuid: () => string;

  constructor(options: LocalUtilitiesOptions) {
    this.calls = options.calls;
    this.clock = options.clock ?? new ManualClock();
    this.uuid = options.uuid ?? (() => crypto.randomUUID());
  }

  /** The digest of a string (UTF-8 unless a charset is given) or of bytes, as signed bytes. */
  computeDigest(algorithm: DigestAlgorithm, value: string | ByteArray, charset?: Charset): ByteArray {
    this.calls.record('Utilities', 'computeDigest');
    return digestBytes(algorithm, value, charset);
  }

  /** HMAC-SHA256 of `value` with `key` (both strings or both byte arrays), as signed bytes. */
  computeHmacSha256Signature(
    value: string | ByteArray,
    key: string | ByteArray,
    charset?: Charset,
  ): ByteArray {
    this.calls.record('Utilities', 'computeHmacSha256Signature');
    return hmacBytes(MacAlgorithms.HMAC_SHA_256, value, key, charset);
  }

  computeHmacSignature(
    algorithm: MacAlgorithm,
    value: string | ByteArray,
    key: string | ByteArray,
    charset?: Charset,
  ): ByteArray {
    this.calls.record('Utilities', 'computeHmacSignature');
    return hmacBytes(algorithm, value, key, charset);
  }

  base64Encode(data: string | ByteArray, charset?: Charset): string {
    this.calls.record('Utilities', 'base64Encode');
    return encodeBase64(bytesOf(data, charset), false);
  }

  /** URL-safe alphabet (- and _), padding kept, as Apps Script's encoder does. */
  base64EncodeWebSafe(data: string | ByteArray, charset?: Charset): string {
    this.calls.record('Utilities', 'base64EncodeWebSafe');
    return encodeBase64(bytesOf(data, charset), true);
  }

  /** @throws Error "Could not decode string." for text outside the base64 alphabet. */
  base64Decode(encoded: string, _charset?: Charset): ByteArray {
    this.calls.record('Utilities', 'base64Decode');
    return decodeBase64(encoded, false);
  }

  base64DecodeWebSafe(encoded: string, _charset?: Charset): ByteArray {
    this.calls.record('Utilities', 'base64DecodeWebSafe');
    return decodeBase64(encoded, true);
  }

  getUuid(): string {
    this.calls.record('Utilities', 'getUuid');
    return this.uuid();
  }

  /**
   * `date` as seen in `timeZone`, with a SimpleDateFormat `format`.
   * @throws TypeError when `date` is not a Date (from any realm); RangeError for a bad zone or pattern letter.
   */
  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    this.calls.record('Utilities', 'formatDate');
    // Dates made inside the vm context are not `instanceof Date` here, hence the tag check.
    if (Object.prototype.toString.call(date) !== '[object Date]')
      throw new TypeError('formatDate needs a Date');
    const ms = date.getTime();
    if (Number.isNaN(ms)) throw new RangeError('formatDate: invalid Date');
    return formatInstant(ms, String(timeZone), String(format));
  }

  formatString(template: string, ...args: unknown[]): string {
    this.calls.record('Utilities', 'formatString');
    return formatString(template, args);
  }

  /**
   * Advances the clock by `milliseconds` and returns at once.
   * @throws RangeError outside 0..300000, the documented maximum.
   */
  sleep(milliseconds: number): void {
    this.calls.record('Utilities', 'sleep');
    if (!Number.isFinite(milliseconds) || milliseconds < 0 || milliseconds > SLEEP_LIMIT_MS) {
      throw new RangeError(`Utilities.sleep: ${milliseconds} ms is outside 0..${SLEEP_LIMIT_MS}`);
    }
    this.clock.advance(Math.floor(milliseconds));
  }

  newBlob(data: string | ByteArray, contentType?: string, name?: string): LocalBlob {
    this.calls.record('Utilities', 'newBlob');
    return new LocalBlob(data, this.calls, contentType, name);
  }

  parseCsv(csv: string, delimiter?: string): string[][] {
    this.calls.record('Utilities', 'parseCsv');
    return parseCsv(String(csv), delimiter);
  }
}
