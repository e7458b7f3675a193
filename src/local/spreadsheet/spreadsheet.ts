/**
 * `Spreadsheet`: the document, with its sheets in tab order. A new spreadsheet has one 1,000 × 26 sheet called
 * `Sheet1`; `insertSheet` adds more after the active sheet (or at a 0-based index) and makes the new one active.
 * `toasts` keeps every `toast()` shown, for tests.
 */
import type { CallLog } from '../call-log';
import { nodeRealm, type Realm } from '../realm';
import { gridOf, parseA1 } from './a1';
import { CONTEXT, INTERNAL, SERVICE, type Context } from './context';
import { enumMember, ProtectionType, type ProtectionTypeValue } from './enums';
import { errorsFor, MESSAGES } from './errors';
import { assertInside } from './grid-check';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { SpreadsheetMethods } from './members';
import { assertValidRangeName, LocalNamedRange, refOfRange } from './named-range';
import { LocalProtection } from './protection';
import { LocalRange } from './range';
import { LocalSheet } from './sheet';
import { copySheetContent } from './sheet-copy';
import type { SheetModel } from './sheet-model';
import { SpreadsheetModel, type Toast } from './spreadsheet-model';
import { isKnownTimeZone } from '../time-zone';

export interface LocalSpreadsheetOptions {
  calls: CallLog;
  /** The realm of the code that will use the spreadsheet (default: this Node process). */
  realm?: Realm;
  name?: string;
  id?: string;
  /** An IANA time zone; dates are read and written in it (default `Etc/GMT`). */
  timeZone?: string;
  /** The locale, such as `en_GB` (default `en_US`). */
  locale?: string;
}

type SheetArg = GoogleAppsScript.Spreadsheet.Sheet | LocalSheet;
type InsertOptions = { template?: SheetArg | undefined };

let created = 0;

export class LocalSpreadsheet implements Subset<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  SpreadsheetMethods
> {
  readonly [INTERNAL]: SpreadsheetModel;
  readonly [CONTEXT]: Context;

  constructor(options: LocalSpreadsheetOptions) {
    const realm = options.realm ?? nodeRealm;
    const errors = errorsFor(realm);
    created += 1;
    const timeZone = options.timeZone ?? 'Etc/GMT';
    if (!isKnownTimeZone(timeZone)) throw errors.range(`Unknown time zone: ${timeZone}.`);
    const book = new SpreadsheetModel(
      options.id ?? `local-spreadsheet-${created}`,
      options.name ?? 'Untitled spreadsheet',
      timeZone,
      errors,
    );
    if (options.locale !== undefined) book.locale = options.locale;
    this[INTERNAL] = book;
    const facades = new WeakMap<SheetModel, LocalSheet>();
    const calls = options.calls;
    this[CONTEXT] = {
      calls,
      realm,
      errors,
      book,
      spreadsheet: this,
      sheet(model) {
        let facade = facades.get(model);
        if (!facade) facades.set(model, (facade = new LocalSheet(this, model)));
        return facade;
      },
      record: (method, cells = 0) => calls.record(SERVICE, method, cells),
    };
    book.addSheet('Sheet1');
  }

  /** Every toast shown so far, oldest first (`timeout` is in seconds; Sheets' default is 5). */
  get toasts(): readonly Toast[] {
    return this[INTERNAL].toasts;
  }

  private get book(): SpreadsheetModel {
    return this[INTERNAL];
  }

  private get ctx(): Context {
    return this[CONTEXT];
  }

  private touch(method: string): void {
    this.ctx.record(`Spreadsheet.${method}`);
  }

  getId(): string {
    this.touch('getId');
    return this.book.id;
  }

  getUrl(): string {
    this.touch('getUrl');
    return `https://docs.google.com/spreadsheets/d/${this.book.id}/edit`;
  }

  getName(): string {
    this.touch('getName');
    return this.book.name;
  }

  rename(newName: string): void {
    this.touch('rename');
    this.book.name = String(newName);
  }

  getSpreadsheetTimeZone(): string {
    this.touch('getSpreadsheetTimeZone');
    return this.book.timeZone;
  }

  /** Changes the zone; stored dates keep their wall-clock reading, as in Sheets. */
  setSpreadsheetTimeZone(timezone: string): void {
    this.touch('setSpreadsheetTimeZone');
    if (!isKnownTimeZone(timezone)) throw this.ctx.errors.range(`Unknown time zone: ${timezone}.`);
    this.book.timeZone = timezone;
  }

  getSpreadsheetLocale(): string {
    this.touch('getSpreadsheetLocale');
    return this.book.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    this.touch('setSpreadsheetLocale');
    if (!/^[a-z]{2,3}([_-][A-Za-z0-9]{2,4})*$/.test(locale))
      throw this.ctx.errors.state(`Invalid argument: locale ${locale}`);
    this.book.locale = locale;
  }

  getSheets(): LocalSheet[] {
    this.touch('getSheets');
    return this.book.sheets.map((s) => this.ctx.sheet(s));
  }

  getNumSheets(): number {
    this.touch('getNumSheets');
    return this.book.sheets.length;
  }

  /** The sheet called `name` (case does not matter, as in Sheets), or `null`. */
  getSheetByName(name: string): LocalSheet | null {
    this.touch('getSheetByName');
    const model = this.book.findSheet(String(name));
    return model ? this.ctx.sheet(model) : null;
  }

  getSheetById(id: number): LocalSheet | null {
    this.touch('getSheetById');
    const model = this.book.sheets.find((s) => s.id === id);
    return model ? this.ctx.sheet(model) : null;
  }

  /**
   * Inserts a 1,000 × 26 sheet (or a copy of `options.template`), named `name` or `SheetN`, at the 0-based
   * `index` or right after the active sheet, and makes it the active sheet.
   * @throws Error for a taken name; RangeError for a bad index or past the 10-million-cell limit.
   */
  insertSheet(
    nameIndexOrOptions?: string | number | InsertOptions,
    indexOrOptions?: number | InsertOptions,
    options?: InsertOptions,
  ): LocalSheet {
    this.touch('insertSheet');
    const args = [nameIndexOrOptions, indexOrOptions, options];
    const name = typeof nameIndexOrOptions === 'string' ? nameIndexOrOptions : this.book.defaultSheetName();
    const index = args.find((a): a is number => typeof a === 'number');
    const opts = args.find((a): a is InsertOptions => typeof a === 'object' && a !== null);
    const template = opts?.template === undefined ? null : this.sheetModel(opts.template);
    const at = index ?? this.book.sheets.indexOf(this.book.activeSheet()) + 1;
    const model = this.book.addSheet(name, at, template?.maxRows, template?.maxColumns);
    if (template) copySheetContent(template, model);
    this.book.active = model;
    return this.ctx.sheet(model);
  }

  /** @throws Error when it is the last sheet. */
  deleteSheet(sheet: SheetArg): void {
    this.touch('deleteSheet');
    this.book.removeSheet(this.sheetModel(sheet));
  }

  getActiveSheet(): LocalSheet {
    this.touch('getActiveSheet');
    return this.ctx.sheet(this.book.activeSheet());
  }

  setActiveSheet(sheet: SheetArg, _restoreSelection?: boolean): LocalSheet {
    this.touch('setActiveSheet');
    const model = this.sheetModel(sheet);
    this.book.active = model;
    return this.ctx.sheet(model);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.touch('toast');
    this.book.toasts.push({ message: String(msg), title: title ?? '', timeout: timeoutSeconds ?? 5 });
  }

  getRangeByName(name: string): LocalRange | null {
    this.touch('getRangeByName');
    const ref = this.book.namedRanges.get(String(name));
    return ref && !ref.sheet.deleted ? new LocalRange(this.ctx, ref) : null;
  }

  /** Names a range; an existing name moves to the new range (as in Sheets). */
  setNamedRange(name: string, range: GoogleAppsScript.Spreadsheet.Range | LocalRange): void {
    this.touch('setNamedRange');
    assertValidRangeName(this.ctx, name);
    this.book.namedRanges.set(name, refOfRange(this.ctx, range));
  }

  getNamedRanges(): LocalNamedRange[] {
    this.touch('getNamedRanges');
    return [...this.book.namedRanges.keys()].map((name) => new LocalNamedRange(this.ctx, name));
  }

  removeNamedRange(name: string): void {
    this.touch('removeNamedRange');
    if (!this.book.namedRanges.delete(String(name)))
      throw this.ctx.errors.state(`Named range ${name} not found.`);
  }

  /** A range in A1 notation, on the named sheet (`'Risk log'!A1:C3`) or the active one. */
  getRange(a1Notation: string): LocalRange {
    this.touch('getRange');
    const reference = typeof a1Notation === 'string' ? parseA1(a1Notation) : null;
    const sheet = reference?.sheetName ? this.book.findSheet(reference.sheetName) : this.book.activeSheet();
    if (!reference || !sheet) throw this.ctx.errors.range(MESSAGES.rangeNotFound);
    const grid = gridOf(reference, sheet.maxRows, sheet.maxColumns);
    assertInside(this.ctx, sheet, grid);
    return new LocalRange(this.ctx, { sheet, grid });
  }

  getProtections(type: ProtectionTypeValue): LocalProtection[] {
    this.touch('getProtections');
    const member = enumMember(ProtectionType, type);
    if (member === undefined) throw this.ctx.errors.type(`Invalid ProtectionType: ${String(type)}.`);
    return this.book.sheets.flatMap((sheet) =>
      sheet.protections
        .filter((p) => p.type === String(member))
        .map((p) => new LocalProtection(this.ctx, sheet, p)),
    );
  }

  /** The model of a sheet of this spreadsheet. @throws TypeError for anything else. */
  private sheetModel(sheet: unknown): SheetModel {
    if (!(sheet instanceof LocalSheet) || !this.book.sheets.includes(sheet[INTERNAL])) {
      throw this.ctx.errors.type('Expected a sheet of this spreadsheet.');
    }
    return sheet[INTERNAL];
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalSpreadsheetHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalSpreadsheet, SpreadsheetMethods, 'toasts'>
>;
