/**
 * The scoring query, run in DuckDB over the UCI rows and over a messy roster, gives every row the add-on's
 * `riskOfFailing` (to 1e-9) and its threshold tier; the BigQuery text parses as BigQuery and differs from the
 * DuckDB text only in the dialect's words (SAFE_CAST/TRY_CAST, FLOAT64/DOUBLE, backticks/double quotes).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { Parser } from 'node-sql-parser';
import { parseCsv } from '../../../src/core/data/csv';
import { ATTRIBUTES, GRADE_ATTRIBUTES, type StudentRecord } from '../../../src/core/data/dictionary';
import { type LogisticModel, trainLogisticModel } from '../../../src/core/model/logistic';
import { riskOfFailing } from '../../../src/core/model/score';
import { assignTiers } from '../../../src/core/scoring/tiers';
import { logOddsExpression, scoringQuery } from '../../../src/core/sql/scoring-query';
import type { SqlDialect } from '../../../src/core/sql/dialect';
import { stringLiteral } from '../../../src/core/sql/literals';

const REPO = join(__dirname, '../../..');
const UCI = ['student-mat.csv', 'student-por.csv'].map((f) => join(REPO, 'data/uci-student', f));
const HIGH = 0.5;
const MEDIUM = 0.3;

function readUci(path: string): { header: string[]; records: StudentRecord[] } {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'), ';');
  return {
    header,
    records: rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? null]))),
  };
}

const por = readUci(UCI[1] as string);
const mat = readUci(UCI[0] as string);
const inputs = por.header.filter(
  (h) => !GRADE_ATTRIBUTES.includes(h) && ATTRIBUTES.some((a) => a.name === h),
);
const labels = por.records.map((r) => (Number(r['G3']) < 10 ? 1 : 0));
const model: LogisticModel = trainLogisticModel(
  por.records,
  labels,
  inputs,
  { steps: 60, learningRate: 1 },
  { transforms: { absences: ['log1p'], failures: ['positive', 'linear'] } },
);

const query = (table: string, dialect: SqlDialect) =>
  scoringQuery({ model, version: 7, table, highFrom: HIGH, mediumFrom: MEDIUM, keyColumn: 'rid' }, dialect);

let instance: DuckDBInstance;
let db: DuckDBConnection;

beforeAll(async () => {
  instance = await DuckDBInstance.create(':memory:');
  db = await instance.connect();
});
afterAll(() => {
  db.closeSync();
  instance.closeSync();
});

/** A VARCHAR table of `records` (NULL for null), with a row id `rid`. */
async function loadText(table: string, records: readonly StudentRecord[], columns: readonly string[]) {
  await db.run(
    `CREATE OR REPLACE TABLE ${table} (rid INTEGER, ${columns.map((c) => `"${c}" VARCHAR`).join(', ')})`,
  );
  const values = records.map(
    (r, i) =>
      `(${i}, ${columns
        .map((c) => (r[c] === null || r[c] === undefined ? 'NULL' : stringLiteral(String(r[c]), 'duckdb')))
        .join(', ')})`,
  );
  await db.run(`INSERT INTO ${table} VALUES ${values.join(',\n')}`);
}

async function scored(table: string): Promise<{ risk: number; tier: string; version: number }[]> {
  const reader = await db.runAndReadAll(`SELECT * FROM (${query(table, 'duckdb')}) ORDER BY rid`);
  return reader.getRowObjects().map((row) => ({
    risk: Number(row['risk_of_failing']),
    tier: String(row['tier']),
    version: Number(row['model_version']),
  }));
}

function expectSameAsAddOn(rows: Awaited<ReturnType<typeof scored>>, records: readonly StudentRecord[]) {
  const risks = riskOfFailing(model, records);
  const tiers = assignTiers(risks, { kind: 'thresholds', highFrom: HIGH, mediumFrom: MEDIUM });
  expect(rows).toHaveLength(records.length);
  const worst = Math.max(...rows.map((row, i) => Math.abs(row.risk - (risks[i] as number))));
  expect(worst).toBeLessThan(1e-9);
  expect(rows.map((r) => r.tier)).toEqual(tiers);
  expect(new Set(rows.map((r) => r.version))).toEqual(new Set([7]));
  return worst;
}

describe('the scoring query in DuckDB', () => {
  it('scores the UCI rows (typed columns, read by DuckDB from the CSV) as the add-on does', async () => {
    for (const [i, path] of UCI.entries()) {
      // Categories stay text (DuckDB would otherwise read yes/no as BOOLEAN); numbers are typed BIGINT.
      await db.run(
        `CREATE OR REPLACE TABLE raw${i} AS SELECT * FROM read_csv('${path}', delim=';', header=true, auto_type_candidates=['BIGINT', 'DOUBLE', 'VARCHAR'])`,
      );
      await db.run(`CREATE OR REPLACE TABLE uci${i} AS SELECT rowid::INTEGER AS rid, * FROM raw${i}`);
      const records = (i === 0 ? mat : por).records;
      const worst = expectSameAsAddOn(await scored(`uci${i}`), records);
      console.log(`max |risk difference| ${path.split('/').pop()}: ${worst}`);
    }
  });

  it('scores a messy roster (blanks, unseen and odd-case categories, numbers as text) as the add-on does', async () => {
    const columns = por.header;
    const messy: StudentRecord[] = por.records.slice(0, 60).map((r, i) => {
      const m: Record<string, string | number | null> = { ...r };
      if (i % 7 === 0) m['absences'] = '';
      if (i % 7 === 1) m['Mjob'] = 'astronaut'; // never seen in training
      if (i % 7 === 2) m['sex'] = String(r['sex']).toLowerCase(); // odd case: not the level, so the reference
      if (i % 7 === 3) m['age'] = ` ${String(r['age'])} `; // a number as text with spaces
      if (i % 7 === 4) m['failures'] = null;
      if (i % 7 === 5) m['higher'] = `  ${String(r['higher'])}\t`; // whitespace around a level
      if (i % 7 === 6) m['studytime'] = '   ';
      if (i % 5 === 0) m['Medu'] = `${String(r['Medu'])}.0`;
      return m;
    });
    await loadText('messy', messy, columns);
    const worst = expectSameAsAddOn(await scored('messy'), messy);
    console.log(`max |risk difference| messy roster: ${worst}`);
  });

  it('reads text that is not a number as blank (the add-on stops on it instead)', async () => {
    const row = por.records[3] as StudentRecord;
    await loadText(
      'bad',
      [
        { ...row, age: 'fifteen' },
        { ...row, age: '' },
      ],
      por.header,
    );
    const [bad, blank] = await scored('bad');
    expect(bad?.risk).toBe(blank?.risk);
    expect(() => riskOfFailing(model, [{ ...row, age: 'fifteen' }])).toThrow(TypeError);
  });
});

describe('the BigQuery text', () => {
  const bigquery = query('my-project.district.students', 'bigquery');

  it('parses as BigQuery standard SQL', () => {
    expect(() => new Parser().astify(bigquery, { database: 'bigquery' })).not.toThrow();
  });

  it('differs from the DuckDB text only in the dialect words', () => {
    const duck = query('my-project.district.students', 'duckdb');
    expect(bigquery).not.toEqual(duck);
    const translated = bigquery
      .replace(/SAFE_CAST/g, 'TRY_CAST')
      .replace(/FLOAT64/g, 'DOUBLE')
      .replace(/`/g, '"');
    expect(translated).toEqual(duck);
  });

  it('uses SAFE_CAST, EXP and the stored version, and quotes the table', () => {
    expect(bigquery).toContain("SAFE_CAST(NULLIF(TRIM(CAST(`age` AS STRING)), '') AS FLOAT64)");
    expect(bigquery).toContain('FROM `my-project`.`district`.`students` AS src');
    expect(bigquery).toContain('7 AS model_version');
    expect(bigquery).toContain('1 / (1 + EXP(-(');
  });
});

describe('the query text, exactly', () => {
  const age = { ...model.encoding.features.find((f) => f.name === 'age')!, center: 16, scale: 2 };
  const tiny = {
    ...model,
    intercept: -0.5,
    encoding: { ...model.encoding, features: [age] },
    coefficients: { age: 0.25 },
  } as LogisticModel;
  const ageSql = `COALESCE((TRY_CAST(NULLIF(TRIM(CAST("age" AS STRING)), '') AS DOUBLE) - 1.6e+1) / 2e+0, 0)`;

  it('writes every input column, the version, the risk and the tier without a key column', () => {
    const text = scoringQuery(
      { model: tiny, version: 1, table: 'students', highFrom: 0.5, mediumFrom: 0.25, keyColumn: null },
      'duckdb',
    );
    expect(text.split('\n')).toEqual([
      '-- PassCompass model version 1: risk of failing and threshold tier for every row of students.',
      '-- Tiers: High from 0.5, Medium from 0.25, else Low.',
      'SELECT',
      '  scored.*,',
      '  1 AS model_version,',
      '  CASE',
      "    WHEN scored.risk_of_failing >= 5e-1 THEN 'High'",
      "    WHEN scored.risk_of_failing >= 2.5e-1 THEN 'Medium'",
      "    ELSE 'Low'",
      '  END AS tier',
      'FROM (',
      '  SELECT',
      '    src.*,',
      '    1 / (1 + EXP(-(',
      '      -5e-1',
      `      + 2.5e-1 * ${ageSql} -- age`,
      '    ))) AS risk_of_failing',
      '  FROM "students" AS src',
      ') AS scored',
    ]);
  });

  it('writes the key column, the version, the risk and the tier with a key column', () => {
    const lines = scoringQuery(
      { model: tiny, version: 2, table: 'd.students', highFrom: 0.5, mediumFrom: 0.25, keyColumn: 'rid' },
      'duckdb',
    ).split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '-- PassCompass model version 2: risk of failing and threshold tier for every row of d.students.',
      '-- Tiers: High from 0.5, Medium from 0.25, else Low.',
      'SELECT',
      '  scored."rid",',
      '  2 AS model_version,',
      '  scored.risk_of_failing,',
      '  CASE',
    ]);
    expect(lines[13]).toBe('    src."rid",');
  });

  it('refuses a version that is not a whole number from 1', () => {
    const options = { model: tiny, table: 'students', highFrom: 0.5, mediumFrom: 0.25 };
    expect(() => scoringQuery({ ...options, version: 0 }, 'duckdb')).toThrow(
      new RangeError('0 is not a version number.'),
    );
    expect(() => scoringQuery({ ...options, version: 1.5 }, 'duckdb')).toThrow(
      new RangeError('1.5 is not a version number.'),
    );
    expect(() => scoringQuery({ ...options, version: -2 }, 'duckdb')).toThrow(
      new RangeError('-2 is not a version number.'),
    );
  });

  it('indents by six spaces unless told, and keeps a feature name to one comment line', () => {
    expect(logOddsExpression(tiny, 'duckdb')).toBe(`      -5e-1\n      + 2.5e-1 * ${ageSql} -- age`);
    const odd = {
      ...tiny,
      encoding: { ...tiny.encoding, features: [{ ...age, name: 'a\r\nb\nc' }] },
      coefficients: { 'a\r\nb\nc': 1 },
    } as LogisticModel;
    expect(logOddsExpression(odd, 'duckdb', '')).toBe(`-5e-1\n+ 1e+0 * ${ageSql} -- a b c`);
  });

  it('names a feature without a usable coefficient', () => {
    expect(() => logOddsExpression({ ...tiny, coefficients: {} }, 'duckdb')).toThrow(
      new RangeError('The model has no usable coefficient for feature "age".'),
    );
    expect(() => logOddsExpression({ ...tiny, coefficients: { age: Number.NaN } }, 'duckdb')).toThrow(
      new RangeError('The model has no usable coefficient for feature "age".'),
    );
  });
});
