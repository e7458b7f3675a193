/**
 * The part of `LocalSheet` beyond cells: conditional-format rules (`setConditionalFormatRules` replaces all of
 * them, as in Sheets), the filter, protections, charts, frozen rows and columns, column widths, hidden columns and
 * visibility.
 */
import { LocalEmbeddedChart, LocalEmbeddedChartBuilder } from './chart';
import { LocalConditionalFormatRule } from './conditional-format-rule';
import { INTERNAL } from './context';
import { enumMember, ProtectionType, type ProtectionTypeValue } from './enums';
import { MESSAGES } from './errors';
import { LocalFilter } from './filter';
import { DEFAULT_COLUMN_WIDTH } from './limits';
import { LocalProtection } from './protection';
import { SheetBase } from './sheet-base';
import type { RuleSpec } from './specs';

type RuleArg = GoogleAppsScript.Spreadsheet.ConditionalFormatRule | LocalConditionalFormatRule;
type ChartArg = GoogleAppsScript.Spreadsheet.EmbeddedChart | LocalEmbeddedChart;

export abstract class SheetFeatures extends SheetBase {
  getConditionalFormatRules(): LocalConditionalFormatRule[] {
    this.touch('getConditionalFormatRules');
    return this.model.rules.map((rule) => new LocalConditionalFormatRule(this.ctx, rule));
  }

  /**
   * Replaces every rule of the sheet with `rules` (keep the ones you want by reading them first).
   * @throws TypeError for a rule not built here or without ranges; RangeError for a range on another sheet.
   */
  setConditionalFormatRules(rules: RuleArg[]): void {
    this.touch('setConditionalFormatRules');
    if (!Array.isArray(rules))
      throw this.ctx.errors.type('setConditionalFormatRules needs an array of rules.');
    const specs: RuleSpec[] = rules.map((rule) => {
      if (!(rule instanceof LocalConditionalFormatRule)) {
        throw this.ctx.errors.type('Expected rules built by SpreadsheetApp.newConditionalFormatRule().');
      }
      if (rule.spec.ranges.length === 0)
        throw this.ctx.errors.type('A conditional format rule needs at least one range.');
      if (rule.spec.ranges.some((ref) => ref.sheet !== this.model)) {
        throw this.ctx.errors.range(
          `A conditional format rule for ${this.model.name} has a range on another sheet.`,
        );
      }
      return new LocalConditionalFormatRule(this.ctx, rule.spec).spec;
    });
    this.model.rules = specs;
  }

  clearConditionalFormatRules(): void {
    this.touch('clearConditionalFormatRules');
    this.model.rules = [];
  }

  getFilter(): LocalFilter | null {
    this.touch('getFilter');
    return this.model.filter ? new LocalFilter(this.ctx, this.model) : null;
  }

  /** The sheet's protection: the existing one if the sheet is protected already, as in Sheets. */
  protect(): LocalProtection {
    this.touch('protect');
    let model = this.model.protections.find((p) => p.type === 'SHEET');
    if (!model) {
      model = { type: 'SHEET', grid: null, description: '', warningOnly: false };
      this.model.protections.push(model);
    }
    return new LocalProtection(this.ctx, this.model, model);
  }

  getProtections(type: ProtectionTypeValue): LocalProtection[] {
    this.touch('getProtections');
    const member = enumMember(ProtectionType, type);
    if (member === undefined) throw this.ctx.errors.type(`Invalid ProtectionType: ${String(type)}.`);
    return this.model.protections
      .filter((p) => p.type === String(member))
      .map((p) => new LocalProtection(this.ctx, this.model, p));
  }

  setFrozenRows(rows: number): void {
    this.touch('setFrozenRows');
    this.model.frozenRows = this.frozen(rows, this.model.maxRows, 'rows');
  }

  getFrozenRows(): number {
    this.touch('getFrozenRows');
    return this.model.frozenRows;
  }

  setFrozenColumns(columns: number): void {
    this.touch('setFrozenColumns');
    this.model.frozenColumns = this.frozen(columns, this.model.maxColumns, 'columns');
  }

  getFrozenColumns(): number {
    this.touch('getFrozenColumns');
    return this.model.frozenColumns;
  }

  /** Local choice: freezing every row (or more) is refused, since Sheets needs a row that scrolls. */
  private frozen(value: number, max: number, axis: string): number {
    const n = this.integer(value, `The number of frozen ${axis}`, 0);
    if (n >= max) throw this.ctx.errors.range(`Cannot freeze ${n} ${axis}: the sheet has ${max}.`);
    return n;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    this.touch('setColumnWidth');
    this.model.columnWidths.set(this.column(columnPosition), this.integer(width, 'The width', 0));
    return this;
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.touch('setColumnWidths');
    const w = this.integer(width, 'The width', 0);
    const n = this.integer(numColumns, 'The number of columns');
    for (let c = this.column(startColumn); c < startColumn + n; c += 1)
      this.model.columnWidths.set(this.column(c), w);
    return this;
  }

  getColumnWidth(columnPosition: number): number {
    this.touch('getColumnWidth');
    return this.model.columnWidths.get(this.column(columnPosition)) ?? DEFAULT_COLUMN_WIDTH;
  }

  /** Recorded only: there is no text to measure. */
  autoResizeColumns(startColumn: number, numColumns: number): this {
    this.touch('autoResizeColumns');
    this.column(startColumn + this.integer(numColumns, 'The number of columns') - 1);
    return this;
  }

  autoResizeColumn(columnPosition: number): this {
    this.touch('autoResizeColumn');
    this.column(columnPosition);
    return this;
  }

  /** Hides `numColumns` columns from `columnIndex`; their cells keep their values and formats. */
  hideColumns(columnIndex: number, numColumns = 1): void {
    this.touch('hideColumns');
    for (const c of this.columnSpan(columnIndex, numColumns)) this.model.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    this.touch('showColumns');
    for (const c of this.columnSpan(columnIndex, numColumns)) this.model.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    this.touch('isColumnHiddenByUser');
    return this.model.hiddenColumns.has(this.column(columnPosition));
  }

  /** The 1-based columns from `start`, `count` of them, each inside the grid. */
  private columnSpan(start: number, count: number): number[] {
    const n = this.integer(count, 'The number of columns');
    this.column(start);
    this.column(start + n - 1);
    return Array.from({ length: n }, (_, i) => start + i);
  }

  private column(position: number): number {
    const c = this.integer(position, 'The column position');
    if (c > this.model.maxColumns) throw this.ctx.errors.range(MESSAGES.columnsOutOfBounds);
    return c;
  }

  /** @throws Error when it is the only visible sheet. */
  hideSheet(): this {
    this.touch('hideSheet');
    const book = this.ctx.book;
    if (!book.sheets.some((s) => s !== this.model && !s.hidden))
      throw this.ctx.errors.state(MESSAGES.hideAllSheets);
    this.model.hidden = true;
    if (book.active === this.model) book.active = book.sheets.find((s) => !s.hidden) ?? null;
    return this;
  }

  showSheet(): this {
    this.touch('showSheet');
    this.model.hidden = false;
    return this;
  }

  isSheetHidden(): boolean {
    this.touch('isSheetHidden');
    return this.model.hidden;
  }

  newChart(): LocalEmbeddedChartBuilder {
    this.touch('newChart');
    return new LocalEmbeddedChartBuilder(this.ctx, this.model);
  }

  insertChart(chart: ChartArg): void {
    this.touch('insertChart');
    const draft = this.chart(chart);
    const id = 1 + this.ctx.book.sheets.reduce((max, s) => Math.max(max, ...s.charts.map((c) => c.id)), 0);
    this.model.charts.push({ ...draft, id, options: new Map(draft.options) });
  }

  getCharts(): LocalEmbeddedChart[] {
    this.touch('getCharts');
    return this.model.charts.map((c) => new LocalEmbeddedChart(this.ctx, this.model, c));
  }

  removeChart(chart: ChartArg): void {
    this.touch('removeChart');
    const { id } = this.chart(chart);
    this.model.charts = this.model.charts.filter((c) => c.id !== id);
  }

  /** Replaces the inserted chart that `chart` was modified from. */
  updateChart(chart: ChartArg): void {
    this.touch('updateChart');
    const draft = this.chart(chart);
    const at = this.model.charts.findIndex((c) => c.id === draft.id);
    if (draft.id === null || at < 0) throw this.ctx.errors.state('The chart is not on this sheet.');
    this.model.charts[at] = { ...draft, id: draft.id, options: new Map(draft.options) };
  }

  private chart(chart: ChartArg) {
    if (!(chart instanceof LocalEmbeddedChart))
      throw this.ctx.errors.type('Expected a chart built by sheet.newChart().');
    return chart[INTERNAL];
  }
}
