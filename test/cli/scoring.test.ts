/**
 * Scoring through the offline runner. The first test pins that the built add-on has `scoreStudents`: it fails
 * until Score students is in dist/, and while it fails the runner skips scoring (tested below with a build
 * without it). The others check the scores the runner saves, that a scoring step that stops ends the run,
 * and that a long scoring run, continued by the add-on's own trigger, is carried through to the end.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import { DIST_DIR, startAddOn } from '../../src/local/bundle';
import { PROPERTIES_SHEET } from '../../src/local/cli/properties-sheet';
import { writeXlsx } from '../../src/local/xlsx';
import {
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  valuesOf,
} from './support';

afterAll(removeScratchFolders);

const OWN_COLUMNS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'];

/** A copy of the built add-on with `extra` evaluated after it (later top-level declarations win). */
function distWith(extra: string): string {
  const dir = join(scratchFolder(), 'dist');
  mkdirSync(dir);
  copyFileSync(join(DIST_DIR, 'Code.js'), join(dir, 'Code.js'));
  writeFileSync(join(dir, 'zz-test-double.js'), extra);
  return dir;
}

describe('Score students through the offline runner', () => {
  it('is in the built add-on (this test fails until Score students lands in dist/)', () => {
    expect(startAddOn().addOn.has('scoreStudents')).toBe(true);
  });

  it('adds risk, tier, reasons, version and time to every student, and logs each prediction', async () => {
    const dir = scratchFolder();
    const input = copyFixture('odd-roster.csv', dir);
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/▸ Score students\n {2}Scored 160 students with model version 1: /);

    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    const [header = [], ...rows] = valuesOf(saved, 'Students') ?? [];
    const width = parseCsv(readFileSync(input, 'utf8')).header.length;
    expect(header.slice(width)).toEqual(OWN_COLUMNS);
    expect(rows).toHaveLength(160);
    const tiers = new Map<unknown, number>();
    for (const row of rows) {
      const [risk, tier, reasons, version] = row.slice(width);
      expect(typeof risk).toBe('number');
      expect(risk).toBeGreaterThanOrEqual(0);
      expect(risk).toBeLessThanOrEqual(1);
      expect(['High', 'Medium', 'Low']).toContain(tier);
      expect(String(reasons)).not.toBe('');
      expect(version).toBe(1);
      tiers.set(tier, (tiers.get(tier) ?? 0) + 1);
    }
    expect(run.stdout).toContain(
      `champion model version 1, trained in this run; scored: ${['High', 'Medium', 'Low']
        .filter((t) => tiers.has(t))
        .map((t) => `${tiers.get(t)} ${t}`)
        .join(', ')}.`,
    );
    expect(valuesOf(saved, 'Inference log')).toHaveLength(161);
    // The saved workbook opens on the roster, not on the last sheet the add-on made.
    expect(saved.getActiveSheet()?.getName()).toBe('Students');
  });

  it('stops at Score students when the champion model was altered, and saves nothing', async () => {
    const dir = scratchFolder();
    copyFixture('roster-workbook.xlsx', dir);
    expect(
      (await passcompass(['run', '--in', 'roster-workbook.xlsx', '--out', 'first.xlsx'], dir)).code,
    ).toBe(0);
    const workbook = await readWorkbook(join(dir, 'first.xlsx'));
    workbook.getSheetByName('Versions')?.getRange(2, 12).setValue('{"intercept": 5}');
    await writeXlsx(workbook, join(dir, 'altered.xlsx'));

    const run = await passcompass(['run', '--in', 'altered.xlsx', '--out', 'second.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '  Model version 1 was not loaded: Versions row 2: its row no longer matches its checksum',
    );
    expect(run.stderr).toBe(
      'passcompass: PassCompass stopped at Score students; nothing was saved and the input file is unchanged.',
    );
    expect(existsSync(join(dir, 'second.xlsx'))).toBe(false);
  });

  it('skips scoring with a note when the built add-on has no scoreStudents', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    const distDir = distWith('scoreStudents = undefined;\n');
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir, {
      distDir,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '▸ Score students: skipped, this build of the add-on (dist/Code.js) has no scoreStudents yet.',
    );
    expect(run.stdout).toMatch(/160 students; champion model version 1, trained in this run; not scored\.$/);
    const header = (valuesOf(await readWorkbook(join(dir, 'scored.xlsx')), 'Students') ?? [])[0] ?? [];
    expect(header).not.toContain('Risk of failing');
  });

  it('runs the add-on’s background trigger until a long scoring run has finished', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    // A stand-in for a roster too big for one execution: three blocks, continued by a time-driven trigger.
    const distDir = distWith(`
      var blocksLeft = 2;
      var RUN = 'passcompass.scoringRun';
      function scoreStudents() {
        PropertiesService.getDocumentProperties().setProperty(RUN, '{}');
        ScriptApp.newTrigger('passCompassTick').timeBased().after(60 * 1000).create();
        SpreadsheetApp.getActive().toast('Scored block 1.');
        return { status: 'continuing' };
      }
      function passCompassTick(e) {
        blocksLeft -= 1;
        ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
        if (blocksLeft > 0) {
          ScriptApp.newTrigger('passCompassTick').timeBased().after(60 * 1000).create();
          return;
        }
        ScriptApp.getProjectTriggers().forEach(function (t) { ScriptApp.deleteTrigger(t); });
        PropertiesService.getDocumentProperties().deleteProperty(RUN);
        var sheet = SpreadsheetApp.getActive().getSheetByName('Students');
        sheet.insertColumnsAfter(sheet.getMaxColumns(), 1);
        sheet.getRange(1, sheet.getMaxColumns()).setValue('Risk of failing');
      }
    `);
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir, {
      distDir,
    });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('▸ Score students\n  Scored block 1.\nSaved ');
  });

  it('fails the run, saving nothing, when the background blocks never finish the scoring run', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    // A run that stays in progress while its trigger is gone: waiting could never finish it.
    const distDir = distWith(`
      function scoreStudents() {
        PropertiesService.getDocumentProperties().setProperty('passcompass.scoringRun', '{}');
        return { status: 'continuing' };
      }
    `);
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir, {
      distDir,
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(
      'PassCompass stopped at Score students (the background blocks did not finish',
    );
    expect(existsSync(join(dir, 'scored.xlsx'))).toBe(false);
  });

  it('carries the real add-on’s scoring through every block: each student gets a tier and one log row', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    // First run trains; the second scores again in blocks of 40 rows (4 executions), set in the saved
    // properties the way the add-on reads its block size.
    expect((await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'first.xlsx'], dir)).code).toBe(0);
    const first = await readWorkbook(join(dir, 'first.xlsx'));
    const properties = first.getSheetByName(PROPERTIES_SHEET);
    properties?.appendRow(["'passcompass.rowsPerExecution", "'40"]);
    await writeXlsx(first, join(dir, 'blocks.xlsx'));

    const run = await passcompass(['run', '--in', 'blocks.xlsx', '--out', 'second.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('  Scored 40 of 160 rows; PassCompass continues in a few minutes.');
    const saved = await readWorkbook(join(dir, 'second.xlsx'));
    const [header = [], ...rows] = valuesOf(saved, 'Students') ?? [];
    const tier = header.indexOf('Tier');
    expect(
      rows.map((row) => row[tier]).filter((t) => ['High', 'Medium', 'Low'].includes(String(t))),
    ).toHaveLength(160);
    // Two runs of 160 students: one log row each per run.
    expect(valuesOf(saved, 'Inference log')).toHaveLength(1 + 2 * 160);
    expect(run.stdout).toMatch(
      /160 students; champion model version 1; scored: \d+ High, \d+ Medium, \d+ Low\.$/,
    );
  });
});
