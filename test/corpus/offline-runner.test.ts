/**
 * Generated corpus, part 4: corrupted rosters through the offline runner (`passcompass run`), as CSV files and
 * as .xlsx workbooks.
 *
 * Generates: the corrupted rosters of part 1 (columns missing, renamed, duplicated, reordered; blank rows; wrong
 * types; 50,000-character cells; formula-like text; other scripts, RTL marks, NUL), written as CSV (comma or
 * semicolon, with or without a byte-order mark) or as a workbook (the roster sheet named Students, students or
 * something else; the teacher's formulas, notes, frozen rows, filter and conditional formats; the teacher's
 * sheets named like PassCompass's), run with odd `--set` values, `--yes` or `--retrain`.
 *
 * Asserts for each file: the runner never ends in exit code 3 (unexpected error); exit codes 1 and 2 come with a
 * message in plain words that names what is wrong; the input file's bytes and modification time are unchanged;
 * a saved workbook keeps every teacher cell (values, formulas, notes) of the input, and PassCompass's sheets and
 * columns in it hold no formula.
 */
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog } from '../../src/local/call-log';
import { loadCsvRoster } from '../../src/local/cli/load-csv';
import { nodeRealm } from '../../src/local/realm';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { passcompass, readWorkbook, removeScratchFolders, scratchFolder } from '../cli/support';
import type { Cell, Table } from './support/cells';
import { CORPUS_SEED, PROPERTY_TIMEOUT_MS, corpusParameters } from './support/corpus-run';
import { looksLikeProgramError, namesWhatIsWrong } from './support/messages';
import { buildRoster, rosterRecipe } from './support/rosters';
import { assertTeacherWorkbookKept, snapshotWorkbook } from './support/teacher-cells';
import { type TeacherSheetRecipe, teacherSheetCells, teacherSheets } from './support/workbook-recipes';

afterAll(removeScratchFolders);

const RUNS = 50;

/**
 * Math rosters of 50 or 60 rows that an early-term model on 2 folds is published for when clean, with fewer
 * corruptions than part 1's: most files then get as far as a saved workbook (where writing .xlsx is tested)
 * rather than stopping at training.
 */
const PUBLISHED = [
  [0, 60],
  [25, 50],
  [50, 50],
  [75, 50],
  [125, 50],
  [175, 50],
  [250, 50],
  [350, 50],
  [375, 50],
  [200, 60],
  [225, 60],
  [375, 60],
] as const;

const input = fc.record({
  roster: fc
    .tuple(rosterRecipe({ maxOps: 3 }), fc.constantFrom(...PUBLISHED))
    .map(([recipe, [start, rows]]) => ({ ...recipe, course: 'math' as const, start, rows })),
  file: fc.oneof(
    fc.record({
      format: fc.constant('csv' as const),
      separator: fc.constantFrom(',', ';'),
      bom: fc.boolean(),
    }),
    fc.record({
      format: fc.constant('xlsx' as const),
      sheetName: fc.constantFrom('Students', 'students', 'Year 10 maths'),
      frozenRows: fc.nat(2),
      autoFilter: fc.boolean(),
      conditionalFormat: fc.boolean(),
      notes: fc.array(fc.record({ row: fc.nat(90), column: fc.nat(40) }), { maxLength: 2 }),
      teacherSheets,
    }),
  ),
  args: fc.oneof(
    { weight: 3, arbitrary: fc.constant([]) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        ['--yes'],
        ['--retrain'],
        ['--set', 'tierRule=thresholds'],
        ['--set', 'capacity=3'],
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ['--set', 'capacity=2.5'],
        ['--set', 'passMark=abc'],
        ['--set', 'seed=-1'],
        ['--set', 'alertRecipients==HYPERLINK("x")'],
        ['--set', 'mode=mid'],
      ),
    },
  ),
});

type Input = typeof input extends fc.Arbitrary<infer T> ? T : never;

/** A cell as CSV text: what a teacher's spreadsheet program would have exported. */
function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

function csvText(table: Table, separator: string): string {
  const quote = (field: string) =>
    field.includes(separator) || /["\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
  return [table.header, ...table.rows]
    .map((row) => row.map((c) => quote(csvField(c))).join(separator))
    .join('\r\n');
}

/**
 * A cell as a workbook holds it: text typed after an apostrophe is plain text; text typed with `=` is the
 * teacher's formula; everything else as it is.
 */
function xlsxValue(value: Cell): ExcelJS.CellValue {
  if (typeof value === 'string') {
    if (value.startsWith("'")) return value.slice(1);
    if (value.startsWith('=') && value.length > 1)
      return { formula: value.slice(1), result: '#NAME?' } as never;
  }
  return value as ExcelJS.CellValue;
}

async function writeWorkbook(path: string, table: Table, file: Extract<Input['file'], { format: 'xlsx' }>) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(file.sheetName);
  const cells = [table.header, ...table.rows];
  for (const row of cells) sheet.addRow(row.map(xlsxValue));
  const width = Math.max(table.header.length, 1);
  if (file.frozenRows > 0) sheet.views = [{ state: 'frozen', ySplit: file.frozenRows }];
  const last = sheet.getColumn(width).letter;
  if (file.autoFilter) sheet.autoFilter = `A1:${last}${cells.length}`;
  if (file.conditionalFormat) {
    sheet.addConditionalFormatting({
      ref: `A2:${last}${Math.max(cells.length, 2)}`,
      rules: [
        {
          type: 'cellIs',
          operator: 'greaterThan',
          formulae: [10],
          priority: 1,
          style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FF00FF00' } } },
        },
      ],
    });
  }
  for (const note of file.notes) {
    sheet.getCell(1 + (note.row % cells.length), 1 + (note.column % width)).note =
      `teacher's note ${note.row}`;
  }
  for (const recipe of file.teacherSheets as TeacherSheetRecipe[]) {
    if (recipe.name.toLowerCase() === file.sheetName.toLowerCase()) continue;
    const other = book.addWorksheet(recipe.name);
    for (const row of teacherSheetCells(recipe)) other.addRow(row.map(xlsxValue));
    if (recipe.content !== 'empty') other.getCell('A1').note = 'Started in September';
  }
  await book.xlsx.writeFile(path);
}

/** The workbook the runner read, as this test reads it, its roster named as the runner names it. */
async function readInput(path: string, format: 'csv' | 'xlsx'): Promise<LocalSpreadsheet> {
  if (format === 'csv')
    return loadCsvRoster(path, 'roster.csv', { calls: new CallLog(), realm: nodeRealm }).spreadsheet;
  const spreadsheet = await readWorkbook(path);
  const properties = spreadsheet.getSheetByName('PassCompass properties');
  if (properties) spreadsheet.deleteSheet(properties);
  if (!spreadsheet.getSheetByName('Students')) spreadsheet.getSheets()[0]?.setName('Students');
  return spreadsheet;
}

async function run(recipe: Input): Promise<void> {
  const dir = scratchFolder();
  const table = buildRoster(recipe.roster);
  const name = recipe.file.format === 'csv' ? 'roster.csv' : 'roster.xlsx';
  const path = join(dir, name);
  if (recipe.file.format === 'csv') {
    writeFileSync(path, `${recipe.file.bom ? '\uFEFF' : ''}${csvText(table, recipe.file.separator)}`);
  } else {
    await writeWorkbook(path, table, recipe.file);
  }
  const bytes = readFileSync(path);
  const { mtimeMs } = statSync(path);

  const args: readonly string[] = recipe.args;
  const result = await passcompass(
    [
      'run',
      ...['--in', name, '--out', 'scored.xlsx'],
      ...(args.includes('mode=mid') ? [] : ['--set', 'mode=early', '--set', 'folds=2']),
      ...args,
    ],
    dir,
  );
  const said = `exit code ${result.code}\nstdout:\n${result.stdout.slice(0, 3000)}\nstderr:\n${result.stderr.slice(0, 3000)}`;

  if (![0, 1, 2].includes(result.code)) throw new Error(`The runner ended unexpectedly: ${said}`);
  if (!readFileSync(path).equals(bytes) || statSync(path).mtimeMs !== mtimeMs)
    throw new Error(`The runner changed its input file ${name}: ${said}`);
  if (looksLikeProgramError(`${result.stdout}\n${result.stderr}`))
    throw new Error(`The runner printed a program's error: ${said}`);
  if (
    result.code === 2 &&
    !(
      result.stderr.startsWith('passcompass: ') &&
      /roster\.(csv|xlsx)|--set|capacity|folds|passMark|seed|mode|alertRecipients/.test(result.stderr)
    )
  )
    throw new Error(`The runner refused the input without naming what is wrong: ${said}`);
  if (result.code === 1) {
    // The step's stop message is what the runner printed, indented, after the step's own line.
    const stop = result.stdout.split('▸ ').at(-1) ?? '';
    if (
      !/PassCompass stopped at (Check data|Train model|Score students)/.test(result.stderr) ||
      !namesWhatIsWrong(stop)
    )
      throw new Error(`The runner stopped without saying where or why: ${said}`);
  }
  if (result.code !== 0) return;

  const before = await readInput(path, recipe.file.format);
  const after = await readWorkbook(join(dir, 'scored.xlsx'));
  assertTeacherWorkbookKept(snapshotWorkbook(before), after, { byName: { rosterName: 'Students' } });
}

describe(`corrupted rosters through the offline runner, as CSV and .xlsx (seed ${CORPUS_SEED}, ${RUNS} files)`, () => {
  it(
    'never ends in an unexpected error, never changes its input, never changes a teacher cell, never writes a formula',
    async () => {
      await fc.assert(fc.asyncProperty(input, run), corpusParameters(RUNS));
    },
    PROPERTY_TIMEOUT_MS,
  );
});
