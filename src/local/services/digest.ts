/**
 * Digests and HMACs as Apps Script returns them, signed byte arrays, computed with Node's crypto, and the
 * `DigestAlgorithm` and `MacAlgorithm` enums of `Utilities`.
 */
import crypto from 'node:crypto';
import { bytesOf, toSignedBytes } from './bytes';
import { appsScriptEnum } from './enum';

type Charset = GoogleAppsScript.Utilities.Charset;
type ByteArray = number[];

export const DigestAlgorithms = appsScriptEnum<typeof GoogleAppsScript.Utilities.DigestAlgorithm>([
  'MD2',
  'MD5',
  'SHA_1',
  'SHA_256',
  'SHA_384',
  'SHA_512',
]);
export const MacAlgorithms = appsScriptEnum<typeof GoogleAppsScript.Utilities.MacAlgorithm>([
  'HMAC_MD5',
  'HMAC_SHA_1',
  'HMAC_SHA_256',
  'HMAC_SHA_384',
  'HMAC_SHA_512',
]);

/** Node's name of each algorithm; MD2 is missing because Node's OpenSSL no longer has it. */
const NODE_HASH: Record<string, string> = {
  MD5: 'md5',
  SHA_1: 'sha1',
  SHA_256: 'sha256',
  SHA_384: 'sha384',
  SHA_512: 'sha512',
  HMAC_MD5: 'md5',
  HMAC_SHA_1: 'sha1',
  HMAC_SHA_256: 'sha256',
  HMAC_SHA_384: 'sha384',
  HMAC_SHA_512: 'sha512',
};

/**
 * The digest of a string (UTF-8 unless a charset is given) or of bytes, as signed bytes.
 * @throws RangeError for MD2, which Node's OpenSSL no longer has.
 */
export function digestBytes(algorithm: unknown, value: string | ByteArray, charset?: Charset): ByteArray {
  const hash = crypto.createHash(nodeHash(algorithm, DigestAlgorithms)).update(bytesOf(value, charset));
  return toSignedBytes(hash.digest());
}

/**
 * The HMAC of `value` with `key` (both strings or both byte arrays) as signed bytes.
 * @throws TypeError when one is a string and the other bytes.
 */
export function hmacBytes(
  algorithm: unknown,
  value: string | ByteArray,
  key: string | ByteArray,
  charset?: Charset,
): ByteArray {
  if (typeof value !== typeof key)
    throw new TypeError('value and key must both be strings or both byte arrays');
  const mac = crypto.createHmac(nodeHash(algorithm, MacAlgorithms), bytesOf(key, charset));
  return toSignedBytes(mac.update(bytesOf(value, charset)).digest());
}

function nodeHash(algorithm: unknown, allowed: object): string {
  const name = Object.values(allowed).includes(algorithm) ? NODE_HASH[String(algorithm)] : undefined;
  if (name === undefined)
    throw new RangeError(`algorithm ${String(algorithm)} is not supported by the local runtime`);
  return name;
}
