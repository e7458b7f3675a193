/**
 * `SpreadsheetApp`: the entry point the add-on sees as a global. It is bound to one spreadsheet (a container-
 * bound add-on only ever sees its own), hands out the injected `Ui`, and creates the builders. Install it as
 * the global `SpreadsheetApp`, with `Charts` beside it.
 */
import type { CallLog } from '../call-log';
import type { Realm } from '../realm';
import { LocalConditionalFormatRuleBuilder } from './conditional-format-builder';
import { CONTEXT, INTERNAL, type Context } from './context';
import { BooleanCriteria, Dimension, InterpolationType, ProtectionType, WrapStrategy } from './enums';
import { LocalFilterCriteriaBuilder } from './filter-criteria';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { SpreadsheetAppMembers } from './members';
import { LocalSheet } from './sheet';
import { LocalSpreadsheet } from './spreadsheet';
import { NO_UI_IN_THIS_CONTEXT } from '../platform/install-mode';

export interface LocalSpreadsheetAppOptions {
  calls: CallLog;
  /** What `getUi()` returns (the runtime's local `Ui`). */
  ui: object;
  realm?: Realm;
  /** The spreadsheet the add-on is bound to; a new one with `Sheet1` when absent. */
  spreadsheet?: LocalSpreadsheet;
  /**
   * Where the running execution stands: inside an installable trigger `getUi()` throws, and in an add-on's
   * time-driven trigger there is no active spreadsheet (../platform/install-mode.ts). Absent: a menu click.
   */
  context?: () => { inTrigger: boolean; activeSpreadsheet: boolean };
}

type SheetArg = GoogleAppsScript.Spreadsheet.Sheet | LocalSheet;

export class LocalSpreadsheetApp implements Subset<
  GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  SpreadsheetAppMembers
> {
  readonly BooleanCriteria = BooleanCriteria;
  readonly InterpolationType = InterpolationType;
  readonly ProtectionType = ProtectionType;
  readonly Dimension = Dimension;
  readonly WrapStrategy = WrapStrategy;

  private readonly calls: CallLog;
  private readonly ui: object;
  private readonly spreadsheet: LocalSpreadsheet;
  private readonly context: () => { inTrigger: boolean; activeSpreadsheet: boolean };

  constructor(options: LocalSpreadsheetAppOptions) {
    this.calls = options.calls;
    this.ui = options.ui;
    this.spreadsheet =
      options.spreadsheet ??
      new LocalSpreadsheet({ calls: options.calls, ...(options.realm ? { realm: options.realm } : {}) });
    this.context = options.context ?? (() => ({ inTrigger: false, activeSpreadsheet: true }));
  }

  private touch(method: string): void {
    this.calls.record('SpreadsheetApp', `SpreadsheetApp.${method}`, 0);
  }

  /** The context of the bound spreadsheet: builders make its ranges and its realm's errors. */
  private get ctx(): Context {
    return this.spreadsheet[CONTEXT];
  }

  /** The bound spreadsheet; null where an execution has none (an add-on's time-driven trigger). */
  getActive(): LocalSpreadsheet {
    this.touch('getActive');
    return this.active();
  }

  getActiveSpreadsheet(): LocalSpreadsheet {
    this.touch('getActiveSpreadsheet');
    return this.active();
  }

  /**
   * The spreadsheet with this id, when it is the one the script is installed in: with the
   * `spreadsheets.currentonly` scope, no other file can be opened.
   * @throws Error for any other id.
   */
  openById(id: string): LocalSpreadsheet {
    this.touch('openById');
    if (String(id) !== this.spreadsheet.getId()) {
      throw this.ctx.errors.state(
        `You do not have permission to access the requested document (${String(id)}).`,
      );
    }
    return this.spreadsheet;
  }

  getActiveSheet(): LocalSheet {
    this.touch('getActiveSheet');
    return this.ctx.sheet(this.ctx.book.activeSheet());
  }

  setActiveSheet(sheet: SheetArg, _restoreSelection?: boolean): LocalSheet {
    this.touch('setActiveSheet');
    if (!(sheet instanceof LocalSheet) || !this.ctx.book.sheets.includes(sheet[INTERNAL])) {
      throw this.ctx.errors.type('Expected a sheet of the active spreadsheet.');
    }
    this.ctx.book.active = sheet[INTERNAL];
    return sheet;
  }

  /** @throws Error inside a trigger, where there is no one to show a UI to. */
  getUi(): object {
    this.touch('getUi');
    if (this.context().inTrigger) throw this.ctx.errors.state(NO_UI_IN_THIS_CONTEXT);
    return this.ui;
  }

  private active(): LocalSpreadsheet {
    // Typed as a spreadsheet, as in @types/google-apps-script; at run time it may be null, as in Apps Script.
    return (this.context().activeSpreadsheet ? this.spreadsheet : null) as LocalSpreadsheet;
  }

  /** Recorded only: every write is already applied. Counting flushes shows code that flushes in a loop. */
  flush(): void {
    this.touch('flush');
  }

  newConditionalFormatRule(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.ctx);
  }

  newFilterCriteria(): LocalFilterCriteriaBuilder {
    return new LocalFilterCriteriaBuilder(this.ctx.errors);
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalSpreadsheetAppHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalSpreadsheetApp, SpreadsheetAppMembers>
>;
