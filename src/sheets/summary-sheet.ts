/**
 * `SummaryReport` over PassCompass's `Summary` sheet (found through its `SheetPlace`, so a teacher's sheet of
 * that name is left alone: see ownership.ts): the table in one write, then its chart. Charts are replaced, not
 * added to, so re-training does not pile them up; the sheet is PassCompass's own.
 */
import type { SummaryReport } from '../jobs/summary';
import type { SheetPlace } from './ownership';
import { SpreadsheetTable } from './sheet-table';

export function summarySheet(place: SheetPlace): SummaryReport {
  const table = new SpreadsheetTable(place, { rewrittenByPassCompass: true });
  return {
    write(values, chart) {
      table.replace(values);
      const sheet = place.find();
      if (!sheet) return;
      for (const old of sheet.getCharts()) sheet.removeChart(old);
      if (!chart) return;
      const first = chart.firstRow + 1;
      sheet.insertChart(
        sheet
          .newChart()
          .setChartType(Charts.ChartType.COLUMN)
          .addRange(sheet.getRange(first, 2, chart.rows, 1))
          .addRange(sheet.getRange(first, 5, chart.rows, 1))
          .setPosition(2, 11, 0, 0)
          .setOption('title', chart.title)
          .setOption('legend', { position: 'none' })
          .build(),
      );
    },
  };
}
