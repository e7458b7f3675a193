/**
 * `Protection`: a protected sheet or range. The local runtime has one user, so nothing is ever refused; what
 * matters to the add-on is that the protection exists, is warning-only, and carries its description.
 */
import type { Context } from './context';
import { ProtectionType, type ProtectionTypeValue } from './enums';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';
import type { SheetModel } from './sheet-model';
import type { ProtectionModel } from './specs';

export type ProtectionMethods =
  | 'getDescription'
  | 'setDescription'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'canEdit'
  | 'canDomainEdit'
  | 'remove';

export class LocalProtection implements Subset<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: SheetModel,
    private readonly model: ProtectionModel,
  ) {}

  getDescription(): string {
    this.ctx.record('Protection.getDescription');
    return this.model.description;
  }

  setDescription(description: string): this {
    this.ctx.record('Protection.setDescription');
    this.model.description = String(description);
    return this;
  }

  isWarningOnly(): boolean {
    this.ctx.record('Protection.isWarningOnly');
    return this.model.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.ctx.record('Protection.setWarningOnly');
    this.model.warningOnly = Boolean(warningOnly);
    return this;
  }

  getProtectionType(): ProtectionTypeValue {
    this.ctx.record('Protection.getProtectionType');
    return ProtectionType[this.model.type];
  }

  /** The protected range; for a sheet protection, the whole grid. */
  getRange(): LocalRange {
    this.ctx.record('Protection.getRange');
    const grid = this.model.grid ?? {
      row: 1,
      column: 1,
      numRows: this.sheet.maxRows,
      numColumns: this.sheet.maxColumns,
    };
    return new LocalRange(this.ctx, { sheet: this.sheet, grid });
  }

  getRangeName(): string | null {
    this.ctx.record('Protection.getRangeName');
    return null;
  }

  canEdit(): boolean {
    this.ctx.record('Protection.canEdit');
    return true;
  }

  canDomainEdit(): boolean {
    this.ctx.record('Protection.canDomainEdit');
    return true;
  }

  remove(): void {
    this.ctx.record('Protection.remove');
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.model);
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalProtectionHasOnlyRealMembers = AssertTrue<OnlyMembers<LocalProtection, ProtectionMethods>>;
