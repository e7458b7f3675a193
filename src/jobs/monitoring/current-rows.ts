/**
 * The rows a monitoring check looks at, read from PassCompass's sheets into the shapes the monitoring core takes:
 * the `Students` sheet as current rows (each with its sheet row, for data-quality problems), and a scoring run's
 * logged inputs as a column table (what the model actually saw, for drift). A cell that cannot be read as its
 * attribute keeps its raw value, so data quality can say it is out of range rather than blank. Pure.
 */
import { attributeNamed } from '../../core/data/dictionary';
import { normaliseValue } from '../../core/data/roster/normalise-value';
import { type RosterColumns, findRosterColumns } from '../../core/data/roster/roster-columns';
import type { ColumnTable, DriftValue } from '../../core/drift/column-table';
import type { CurrentRow } from '../../core/monitoring/data-quality';
import { API_RUN_PREFIX } from '../predict-api';
import { LOG_RUN_COLUMN } from '../score/inference-log';
import type { CellValue } from '../ports';

export interface StudentsView {
  /** The header row as the teacher wrote it. */
  header: string[];
  columns: RosterColumns;
  /**
   * Non-empty data rows with the model's attributes read (invalid cells kept raw, for data quality), the same
   * values as scoring reads them (invalid cells blank, for whether the row can be scored), and final grades.
   */
  rows: (CurrentRow & { asScored: Record<string, DriftValue>; key: string; finalGrade: number | null })[];
}

const isEmptyRow = (row: readonly CellValue[]): boolean =>
  row.every((cell) => cell === '' || cell === null || cell === undefined);

/** A cell's normalised value, or its raw value when it is not valid (so it is not taken for a blank). */
function valueOf(reading: ReturnType<typeof normaliseValue>, cell: CellValue | undefined): DriftValue {
  if (reading.kind !== 'invalid') return reading.value;
  return typeof cell === 'number' ? cell : String(cell);
}

/**
 * The `Students` sheet (`values`, header first) as the check reads it, for the model's `attributes`. The row key
 * is the key column (id or name) or `row N`, exactly as scoring computes it, so that final grades can be joined
 * with logged predictions. Throws `DataError` when two header cells mean the same attribute.
 */
export function readStudents(
  values: readonly (readonly CellValue[])[],
  attributes: readonly string[],
): StudentsView {
  const [headerRow = [], ...data] = values;
  const header = headerRow.map((cell) => String(cell ?? ''));
  const columns = findRosterColumns(header);
  const gradeColumn = columns.byAttribute.get('G3');
  const rows: StudentsView['rows'] = [];
  data.forEach((row, i) => {
    if (isEmptyRow(row)) return;
    const sheetRow = i + 2;
    const record: Record<string, DriftValue> = {};
    const asScored: Record<string, DriftValue> = {};
    for (const name of attributes) {
      const column = columns.byAttribute.get(name);
      const reading = column === undefined ? null : normaliseValue(attributeNamed(name), row[column]);
      record[name] = reading === null ? null : valueOf(reading, row[column as number]);
      asScored[name] = reading?.value ?? null;
    }
    const keyCell = columns.key ? String(row[columns.key.index] ?? '').trim() : '';
    const grade = gradeColumn === undefined ? null : normaliseValue(attributeNamed('G3'), row[gradeColumn]);
    rows.push({
      sheetRow,
      values: record,
      asScored,
      key: keyCell || `row ${sheetRow}`,
      // A grade typed as text ("15") counts, as it does in training; an invalid cell's value is null.
      finalGrade: typeof grade?.value === 'number' ? grade.value : null,
    });
  });
  return { header, columns, rows };
}

/** Current rows as a column table of `attributes`. */
export function tableOfRows(rows: readonly CurrentRow[], attributes: readonly string[]): ColumnTable {
  const table: Record<string, DriftValue[]> = {};
  for (const name of attributes) table[name] = rows.map((row) => row.values[name] ?? null);
  return table;
}

/** Columns of the inference log this module reads (0-based; see `LOG_HEADER`). */
const LOG = { time: 0, run: LOG_RUN_COLUMN, version: 2, key: 3, risk: 4, tier: 5, inputs: 6 } as const;

export interface LoggedRun {
  runId: string;
  version: number;
  /** When its last row was logged. */
  at: Date | null;
  /** The inputs the model saw, by attribute, in the order the version reads them. */
  table: ColumnTable;
  rows: number;
}

/**
 * The latest scoring run in the log (`rows`, without the header): the run of its last row that the web API did not
 * write, with every row that run
 * logged, decoded with `attributes` (the order the logging version used). `null` for an empty log. A row whose
 * inputs cannot be read contributes blanks, never an error: the log is an audit trail a person may have edited.
 */
export function latestLoggedRun(
  rows: readonly (readonly CellValue[])[],
  attributesOf: (version: number) => readonly string[] | null,
): LoggedRun | null {
  // Predictions asked for through the web API (a handful of students at a time, logged as runs of their own) are
  // not a roster: the drift check compares the last scoring of the roster.
  let last: readonly CellValue[] | undefined;
  // Stryker disable next-line ArithmeticOperator: starting past the end reads missing rows as blank run ids, which set nothing and go on
  for (let i = rows.length - 1; i >= 0 && !last; i -= 1) {
    // Stryker disable next-line StringLiteral: any fallback without the API prefix takes a blank run cell as a roster run, as '' does
    if (!String(rows[i]?.[LOG.run] ?? '').startsWith(API_RUN_PREFIX)) last = rows[i];
  }
  if (!last) return null;
  const runId = String(last[LOG.run] ?? '');
  const version = Number(last[LOG.version]);
  const attributes = attributesOf(version);
  if (!runId || attributes === null) return null;
  const table: Record<string, DriftValue[]> = Object.fromEntries(attributes.map((name) => [name, []]));
  let count = 0;
  for (const row of rows) {
    if (row[LOG.run] !== runId) continue;
    count += 1;
    const inputs = parseInputs(row[LOG.inputs]);
    attributes.forEach((name, i) => table[name]?.push(inputs?.[i] ?? null));
  }
  const at = last[LOG.time];
  return { runId, version, at: at instanceof Date ? at : null, table, rows: count };
}

function parseInputs(cell: CellValue | undefined): DriftValue[] | null {
  if (typeof cell !== 'string') return null;
  try {
    const parsed = JSON.parse(cell) as unknown;
    return Array.isArray(parsed)
      ? parsed.map((v) => (typeof v === 'number' || typeof v === 'string' ? v : null))
      : null;
  } catch {
    return null;
  }
}

/** One logged prediction of a student. */
export interface LoggedPrediction {
  risk: number;
  tier: string;
}

/**
 * The latest logged prediction of each student key by `version` (`rows`, without the header), for joining final
 * grades. Rows without a numeric risk (students that could not be scored) are skipped.
 */
export function predictionsByKey(
  rows: readonly (readonly CellValue[])[],
  version: number,
): Map<string, LoggedPrediction> {
  const byKey = new Map<string, LoggedPrediction>();
  for (const row of rows) {
    const risk = row[LOG.risk];
    if (Number(row[LOG.version]) !== version || typeof risk !== 'number') continue;
    byKey.set(String(row[LOG.key]), { risk, tier: String(row[LOG.tier] ?? '') });
  }
  return byKey;
}
