/**
 * The `Charts` global, for its `ChartType` enum: `sheet.newChart().setChartType(Charts.ChartType.COLUMN)` needs
 * it. The local runtime records charts (type, ranges, position, options) but never draws them.
 */
import { appsScriptEnum } from '../services/enum';

type C = typeof GoogleAppsScript.Charts;

export const ChartType = appsScriptEnum<C['ChartType']>([
  'TIMELINE',
  'AREA',
  'BAR',
  'BUBBLE',
  'CANDLESTICK',
  'COLUMN',
  'COMBO',
  'GAUGE',
  'GEO',
  'HISTOGRAM',
  'RADAR',
  'LINE',
  'ORG',
  'PIE',
  'SCATTER',
  'SPARKLINE',
  'STEPPED_AREA',
  'TABLE',
  'TREEMAP',
  'WATERFALL',
]);

/** The part of `Charts` the add-on uses; install it as the global `Charts` beside `SpreadsheetApp`. */
export interface LocalCharts {
  readonly ChartType: C['ChartType'];
}

export const Charts: LocalCharts = Object.freeze({ ChartType });
