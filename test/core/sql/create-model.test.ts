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

describe('createModelSql, line by line', () => {
  const options = {
    model,
    version: 4,
    modelName: 'district.ml.passcompass',
    table: 'district.data.students',
    passMark: 10,
    l2Reg: 0.5,
  };

  it('ends with the label, the options and the rows that have a G3', () => {
    const lines = createModelSql({ ...options, l2Reg: 0, version: 1 }).split('\n');
    const n = model.encoding.features.length;
    expect(lines).toHaveLength(n + 13);
    expect(lines[0]).toBe('CREATE OR REPLACE MODEL `district`.`ml`.`passcompass`');
    expect(lines[1]).toBe('TRANSFORM (');
    expect(lines.slice(n + 2)).toEqual([
      '  failed',
      ')',
      'OPTIONS (',
      "  MODEL_TYPE = 'LOGISTIC_REG',",
      "  INPUT_LABEL_COLS = ['failed'],",
      '  L2_REG = 0e+0',
      ')',
      'AS',
      "SELECT src.*, IF(SAFE_CAST(NULLIF(TRIM(CAST(`G3` AS STRING)), '') AS FLOAT64) < 1e+1, 1, 0) AS failed",
      'FROM `district`.`data`.`students` AS src',
      "WHERE SAFE_CAST(NULLIF(TRIM(CAST(`G3` AS STRING)), '') AS FLOAT64) IS NOT NULL",
    ]);
    for (const line of lines.slice(2, n + 2))
      expect(line).toMatch(/^ {2}COALESCE\(.* AS `v1_[A-Za-z0-9_]+`,$/);
  });

  it('refuses a negative, NaN or infinite L2_REG, naming it', () => {
    expect(() => createModelSql({ ...options, l2Reg: -0.5 })).toThrow(
      new RangeError('l2_reg must be ≥ 0, not -0.5.'),
    );
    expect(() => createModelSql({ ...options, l2Reg: Number.NaN })).toThrow(
      new RangeError('l2_reg must be ≥ 0, not NaN.'),
    );
    expect(() => createModelSql({ ...options, l2Reg: Number.POSITIVE_INFINITY })).toThrow(
      new RangeError('l2_reg must be ≥ 0, not Infinity.'),
    );
  });

  it('refuses a version that is not a whole number from 1', () => {
    expect(() => createModelSql({ ...options, version: 0 })).toThrow(
      new RangeError('0 is not a version number.'),
    );
    expect(() => createModelSql({ ...options, version: 2.5 })).toThrow(
      new RangeError('2.5 is not a version number.'),
    );
    expect(() => createModelSql({ ...options, version: -3 })).toThrow(
      new RangeError('-3 is not a version number.'),
    );
  });

  it('refuses two features that would share a column name', () => {
    const first = model.encoding.features[0]!;
    const twice = { ...model, encoding: { ...model.encoding, features: [first, first] } };
    expect(() => transformColumns(twice, 4, 'bigquery')).toThrow(
      new RangeError('Two features share the column name v4_sex_eq_M.'),
    );
  });
});
