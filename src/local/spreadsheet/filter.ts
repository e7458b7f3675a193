/**
 * `Filter`: the one basic filter a sheet can have (`range.createFilter()`), with criteria per column. The
 * local runtime keeps the criteria but does not hide rows.
 */
import type { Context } from './context';
import { LocalFilterCriteria, type LocalFilterCriteriaBuilder } from './filter-criteria';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';
import type { SheetModel } from './sheet-model';
import type { FilterModel } from './specs';

export type FilterMethods =
  | 'getColumnFilterCriteria'
  | 'getRange'
  | 'remove'
  | 'removeColumnFilterCriteria'
  | 'setColumnFilterCriteria';

type CriteriaArg =
  GoogleAppsScript.Spreadsheet.FilterCriteria | LocalFilterCriteria | LocalFilterCriteriaBuilder;

export class LocalFilter implements Subset<GoogleAppsScript.Spreadsheet.Filter, FilterMethods> {
  constructor(
    private readonly ctx: Context,
    private readonly sheet: SheetModel,
  ) {}

  /** The live filter of the sheet. @throws Error when it was removed. */
  private model(method: string): FilterModel {
    this.ctx.record(`Filter.${method}`);
    const model = this.sheet.filter;
    if (!model) throw this.ctx.errors.state('This filter has been removed from the sheet.');
    return model;
  }

  /** @throws RangeError when `columnPosition` (a sheet column) is outside the filter's range. */
  private column(model: FilterModel, columnPosition: number): number {
    const { column, numColumns } = model.grid;
    if (
      !Number.isInteger(columnPosition) ||
      columnPosition < column ||
      columnPosition >= column + numColumns
    ) {
      throw this.ctx.errors.range(`The column ${columnPosition} is outside the filter's range.`);
    }
    return columnPosition;
  }

  getRange(): LocalRange {
    return new LocalRange(this.ctx, { sheet: this.sheet, grid: this.model('getRange').grid });
  }

  getColumnFilterCriteria(columnPosition: number): LocalFilterCriteria | null {
    const model = this.model('getColumnFilterCriteria');
    const spec = model.criteria.get(this.column(model, columnPosition));
    return spec ? new LocalFilterCriteria(this.ctx.errors, spec) : null;
  }

  /** Sets (or, with `null`, removes) the criteria of a column, given by its position in the sheet. */
  setColumnFilterCriteria(columnPosition: number, filterCriteria: CriteriaArg | null): this {
    const model = this.model('setColumnFilterCriteria');
    const column = this.column(model, columnPosition);
    if (filterCriteria === null) {
      model.criteria.delete(column);
      return this;
    }
    if (!(filterCriteria instanceof LocalFilterCriteria)) {
      throw this.ctx.errors.type(
        'setColumnFilterCriteria needs criteria built by SpreadsheetApp.newFilterCriteria().',
      );
    }
    model.criteria.set(column, filterCriteria.copy().build().spec);
    return this;
  }

  removeColumnFilterCriteria(columnPosition: number): this {
    const model = this.model('removeColumnFilterCriteria');
    model.criteria.delete(this.column(model, columnPosition));
    return this;
  }

  remove(): void {
    this.model('remove');
    this.sheet.filter = null;
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalFilterHasOnlyRealMembers = AssertTrue<OnlyMembers<LocalFilter, FilterMethods>>;
