/**
 * The runner decides whether to train from the champion of the workbook's Aliases history, the one source of
 * truth the add-on also reads; the Status column of Versions is only a mirror.
 */
import { join } from 'node:path';
import { CallLog } from '../../src/local/call-log';
import { championVersion, whyNoChampion } from '../../src/local/cli/champion-version';
import { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { parseOwnership } from '../../src/sheets/ownership-record';
import { writeXlsx } from '../../src/local/xlsx';
import { copyFixture, passcompass, readWorkbook, removeScratchFolders, scratchFolder } from './support';

afterAll(removeScratchFolders);

function workbook(aliases: unknown[][] | null, versions: unknown[][] | null): LocalSpreadsheet {
  const spreadsheet = new LocalSpreadsheet({ calls: new CallLog() });
  for (const [name, rows] of [
    ['Aliases', aliases],
    ['Versions', versions],
  ] as const) {
    if (!rows) continue;
    const sheet = spreadsheet.insertSheet(name);
    sheet.getRange(1, 1, rows.length, (rows[0] ?? []).length).setValues(rows);
  }
  return spreadsheet;
}

/** A workbook saved before PassCompass kept its record of what it made: sheets go by their usual names. */
const NO_RECORD = parseOwnership(null);

const ALIASES = ['Time', 'Alias', 'From version', 'To version', 'Moved by', 'Reason'];
const at = new Date('2026-11-26T10:00:00Z');

describe('the champion the runner sees', () => {
  it('is the last champion move of the Aliases history, whatever the Status column says', () => {
    const spreadsheet = workbook(
      [
        ALIASES,
        [at, 'champion', '', 1, 'training gate', 'first version'],
        [at, 'challenger', '', 2, 'training gate', 'does not beat'],
        [at, 'champion', 1, 2, 'promote', 'better'],
      ],
      [
        ['Version', 'Status'],
        [1, 'champion'],
        [2, 'champion'],
      ],
    );
    expect(championVersion(spreadsheet, NO_RECORD)).toBe(2);
  });

  it('skips a history row that breaks the schema, as the add-on does', () => {
    const spreadsheet = workbook(
      [
        ALIASES,
        [at, 'champion', '', 1, 'training gate', 'first version'],
        [at, 'champion', 1, 'two', 'promote', 'typed by hand'],
      ],
      null,
    );
    expect(championVersion(spreadsheet, NO_RECORD)).toBe(1);
  });

  it('is read from the Aliases sheet PassCompass made, never from a teacher’s sheet of that name', () => {
    const spreadsheet = workbook([ALIASES, [at, 'champion', '', 3, 'promote', 'the teacher’s copy']], null);
    const ours = spreadsheet.insertSheet('Aliases (PassCompass)');
    ours
      .getRange(1, 1, 2, ALIASES.length)
      .setValues([ALIASES, [at, 'champion', '', 1, 'training gate', 'first']]);
    const record = parseOwnership(JSON.stringify({ sheets: { Aliases: { name: 'Aliases (PassCompass)' } } }));
    expect(championVersion(spreadsheet, record)).toBe(1);
    // A record that lists no Aliases sheet: PassCompass made none, whatever a sheet is called.
    const other = parseOwnership(JSON.stringify({ sheets: { Summary: { name: 'Summary' } } }));
    expect(championVersion(spreadsheet, other)).toBeNull();
    expect(whyNoChampion(spreadsheet, other)).toBe('it has no Aliases sheet, the history of its champion');
  });

  it('is none without an Aliases sheet or a champion move, and says which', () => {
    expect(
      championVersion(
        workbook(null, [
          ['Version', 'Status'],
          [1, 'champion'],
        ]),
        NO_RECORD,
      ),
    ).toBeNull();
    expect(whyNoChampion(workbook(null, null), NO_RECORD)).toBe(
      'it has no Aliases sheet, the history of its champion',
    );
    const cleared = workbook([ALIASES, [at, 'challenger', '', 1, 'training gate', 'x']], null);
    expect(championVersion(cleared, NO_RECORD)).toBeNull();
    expect(whyNoChampion(cleared, NO_RECORD)).toBe('its Aliases history names no champion');
  });

  it('makes run skip training on a saved workbook whose Status column lost its champion', async () => {
    const dir = scratchFolder();
    copyFixture('roster-workbook.xlsx', dir);
    expect(
      (await passcompass(['run', '--in', 'roster-workbook.xlsx', '--out', 'first.xlsx'], dir)).code,
    ).toBe(0);
    const first = await readWorkbook(join(dir, 'first.xlsx'));
    const versions = first.getSheetByName('Versions');
    const status = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).indexOf(
      'Status',
    );
    versions?.getRange(2, status + 1).setValue('archived');
    await writeXlsx(first, join(dir, 'edited.xlsx'));
    const again = await passcompass(['run', '--in', 'edited.xlsx', '--out', 'second.xlsx'], dir);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(
      '▸ Train model: skipped, the workbook already has a champion (version 1); add --retrain to train a new version.',
    );
    expect(again.stdout).toContain('Versions: the Status column disagrees with the Aliases history');
    expect(again.stdout).toMatch(/Saved .*second\.xlsx: 150 students; champion model version 1;/);
  });
});
