/**
 * The `Summary` sheet written by training: the roster explored column by column, and the fail rate per value of
 * each low-cardinality column, with a chart of the fail rate by past class failures.
 */
import { failRates, summariseColumns } from '../core/data/column-summary';
import type { CheckedRoster } from '../core/data/roster/check-roster';
import type { CellValue } from './ports';

export const SUMMARY_SHEET = 'Summary';

/** Writes the summary table and one chart over some of its rows. */
export interface SummaryReport {
  /** `chart`: 0-based row indices (within `values`) and a title for a column chart of columns 2 and 5. */
  write(values: CellValue[][], chart: { firstRow: number; rows: number; title: string } | null): void;
}

/** The sheet's first row: how a Summary sheet made before PassCompass kept a record of its sheets is recognised. */
export const SUMMARY_HEADER = [
  'Column',
  'Meaning',
  'Kind',
  'Blank',
  'Distinct',
  'Min',
  'Mean',
  'Max',
  'Most common',
] as const;
const COLUMN_HEADER: readonly string[] = SUMMARY_HEADER;
/** The header row of the fail rates, the second table, below the first. */
export const RATE_HEADER: readonly string[] = [
  'Column',
  'Value',
  'Students',
  'Failed',
  'Fail rate',
  '',
  '',
  '',
  '',
];

export function writeSummary(report: SummaryReport, checked: CheckedRoster, passMark: number): void {
  const attributes = [...checked.columns.byAttribute.keys()];
  const labels = checked.records.map((r) =>
    typeof r['G3'] === 'number' ? (r['G3'] < passMark ? 1 : 0) : null,
  );
  const columns = summariseColumns(checked.records, attributes);
  const rates = failRates(checked.records, labels, attributes);
  const blank = (n: number | null) => (n === null ? '' : Number(n.toFixed(2)));
  const values: CellValue[][] = [
    [...COLUMN_HEADER],
    ...columns.map((c) => [
      c.attribute,
      c.label,
      c.kind,
      c.blanks,
      c.distinct,
      blank(c.min),
      blank(c.mean),
      blank(c.max),
      c.topValues,
    ]),
    Array<CellValue>(COLUMN_HEADER.length).fill(''),
    [...RATE_HEADER],
    ...rates.map((r) => [
      r.attribute,
      r.value,
      r.students,
      r.failed,
      Number(r.failRate.toFixed(3)),
      '',
      '',
      '',
      '',
    ]),
  ];
  const rateStart = columns.length + 3;
  const failures = rates.map((r, i) => ({ r, i })).filter(({ r }) => r.attribute === 'failures');
  const chart =
    failures.length > 0
      ? {
          firstRow: rateStart + (failures[0]?.i ?? 0),
          rows: failures.length,
          title: `Fail rate (G3 < ${passMark}) by past class failures`,
        }
      : null;
  report.write(values, chart);
}
