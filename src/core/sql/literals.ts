/**
 * Identifiers and literals of the generated SQL. Identifiers are quoted, and restricted to letters, digits and
 * underscores (a table path's project may also hold hyphens), so that no name can end a quote: the UCI columns
 * all fit, and a name that does not is refused rather than escaped. String literals are escaped for the
 * dialect; numbers are written in exponent form, which both engines read as a 64-bit float, with as many
 * digits as round-trip the double exactly.
 */
import { DIALECT_WORDS, type SqlDialect } from './dialect';

const COLUMN_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const PATH_PART = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

/** `name` quoted as a column name. Throws `RangeError` for a name outside letters, digits and underscores. */
export function quoteIdentifier(name: string, dialect: SqlDialect): string {
  if (!COLUMN_NAME.test(name)) {
    throw new RangeError(
      `"${name}" cannot be used as a column name here: only letters, digits and underscores are allowed.`,
    );
  }
  const q = DIALECT_WORDS[dialect].identifierQuote;
  return `${q}${name}${q}`;
}

/**
 * A table path (`table`, `dataset.table` or `project.dataset.table`), each part quoted. Throws `RangeError` for
 * more than three parts or a part outside letters, digits, underscores and (not first) hyphens.
 */
export function quoteTablePath(path: string, dialect: SqlDialect): string {
  const parts = path.split('.');
  if (parts.length > 3 || !parts.every((part) => PATH_PART.test(part))) {
    throw new RangeError(
      `"${path}" is not a table path of the form project.dataset.table (letters, digits, underscores, hyphens).`,
    );
  }
  const q = DIALECT_WORDS[dialect].identifierQuote;
  return parts.map((part) => `${q}${part}${q}`).join('.');
}

/** `text` as a string literal: BigQuery escapes `\` and `'` with a backslash; DuckDB doubles `'`. */
export function stringLiteral(text: string, dialect: SqlDialect): string {
  if (dialect === 'duckdb') return `'${text.replace(/'/g, "''")}'`;
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(/'/g, "\\'")
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r');
  return `'${escaped}'`;
}

/** A finite number as a float literal in exponent form (`-1.25e-1`). Throws `RangeError` for NaN or ±∞. */
export function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`${value} cannot be written as a SQL number.`);
  return value.toExponential();
}
