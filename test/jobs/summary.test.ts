/** The Summary sheet training writes: the roster column by column, the fail rates below, and the chart's rows. */
import { checkRoster } from '../../src/core/data/roster/check-roster';
import type { CellValue } from '../../src/jobs/ports';
import { SUMMARY_SHEET, type SummaryReport, writeSummary } from '../../src/jobs/summary';

type Chart = Parameters<SummaryReport['write']>[1];

/** A report that keeps what it is asked to write. */
class KeptReport implements SummaryReport {
  writes: { values: CellValue[][]; chart: Chart }[] = [];
  write(values: CellValue[][], chart: Chart) {
    this.writes.push({ values, chart });
  }
}

/** Checks `table` (header first) with no column required, and writes its summary at `passMark`. */
function summaryOf(table: CellValue[][], passMark: number) {
  const report = new KeptReport();
  writeSummary(report, checkRoster(table, []), passMark);
  expect(report.writes).toHaveLength(1);
  return report.writes[0] as { values: CellValue[][]; chart: Chart };
}

const BLANK_ROW = ['', '', '', '', '', '', '', '', ''];

describe('writeSummary', () => {
  it('names its sheet Summary', () => {
    expect(SUMMARY_SHEET).toBe('Summary');
  });

  it('writes each column, then the fail rate per value, and charts the rows of past class failures', () => {
    // Six students; at a pass mark of 10 the labels are 0, 1, 0 (exactly 10 passes), 1, none (no G3), 0.
    const { values, chart } = summaryOf(
      [
        ['sex', 'failures', 'G3'],
        ['F', 0, 12],
        ['M', 1, 8],
        ['F', 0, 10],
        ['M', 2, 5],
        ['F', 1, ''],
        ['M', 1, 15],
      ],
      10,
    );
    expect(values).toEqual([
      ['Column', 'Meaning', 'Kind', 'Blank', 'Distinct', 'Min', 'Mean', 'Max', 'Most common'],
      // A category has no minimum, mean or maximum: blank cells. F and M tie at 3 and are listed in order.
      ['sex', 'sex', 'binary', 0, 2, '', '', '', 'F (3), M (3)'],
      // Mean 5 / 6 = 0.8333, to two places.
      ['failures', 'past class failures', 'numeric', 0, 3, 0, 0.83, 2, '1 (3), 0 (2), 2 (1)'],
      // Five grades, mean 50 / 5; all seen once, so the first three as text: "10" < "12" < "15" < "5".
      ['G3', 'final grade', 'numeric', 1, 5, 5, 10, 15, '10 (1), 12 (1), 15 (1)'],
      BLANK_ROW,
      ['Column', 'Value', 'Students', 'Failed', 'Fail rate', '', '', '', ''],
      // The student with no final grade is in no fail rate: F is 2 students, not 3.
      ['sex', 'F', 2, 0, 0, '', '', '', ''],
      ['sex', 'M', 3, 2, 0.667, '', '', '', ''],
      ['failures', 0, 2, 0, 0, '', '', '', ''],
      ['failures', 1, 2, 1, 0.5, '', '', '', ''],
      ['failures', 2, 1, 1, 1, '', '', '', ''],
      ['G3', 5, 1, 1, 1, '', '', '', ''],
      ['G3', 8, 1, 1, 1, '', '', '', ''],
      ['G3', 10, 1, 0, 0, '', '', '', ''],
      ['G3', 12, 1, 0, 0, '', '', '', ''],
      ['G3', 15, 1, 0, 0, '', '', '', ''],
    ]);
    // The failures rows are rows 8 to 10 (0-based): header, 3 columns, blank row, rate header, 2 sex rows.
    expect(chart).toEqual({ firstRow: 8, rows: 3, title: 'Fail rate (G3 < 10) by past class failures' });
  });

  it('labels by the pass mark it is given: a grade below it fails, the mark itself passes', () => {
    const { values, chart } = summaryOf(
      [
        ['failures', 'G3'],
        [0, 12],
        [1, 11],
        [3, 12],
      ],
      12,
    );
    expect(values.slice(4)).toEqual([
      ['Column', 'Value', 'Students', 'Failed', 'Fail rate', '', '', '', ''],
      ['failures', 0, 1, 0, 0, '', '', '', ''],
      ['failures', 1, 1, 1, 1, '', '', '', ''],
      ['failures', 3, 1, 0, 0, '', '', '', ''],
      ['G3', 11, 1, 1, 1, '', '', '', ''],
      ['G3', 12, 2, 0, 0, '', '', '', ''],
    ]);
    // failures comes first here, so its rows start right below the rate header: header, 2 columns, blank row and rate header are rows 0 to 4.
    expect(chart).toEqual({ firstRow: 5, rows: 3, title: 'Fail rate (G3 < 12) by past class failures' });
  });

  it('draws no chart when the roster has no past class failures column', () => {
    const { values, chart } = summaryOf(
      [
        ['sex', 'G3'],
        ['F', 9],
        ['M', 14],
      ],
      10,
    );
    expect(values).toEqual([
      ['Column', 'Meaning', 'Kind', 'Blank', 'Distinct', 'Min', 'Mean', 'Max', 'Most common'],
      ['sex', 'sex', 'binary', 0, 2, '', '', '', 'F (1), M (1)'],
      ['G3', 'final grade', 'numeric', 0, 2, 9, 11.5, 14, '14 (1), 9 (1)'],
      BLANK_ROW,
      ['Column', 'Value', 'Students', 'Failed', 'Fail rate', '', '', '', ''],
      ['sex', 'F', 1, 1, 1, '', '', '', ''],
      ['sex', 'M', 1, 0, 0, '', '', '', ''],
      ['G3', 9, 1, 1, 1, '', '', '', ''],
      ['G3', 14, 1, 0, 0, '', '', '', ''],
    ]);
    expect(chart).toBeNull();
  });
});
