/**
 * What every facade of one spreadsheet shares: the call log it reports to, the realm it makes values and errors
 * in, the spreadsheet's state, and the facade of each sheet (one per sheet, so `getSheets()[0] ===
 * getActiveSheet()` holds). Facades keep their model behind the `INTERNAL` symbol, which the add-on cannot name
 * and which the type-level member checks ignore.
 */
import type { CallLog } from '../call-log';
import type { Realm } from '../realm';
import type { Errors } from './errors';
import type { LocalSheet } from './sheet';
import type { SheetModel } from './sheet-model';
import type { LocalSpreadsheet } from './spreadsheet';
import type { SpreadsheetModel } from './spreadsheet-model';

/** The key of a facade's model: `sheet[INTERNAL]` is its `SheetModel`, `range[INTERNAL]` its `RangeRef`. */
export const INTERNAL: unique symbol = Symbol('passcompass.local.internal');

/** The key of a spreadsheet's shared `Context`, for the facades made outside it (`SpreadsheetApp`'s builders). */
export const CONTEXT: unique symbol = Symbol('passcompass.local.context');

/** The service name every call is recorded under. */
export const SERVICE = 'SpreadsheetApp';

export interface Context {
  readonly calls: CallLog;
  readonly realm: Realm;
  readonly errors: Errors;
  readonly book: SpreadsheetModel;
  readonly spreadsheet: LocalSpreadsheet;
  /** The one facade of a sheet. */
  sheet(model: SheetModel): LocalSheet;
  /** Records one call, e.g. `record('Range.getValues', 500)`. */
  record(method: string, cells?: number): void;
}
