import {
  TEXT_TIMESTAMP_PATTERN,
  sheetTimestampFormat,
  textTimestamp,
} from '../../../src/core/time/timestamp-format';

describe('the timestamp format of a spreadsheet locale', () => {
  it.each([
    ['en_US', 'm/d/yyyy h:mm'],
    ['en_GB', 'dd/mm/yyyy hh:mm'],
    ['pt_PT', 'dd/mm/yyyy hh:mm'],
    ['pt-BR', 'dd/mm/yyyy hh:mm'],
    ['de_DE', 'dd.mm.yyyy hh:mm'],
    ['ja_JP', 'yyyy-mm-dd hh:mm'],
    ['en_CA', 'yyyy-mm-dd hh:mm'],
    ['en', 'yyyy-mm-dd hh:mm'],
    ['', 'yyyy-mm-dd hh:mm'],
  ])('%s writes %s', (locale, format) => {
    expect(sheetTimestampFormat(locale)).toBe(format);
  });

  // Every country the table names, each with its short date pattern in CLDR (month first; day.month with dots;
  // year first, written as ISO 8601), so that dropping one from its list is noticed.
  it.each([
    ...['US', 'PH', 'FM', 'MH', 'PW'].map((c) => [c, 'm/d/yyyy h:mm']),
    ...['DE', 'AT', 'CH', 'PL', 'RU', 'UA', 'CZ', 'SK', 'FI', 'NO', 'TR', 'RO', 'HR', 'RS'].map((c) => [
      c,
      'dd.mm.yyyy hh:mm',
    ]),
    ...['CN', 'JP', 'KR', 'TW', 'HU', 'LT', 'SE', 'CA', 'ZA', 'MN'].map((c) => [c, 'yyyy-mm-dd hh:mm']),
  ])('a locale of country %s writes %s', (country, format) => {
    expect(sheetTimestampFormat(`xx_${country}`)).toBe(format);
    expect(sheetTimestampFormat(`xx-${country.toLowerCase()}`)).toBe(format);
  });

  it('spells the month out in emails and messages', () => {
    expect(TEXT_TIMESTAMP_PATTERN).toBe('d MMMM yyyy, HH:mm');
  });

  it('never shows seconds, so the column stays narrow', () => {
    for (const locale of ['en_US', 'fr_FR', 'de_DE', 'zh_CN'])
      expect(sheetTimestampFormat(locale)).not.toMatch(/s/);
  });

  it('names the zone beside a time in words', () => {
    expect(textTimestamp('1 December 2026, 09:00', 'Europe/Lisbon')).toBe(
      '1 December 2026, 09:00 (Europe/Lisbon)',
    );
  });
});
