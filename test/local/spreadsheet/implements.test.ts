/**
 * The type-level contract between the local classes and `@types/google-apps-script`, checked by
 * `npx tsc -p tsconfig.node.json --noEmit`: each `@ts-expect-error` below must see an error, or the type check
 * fails. The jest half checks at run time that the method lists name real interface members.
 */
import { readFileSync } from 'node:fs';
import { CallLog } from '../../../src/local/call-log';
import {
  LocalSpreadsheetApp,
  RANGE_METHODS,
  SHEET_METHODS,
  SPREADSHEET_APP_MEMBERS,
  SPREADSHEET_METHODS,
  type AssertTrue,
  type OnlyMembers,
  type Subset,
} from '../../../src/local/spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

// @ts-expect-error 'getNmae' is not a member of the real Sheet, so it cannot be listed.
export type MisspelledInList = Subset<Sheet, 'getNmae'>;

export class MisspelledExtraMethod {
  getName(): string {
    return 'Sheet1';
  }
  getNmae(): string {
    return 'Sheet1';
  }
}
// @ts-expect-error A public method missing from the list (here a misspelling) is reported.
export type ExtraMethodIsCaught = AssertTrue<OnlyMembers<MisspelledExtraMethod, 'getName'>>;

export class WrongSignatures implements Subset<Sheet, 'getName' | 'getRange' | 'getLastRow'> {
  // @ts-expect-error A primitive return type must match: getName returns a string.
  getName(): number {
    return 1;
  }
  // @ts-expect-error Parameters must accept every real overload, including getRange(a1Notation: string).
  getRange(row: number, column: number): unknown {
    return [row, column];
  }
  getLastRow(): number {
    return 0;
  }
}

// @ts-expect-error A listed method that the class lacks is reported.
export class MissingMethod implements Subset<Sheet, 'getName'> {}

/** The member names of `interface <name> {` in the Spreadsheet typings. */
function realMembers(name: string): Set<string> {
  const typings = readFileSync(
    require.resolve('@types/google-apps-script/google-apps-script.spreadsheet.d.ts'),
    'utf8',
  );
  const start = typings.indexOf(`interface ${name} {`);
  const body = typings.slice(start, typings.indexOf('\n        }', start));
  // A deprecated member is still a real one (its line starts with its `/** @deprecated … */` comment).
  return new Set([...body.matchAll(/^\s{12}(?:\/\*\*.*?\*\/\s*)?(\w+)[(:]/gm)].map((m) => m[1]!));
}

describe('the local classes against the Apps Script typings', () => {
  it.each([
    ['Range', RANGE_METHODS],
    ['Sheet', SHEET_METHODS],
    ['Spreadsheet', SPREADSHEET_METHODS],
    ['SpreadsheetApp', SPREADSHEET_APP_MEMBERS],
  ] as const)('lists only real members of %s', (name, members) => {
    const real = realMembers(name);
    expect(real.size).toBeGreaterThan(20);
    expect(members.filter((m) => !real.has(m))).toEqual([]);
  });

  it('provides every listed member on live objects', () => {
    const app = new LocalSpreadsheetApp({ calls: new CallLog(), ui: {} });
    const sheet = app.getActiveSheet();
    const objects: [object, readonly string[]][] = [
      [app, SPREADSHEET_APP_MEMBERS],
      [app.getActive(), SPREADSHEET_METHODS],
      [sheet, SHEET_METHODS],
      [sheet.getRange('A1'), RANGE_METHODS],
    ];
    const missingMembers = objects.flatMap(([object, members]) =>
      members.filter((m) => (object as Record<string, unknown>)[m] === undefined),
    );
    expect(missingMembers).toEqual([]);
  });
});
