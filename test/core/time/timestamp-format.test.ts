import { sheetTimestampFormat, textTimestamp } from '../../../src/core/time/timestamp-format';

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
