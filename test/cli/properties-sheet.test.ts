/**
 * The `PassCompass properties` sheet on its own, without running the add-on: what the runner writes (hidden,
 * protected warning-only, with a note saying what it is), that every value comes back from the .xlsx file as
 * exactly the same text, however long or number-like, and the message for each way the sheet can be malformed.
 */
import { join } from 'node:path';
import { CallLog } from '../../src/local/call-log';
import { InputError } from '../../src/local/cli/cli-errors';
import { restoreDocumentProperties } from '../../src/local/cli/document-properties';
import { PROPERTIES_SHEET, writePropertiesSheet } from '../../src/local/cli/properties-sheet';
import { takePropertiesSheet } from '../../src/local/cli/read-properties-sheet';
import { createLocalRuntime } from '../../src/local/runtime';
import { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { ProtectionType } from '../../src/local/spreadsheet/enums';
import { writeXlsx } from '../../src/local/xlsx';
import { readWorkbook, removeScratchFolders, scratchFolder, sheetNames } from './support';

afterAll(removeScratchFolders);

const newSpreadsheet = () => {
  const spreadsheet = new LocalSpreadsheet({ calls: new CallLog(), name: 'Roster' });
  spreadsheet.getSheets()[0]?.setName('Students');
  return spreadsheet;
};

/** `spreadsheet` saved and read back, as the next run of the runner sees it. */
async function roundTrip(spreadsheet: LocalSpreadsheet): Promise<LocalSpreadsheet> {
  const path = join(scratchFolder(), 'saved.xlsx');
  await writeXlsx(spreadsheet, path);
  return readWorkbook(path);
}

const TRICKY = {
  'passcompass.settings': JSON.stringify({ capacity: 40, mode: 'early', notes: 'x'.repeat(9000) }),
  'passcompass.salt': '007',
  'example.boolean': 'TRUE',
  'example.formula': '=A1*2',
  'example.apostrophe': "'quoted",
  'example.date': '2024-09-02',
  'example.spaces': '  two spaces  ',
  'example.lines': 'one\ntwo',
  'example.unicode': 'ñandú €',
  'example.empty': '',
};

describe('the PassCompass properties sheet', () => {
  it('is hidden, protected warning-only, with a Key/Value header and a note saying what it is for', async () => {
    const spreadsheet = newSpreadsheet();
    writePropertiesSheet(spreadsheet, { 'passcompass.salt': 'abc', 'passcompass.scoringRun': '{}' });
    const saved = await roundTrip(spreadsheet);
    expect(sheetNames(saved)).toEqual(['Students', PROPERTIES_SHEET]);
    const sheet = saved.getSheetByName(PROPERTIES_SHEET);
    expect(sheet?.isSheetHidden()).toBe(true);
    expect(sheet?.getProtections(ProtectionType.SHEET).map((p) => p.isWarningOnly())).toEqual([true]);
    expect(sheet?.getRange('A1').getNote()).toMatch(/^PassCompass's settings .* for offline runs/);
    // The scoring run's state is transient: never written.
    expect(sheet?.getDataRange().getValues()).toEqual([
      ['Key', 'Value'],
      ['passcompass.salt', 'abc'],
    ]);
    expect(saved.getActiveSheet().getName()).toBe('Students');
  });

  it('gives back every value as exactly the text that was saved, long or number-like', async () => {
    const spreadsheet = newSpreadsheet();
    writePropertiesSheet(spreadsheet, TRICKY);
    const saved = await roundTrip(spreadsheet);
    expect(takePropertiesSheet(saved, 'saved.xlsx')).toEqual(TRICKY);
    expect(sheetNames(saved)).toEqual(['Students']);
  });

  it('is an empty store when the workbook has no such sheet', () => {
    expect(takePropertiesSheet(newSpreadsheet(), 'saved.xlsx')).toEqual({});
  });

  const where = 'book.xlsx: the sheet "PassCompass properties" (PassCompass\'s saved settings)';
  it.each<[string, unknown[][], string]>([
    [
      'no header',
      [['passcompass.salt', 'abc']],
      `${where} has no header row: A1 and B1 must read Key and Value.`,
    ],
    ['nothing at all', [['', '']], `${where} has no header row`],
    [
      'a number as a key',
      [
        ['Key', 'Value'],
        [12, 'abc'],
      ],
      `${where} has a key that is not text in row 2 (12).`,
    ],
    [
      'a value without a key',
      [
        ['Key', 'Value'],
        ['', 'abc'],
      ],
      `${where} has a value without a key in row 2.`,
    ],
    [
      'a key twice',
      [
        ['Key', 'Value'],
        ['a', '1'],
        ['', ''],
        ['a', '2'],
      ],
      `${where} has the key a twice, in rows 2 and 4.`,
    ],
  ])('stops with a message naming the sheet when it has %s', (_what, values, message) => {
    const spreadsheet = newSpreadsheet();
    const sheet = spreadsheet.insertSheet(PROPERTIES_SHEET);
    values.forEach((row, r) => row.forEach((cell, c) => sheet.getRange(r + 1, c + 1).setValue(cell)));
    const read = () => takePropertiesSheet(spreadsheet, 'book.xlsx');
    expect(read).toThrow(InputError);
    expect(read).toThrow(message);
  });

  it('refuses a workbook whose only sheet is the properties sheet', () => {
    const spreadsheet = newSpreadsheet();
    spreadsheet
      .getSheets()[0]
      ?.setName(PROPERTIES_SHEET)
      .getRange(1, 1, 1, 2)
      .setValues([['Key', 'Value']]);
    expect(() => takePropertiesSheet(spreadsheet, 'book.xlsx')).toThrow(
      'book.xlsx has no roster: its only sheet is "PassCompass properties".',
    );
  });

  it('refuses a value the document properties could not hold (over 9 KB), naming the sheet', () => {
    const runtime = createLocalRuntime();
    const restore = () =>
      restoreDocumentProperties(runtime, { 'example.big': 'x'.repeat(10_000) }, 'book.xlsx');
    expect(restore).toThrow(InputError);
    expect(restore).toThrow(
      'book.xlsx: the sheet "PassCompass properties" cannot be restored: Argument too large: value',
    );
    expect(runtime.PropertiesService.getDocumentProperties()?.getProperties()).toEqual({});
  });
});
