/**
 * `EmbeddedChart` and its builder (`sheet.newChart()`). Charts are recorded (type, ranges, anchor, options) so
 * that tests can check the add-on asked for the right chart; nothing is drawn. As in Sheets, a built chart has no
 * id until `sheet.insertChart(chart)`; `chart.modify()` starts a builder that `sheet.updateChart` applies.
 */
import { ChartType } from './charts';
import type { Context } from './context';
import { INTERNAL } from './context';
import { enumMember } from './enums';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';
import type { SheetModel } from './sheet-model';
import type { ChartModel } from './specs';

type ChartTypeValue = GoogleAppsScript.Charts.ChartType;
type RangeArg = GoogleAppsScript.Spreadsheet.Range | LocalRange;

/** A chart before or after insertion: `id` is `null` until the sheet inserts it. */
export type ChartDraft = Omit<ChartModel, 'id'> & { id: number | null };

function copyDraft(draft: ChartDraft): ChartDraft {
  return {
    id: draft.id,
    chartType: draft.chartType,
    ranges: draft.ranges.map((grid) => ({ ...grid })),
    position: { ...draft.position },
    options: new Map(draft.options),
  };
}

export type EmbeddedChartMethods = 'getChartId' | 'getRanges' | 'getOptions' | 'modify';

export class LocalEmbeddedChart implements Subset<
  GoogleAppsScript.Spreadsheet.EmbeddedChart,
  EmbeddedChartMethods
> {
  readonly [INTERNAL]: ChartDraft;

  constructor(
    private readonly ctx: Context,
    private readonly sheet: SheetModel,
    draft: ChartDraft,
  ) {
    this[INTERNAL] = copyDraft(draft);
  }

  getChartId(): number | null {
    return this[INTERNAL].id;
  }

  getRanges(): LocalRange[] {
    return this[INTERNAL].ranges.map((grid) => new LocalRange(this.ctx, { sheet: this.sheet, grid }));
  }

  /** The options set on the chart, read with `get(name)`. */
  getOptions(): { get(option: string): unknown } {
    const options = new Map(this[INTERNAL].options);
    return { get: (option: string) => options.get(option) ?? null };
  }

  modify(): LocalEmbeddedChartBuilder {
    return new LocalEmbeddedChartBuilder(this.ctx, this.sheet, this[INTERNAL]);
  }
}

export type EmbeddedChartBuilderMethods =
  | 'addRange'
  | 'build'
  | 'clearRanges'
  | 'getChartType'
  | 'getRanges'
  | 'removeRange'
  | 'setChartType'
  | 'setOption'
  | 'setPosition';

export class LocalEmbeddedChartBuilder implements Subset<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  EmbeddedChartBuilderMethods
> {
  private readonly draft: ChartDraft;

  constructor(
    private readonly ctx: Context,
    private readonly sheet: SheetModel,
    from?: ChartDraft,
  ) {
    this.draft = from
      ? copyDraft(from)
      : {
          id: null,
          chartType: 'COLUMN',
          ranges: [],
          position: { row: 1, column: 1, offsetX: 0, offsetY: 0 },
          options: new Map(),
        };
  }

  addRange(range: RangeArg): this {
    this.draft.ranges.push({ ...this.gridOf(range) });
    return this;
  }

  removeRange(range: RangeArg): this {
    const grid = this.gridOf(range);
    this.draft.ranges = this.draft.ranges.filter(
      (g) =>
        !(
          g.row === grid.row &&
          g.column === grid.column &&
          g.numRows === grid.numRows &&
          g.numColumns === grid.numColumns
        ),
    );
    return this;
  }

  clearRanges(): this {
    this.draft.ranges = [];
    return this;
  }

  getRanges(): LocalRange[] {
    return this.draft.ranges.map((grid) => new LocalRange(this.ctx, { sheet: this.sheet, grid }));
  }

  getChartType(): ChartTypeValue {
    return ChartType[this.draft.chartType as keyof typeof ChartType];
  }

  setChartType(type: ChartTypeValue): this {
    const member = enumMember(ChartType, type);
    if (member === undefined) throw this.ctx.errors.type(`Invalid chart type: ${String(type)}.`);
    this.draft.chartType = String(member);
    return this;
  }

  setOption(option: string, value: unknown): this {
    this.draft.options.set(String(option), value);
    return this;
  }

  setPosition(anchorRowPos: number, anchorColPos: number, offsetX: number, offsetY: number): this {
    this.draft.position = { row: anchorRowPos, column: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): LocalEmbeddedChart {
    return new LocalEmbeddedChart(this.ctx, this.sheet, this.draft);
  }

  private gridOf(range: RangeArg) {
    if (!(range instanceof LocalRange))
      throw this.ctx.errors.type('A chart range must be a range of this spreadsheet.');
    return range[INTERNAL].grid;
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalEmbeddedChartHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalEmbeddedChart, EmbeddedChartMethods>
>;
type _LocalEmbeddedChartBuilderHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalEmbeddedChartBuilder, EmbeddedChartBuilderMethods>
>;
