import crypto from 'node:crypto';
import vm from 'node:vm';
import { CallLog } from '../../../src/local/call-log';
import { ManualClock } from '../../../src/local/services/clock';
import { LocalUtilities } from '../../../src/local/services/utilities';

function aUtilities(clock = new ManualClock()) {
  let n = 0;
  return new LocalUtilities({ calls: new CallLog(), clock, uuid: () => `uuid-${(n += 1)}` });
}

/** Node's digest as the signed bytes a Java byte[] gives Apps Script. */
function signed(buffer: Buffer): number[] {
  return [...new Int8Array(buffer.buffer, buffer.byteOffset, buffer.length)];
}

describe('LocalUtilities digests', () => {
  const u = aUtilities();

  test('computeDigest SHA_256 equals Node crypto as signed bytes', () => {
    const text = 'PassCompass model v3 — élève';
    const expected = signed(crypto.createHash('sha256').update(text, 'utf8').digest());
    expect(u.computeDigest(u.DigestAlgorithm.SHA_256, text, u.Charset.UTF_8)).toEqual(expected);
  });

  test('the SHA-256 of "abc" starts with -70, the signed form of 0xba', () => {
    const digest = u.computeDigest(u.DigestAlgorithm.SHA_256, 'abc');
    expect(digest.slice(0, 4)).toEqual([-70, 120, 22, -65]); // ba 78 16 bf (FIPS 180-2 test vector)
    expect(Math.min(...digest)).toBeGreaterThanOrEqual(-128);
    expect(Math.max(...digest)).toBeLessThanOrEqual(127);
  });

  test('computeDigest MD5 of a byte array equals Node crypto', () => {
    const bytes = [0, 1, -1, 127, -128, 64];
    const expected = signed(
      crypto
        .createHash('md5')
        .update(Buffer.from(bytes.map((b) => b & 0xff)))
        .digest(),
    );
    expect(u.computeDigest(u.DigestAlgorithm.MD5, bytes)).toEqual(expected);
  });

  test('the US_ASCII charset hashes non-ASCII characters as "?"', () => {
    expect(u.computeDigest(u.DigestAlgorithm.MD5, 'é', u.Charset.US_ASCII)).toEqual(
      u.computeDigest(u.DigestAlgorithm.MD5, '?'),
    );
  });

  test('MD2 is refused rather than computed wrongly', () => {
    expect(() => u.computeDigest(u.DigestAlgorithm.MD2, 'x')).toThrow(/not supported/);
  });

  test('computeHmacSha256Signature equals Node crypto as signed bytes', () => {
    const expected = signed(crypto.createHmac('sha256', 'secret').update('payload').digest());
    expect(u.computeHmacSha256Signature('payload', 'secret')).toEqual(expected);
  });
});

describe('LocalUtilities base64', () => {
  const u = aUtilities();

  test('base64Decode gives back the signed bytes base64Encode was given', () => {
    const bytes = [-1, -128, 0, 127, 65];
    expect(u.base64Decode(u.base64Encode(bytes))).toEqual(bytes);
  });

  test('base64EncodeWebSafe uses - and _ and keeps the padding', () => {
    const bytes = [-5, -1, -65];
    expect([u.base64Encode(bytes), u.base64EncodeWebSafe(bytes), u.base64EncodeWebSafe('a')]).toEqual([
      '+/+/',
      '-_-_',
      'YQ==',
    ]);
  });

  test('base64Decode rejects text outside the base64 alphabet', () => {
    expect(() => u.base64Decode('not base64!')).toThrow('Could not decode string.');
  });
});

describe('LocalUtilities dates and time', () => {
  const instant = new Date(Date.UTC(2024, 0, 15, 23, 30, 5));

  test('formatDate shows the same instant in two time zones', () => {
    const u = aUtilities();
    const pattern = "yyyy-MM-dd'T'HH:mm:ssXXX";
    expect([
      u.formatDate(instant, 'Europe/Paris', pattern),
      u.formatDate(instant, 'America/New_York', pattern),
    ]).toEqual(['2024-01-16T00:30:05+01:00', '2024-01-15T18:30:05-05:00']);
  });

  test('formatDate writes Z for UTC with X patterns and +0000 with Z', () => {
    const u = aUtilities();
    expect(u.formatDate(instant, 'Etc/UTC', 'HH:mm XXX Z')).toBe('23:30 Z +0000');
  });

  test('formatDate supports names, 12-hour clock and quoted text', () => {
    const u = aUtilities();
    expect(u.formatDate(instant, 'Asia/Kolkata', "EEEE d MMMM yy, h:mm a 'o''clock'")).toBe(
      "Tuesday 16 January 24, 5:00 AM o'clock",
    );
  });

  test('formatDate accepts a Date made in another realm (the vm context)', () => {
    const u = aUtilities();
    const foreign = vm.runInNewContext('new Date(Date.UTC(2024, 0, 15))') as Date;
    expect(u.formatDate(foreign, 'Etc/UTC', 'yyyy-MM-dd')).toBe('2024-01-15');
  });

  test('formatDate refuses a pattern letter it does not support', () => {
    expect(() => aUtilities().formatDate(instant, 'Etc/UTC', 'yyyy z')).toThrow(/letter z is not supported/);
  });

  test('formatDate refuses an unknown time zone', () => {
    expect(() => aUtilities().formatDate(instant, 'Mars/Olympus', 'yyyy')).toThrow(/Invalid time zone/);
  });

  test('sleep moves the clock and returns at once', () => {
    const clock = new ManualClock();
    const before = clock.now();
    const started = Date.now();
    aUtilities(clock).sleep(120_000);
    expect([clock.now() - before, Date.now() - started < 1000]).toEqual([120_000, true]);
  });

  test('sleep longer than 5 minutes is refused', () => {
    expect(() => aUtilities().sleep(300_001)).toThrow(RangeError);
  });
});

describe('LocalUtilities text helpers', () => {
  test('newBlob turns a string into bytes and back', () => {
    const blob = aUtilities().newBlob('élève', 'text/csv', 'roster.csv');
    expect([
      blob.getBytes().slice(0, 2),
      blob.getDataAsString(),
      blob.getContentType(),
      blob.getName(),
    ]).toEqual([[-61, -87], 'élève', 'text/csv', 'roster.csv']);
  });

  test('parseCsv handles quoted delimiters, doubled quotes and line breaks', () => {
    const csv = 'name,notes\r\n"Smith, Ann","said ""hi""\nthen left"\nLee,\n';
    expect(aUtilities().parseCsv(csv)).toEqual([
      ['name', 'notes'],
      ['Smith, Ann', 'said "hi"\nthen left'],
      ['Lee', ''],
    ]);
  });

  test('parseCsv takes another delimiter', () => {
    expect(aUtilities().parseCsv('a;b\n1;2', ';')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  test('formatString fills %s, %d and %.2f', () => {
    expect(aUtilities().formatString('%s: %d rows, %.2f%%', 'Students', 395.7, 0.125)).toBe(
      'Students: 395 rows, 0.13%',
    );
  });

  test('getUuid comes from the injected source', () => {
    const u = aUtilities();
    expect([u.getUuid(), u.getUuid()]).toEqual(['uuid-1', 'uuid-2']);
  });
});
