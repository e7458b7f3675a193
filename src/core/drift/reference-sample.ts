/**
 * The reference a model version keeps for drift checks: a deterministic, seeded sample of its training rows,
 * small enough that its JSON (`encodeReferenceSample`) fits one sheet cell (at most 50,000 characters). The
 * same records, columns and seed always give the same sample, in Node and in Apps Script, and a sample of k
 * rows is contained in the sample of k + 1 rows, so shrinking it to fit never reshuffles it. Measured on the
 * UCI data with all 33 inputs (every attribute but G3, `course` included): 714 rows fit a cell (seed 1, of
 * the 1,044 joined rows; 714-715 for other seeds), about 70 characters a row once text is level-coded
 * (plain JSON would fit about 338). Either course alone (395 or 649 rows) fits whole. That is enough for the
 * KS and chi-square tests Evidently uses below 1,000 reference rows.
 */
import type { StudentRecord } from '../data/dictionary';
import { seededRandom, shuffleInPlace } from '../random';
import { type ColumnTable, columnTable } from './column-table';
import { encodeReferenceSample } from './reference-codec';

/** The largest cell Google Sheets accepts, in characters. */
export const SHEET_CELL_LIMIT = 50_000;

export interface ReferenceSample {
  /** The seed the rows were drawn with. */
  readonly seed: number;
  /** How many training rows the sample was drawn from. */
  readonly sourceRows: number;
  /** How many rows the sample holds. */
  readonly rows: number;
  /** The sampled rows by column, in their training order. */
  readonly table: ColumnTable;
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
}

/** Row indices in the seeded random order: the first k of them are the sample of k rows. O(n). */
function drawOrder(rows: number, seed: number): number[] {
  return shuffleInPlace(
    Array.from({ length: rows }, (_, index) => index),
    seededRandom(seed),
  );
}

function take(
  records: readonly StudentRecord[],
  columns: readonly string[],
  order: readonly number[],
  rows: number,
  seed: number,
): ReferenceSample {
  const chosen = order.slice(0, rows).sort((a, b) => a - b);
  const picked = chosen.map((index) => records[index] as StudentRecord);
  return { seed, sourceRows: records.length, rows: picked.length, table: columnTable(picked, columns) };
}

/**
 * A simple random sample without replacement of min(maxRows, records) rows of `records`, drawn by a seeded
 * Fisher-Yates shuffle (`seededRandom`, mulberry32), keeping the named columns. O(n).
 * Throws `RangeError` when `maxRows` is not a whole number ≥ 0.
 */
export function sampleReference(
  records: readonly StudentRecord[],
  columns: readonly string[],
  options: { readonly maxRows: number; readonly seed: number },
): ReferenceSample {
  assertCount(options.maxRows, 'maxRows');
  const order = drawOrder(records.length, options.seed);
  return take(records, columns, order, Math.min(options.maxRows, records.length), options.seed);
}

/**
 * The largest sample (at most `maxRows`, 1,000 unless given) whose encoded JSON has at most `maxChars`
 * characters (50,000 unless given), found by bisection on the row count: O(n log n) for the encodings.
 * Throws `RangeError` when even an empty sample does not fit (too many columns) or a limit is not a whole
 * number ≥ 0.
 */
export function referenceSampleThatFits(
  records: readonly StudentRecord[],
  columns: readonly string[],
  options: { readonly seed: number; readonly maxRows?: number; readonly maxChars?: number },
): ReferenceSample {
  const maxRows = options.maxRows ?? 1000;
  const maxChars = options.maxChars ?? SHEET_CELL_LIMIT;
  assertCount(maxRows, 'maxRows');
  assertCount(maxChars, 'maxChars');
  const order = drawOrder(records.length, options.seed);
  const sampleOf = (rows: number): ReferenceSample => take(records, columns, order, rows, options.seed);
  const fits = (sample: ReferenceSample): boolean => encodeReferenceSample(sample).length <= maxChars;
  let low = 0;
  let high = Math.min(maxRows, records.length);
  if (!fits(sampleOf(low)))
    throw new RangeError(
      `Even an empty reference sample of ${columns.length} columns exceeds ${maxChars} characters.`,
    );
  if (fits(sampleOf(high))) return sampleOf(high);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (fits(sampleOf(middle))) low = middle;
    else high = middle;
  }
  return sampleOf(low);
}
