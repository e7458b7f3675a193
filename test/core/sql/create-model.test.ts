/**
 * BigQuery ML's CREATE MODEL: its TRANSFORM computes the version's encoded features (checked in DuckDB against
 * the add-on's `encodeRecords`), the label is G3 below the pass mark, and the options name LOGISTIC_REG.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parseCsv } from '../../../src/core/data/csv';
import type { StudentRecord } from '../../../src/core/data/dictionary';
import { encodeRecords } from '../../../src/core/model/encoding';
import { trainLogisticModel } from '../../../src/core/model/logistic';
import { createModelSql, transformColumns } from '../../../src/core/sql/create-model';
import { featureColumnName } from '../../../src/core/sql/feature-sql';

const path = join(__dirname, '../../../data/uci-student/student-mat.csv');
const { header, rows } = parseCsv(readFileSync(path, 'utf8'), ';');
const records: StudentRecord[] = rows.map((row) =>
  Object.fromEntries(header.map((h, i) => [h, row[i] ?? null])),
);
const model = trainLogisticModel(
  records,
  records.map((r) => (Number(r['G3']) < 10 ? 1 : 0)),
  ['sex', 'age', 'Mjob', 'studytime', 'failures', 'higher', 'absences', 'G1'],
  { steps: 40, learningRate: 1 },
  { transforms: { absences: ['log1p'], failures: ['positive'] } },
);

describe('createModelSql', () => {
  const sql = createModelSql({
    model,
    version: 4,
    modelName: 'district.ml.passcompass',
    table: 'district.data.students',
    passMark: 10,
    l2Reg: 0.5,
  });

  it('trains LOGISTIC_REG on the label failed with the stated L2_REG', () => {
    expect(sql).toMatch(/^CREATE OR REPLACE MODEL `district`.`ml`.`passcompass`\nTRANSFORM \(/);
    expect(sql).toContain("MODEL_TYPE = 'LOGISTIC_REG'");
    expect(sql).toContain("INPUT_LABEL_COLS = ['failed']");
    expect(sql).toContain('L2_REG = 5e-1');
    expect(sql).toContain(
      "IF(SAFE_CAST(NULLIF(TRIM(CAST(`G3` AS STRING)), '') AS FLOAT64) < 1e+1, 1, 0) AS failed",
    );
    for (const feature of model.encoding.features)
      expect(sql).toContain(`AS \`${featureColumnName(feature, 4)}\``);
  });

  it('has a TRANSFORM whose columns are the add-on’s encoded features', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await db.run(
      `CREATE TABLE raw AS SELECT * FROM read_csv('${path}', delim=';', header=true, all_varchar=true)`,
    );
    await db.run('CREATE TABLE students AS SELECT rowid::INTEGER AS rid, * FROM raw');
    const reader = await db.runAndReadAll(
      `SELECT rid, ${transformColumns(model, 4, 'duckdb').join(',\n')} FROM students ORDER BY rid`,
    );
    const got = reader.getRows().map((row) => row.slice(1).map(Number));
    db.closeSync();
    instance.closeSync();
    const expected = encodeRecords(model.encoding, records);
    expect(got).toHaveLength(expected.length);
    let worst = 0;
    got.forEach((row, i) =>
      row.forEach((x, j) => (worst = Math.max(worst, Math.abs(x - (expected[i]?.[j] ?? NaN))))),
    );
    expect(worst).toBeLessThan(1e-12);
  });
});
