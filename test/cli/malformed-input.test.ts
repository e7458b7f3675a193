/**
 * Input the offline runner cannot use ends the run with exit code 2 and one clear line that names the file
 * (and, for a CSV row of the wrong width, the line), before the add-on runs and without writing anything.
 */
import ExcelJS from 'exceljs';
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, copyFixture, passcompass, removeScratchFolders, scratchFolder } from './support';

afterAll(removeScratchFolders);

/** Writes a workbook whose only sheet holds `rows`. */
async function workbookWith(path: string, sheet: string, rows: unknown[][]): Promise<void> {
  const book = new ExcelJS.Workbook();
  const worksheet = book.addWorksheet(sheet);
  for (const row of rows) worksheet.addRow(row);
  await book.xlsx.writeFile(path);
}

type Setup = (dir: string) => Promise<void> | void;

const CASES: [string, string, Setup, string][] = [
  ['a file that does not exist', 'nowhere.csv', () => undefined, 'nowhere.csv: no such file.'],
  [
    'an unknown extension',
    'roster.txt',
    (dir) => copyFileSync(join(FIXTURES, 'odd-roster.csv'), join(dir, 'roster.txt')),
    'roster.txt has an unknown file type (.txt): give a .xlsx workbook or a .csv file.',
  ],
  [
    'no extension',
    'roster',
    (dir) => copyFileSync(join(FIXTURES, 'odd-roster.csv'), join(dir, 'roster')),
    'roster has no file extension: give a .xlsx workbook or a .csv file.',
  ],
  [
    'a text file renamed .xlsx',
    'not-a-workbook.xlsx',
    (dir) => void copyFixture('not-a-workbook.xlsx', dir),
    'not-a-workbook.xlsx is not a readable .xlsx workbook: it is not a zip archive, as every .xlsx file is.',
  ],
  [
    'an empty CSV',
    'empty.csv',
    (dir) => void copyFixture('empty.csv', dir),
    'empty.csv is empty: a roster needs a header row, then one row per student.',
  ],
  [
    'a CSV with only a header row',
    'header-only.csv',
    (dir) => void copyFixture('header-only.csv', dir),
    'header-only.csv has a header row but no students below it.',
  ],
  [
    'a CSV row with more fields than the header',
    'ragged.csv',
    (dir) => void copyFixture('ragged.csv', dir),
    'ragged.csv: CSV line 5 has 37 fields where the header has 36.',
  ],
  [
    'a workbook whose Students sheet has only a header row',
    'header-only.xlsx',
    (dir) => workbookWith(join(dir, 'header-only.xlsx'), 'Students', [['school', 'sex', 'age']]),
    'header-only.xlsx: the roster sheet "Students" has a header row but no students.',
  ],
  [
    'a CSV too large for one spreadsheet (Sheets’ 10,000,000 cells)',
    'huge.csv',
    // 400,000 rows of 3 fields: the sheet is at least 26 columns wide, as a new sheet in Sheets is.
    (dir) => writeFileSync(join(dir, 'huge.csv'), `school,sex,age\n${'GP,F,16\n'.repeat(400_000)}`),
    'huge.csv: its 400,001 rows do not fit in one spreadsheet. This action would increase the number of cells ' +
      'in the workbook above the limit of 10000000 cells. Split the roster into smaller files (by class or course).',
  ],
  [
    'a workbook whose first sheet is empty',
    'blank.xlsx',
    (dir) => workbookWith(join(dir, 'blank.xlsx'), 'Sheet 1', []),
    'blank.xlsx: the roster sheet "Sheet 1" is empty.',
  ],
];

describe('passcompass run on input it cannot use', () => {
  it.each(CASES)('stops on %s with exit code 2, naming the file', async (_what, input, setup, message) => {
    const dir = scratchFolder();
    await setup(dir);
    const before = readdirSync(dir).sort();
    const run = await passcompass(['run', '--in', input, '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`passcompass: ${message}`);
    expect(run.stdout).toBe('');
    expect(readdirSync(dir).sort()).toEqual(before);
  });
});
