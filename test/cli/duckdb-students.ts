/**
 * The UCI roster as a DuckDB table, for running the SQL `export-sql` writes: every column as text (as a
 * warehouse that loaded the CSV as STRING holds it) and `rid`, the row's position, to line results up with the
 * Students sheet.
 */
import { DuckDBInstance } from '@duckdb/node-api';

/** The BigQuery text in DuckDB's spelling (test/core/sql pins that these are the only differences). */
export const asDuckDb = (sql: string): string =>
  sql
    .replace(/SAFE_CAST/g, 'TRY_CAST')
    .replace(/FLOAT64/g, 'DOUBLE')
    .replace(/`/g, '"');

/** The rows of `query` (DuckDB SQL) over table `students`, loaded from the `;`-separated CSV at `csvPath`. */
export async function queryStudents(csvPath: string, query: string): Promise<Record<string, unknown>[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  try {
    await db.run(
      `CREATE TABLE raw AS SELECT * FROM read_csv('${csvPath}', delim=';', header=true, all_varchar=true)`,
    );
    await db.run('CREATE TABLE students AS SELECT rowid::INTEGER AS rid, * FROM raw');
    return (await db.runAndReadAll(query)).getRowObjects();
  } finally {
    db.closeSync();
    instance.closeSync();
  }
}
