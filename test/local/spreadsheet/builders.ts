/**
 * Test data builders for the local spreadsheet: `aSpreadsheet().withValues([...]).build()` gives a fresh
 * `SpreadsheetApp` bound to a spreadsheet whose first sheet holds the values, plus the call log to inspect.
 */
import { CallLog } from '../../../src/local/call-log';
import type { Realm } from '../../../src/local/realm';
import { LocalSpreadsheet, LocalSpreadsheetApp, type LocalSheet } from '../../../src/local/spreadsheet';

export interface BuiltSpreadsheet {
  app: LocalSpreadsheetApp;
  spreadsheet: LocalSpreadsheet;
  sheet: LocalSheet;
  calls: CallLog;
}

export class SpreadsheetBuilder {
  private values: unknown[][] | null = null;
  private timeZone = 'Etc/GMT';
  private realm: Realm | undefined;
  private name = 'Roster';

  /** Writes `rows` from A1 (through `setValues`, so they are read as Sheets reads user input). */
  withValues(rows: unknown[][]): this {
    this.values = rows;
    return this;
  }

  /** A header row and `count` student rows: id, name, score. */
  withStudents(count: number): this {
    const rows: unknown[][] = [['id', 'name', 'score']];
    for (let i = 1; i <= count; i += 1) rows.push([i, `Student ${i}`, (i % 20) / 2]);
    return this.withValues(rows);
  }

  inTimeZone(timeZone: string): this {
    this.timeZone = timeZone;
    return this;
  }

  inRealm(realm: Realm): this {
    this.realm = realm;
    return this;
  }

  named(name: string): this {
    this.name = name;
    return this;
  }

  /** Builds it; the call log is reset, so a test sees only its own calls. */
  build(): BuiltSpreadsheet {
    const calls = new CallLog(undefined, true);
    const spreadsheet = new LocalSpreadsheet({
      calls,
      name: this.name,
      timeZone: this.timeZone,
      ...(this.realm ? { realm: this.realm } : {}),
    });
    const app = new LocalSpreadsheetApp({ calls, ui: { kind: 'test-ui' }, spreadsheet });
    const sheet = spreadsheet.getSheets()[0]!;
    const values = this.values;
    if (values && values.length > 0) sheet.getRange(1, 1, values.length, values[0]!.length).setValues(values);
    calls.reset();
    return { app, spreadsheet, sheet, calls };
  }
}

export function aSpreadsheet(): SpreadsheetBuilder {
  return new SpreadsheetBuilder();
}

/** The message of the error `action` throws (fails the test when it does not throw). */
export function errorOf(action: () => unknown): Error {
  try {
    action();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the action to throw');
}
