/**
 * The JSON form of a reference sample, as stored in one cell of the versions table. It is column by column,
 * and a column holding text stores each value as an index into its sorted list of levels (`"Mjob": [0, 3]`
 * with `"levels": {"Mjob": ["at_home", …]}`), which roughly halves the size of the UCI columns and so doubles
 * the rows that fit a 50,000-character cell. Decoding checks the shape fully, because a sample that reads
 * wrongly would give drift verdicts about nothing.
 */
import type { ColumnTable, DriftValue } from './column-table';
import type { ReferenceSample } from './reference-sample';

/** The format tag written into every encoded sample. */
export const REFERENCE_FORMAT = 'reference-sample/1';

type Level = string | number;

interface Encoded {
  format: string;
  seed: number;
  sourceRows: number;
  rows: number;
  levels: Record<string, Level[]>;
  columns: Record<string, (number | null)[]>;
}

const compareLevels = (a: Level, b: Level): number => {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const left = String(a);
  const right = String(b);
  if (left < right) return -1;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: V8's sort only asks whether a result is below 0, so 1 and 0 sort alike here
  return left > right ? 1 : 0;
};

/** The sample as compact JSON. Columns holding any text are level-coded; numbers stay numbers. O(cells). */
export function encodeReferenceSample(sample: ReferenceSample): string {
  const encoded: Encoded = {
    format: REFERENCE_FORMAT,
    seed: sample.seed,
    sourceRows: sample.sourceRows,
    rows: sample.rows,
    levels: {},
    columns: {},
  };
  for (const [column, values] of Object.entries(sample.table)) {
    if (!values.some((value) => typeof value === 'string')) {
      encoded.columns[column] = values.map((value) => (typeof value === 'number' ? value : null));
      continue;
    }
    const levels = [...new Set(values.filter((value): value is Level => value !== null))].sort(compareLevels);
    const index = new Map(levels.map((level, position) => [level, position]));
    encoded.levels[column] = levels;
    encoded.columns[column] = values.map((value) => (value === null ? null : (index.get(value) ?? null)));
  }
  return JSON.stringify(encoded);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function wholeNumber(value: unknown, name: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
    throw new TypeError(`The reference sample's ${name} must be a whole number ≥ 0.`);
  return value;
}

function levelsOf(column: string, raw: unknown): readonly Level[] | undefined {
  if (raw === undefined) return undefined;
  if (Array.isArray(raw) && raw.every((level) => typeof level === 'string' || typeof level === 'number'))
    return raw as Level[];
  throw new TypeError(`The levels of reference column "${column}" must be a list of texts or numbers.`);
}

function decodeColumn(
  column: string,
  raw: unknown,
  levels: readonly Level[] | undefined,
  rows: number,
): DriftValue[] {
  if (!Array.isArray(raw) || raw.length !== rows)
    throw new RangeError(`Reference column "${column}" must be a list of ${rows} values.`);
  return raw.map((value: unknown): DriftValue => {
    if (value === null) return null;
    if (typeof value !== 'number' || !Number.isFinite(value))
      throw new TypeError(`Reference column "${column}" holds a value that is neither a number nor blank.`);
    if (levels === undefined) return value;
    const level = levels[value];
    if (level === undefined)
      throw new RangeError(`Reference column "${column}" points at level ${value}, which does not exist.`);
    return level;
  });
}

/**
 * Reads a sample written by `encodeReferenceSample`. Throws `SyntaxError` for text that is not JSON,
 * `RangeError` for another format or a column of the wrong length or a missing level, and `TypeError` for a
 * value of the wrong type. O(cells).
 */
export function decodeReferenceSample(text: string): ReferenceSample {
  const parsed: unknown = JSON.parse(text);
  if (!isRecord(parsed) || parsed.format !== REFERENCE_FORMAT)
    throw new RangeError(`This is not a reference sample in the format ${REFERENCE_FORMAT}.`);
  const rows = wholeNumber(parsed.rows, 'row count');
  const levels = isRecord(parsed.levels) ? parsed.levels : {};
  if (!isRecord(parsed.columns)) throw new TypeError("The reference sample's columns must be an object.");
  const table: Record<string, DriftValue[]> = {};
  for (const [column, raw] of Object.entries(parsed.columns))
    table[column] = decodeColumn(column, raw, levelsOf(column, levels[column]), rows);
  const seed = parsed.seed;
  if (typeof seed !== 'number') throw new TypeError("The reference sample's seed must be a number.");
  return {
    seed,
    sourceRows: wholeNumber(parsed.sourceRows, 'source row count'),
    rows,
    table: table as ColumnTable,
  };
}
