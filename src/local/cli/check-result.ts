/**
 * What `passcompass check` prints after the check: read back from the `Monitoring` sheet the add-on has just
 * written (its newest history row, through the add-on's own reader, and the columns and problems of the
 * latest-check block beside it), so the terminal says what the sheet says. Only aggregates and the add-on's
 * own sentences are printed, which name columns and sheet rows, never a cell of the roster.
 */
import { MONITORING_SHEET, monitoringSheet } from '../../sheets/monitoring-sheet';
import type { MonitoringHistoryRow } from '../../jobs/ports';
import { namedSheet } from '../../sheets/ownership';
import type { OwnershipRecord } from '../../sheets/ownership-record';
import type { LocalSpreadsheet } from '../spreadsheet';
import { ownedSheet } from './owned-sheets';

export interface CheckResult {
  row: MonitoringHistoryRow;
  /** Columns drifted after correction, as the detail names them, with what moved. */
  drifted: { column: string; moved: string }[];
  /** The data-quality sentences of the detail. */
  problems: string[];
  /** Realised metrics the detail marks as a problem: `ROC AUC 0.03 (cross-validated 0.96)`. */
  offExpectation: string[];
}

/** The check's verdicts, as the history's Verdict column words them. */
export const VERDICT = {
  ok: 'OK',
  nothing: 'Nothing to check',
  failed: 'Check failed',
} as const;

/** The newest check in `spreadsheet`'s Monitoring sheet, or null when there is none. */
export function latestCheck(spreadsheet: LocalSpreadsheet, record: OwnershipRecord): CheckResult | null {
  const sheet = ownedSheet(spreadsheet, record, MONITORING_SHEET);
  if (!sheet) return null;
  const sheets = spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  const row = monitoringSheet(sheets, namedSheet(sheets, sheet.getName())).history().at(-1);
  if (!row) return null;
  const values = sheet.getDataRange().getValues();
  return { row, ...detailOf(values) };
}

/**
 * The latest-check block, found by its headings rather than its position: the rows under the `Column` header
 * that follows `Drift by column`, the sentences under `Data-quality problems (n)`, and the rows of the table under
 * `Realised accuracy` marked as a problem.
 */
function detailOf(values: unknown[][]): Omit<CheckResult, 'row'> {
  const drifted: CheckResult['drifted'] = [];
  const problems: string[] = [];
  const offExpectation: string[] = [];
  const found = find(values, (cell) => cell === 'Drift by column');
  if (!found) return { drifted, problems, offExpectation };
  const { row: title, column: left } = found;
  const header = (values[title + 1] ?? []).slice(left).map(String);
  const corrected = header.indexOf('Drifted (corrected)');
  const moved = header.indexOf('What moved');
  let r = title + 2;
  for (; r < values.length && text(values[r], left) !== ''; r += 1) {
    const line = (values[r] ?? []).slice(left);
    if (corrected >= 0 && line[corrected] === 'Yes')
      drifted.push({ column: String(line[0]), moved: moved >= 0 ? String(line[moved] ?? '') : '' });
  }
  for (; r < values.length; r += 1) {
    const count = /^Data-quality problems \((\d+)\)$/.exec(text(values[r], left));
    if (!count) continue;
    for (let i = 1; i <= Number(count[1]); i += 1) {
      const sentence = text(values[r + i], left);
      if (sentence) problems.push(sentence);
    }
    break;
  }
  while (r < values.length && text(values[r], left) !== 'Realised accuracy') r += 1;
  const metrics = (values[r + 1] ?? []).slice(left).map(String);
  const value = metrics.indexOf('Value');
  const expected = metrics.indexOf('Cross-validated');
  const problem = metrics.indexOf('Problem');
  if (metrics[0] === 'Metric' && value > 0 && expected > 0 && problem > 0) {
    for (r += 2; r < values.length && text(values[r], left) !== ''; r += 1) {
      const line = (values[r] ?? []).slice(left);
      if (line[problem] !== 'Yes') continue;
      const promised =
        typeof line[expected] === 'number' ? ` (cross-validated ${figure(line[expected])})` : '';
      offExpectation.push(`${String(line[0])}: ${figure(line[value])}${promised}`);
    }
  }
  return { drifted, problems, offExpectation };
}

/** A realised figure as the sheet shows it (two decimals). */
function figure(value: unknown): string {
  return typeof value === 'number' ? value.toFixed(2) : String(value ?? '');
}

function find(
  values: unknown[][],
  match: (cell: unknown) => boolean,
): { row: number; column: number } | null {
  for (let row = 0; row < values.length; row += 1) {
    const column = (values[row] ?? []).findIndex(match);
    if (column >= 0) return { row, column };
  }
  return null;
}

function text(line: unknown[] | undefined, column: number): string {
  return String(line?.[column] ?? '').trim();
}

/**
 * The verdict in a few lines: the verdict with the model version and what was compared, drift (raw and
 * corrected, with the columns and what moved), data-quality problems, realised AUC when final grades are in,
 * and `alert` (how the alert went, said by the caller).
 */
export function verdictLines(result: CheckResult, alert: string): string[] {
  const { row } = result;
  if (row.verdict === VERDICT.failed) {
    return [`Verdict: ${row.verdict}.`, `  ${row.notes}`, `  Alert: ${alert}`];
  }
  const compared =
    row.rowsCompared === null
      ? ''
      : `; ${row.rowsCompared} rows compared, from the ${row.source || 'Students sheet'}`;
  const lines = [`Verdict: ${row.verdict} (model version ${row.version ?? '?'}${compared}).`];
  if (row.columnsTested === null) lines.push(`  Drift: not measured. ${row.notes}`.trimEnd());
  else {
    // What moved names the column in words (`absences: median 4 → 11`); the column's name is the fallback.
    const columns = result.drifted.map((d) => d.moved || d.column);
    lines.push(
      `  Drifted columns: ${row.driftedRaw ?? 0} of ${row.columnsTested} raw, ${row.driftedCorrected ?? 0} after ` +
        `correction${columns.length > 0 ? ':' : '.'}`,
      ...columns.map((c) => `    - ${c}`),
    );
  }
  const problems = row.dataQualityProblems ?? 0;
  lines.push(`  Data-quality problems: ${problems === 0 ? 'none.' : `${problems}:`}`);
  lines.push(...result.problems.map((p) => `    - ${p}`));
  if (row.realisedAuc !== null) {
    const expected = row.expectedAuc === null ? '' : ` (cross-validated ${row.expectedAuc.toFixed(2)})`;
    lines.push(
      `  Realised AUC: ${row.realisedAuc.toFixed(2)}${expected}, from ${row.studentsWithGrades ?? 0} students ` +
        'with final grades.',
    );
  }
  if (result.offExpectation.length > 0) {
    lines.push(
      '  Realised accuracy off what cross-validation promised:',
      ...result.offExpectation.map((m) => `    - ${m}`),
    );
  }
  lines.push(`  Alert: ${alert}`);
  return lines;
}
