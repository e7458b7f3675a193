/**
 * The SQL dialects the generated queries are written for. BigQuery standard SQL is the one shipped; DuckDB is
 * the one the tests run the query in, and differs only where the two engines spell the same thing differently:
 * the cast that yields NULL instead of failing (`SAFE_CAST` / `TRY_CAST`), the name of the 64-bit float type
 * (`FLOAT64` / `DOUBLE`), how an identifier is quoted (backticks / double quotes) and how a quote inside a string
 * literal is escaped (`\'` / `''`).
 */
export type SqlDialect = 'bigquery' | 'duckdb';

export interface DialectWords {
  readonly safeCast: string;
  readonly float: string;
  readonly identifierQuote: string;
}

export const DIALECT_WORDS: Readonly<Record<SqlDialect, DialectWords>> = {
  bigquery: { safeCast: 'SAFE_CAST', float: 'FLOAT64', identifierQuote: '`' },
  duckdb: { safeCast: 'TRY_CAST', float: 'DOUBLE', identifierQuote: '"' },
};
