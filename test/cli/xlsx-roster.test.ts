/**
 * The offline runner on .xlsx rosters: the roster sheet is found (or taken to be the first sheet), every other
 * sheet is kept, and a workbook that already has a champion model is scored with it rather than retrained.
 */
import { join } from 'node:path';
import {
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  sheetNames,
  valuesOf,
} from './support';

afterAll(removeScratchFolders);

/** The first `columns` cells of every row. */
const leftPart = (values: unknown[][] | null, columns: number) =>
  (values ?? []).map((row) => row.slice(0, columns));

describe('passcompass run on an .xlsx roster', () => {
  it('uses the sheet named students in any case and keeps every other sheet as it was', async () => {
    const dir = scratchFolder();
    const input = copyFixture('roster-workbook.xlsx', dir);
    const run = await passcompass(['run', '--in', 'roster-workbook.xlsx', '--out', 'scored.xlsx'], dir);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Read roster-workbook.xlsx: 150 student rows, 35 columns, 3 sheets.');
    expect(run.stdout).toContain('Version 1 (mid-term model, 150 students, run R-0001).');

    const before = await readWorkbook(input);
    const after = await readWorkbook(join(dir, 'scored.xlsx'));
    // The add-on inserts its sheets after the active one, as in Sheets; the workbook's own keep their order.
    const own = sheetNames(before);
    expect(own).toEqual(['Read me', 'students', 'Tutors']);
    expect(sheetNames(after).filter((name) => own.includes(name))).toEqual(own);
    expect(valuesOf(after, 'Read me')).toEqual(valuesOf(before, 'Read me'));
    expect(valuesOf(after, 'Tutors')).toEqual(valuesOf(before, 'Tutors'));
    expect(after.getSheetByName('Read me')?.getRange('A1').getFontWeight()).toBe('bold');
    const roster = valuesOf(before, 'students') ?? [];
    expect(leftPart(valuesOf(after, 'students'), 35)).toEqual(roster);
    // Numbers stored as text in the export stay text in the roster, and are reported.
    expect(roster[3]?.[3]).toBe('16');
    const issues = valuesOf(after, 'Data issues') ?? [];
    expect(issues).toContainEqual([4, 'age (D)', '16', 'is a number stored as text', 'read as 16']);
  });

  it('takes the first sheet as the roster when none is named Students, and says so', async () => {
    const dir = scratchFolder();
    copyFixture('first-sheet-roster.xlsx', dir);
    const run = await passcompass(['run', '--in', 'first-sheet-roster.xlsx', '--out', 'scored.xlsx'], dir);

    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'first-sheet-roster.xlsx has no sheet named Students: its first sheet, "Year 10 Portuguese", is the roster ' +
        'and is named Students in the output.',
    );
    const after = await readWorkbook(join(dir, 'scored.xlsx'));
    expect(
      sheetNames(after).filter((name) => ['Students', 'Notes', 'Year 10 Portuguese'].includes(name)),
    ).toEqual(['Students', 'Notes']);
    expect(valuesOf(after, 'Notes')).toEqual([['Term 1 roster']]);
  });

  it('does not retrain a workbook that already has a champion, unless asked with --retrain', async () => {
    const dir = scratchFolder();
    copyFixture('roster-workbook.xlsx', dir);
    expect(
      (await passcompass(['run', '--in', 'roster-workbook.xlsx', '--out', 'first.xlsx'], dir)).code,
    ).toBe(0);

    const again = await passcompass(['run', '--in', 'first.xlsx', '--out', 'second.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      '▸ Train model: skipped, the workbook already has a champion (version 1); add --retrain to train a new version.',
    );
    expect(again.stdout).not.toContain('R-0002');
    expect(again.stdout).toMatch(/Saved .*second\.xlsx: 150 students; champion model version 1;/);
    const second = await readWorkbook(join(dir, 'second.xlsx'));
    expect((valuesOf(second, 'Versions') ?? []).map((row) => [row[0], row[13]])).toEqual([
      ['Version', 'Status'],
      [1, 'champion'],
    ]);
    expect(valuesOf(second, 'Experiments')).toHaveLength(2);

    const retrained = await passcompass(
      ['run', '--in', 'second.xlsx', '--out', 'third.xlsx', '--retrain'],
      dir,
    );
    expect(retrained.code).toBe(0);
    expect(retrained.stdout).toMatch(
      /▸ Train model\n {2}Version 2 \(mid-term model, 150 students, run R-0002\)\./,
    );
    const third = await readWorkbook(join(dir, 'third.xlsx'));
    expect((valuesOf(third, 'Versions') ?? []).map((row) => row[0])).toEqual(['Version', 1, 2]);
    // The summary line names the version that scored and the one trained, whichever is the champion.
    const champion = (valuesOf(third, 'Versions') ?? []).find((row) => row[13] === 'champion')?.[0];
    expect(retrained.stdout).toContain(
      champion === 2
        ? 'champion model version 2, trained in this run;'
        : 'champion model version 1 (version 2, trained in this run, is not the champion: see Versions);',
    );
  });
});
