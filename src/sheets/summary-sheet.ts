/**
 * `SummaryReport` over the `Summary` sheet: the table in one write, then its chart. Charts are replaced, not
 * added to, so re-training does not pile them up; the sheet is PassCompass's own.
 */
import type { SummaryReport } from '../jobs/summary';
import { SpreadsheetTable } from './sheet-table';

export function summarySheet(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  name: string,
): SummaryReport {
  return {
    write(values, chart) {
      new SpreadsheetTable(spreadsheet, name, true).replace(values);
      const sheet = spreadsheet.getSheetByName(name);
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
