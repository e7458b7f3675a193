/**
 * `--set key=value` through the offline runner: the change is saved through the add-on's `saveSettings`, used
 * by this run (the capacity decides how many students are High), kept in the output's properties sheet and
 * used again by a later run without `--set`; a value the add-on refuses, a setting it does not have, or a
 * properties sheet that cannot be read ends the run with exit code 2 before anything runs or is saved.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PROPERTIES_SHEET } from '../../src/local/cli/properties-sheet';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
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

function highTiers(workbook: LocalSpreadsheet): number {
  const [header = [], ...rows] = valuesOf(workbook, 'Students') ?? [];
  const tier = header.indexOf('Tier');
  return rows.filter((row) => row[tier] === 'High').length;
}

/** The saved properties of `workbook`, key → value. */
function savedProperties(workbook: LocalSpreadsheet): Record<string, unknown> {
  return Object.fromEntries((valuesOf(workbook, PROPERTIES_SHEET) ?? []).slice(1));
}

describe('passcompass run --set', () => {
  const dir = scratchFolder();
  beforeAll(() => copyFixture('odd-roster.csv', dir));

  it('saves the settings and the salt in the output, and uses them in this run and the next', async () => {
    const args = ['--set', 'capacity=40', '--set=seed=7', '--set', 'mode=auto'];
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'set.xlsx', ...args], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('▸ Settings: capacity = 40, seed = 7, mode = auto\n▸ Check data');
    expect(run.stdout).toContain('If counsellors see the 40 students at highest risk');
    const saved = await readWorkbook(join(dir, 'set.xlsx'));
    expect(highTiers(saved)).toBe(40);
    const properties = savedProperties(saved);
    // The background record keeps how the last scoring run ended (the sidebar's "Last scoring").
    expect(Object.keys(properties)).toEqual([
      'passcompass.background',
      'passcompass.owned',
      'passcompass.salt',
      'passcompass.settings',
    ]);
    expect(JSON.parse(String(properties['passcompass.settings']))).toEqual({
      passMark: 10,
      mode: 'auto',
      folds: 5,
      capacity: 40,
      seed: 7,
      tierRule: 'capacity',
      highFrom: 0.5,
      mediumFrom: 0.3,
      alertRecipients: [],
      monitoringHour: 7,
      equityGapLimit: 0.1,
      leaveOutAttributes: [],
    });

    // A later run without --set remembers them; another --set changes one and keeps the others.
    const again = await passcompass(['run', '--in', 'set.xlsx', '--out', 'again.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toContain('▸ Settings');
    expect(highTiers(await readWorkbook(join(dir, 'again.xlsx')))).toBe(40);
    const changed = await passcompass(
      ['run', '--in', 'again.xlsx', '--out', 'changed.xlsx', '--set', 'capacity=12'],
      dir,
    );
    expect(changed.code).toBe(0);
    const settings = savedProperties(await readWorkbook(join(dir, 'changed.xlsx')))['passcompass.settings'];
    expect(JSON.parse(String(settings))).toMatchObject({ capacity: 12, seed: 7 });
    expect(highTiers(await readWorkbook(join(dir, 'changed.xlsx')))).toBe(12);
  });

  it.each([
    [['--set', 'folds=1'], '  folds must be a whole number from 2 to 20; using 5.'],
    [['--set', 'mode=late'], '  mode must be auto, early or mid; using auto.'],
    [['--set', 'capacity=forty'], '  capacity must be a whole number from 1 to 100000; using 25.'],
    [['--set', 'monitoringHour=24'], '  monitoringHour must be a whole number from 0 to 23; using 7.'],
    [
      ['--set', 'alertRecipients=a@school.org,x@'],
      '  alertRecipients: "x@" is not an email address; it is left out.',
    ],
    [['--set', 'equityGapLimit=15'], '  equityGapLimit must be a number from 0 to 1; using 0.1.'],
    [
      ['--set', 'leaveOutAttributes=sex,age'],
      '  leaveOutAttributes: "age" is not one of the sensitive attributes that can be left out (sex, address, ' +
        'school, Medu, Fedu, course); leaving none out.',
    ],
  ])(
    'prints the add-on’s problem with %j and exits with 2, running and saving nothing',
    async (args, problem) => {
      const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'refused.xlsx', ...args], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(
        'passcompass: PassCompass did not accept the settings (the workbook’s settings with the --set changes); ' +
          `nothing was run or saved:\n${problem}`,
      );
      expect(run.stdout).not.toContain('▸');
      expect(existsSync(join(dir, 'refused.xlsx'))).toBe(false);
    },
  );

  it('sets the alert recipients (one text, separated by commas) and the hour of the daily check', async () => {
    const run = await passcompass(
      [
        'run',
        '--in',
        'odd-roster.csv',
        '--out',
        'monitoring.xlsx',
        '--set',
        'alertRecipients=head.of.year@school.org,ana.costa@school.org',
        '--set',
        'monitoringHour=18',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '▸ Settings: alertRecipients = head.of.year@school.org,ana.costa@school.org, monitoringHour = 18\n',
    );
    const saved = savedProperties(await readWorkbook(join(dir, 'monitoring.xlsx')))['passcompass.settings'];
    expect(JSON.parse(String(saved))).toMatchObject({
      alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'],
      monitoringHour: 18,
    });
  });

  it('sets the acceptable equity gap and the attributes left out of the inputs', async () => {
    const run = await passcompass(
      [
        'run',
        '--in',
        'odd-roster.csv',
        '--out',
        'equity.xlsx',
        '--set',
        'equityGapLimit=0.05',
        '--set',
        'leaveOutAttributes=sex,address',
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const saved = savedProperties(await readWorkbook(join(dir, 'equity.xlsx')))['passcompass.settings'];
    expect(JSON.parse(String(saved))).toMatchObject({
      equityGapLimit: 0.05,
      leaveOutAttributes: ['sex', 'address'],
    });
  });

  it('refuses a setting the add-on does not have, naming the ones it has', async () => {
    const run = await passcompass(
      ['run', '--in', 'odd-roster.csv', '--out', 'refused.xlsx', '--set', 'capacty=4'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'passcompass: --set capacty: PassCompass has no such setting (its settings are passMark, mode, folds, ' +
        'capacity, seed, tierRule, highFrom, mediumFrom, alertRecipients, monitoringHour, equityGapLimit, ' +
        'leaveOutAttributes); nothing was run or saved.',
    );
    expect(existsSync(join(dir, 'refused.xlsx'))).toBe(false);
  });

  it('stops with exit code 2, naming the sheet, when the properties sheet has lost its header', async () => {
    await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'base.xlsx'], dir);
    const workbook = await readWorkbook(join(dir, 'base.xlsx'));
    workbook.getSheetByName(PROPERTIES_SHEET)?.deleteRow(1);
    await writeXlsx(workbook, join(dir, 'edited.xlsx'));
    const run = await passcompass(['run', '--in', 'edited.xlsx', '--out', 'refused.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'passcompass: edited.xlsx: the sheet "PassCompass properties" (PassCompass\'s saved settings) has no ' +
        'header row: A1 and B1 must read Key and Value. Correct it, or delete the sheet to start again from ' +
        'the default settings.',
    );
    expect(existsSync(join(dir, 'refused.xlsx'))).toBe(false);
  });
});
