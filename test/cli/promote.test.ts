/**
 * `passcompass promote` and `passcompass rollback`: the menu's Promote challenger and Roll back champion,
 * offline, through the add-on's own entry points, with the reason kept in the Aliases history. A workbook with
 * a champion (version 1) and a challenger (version 2, trained again with --retrain) is made once.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

let made = '';

beforeAll(async () => {
  made = scratchFolder();
  copyFixture('odd-roster.csv', made);
  expect((await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'first.xlsx'], made)).code).toBe(0);
  const retrained = await passcompass(['run', '--in', 'first.xlsx', '--out', 'two.xlsx', '--retrain'], made);
  expect(retrained.code).toBe(0);
  // The same roster and seed: version 2 does not beat version 1, so it waits as the challenger.
  expect(retrained.stdout).toContain('(version 2, trained in this run, is not the champion: see Versions)');
});

function workspace(): string {
  const dir = scratchFolder();
  copyFileSync(join(made, 'two.xlsx'), join(dir, 'two.xlsx'));
  return dir;
}

const aliasRows = async (path: string) => (valuesOf(await readWorkbook(path), 'Aliases') ?? []).slice(1);

describe('passcompass promote and rollback', () => {
  it('promotes the challenger with the reason given, and rolls back to the version it replaced', async () => {
    const dir = workspace();
    const before = readFileSync(join(dir, 'two.xlsx'));
    const promoted = await passcompass(
      ['promote', '--model', 'two.xlsx', '--out', 'promoted.xlsx', '--reason', 'newer data'],
      dir,
    );
    expect(promoted.stderr).toBe('');
    expect(promoted.code).toBe(0);
    expect(promoted.stdout).toContain('▸ Promote challenger\n  Version 2 is now the champion.');
    expect(promoted.stdout).toContain('[answered "newer data", Ok]');
    expect(promoted.stdout).toMatch(/Saved .*promoted\.xlsx: champion model version 2\.$/);
    const moves = await aliasRows(join(dir, 'promoted.xlsx'));
    expect(moves.at(-2)?.slice(1)).toEqual(['champion', 1, 2, 'promote', 'newer data']);
    expect(readFileSync(join(dir, 'two.xlsx'))).toEqual(before);

    const rolled = await passcompass(
      ['rollback', '--model', 'promoted.xlsx', '--out', 'rolled.xlsx', '--reason', 'worse on term two'],
      dir,
    );
    expect(rolled.code).toBe(0);
    expect(rolled.stdout).toContain('Rolled back: version 1 is the champion again.');
    expect((await aliasRows(join(dir, 'rolled.xlsx'))).at(-1)?.slice(1)).toEqual([
      'champion',
      2,
      1,
      'roll back',
      'worse on term two',
    ]);
    // Scoring from the rolled-back workbook uses version 1.
    const scored = await passcompass(['run', '--in', 'rolled.xlsx', '--out', 'scored.xlsx'], dir);
    expect(scored.stdout).toContain('champion model version 1;');
  });

  it('stops, saving nothing, when there is nothing to roll back to (exit code 1)', async () => {
    const dir = workspace();
    const run = await passcompass(
      ['rollback', '--model', 'two.xlsx', '--out', 'rolled.xlsx', '--reason', 'try'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('  There is no earlier champion to roll back to.');
    expect(run.stderr).toBe(
      'passcompass: PassCompass stopped at Roll back champion; nothing was saved and the input file is unchanged.',
    );
    expect(existsSync(join(dir, 'rolled.xlsx'))).toBe(false);
  });

  it('refuses a challenger whose model was edited in its Versions row, as the menu does', async () => {
    const dir = workspace();
    const workbook = await readWorkbook(join(dir, 'two.xlsx'));
    const versions = workbook.getSheetByName('Versions');
    const header = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).map(String);
    const model = versions?.getRange(3, header.indexOf('Model (JSON)') + 1);
    model?.setValue(String(model.getValue()).replace('"intercept":', '"intercept":1+'));
    await writeXlsx(workbook, join(dir, 'edited.xlsx'));
    const run = await passcompass(
      ['promote', '--model', 'edited.xlsx', '--out', 'promoted.xlsx', '--reason', 'looks better'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Versions row 3');
    expect(existsSync(join(dir, 'promoted.xlsx'))).toBe(false);
  });

  it('needs a reason', async () => {
    const run = await passcompass(['promote', '--model', 'two.xlsx', '--out', 'p.xlsx'], workspace());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('passcompass: --reason "<why>" is required (kept in the Aliases history).');
  });
});
