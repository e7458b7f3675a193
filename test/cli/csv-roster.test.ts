/** The offline runner on CSV rosters: messy exports are checked, trained on and saved with the roster intact. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
import {
  type CliRun,
  asImportedFromCsv,
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  sheetNames,
  valuesOf,
} from './support';

afterAll(removeScratchFolders);

/** The fixture's cells as a sheet holds them after import: header row first. */
function importedCells(path: string): unknown[][] {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
  return [header, ...rows].map((row) => row.map(asImportedFromCsv));
}

/** Asserts that the saved Students sheet holds every input cell unchanged, in the same place. */
function expectRosterKept(saved: unknown[][] | null, input: unknown[][]): void {
  expect(saved).not.toBeNull();
  expect(saved?.length).toBe(input.length);
  input.forEach((row, r) => {
    const kept = (saved?.[r] ?? []).slice(0, row.length);
    // One row at a time, so a failure names the row.
    expect({ row: r + 1, cells: kept }).toEqual({ row: r + 1, cells: row });
  });
}

describe('passcompass run on a messy comma-separated roster', () => {
  // One run, read by each test below: the bundle trains in about a second, so it is run once.
  let dir: string;
  let input: string;
  let run: CliRun;
  let saved: LocalSpreadsheet;
  beforeAll(async () => {
    dir = scratchFolder();
    input = copyFixture('odd-roster.csv', dir);
    run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir);
    saved = await readWorkbook(join(dir, 'scored.xlsx'));
  });

  it('checks, trains and saves it, printing what the add-on showed', () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Read odd-roster.csv: 160 student rows, 36 columns, 1 sheet.');
    expect(run.stdout).toMatch(
      /▸ Check data\n {2}Checked 160 rows: \d+ issues listed in Data issues; 10 without a final grade/,
    );
    expect(run.stdout).toMatch(/▸ Train model\n {2}Version 1 \(mid-term model, 150 students, run R-0001\)\./);
    expect(run.stdout).toContain('  It is now the champion: first version.');
    expect(run.stdout).toMatch(
      /Saved .*scored\.xlsx: 160 students; champion model version 1, trained in this run;/,
    );
    expect(sheetNames(saved)).toEqual(
      expect.arrayContaining(['Students', 'Data issues', 'Experiments', 'Versions', 'Aliases', 'Summary']),
    );
  });

  it('keeps every input cell of the roster as it was, in the same place', () => {
    expectRosterKept(valuesOf(saved, 'Students'), importedCells(input));
  });

  it('lists the odd values of the roster in Data issues, with their rows and columns', () => {
    const issues = (valuesOf(saved, 'Data issues') ?? []).map((row) => row.slice(0, 4).map(String));
    expect(issues[0]).toEqual(['Row', 'Column', 'Value', 'Problem']);
    expect(issues).toEqual(
      expect.arrayContaining([
        ['4', 'Internet access (N)', 'Y', 'is written "Y"'],
        ['5', 'Family support (S)', 'true', 'is written "true"'],
        ['5', 'Absence count (F)', '2,0', 'is a number stored as text'],
        ['6', 'Student Age (AG)', '16', 'is a number stored as text'],
        ['7', 'Absence count (F)', 'lots', 'is not a number'],
        ['8', 'Address type (AF)', 'urban', 'is written "urban"'],
        ['11', 'Weekend alcohol (H)', '', 'is blank'],
      ]),
    );
    // The name, tutor group and notes columns are the teacher's own: never a model input, never an issue.
    expect(issues.filter((row) => /^(Student name|Tutor group|Notes) /.test(row[1] ?? ''))).toEqual([]);
  });

  it('writes nothing but the output file (no temporary file is left behind)', () => {
    expect(readdirSync(dir).sort()).toEqual(['odd-roster.csv', 'scored.xlsx']);
  });
});

describe('passcompass run on a semicolon-separated roster', () => {
  it('reads a semicolon-separated export with a byte-order mark, CRLF lines and decimal commas', async () => {
    const dir = scratchFolder();
    const input = copyFixture('semicolon-roster.csv', dir);
    const run = await passcompass(['run', '--in', input, '--out', join(dir, 'scored.xlsx')], dir);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Checked 120 rows: 21 issues listed in Data issues.');
    expect(run.stdout).toContain('Version 1 (mid-term model, 120 students, run R-0001).');
    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    const students = valuesOf(saved, 'Students');
    expect(students?.[0]?.[0]).toBe('Class');
    expectRosterKept(students, importedCells(input));
    const issues = valuesOf(saved, 'Data issues') ?? [];
    expect(issues[1]?.slice(0, 4)).toEqual([2, 'absences (AE)', '4,5', 'is a number stored as text']);
  });
});
