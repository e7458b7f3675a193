import { VERSION_HEADER } from '../../src/core/registry/model-version';
import type { CellValue } from '../../src/jobs/ports';
import { LOG_HEADER } from '../../src/jobs/score/inference-log';
import { CallLog } from '../../src/local/call-log';
import { LocalSpreadsheet, ProtectionType } from '../../src/local/spreadsheet';
import { namedSheet } from '../../src/sheets/ownership';
import { SpreadsheetRecordSheet } from '../../src/sheets/record-sheet';

function aLog() {
  const spreadsheet = new LocalSpreadsheet({ calls: new CallLog() });
  const log = new SpreadsheetRecordSheet(
    spreadsheet as never,
    namedSheet(spreadsheet as never, 'Inference log'),
    ['Time', 'Risk'],
  );
  return { spreadsheet, log };
}

describe('a PassCompass record sheet', () => {
  it('is created with a bold, frozen header and a warning-only protection', () => {
    const { spreadsheet, log } = aLog();
    expect(log.append([['t1', 0.5]])).toBe(2);
    const sheet = spreadsheet.getSheetByName('Inference log');
    expect(sheet?.getRange('A1:B2').getValues()).toEqual([
      ['Time', 'Risk'],
      ['t1', 0.5],
    ]);
    expect(sheet?.getFrozenRows()).toBe(1);
    const protections = sheet?.getProtections(ProtectionType.SHEET as never) ?? [];
    expect(protections).toHaveLength(1);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    expect(sheet?.getRange('A1:B1').getFontWeights()).toEqual([['bold', 'bold']]);
  });

  it('appends below the last row and says where the new rows start', () => {
    const { log } = aLog();
    log.append([['a', 1]]);
    expect(
      log.append([
        ['b', 2],
        ['c', 3],
      ]),
    ).toBe(3);
    expect(log.rows()).toEqual([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
  });

  it.each([
    ['appended to at once', false],
    ['read first', true],
  ])(
    'writes its header back and appends below it when someone emptied the sheet, header and all (%s)',
    (_, read) => {
      const { spreadsheet, log } = aLog();
      log.append([['a', 1]]);
      spreadsheet.getSheetByName('Inference log')?.clear();
      const again = new SpreadsheetRecordSheet(
        spreadsheet as never,
        namedSheet(spreadsheet as never, 'Inference log'),
        ['Time', 'Risk'],
      );
      if (read) expect(again.rows()).toEqual([]);
      expect(again.append([['b', 2]])).toBe(2);
      expect(spreadsheet.getSheetByName('Inference log')?.getDataRange().getValues()).toEqual([
        ['Time', 'Risk'],
        ['b', 2],
      ]);
    },
  );

  it('keeps at most the bound, deleting the oldest rows first', () => {
    const { log } = aLog();
    log.append(Array.from({ length: 10 }, (_, i) => [`t${i}`, i]));
    expect(log.trim(4)).toBe(6);
    expect(log.rows().map((r) => r[0])).toEqual(['t6', 't7', 't8', 't9']);
    expect(log.trim(4)).toBe(0);
  });

  it('neutralises text that would become a formula', () => {
    const { spreadsheet, log } = aLog();
    log.append([['=IMPORTXML("http://x")', 1]]);
    expect(log.rows()[0]?.[0]).toBe('=IMPORTXML("http://x")');
    expect(spreadsheet.getSheetByName('Inference log')?.getRange('A2').getFormula()).toBe('');
  });
});

describe('the time columns of a record sheet', () => {
  it.each([
    ['en_US', 'm/d/yyyy h:mm', '12/1/2026 9:05'],
    ['en_GB', 'dd/mm/yyyy hh:mm', '01/12/2026 09:05'],
  ])(
    'show the time in the %s format, in the spreadsheet time zone, in a column wide enough',
    (locale, format, shown) => {
      const spreadsheet = new LocalSpreadsheet({ calls: new CallLog(), locale, timeZone: 'Europe/Lisbon' });
      const log = new SpreadsheetRecordSheet(
        spreadsheet as never,
        namedSheet(spreadsheet as never, 'Inference log'),
        ['Time', 'Risk'],
      );
      // 09:05 in Lisbon (UTC+0 in December).
      log.append([[new Date('2026-12-01T09:05:30Z'), 0.5]]);
      log.append([[new Date('2026-12-01T10:00:00Z'), 0.4]]);
      const sheet = spreadsheet.getSheetByName('Inference log');
      expect(sheet?.getRange('A2:A3').getNumberFormats()).toEqual([[format], [format]]);
      expect(sheet?.getRange('A2').getDisplayValue()).toBe(shown);
      expect(sheet?.getRange('B2').getNumberFormat()).not.toBe(format);
      expect(sheet?.getColumnWidth(1)).toBe(140);
    },
  );

  it('follow the spreadsheet time zone: the same instant reads an hour later in Paris', () => {
    const spreadsheet = new LocalSpreadsheet({
      calls: new CallLog(),
      locale: 'fr_FR',
      timeZone: 'Europe/Paris',
    });
    const log = new SpreadsheetRecordSheet(
      spreadsheet as never,
      namedSheet(spreadsheet as never, 'Versions'),
      ['Version', 'Created'],
    );
    log.append([[1, new Date('2026-12-01T09:05:00Z')]]);
    expect(spreadsheet.getSheetByName('Versions')?.getRange('B2').getDisplayValue()).toBe('01/12/2026 10:05');
  });
});

describe('the layout of a record sheet PassCompass has one for', () => {
  const VERSIONS = [...VERSION_HEADER];
  /** A Versions row: only what the layout looks at matters here. */
  const aVersionRow = (version: number): CellValue[] =>
    VERSIONS.map((name) =>
      name === 'Version'
        ? version
        : name === 'Created'
          ? new Date('2026-12-01T09:05:00Z')
          : `${name} ${version}`,
    );
  const versions = (spreadsheet: LocalSpreadsheet) =>
    new SpreadsheetRecordSheet(spreadsheet as never, namedSheet(spreadsheet as never, 'Versions'), VERSIONS);

  it('is set up when the sheet is made: widths, hidden JSON columns, notes and a legend on A1', () => {
    const spreadsheet = new LocalSpreadsheet({ calls: new CallLog(), locale: 'en_GB' });
    versions(spreadsheet).rewrite([aVersionRow(1)]);
    const sheet = spreadsheet.getSheetByName('Versions');
    const hidden = VERSIONS.filter((_, i) => sheet?.isColumnHiddenByUser(i + 1));
    expect(hidden).toEqual([
      'Data fingerprint',
      'Metrics (JSON)',
      'Model (JSON)',
      'Checksum (SHA-256)',
      'Catch curve (JSON)',
      'Reference sample (JSON)',
      'Evidence (JSON)',
    ]);
    expect(sheet?.getRange('A1').getNote()).toMatch(
      /^Versions: .*champion = the version that scores students/,
    );
    expect(sheet?.getColumnWidth(VERSIONS.indexOf('Features') + 1)).toBe(360);
    expect(sheet?.getRange('B2').getNumberFormat()).toBe('dd/mm/yyyy hh:mm');
    expect(sheet?.getRange(2, VERSIONS.indexOf('Features') + 1).getWrap()).toBe(true);
  });

  it('is applied once to a sheet an earlier PassCompass made, at its first write, and not again', () => {
    const calls = new CallLog();
    const spreadsheet = new LocalSpreadsheet({ calls });
    const old = spreadsheet.insertSheet('Versions');
    old.getRange(1, 1, 2, VERSIONS.length).setValues([VERSIONS, aVersionRow(1)]);
    versions(spreadsheet).rewrite([aVersionRow(1), aVersionRow(2)]);
    expect(old.isColumnHiddenByUser(VERSIONS.indexOf('Model (JSON)') + 1)).toBe(true);
    expect(old.getRange('A1').getNote()).toMatch(/^Versions: /);
    calls.reset();
    versions(spreadsheet).rewrite([aVersionRow(1), aVersionRow(2)]);
    expect(calls.count('SpreadsheetApp.Sheet.hideColumns')).toBe(0);
    expect(calls.count('SpreadsheetApp.Range.getNote')).toBe(1);
  });

  it('styles appended rows in one call per kind of style, however many rows', () => {
    const callsFor = (rows: number) => {
      const calls = new CallLog();
      const spreadsheet = new LocalSpreadsheet({ calls });
      const log = new SpreadsheetRecordSheet(
        spreadsheet as never,
        namedSheet(spreadsheet as never, 'Inference log'),
        [...LOG_HEADER],
      );
      log.append([LOG_HEADER.map(() => 'x')]);
      calls.reset();
      log.append(Array.from({ length: rows }, () => LOG_HEADER.map(() => 'x')));
      return calls.snapshot();
    };
    expect(callsFor(1000)).toEqual(callsFor(1));
    expect(callsFor(1)['SpreadsheetApp.Range.setNumberFormats']).toBe(1);
  });
});
