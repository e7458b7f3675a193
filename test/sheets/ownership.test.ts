/**
 * The ownership record and its rules on the local runtime: which sheets and roster columns PassCompass may write
 * (sheets/ownership.ts). The bundle tests (test/bundle/ownership.test.ts) run the same rules through the menu.
 */
import { CallLog } from '../../src/local/call-log';
import { LocalSpreadsheet, ProtectionType } from '../../src/local/spreadsheet';
import type { CellValue, KeyValueStore, OwnColumn } from '../../src/jobs/ports';
import { SheetOwnership, madeByPassCompass } from '../../src/sheets/ownership';
import {
  OWNED_KEY,
  candidateNames,
  parseOwnership,
  portableOwnership,
} from '../../src/sheets/ownership-record';

// The adapter names the `SpreadsheetApp` global (for `ProtectionType`), as Apps Script code does.
const globals = globalThis as { SpreadsheetApp?: unknown };
beforeAll(() => {
  globals.SpreadsheetApp = { ProtectionType };
});
afterAll(() => {
  delete globals.SpreadsheetApp;
});

type Sheet = ReturnType<LocalSpreadsheet['insertSheet']>;

const HEADER = ['Version', 'Created', 'Experiment', 'Data fingerprint', 'Rows'];

function memoryStore(): KeyValueStore & { values: Map<string, string> } {
  const values = new Map<string, string>();
  return {
    values,
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    remove: (key) => {
      values.delete(key);
    },
  };
}

function aSpreadsheet() {
  const calls = new CallLog();
  const spreadsheet = new LocalSpreadsheet({ calls });
  const store = memoryStore();
  const told: string[] = [];
  const ownership = () => new SheetOwnership(spreadsheet as never, store, (message) => told.push(message));
  return { calls, spreadsheet, store, told, ownership };
}

function sheetWith(spreadsheet: LocalSpreadsheet, name: string, rows: CellValue[][]): Sheet {
  const sheet = spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, rows.length, rows[0]?.length ?? 1).setValues(rows);
  return sheet;
}

const setUp = (sheet: unknown, name: string) => {
  const s = sheet as Sheet;
  s.getRange(1, 1, 1, HEADER.length).setValues([HEADER]);
  s.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
};

describe('an earlier version’s sheet, without a record', () => {
  const protectedSheet = (header: CellValue[], description: string, warningOnly = true) => {
    const { spreadsheet } = aSpreadsheet();
    const sheet = sheetWith(spreadsheet, 'Versions', [header]);
    sheet.protect().setDescription(description).setWarningOnly(warningOnly);
    return sheet as never;
  };

  const KEPT = 'Versions: kept by PassCompass';
  it.each([
    { what: 'PassCompass’s protection and header', header: HEADER, description: KEPT, adopted: true },
    { what: 'an earlier, shorter header', header: HEADER.slice(0, 3), description: KEPT, adopted: true },
    {
      what: 'a rewritten sheet’s protection',
      header: HEADER,
      description: 'Versions: rewritten by PassCompass',
      adopted: true,
    },
    {
      what: 'no description (an .xlsx round trip), whole header',
      header: HEADER,
      description: '',
      adopted: true,
    },
    {
      what: 'no description and a shorter header',
      header: HEADER.slice(0, 3),
      description: '',
      adopted: false,
    },
    {
      what: 'PassCompass’s protection, another header',
      header: ['Week', 'Topic'],
      description: KEPT,
      adopted: false,
    },
    { what: 'two matching header cells only', header: HEADER.slice(0, 2), description: KEPT, adopted: false },
    { what: 'a full protection', header: HEADER, description: KEPT, warningOnly: false, adopted: false },
    { what: 'the teacher’s own protection', header: HEADER, description: 'Do not edit', adopted: false },
  ])('with $what: adopted $adopted', ({ header, description, warningOnly = true, adopted }) => {
    expect(madeByPassCompass(protectedSheet([...header], description, warningOnly), HEADER)).toBe(adopted);
  });

  it('is never adopted without a protection, even with PassCompass’s exact header', () => {
    const { spreadsheet } = aSpreadsheet();
    expect(madeByPassCompass(sheetWith(spreadsheet, 'Versions', [HEADER]) as never, HEADER)).toBe(false);
  });
});

describe('PassCompass’s sheets', () => {
  it('are created under the usual name when it is free, and found again by id after a rename', () => {
    const { spreadsheet, store, told, ownership } = aSpreadsheet();
    const created = ownership().sheet('Versions', HEADER).findOrCreate(setUp);
    expect(created.getName()).toBe('Versions');
    created.setName('Old versions');
    sheetWith(spreadsheet, 'Versions', [['mine']]);
    expect(ownership().sheet('Versions', HEADER).find()?.getName()).toBe('Old versions');
    expect(told).toEqual([]);
    expect(parseOwnership(store.get(OWNED_KEY)).sheets['Versions']).toEqual({
      id: created.getSheetId(),
      name: 'Versions',
    });
  });

  it('skip a teacher’s sheet of that name, in any case: the next free name, told once, then reused', () => {
    const { spreadsheet, told, ownership } = aSpreadsheet();
    sheetWith(spreadsheet, 'versions', [HEADER]);
    sheetWith(spreadsheet, 'Versions (PassCompass)', [['also mine']]);
    expect(ownership().sheet('Versions', HEADER).find()).toBeNull();
    const created = ownership().sheet('Versions', HEADER).findOrCreate(setUp);
    expect(created.getName()).toBe('Versions (PassCompass 2)');
    expect(told).toEqual([
      'PassCompass leaves your sheet "versions" as it is: its own is "Versions (PassCompass 2)".',
    ]);
    expect(ownership().sheet('Versions', HEADER).findOrCreate(setUp).getSheetId()).toBe(created.getSheetId());
    expect(told).toHaveLength(1);
  });

  it('is made again when deleted, and an entry from an .xlsx file (no id) is bound by its name', () => {
    const { spreadsheet, store, ownership } = aSpreadsheet();
    const first = ownership().sheet('Summary', HEADER).findOrCreate(setUp);
    const firstId = first.getSheetId();
    spreadsheet.deleteSheet(first);
    const again = ownership().sheet('Summary', HEADER).findOrCreate(setUp);
    expect(again.getSheetId()).not.toBe(firstId);
    store.set(OWNED_KEY, portableOwnership(store.get(OWNED_KEY) ?? ''));
    expect(parseOwnership(store.get(OWNED_KEY)).sheets['Summary']).toEqual({ name: 'Summary' });
    expect(ownership().sheet('Summary', HEADER).find()?.getSheetId()).toBe(again.getSheetId());
    expect(parseOwnership(store.get(OWNED_KEY)).sheets['Summary']?.id).toBe(again.getSheetId());
  });

  it('an execution stopped right after creating the sheet leaves it PassCompass’s, not the teacher’s', () => {
    const { spreadsheet, store, told, ownership } = aSpreadsheet();
    // What the record holds between the two updates around insertSheet: the name, no id yet.
    store.set(OWNED_KEY, JSON.stringify({ sheets: { Monitoring: { name: 'Monitoring' } }, columns: [] }));
    spreadsheet.insertSheet('Monitoring');
    const found = ownership().sheet('Monitoring', HEADER).findOrCreate(setUp);
    expect(found.getName()).toBe('Monitoring');
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Monitoring']);
    expect(told).toEqual([]);
  });

  it('cost one call to find once recorded', () => {
    const { calls, ownership } = aSpreadsheet();
    ownership().sheet('Versions', HEADER).findOrCreate(setUp);
    calls.reset();
    ownership().sheet('Versions', HEADER).find();
    expect(calls.snapshot()).toEqual({ 'SpreadsheetApp.Spreadsheet.getSheetById': 1 });
  });
});

describe('PassCompass’s roster columns', () => {
  const COLUMNS: OwnColumn[] = [
    { header: 'Risk', holds: (v) => v === '' || (typeof v === 'number' && v >= 0 && v <= 1) },
    { header: 'Tier', holds: (v) => v === '' || v === 'High' || v === 'Low' },
  ];

  function roster(header: CellValue[], rows: CellValue[][]) {
    const setup = aSpreadsheet();
    const sheet = sheetWith(setup.spreadsheet, 'Students', [header, ...rows]);
    const ensure = () => {
      const values = sheet.getDataRange().getValues() as CellValue[][];
      return setup
        .ownership()
        .ensureColumns(sheet as never, 'Students', COLUMNS, values[0] ?? [], values.length - 1);
    };
    return { ...setup, sheet, ensure };
  }

  it('are added beside a teacher’s column of the same name, in any case or spacing, and reused', () => {
    const { sheet, told, ensure } = roster(['Name', ' tier '], [['Ana', 'support 1']]);
    expect(ensure()).toEqual({ columns: [2, 3], headers: ['Risk', 'Tier (PassCompass)'] });
    expect(told).toEqual([
      'PassCompass leaves your column "tier" as it is: its own is "Tier (PassCompass)".',
    ]);
    sheet.getRange(2, 3, 1, 2).setValues([[0.4, 'High']]);
    // The teacher moves PassCompass's columns to the front.
    sheet.insertColumnBefore(1);
    sheet.getRange(1, 1, 2, 1).setValues([['Tier (PassCompass)'], ['High']]);
    sheet.deleteColumn(5);
    expect(ensure()).toEqual({ columns: [3, 0], headers: ['Risk', 'Tier (PassCompass)'] });
    expect(told).toHaveLength(1);
  });

  it('are adopted without a record only when all are there, once each, holding what PassCompass writes', () => {
    expect(roster(['Name', 'Risk', 'Tier'], [['Ana', 0.2, 'Low']]).ensure()).toEqual({
      columns: [1, 2],
      headers: ['Risk', 'Tier'],
    });
    expect(roster(['Name', 'Tier'], [['Ana', 'Low']]).ensure()).toEqual({
      columns: [2, 3],
      headers: ['Risk', 'Tier (PassCompass)'],
    });
    expect(roster(['Name', 'Risk', 'Tier'], [['Ana', 0.2, 'see notes']]).ensure()).toEqual({
      columns: [1, 3],
      headers: ['Risk', 'Tier (PassCompass)'],
    });
  });

  it('are not found in a teacher’s column pasted over one of them, holding other values', () => {
    const { sheet, ensure } = roster(['Name'], [['Ana'], ['Rui']]);
    ensure();
    // A new roster pasted over the sheet, with the teacher's own Tier column where PassCompass's was. (Its Risk
    // column holds only risks from 0 to 1 under PassCompass's recorded header: that one is taken as PassCompass's.)
    sheet.getRange(1, 1, 3, 3).setValues([
      ['Name', 'Risk', 'Tier'],
      ['Ana', 0.3, 'support 2'],
      ['Rui', 0.1, ''],
    ]);
    expect(ensure()).toEqual({ columns: [1, 3], headers: ['Risk', 'Tier (PassCompass)'] });
    expect(sheet.getRange(1, 1, 3, 4).getValues()).toEqual([
      ['Name', 'Risk', 'Tier', 'Tier (PassCompass)'],
      ['Ana', 0.3, 'support 2', ''],
      ['Rui', 0.1, '', ''],
    ]);
  });

  it('are recorded before their headers are written, so a stopped execution adds the same names again', () => {
    const { store, sheet, ensure } = roster(['Name', 'Tier'], [['Ana', 'support 1']]);
    ensure();
    sheet.deleteColumns(3, 2); // as if the header write had never happened
    expect(parseOwnership(store.get(OWNED_KEY)).columns[0]?.headers).toEqual({
      Risk: 'Risk',
      Tier: 'Tier (PassCompass)',
    });
    expect(ensure().headers).toEqual(['Risk', 'Tier (PassCompass)']);
  });
});

describe('the record', () => {
  it('reads a damaged value as empty, and drops malformed entries one by one', () => {
    expect(parseOwnership('not json')).toEqual({ sheets: {}, columns: [] });
    expect(
      parseOwnership(
        JSON.stringify({
          sheets: {
            Summary: { id: 5, name: 'Summary' },
            Versions: { id: 'x' },
            Aliases: { name: 'Aliases' },
          },
          columns: [{ name: 'Students', headers: { Tier: 'Tier', Risk: 3 } }, { headers: {} }],
        }),
      ),
    ).toEqual({
      sheets: { Summary: { id: 5, name: 'Summary' }, Aliases: { name: 'Aliases' } },
      columns: [{ name: 'Students', headers: { Tier: 'Tier' } }],
    });
  });

  it('offers ten names per sheet or column', () => {
    expect(candidateNames('Tier').slice(0, 3)).toEqual([
      'Tier',
      'Tier (PassCompass)',
      'Tier (PassCompass 2)',
    ]);
    expect(candidateNames('Tier')).toHaveLength(10);
  });
});
