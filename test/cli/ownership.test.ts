/**
 * The offline runner keeps PassCompass's record of the sheets and columns it made (in its properties sheet, by
 * name, since an .xlsx file keeps no sheet ids): a teacher's workbook with sheets and a roster column named like
 * PassCompass's keeps them exactly as they were, run after run, and PassCompass reuses the names it chose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
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

describe('what the runner reports when the teacher has a Tier column of their own', () => {
  it('counts PassCompass’s tiers, under the name PassCompass gave its column, not the teacher’s', async () => {
    const dir = scratchFolder();
    const fixture = readFileSync(copyFixture('odd-roster.csv', dir), 'utf8').trimEnd().split('\n');
    const lines = fixture.map((line, i) => `${line},${i === 0 ? 'Tier' : 'support tier 1'}`);
    writeFileSync(join(dir, 'tiers.csv'), `${lines.join('\n')}\n`);
    const run = await passcompass(['run', '--in', 'tiers.csv', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(0);
    const [header = [], ...rows] = valuesOf(await readWorkbook(join(dir, 'scored.xlsx')), 'Students') ?? [];
    const teacher = header.indexOf('Tier');
    const ours = header.indexOf('Tier (PassCompass)');
    expect(rows.every((row) => row[teacher] === 'support tier 1')).toBe(true);
    const count = (tier: string) => rows.filter((row) => row[ours] === tier).length;
    expect(count('High') + count('Medium') + count('Low')).toBe(160);
    expect(run.stdout).toContain(
      `scored: ${['High', 'Medium', 'Low']
        .filter((tier) => count(tier) > 0)
        .map((tier) => `${count(tier)} ${tier}`)
        .join(', ')}.`,
    );
  });
});

describe('a run that stops after Check data listed problems', () => {
  it('prints the problems by row and column, since the Data issues sheet is not saved', async () => {
    const dir = scratchFolder();
    const { header, rows } = parseCsv(readFileSync(copyFixture('odd-roster.csv', dir), 'utf8'));
    const final = header.indexOf('Final grade');
    // No final grade anywhere: nothing to train on, so Train model stops.
    const cleared = rows.map((row) => row.map((field, i) => (i === final ? 'none' : field)));
    const csvLine = (fields: string[]) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
    writeFileSync(join(dir, 'ungraded.csv'), `${[header, ...cleared].map(csvLine).join('\n')}\n`);
    const run = await passcompass(['run', '--in', 'ungraded.csv', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /\n {2}Data issues \(232; the sheet is not saved, since PassCompass stopped\):\n/,
    );
    expect(run.stdout).toContain('    row 2, column Final grade (E): is not a number');
    expect(run.stdout).toContain('    … and 212 more.');
    expect(run.stdout).toContain('No student has a final grade (G3) to learn from');
    expect(run.stdout).not.toContain('none');
  });
});

describe('a run that stops before PassCompass made any sheet', () => {
  it('prints nothing of a teacher’s own sheet named Data issues', async () => {
    const dir = scratchFolder();
    const workbook = await readWorkbook(copyFixture('roster-workbook.xlsx', dir));
    const roster = workbook.getSheetByName('students');
    // No school column: Check data stops at once, before it writes any sheet.
    const header = (roster?.getRange(1, 1, 1, roster.getLastColumn()).getValues()[0] ?? []).map(String);
    const school = header.findIndex((h) => h.toLowerCase() === 'school');
    expect(school).toBeGreaterThanOrEqual(0);
    roster?.deleteColumn(school + 1);
    workbook
      .insertSheet('Data issues')
      .getRange(1, 1, 3, 2)
      .setValues([
        ['Week', 'What we covered'],
        [1, 'fractions'],
        [2, 'decimals'],
      ]);
    await writeXlsx(workbook, join(dir, 'input.xlsx'));
    const run = await passcompass(['run', '--in', 'input.xlsx', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('"school"');
    expect(run.stdout).not.toContain('Data issues (');
    expect(run.stdout).not.toContain('fractions');
  });
});
