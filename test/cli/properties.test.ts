/**
 * The document properties through the offline runner: a run saves the settings and the student-key salt in the
 * hidden `PassCompass properties` sheet, and a run on that output restores them, so a student keeps the same
 * pseudonym in the Inference log and the model is not retrained. Without the sheet a run starts afresh; with
 * it, the add-on's own sheets come out the same, because the add-on never sees it.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../../src/local/bundle';
import { PROPERTIES_SHEET } from '../../src/local/cli/properties-sheet';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
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

afterAll(removeScratchFolders);

/** The Student key column of the Inference log, one list per scoring run, in the order the runs were logged. */
function keysByRun(workbook: LocalSpreadsheet): string[][] {
  const [header = [], ...rows] = valuesOf(workbook, 'Inference log') ?? [];
  const run = header.indexOf('Run');
  const key = header.indexOf('Student key');
  const runs = new Map<unknown, string[]>();
  for (const row of rows) runs.set(row[run], [...(runs.get(row[run]) ?? []), String(row[key])]);
  return [...runs.values()];
}

/** Every sheet of `workbook` PassCompass writes, except what changes with the time of the run. */
function addOnSheets(workbook: LocalSpreadsheet): Record<string, unknown[][] | null> {
  const [header = [], ...rows] = valuesOf(workbook, 'Students') ?? [];
  const scoredAt = header.indexOf('Scored at');
  const students = [header, ...rows].map((row) => row.filter((_cell, i) => i !== scoredAt));
  const names = ['Data issues', 'Experiments', 'Versions', 'Aliases', 'Summary'];
  return { Students: students, ...Object.fromEntries(names.map((name) => [name, valuesOf(workbook, name)])) };
}

describe('a second run on the runner’s own output', () => {
  const dir = scratchFolder();
  let first: LocalSpreadsheet;
  let second: LocalSpreadsheet;
  let fresh: LocalSpreadsheet;
  let secondRun: CliRun;

  beforeAll(async () => {
    copyFixture('odd-roster.csv', dir);
    expect((await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'first.xlsx'], dir)).code).toBe(0);
    first = await readWorkbook(join(dir, 'first.xlsx'));
    // The same workbook without its properties sheet: what every run did before the sheet existed.
    const stripped = await readWorkbook(join(dir, 'first.xlsx'));
    const sheet = stripped.getSheetByName(PROPERTIES_SHEET);
    if (sheet) stripped.deleteSheet(sheet);
    await writeXlsx(stripped, join(dir, 'stripped.xlsx'));

    secondRun = await passcompass(['run', '--in', 'first.xlsx', '--out', 'second.xlsx'], dir);
    second = await readWorkbook(join(dir, 'second.xlsx'));
    expect((await passcompass(['run', '--in', 'stripped.xlsx', '--out', 'fresh.xlsx'], dir)).code).toBe(0);
    fresh = await readWorkbook(join(dir, 'fresh.xlsx'));
  });

  it('saves the salt in the first output’s hidden properties sheet (settings once they are changed)', () => {
    expect(sheetNames(first).at(-1)).toBe(PROPERTIES_SHEET);
    expect(first.getSheetByName(PROPERTIES_SHEET)?.isSheetHidden()).toBe(true);
    const [header, ...rows] = valuesOf(first, PROPERTIES_SHEET) ?? [];
    expect(header).toEqual(['Key', 'Value']);
    // Settings are stored once someone changes them (--set here, the Settings… dialog in Sheets). The record of
    // the sheets and columns PassCompass made travels too, by name: an .xlsx file keeps no sheet ids.
    // The background record keeps how the last scoring run ended (counts only), for the sidebar.
    expect(rows).toEqual([
      ['passcompass.background', expect.stringContaining('"lastScoring":{')],
      ['passcompass.owned', expect.any(String)],
      ['passcompass.salt', expect.stringMatching(/^[0-9a-f-]{36}$/)],
    ]);
    const owned = JSON.parse(String(rows[1]?.[1])) as {
      sheets: Record<string, { id?: number; name: string }>;
      columns: { id?: number; name: string; headers: Record<string, string> }[];
    };
    expect(Object.keys(owned.sheets).sort()).toEqual(
      [
        'Aliases',
        'Data issues',
        'Experiments',
        'Inference log',
        'Model card v1',
        'Summary',
        'Versions',
      ].sort(),
    );
    expect(Object.values(owned.sheets).every((sheet) => sheet.id === undefined)).toBe(true);
    expect(owned.columns).toEqual([
      {
        name: 'Students',
        headers: Object.fromEntries(
          ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'].map((h) => [h, h]),
        ),
      },
    ]);
  });

  it('restores them, scores with the champion already chosen and does not retrain', () => {
    expect(secondRun.stderr).toBe('');
    expect(secondRun.code).toBe(0);
    expect(secondRun.stdout).toContain(
      `Read PassCompass's saved properties (passcompass.background, passcompass.owned, passcompass.salt) from the sheet "${PROPERTIES_SHEET}".`,
    );
    expect(secondRun.stdout).toContain(
      '▸ Train model: skipped, the workbook already has a champion (version 1)',
    );
    expect(valuesOf(second, 'Versions')).toHaveLength(2);
    // The same properties, but for the time of the last scoring run, which is this one's.
    const withoutTimes = (rows: unknown[][] | null) =>
      (rows ?? []).map((row) => row.map((cell) => String(cell).replace(/"at":\d+/, '"at":0')));
    expect(withoutTimes(valuesOf(second, PROPERTIES_SHEET))).toEqual(
      withoutTimes(valuesOf(first, PROPERTIES_SHEET)),
    );
  });

  it('gives every student the same key in the Inference log as the first run did', () => {
    const [run1 = []] = keysByRun(first);
    const [logged1, run2 = []] = keysByRun(second);
    expect(run1).toHaveLength(160);
    expect(logged1).toEqual(run1);
    expect(run2).toEqual(run1);
  });

  it('gives new keys when the workbook has lost its properties sheet (a new salt)', () => {
    const [run1 = []] = keysByRun(first);
    const [, run2 = []] = keysByRun(fresh);
    expect(run2).toHaveLength(160);
    expect(run2.filter((key, i) => key === run1[i])).toEqual([]);
  });

  it('leaves the add-on’s sheets as they would be without the properties sheet, which it never sees', () => {
    expect(addOnSheets(second)).toEqual(addOnSheets(fresh));
    expect(sheetNames(second)).toEqual(sheetNames(fresh));
    expect(sheetNames(second).filter((name) => second.getSheetByName(name)?.isSheetHidden())).toEqual([
      PROPERTIES_SHEET,
    ]);
  });

  it('has the store restored, and no properties sheet, from the add-on’s first menu click', async () => {
    // A copy of the built add-on whose Check data first reports what the add-on can see.
    const distDir = join(scratchFolder(), 'dist');
    mkdirSync(distDir);
    copyFileSync(join(DIST_DIR, 'Code.js'), join(distDir, 'Code.js'));
    writeFileSync(
      join(distDir, 'zz-test-double.js'),
      `function checkData() {
        var ss = SpreadsheetApp.getActive();
        var names = ss.getSheets().map(function (s) { return s.getName(); });
        ss.toast('Sees ' + names.join(', ') + '; by name: ' + ss.getSheetByName('${PROPERTIES_SHEET}') +
          '; salt: ' + PropertiesService.getDocumentProperties().getProperty('passcompass.salt'));
        return PassCompass.entryPoints.checkData();
      }`,
    );
    const run = await passcompass(['run', '--in', 'first.xlsx', '--out', 'seen.xlsx'], dir, { distDir });
    expect(run.code).toBe(0);
    const salt = String(
      (valuesOf(first, PROPERTIES_SHEET) ?? []).find(([key]) => key === 'passcompass.salt')?.[1],
    );
    const visible = sheetNames(first).filter((name) => name !== PROPERTIES_SHEET);
    expect(run.stdout).toContain(
      `▸ Check data\n  Sees ${visible.join(', ')}; by name: null; salt: ${salt}\n`,
    );
  });
});
