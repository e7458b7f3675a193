/**
 * The offline runner keeps PassCompass's record of the sheets and columns it made (in its properties sheet, by
 * name, since an .xlsx file keeps no sheet ids): a teacher's workbook with sheets and a roster column named like
 * PassCompass's keeps them exactly as they were, run after run, and PassCompass reuses the names it chose.
 */
import { join } from 'node:path';
import { writeXlsx } from '../../src/local/xlsx';
import {
  type CliRun,
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  sheetNames,
  valuesOf,
} from './support';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';

afterAll(removeScratchFolders);

const NOTICES = [
  'PassCompass leaves your sheet "Data issues" as it is: its own is "Data issues (PassCompass)".',
  'PassCompass leaves your column "Main reasons" as it is: its own is "Main reasons (PassCompass)".',
  'PassCompass leaves your sheet "Summary" as it is: its own is "Summary (PassCompass)".',
];

describe('passcompass run on a workbook with sheets and a column named like PassCompass’s', () => {
  const dir = scratchFolder();
  let input: LocalSpreadsheet;
  let first: LocalSpreadsheet;
  let second: LocalSpreadsheet;
  let firstRun: CliRun;
  let secondRun: CliRun;

  beforeAll(async () => {
    const fixture = copyFixture('roster-workbook.xlsx', dir);
    const workbook = await readWorkbook(fixture);
    for (const name of ['Summary', 'Data issues']) {
      workbook
        .insertSheet(name)
        .getRange(1, 1, 2, 2)
        .setValues([
          ['Our notes', 'Owner'],
          [`kept by the teacher in ${name}`, 'Ms Silva'],
        ]);
    }
    const roster = workbook.getSheetByName('students');
    if (!roster) throw new Error('the fixture has no students sheet');
    const rows = roster.getLastRow();
    roster.insertColumnAfter(1);
    roster
      .getRange(1, 2, rows, 1)
      .setValues([['Main reasons'], ...Array.from({ length: rows - 1 }, (_, i) => [`reason ${i}`])]);
    await writeXlsx(workbook, join(dir, 'input.xlsx'));
    input = await readWorkbook(join(dir, 'input.xlsx'));

    firstRun = await passcompass(['run', '--in', 'input.xlsx', '--out', 'first.xlsx'], dir);
    first = await readWorkbook(join(dir, 'first.xlsx'));
    secondRun = await passcompass(['run', '--in', 'first.xlsx', '--out', 'second.xlsx'], dir);
    second = await readWorkbook(join(dir, 'second.xlsx'));
  });

  it('leaves the teacher’s sheets and roster cells as they were, in both runs', () => {
    expect(firstRun.code).toBe(0);
    expect(secondRun.code).toBe(0);
    const width = (valuesOf(input, 'students')?.[0] ?? []).length;
    for (const output of [first, second]) {
      for (const name of ['Summary', 'Data issues', 'Read me', 'Tutors'])
        expect(valuesOf(output, name)).toEqual(valuesOf(input, name));
      expect((valuesOf(output, 'students') ?? []).map((row) => row.slice(0, width))).toEqual(
        valuesOf(input, 'students'),
      );
    }
  });

  it('writes its own sheets and column under the names it says, once', () => {
    for (const notice of NOTICES) expect(firstRun.stdout).toContain(notice);
    expect(secondRun.stdout).not.toContain('PassCompass leaves your');
    expect(valuesOf(first, 'Summary (PassCompass)')?.[0]?.[0]).toBe('Column');
    expect(valuesOf(first, 'Data issues (PassCompass)')?.[0]?.[0]).toBe('Row');
    const width = (valuesOf(input, 'students')?.[0] ?? []).length;
    expect((valuesOf(first, 'students')?.[0] ?? []).slice(width)).toEqual([
      'Risk of failing',
      'Tier',
      'Main reasons (PassCompass)',
      'Model version',
      'Scored at',
    ]);
  });

  it('reuses them on the next run, carried in the properties sheet: no new sheet or column', () => {
    expect(sheetNames(second)).toEqual(sheetNames(first));
    expect(valuesOf(second, 'students')?.[0]).toEqual(valuesOf(first, 'students')?.[0]);
    expect(
      sheetNames(second)
        .filter((name) => name.includes('(PassCompass'))
        .sort(),
    ).toEqual(['Data issues (PassCompass)', 'Summary (PassCompass)']);
  });
});
