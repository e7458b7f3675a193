/**
 * The way back from BigQuery ML: `export-sql --create-model` names the TRANSFORM's columns after version 1,
 * weights shaped as `bq query --format=json` prints `ML.WEIGHTS` come back with `import-bqml` as version 2, the
 * challenger (the champion unchanged), and, once promoted, Score students gives every student the risk BigQuery
 * ML's formula gives: 1 / (1 + EXP(−(intercept + Σ weight × TRANSFORM column))), computed here in DuckDB on the
 * TRANSFORM exactly as the CREATE MODEL wrote it. Weights that rank failing students last, weights of a version
 * the workbook never had and weights missing an input are refused with a message, and nothing is saved.
 */
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readModel } from '../../src/core/model/model-schema';
import type { LogisticModel } from '../../src/core/model/logistic';
import { asDuckDb, queryStudents } from './duckdb-students';
import { REPO, passcompass, readWorkbook, removeScratchFolders, scratchFolder, valuesOf } from './support';

afterAll(removeScratchFolders);

let dir = '';
/** The TRANSFORM's select items, as `export-sql --create-model` wrote them. */
let transform: string[] = [];
/** The TRANSFORM's column names, in order. */
let columns: string[] = [];
let source: LogisticModel;

beforeAll(async () => {
  dir = scratchFolder();
  copyFileSync(join(REPO, 'data/uci-student/student-por.csv'), join(dir, 'por.csv'));
  const run = await passcompass(
    ['run', '--in', 'por.csv', '--out', 'scored.xlsx', '--set', 'folds=2', '--set', 'tierRule=thresholds'],
    dir,
  );
  expect(run.code).toBe(0);
  const create = await passcompass(
    ['export-sql', '--model', 'scored.xlsx', '--table', 'district.data.students', '--create-model', 'd.ml.m'],
    dir,
  );
  expect(create.code).toBe(0);
  const lines = create.stdout.split('\n');
  transform = lines
    .slice(lines.indexOf('TRANSFORM (') + 1, lines.indexOf('  failed'))
    .map((line) => line.trim().replace(/,$/, ''));
  columns = transform.map((item) => (/ AS `([^`]+)`$/.exec(item) as RegExpExecArray)[1] as string);
  const saved = await readWorkbook(join(dir, 'scored.xlsx'));
  const [header = [], first = []] = valuesOf(saved, 'Versions') ?? [];
  source = readModel(String(first[header.indexOf('Model (JSON)')])) as LogisticModel;
});

/**
 * Weights as `bq query --format=json 'SELECT * FROM ML.WEIGHTS(MODEL d.ml.m)'` prints them (numbers as text,
 * empty category weights): version 1's coefficients shrunk by 0.8 and shifted by a pattern, so the imported
 * model is not the source model, with the intercept last.
 */
function bigQueryWeights(sign = 1): { json: string; intercept: number; weights: number[] } {
  const weights = source.encoding.features.map(
    (feature, i) => sign * (0.8 * (source.coefficients[feature.name] as number) + 0.01 * ((i % 5) - 2)),
  );
  const intercept = sign * (source.intercept - 0.25);
  const rows = [
    ...columns.map((column, i) => ({
      processed_input: column,
      weight: String(weights[i]),
      category_weights: [],
    })),
    { processed_input: '__INTERCEPT__', weight: String(intercept), category_weights: [] },
  ];
  return { json: JSON.stringify(rows, null, 2), intercept, weights };
}

describe('passcompass import-bqml', () => {
  it('names the TRANSFORM columns after the version they encode', () => {
    expect(columns).toHaveLength(source.encoding.features.length);
    expect(columns.every((c) => c.startsWith('v1_'))).toBe(true);
    expect(columns).toContain('v1_failures_gt_0');
  });

  it('registers the weights as the challenger, and once promoted they score as BigQuery ML predicts', async () => {
    const { json, intercept, weights } = bigQueryWeights();
    writeFileSync(join(dir, 'weights.json'), json);
    const before = readFileSync(join(dir, 'scored.xlsx'));
    const imported = await passcompass(
      ['import-bqml', '--model', 'scored.xlsx', '--weights', 'weights.json', '--out', 'imported.xlsx'],
      dir,
    );
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('Version 2: BigQuery ML');
    expect(imported.stdout).toContain('not cross-validated');
    expect(imported.stdout).toContain('model version 2 is the challenger');
    expect(readFileSync(join(dir, 'scored.xlsx'))).toEqual(before);

    const book = await readWorkbook(join(dir, 'imported.xlsx'));
    const [aliasHeader = [], ...moves] = valuesOf(book, 'Aliases') ?? [];
    const last = moves[moves.length - 1] ?? [];
    expect(last[aliasHeader.indexOf('Alias')]).toBe('challenger');
    expect(last[aliasHeader.indexOf('To version')]).toBe(2);
    expect(last[aliasHeader.indexOf('Moved by')]).toBe('import');
    expect(moves.filter((m) => m[aliasHeader.indexOf('Alias')] === 'champion')).toHaveLength(1);
    const [versionHeader = [], , second = []] = valuesOf(book, 'Versions') ?? [];
    const model = readModel(String(second[versionHeader.indexOf('Model (JSON)')])) as LogisticModel;
    expect(model.origin).toEqual({ from: 'BigQuery ML', inputsOf: 1 });
    expect(model.encoding).toEqual(source.encoding);
    expect(book.getSheetByName('Model card v2')).not.toBeNull();

    const promoted = await passcompass(
      ['promote', '--model', 'imported.xlsx', '--out', 'promoted.xlsx', '--reason', 'district model'],
      dir,
    );
    expect(promoted.code).toBe(0);
    const scored = await passcompass(
      ['score', '--in', 'por.csv', '--model', 'promoted.xlsx', '--out', 'rescored.xlsx'],
      dir,
    );
    expect(scored.code).toBe(0);
    const rescored = await readWorkbook(join(dir, 'rescored.xlsx'));
    const [header = [], ...rows] = valuesOf(rescored, 'Students') ?? [];
    const riskAt = header.indexOf('Risk of failing');

    // BigQuery ML's prediction for label 1: the sigmoid of the intercept plus the weighted TRANSFORM columns.
    const z = [String(intercept), ...weights.map((w, i) => `(${w}) * t."${columns[i]}"`)].join(' + ');
    const predicted = (
      await queryStudents(
        join(dir, 'por.csv'),
        `SELECT t.rid, 1 / (1 + EXP(-(${z}))) AS p FROM (SELECT rid, ${asDuckDb(transform.join(', '))} FROM students) AS t ORDER BY t.rid`,
      )
    ).map((row) => Number(row['p']));

    expect(predicted).toHaveLength(rows.length);
    let worst = 0;
    predicted.forEach((p, i) => (worst = Math.max(worst, Math.abs(p - Number(rows[i]?.[riskAt])))));
    console.log(`max |risk − BigQuery ML's formula| over ${rows.length} students: ${worst}`);
    expect(worst).toBeLessThan(1e-9);
  });

  it('reads the same weights from the tab-separated text of the console’s results grid', async () => {
    const { intercept, weights } = bigQueryWeights();
    const grid = [
      'processed_input\tweight\tcategory_weights',
      ...columns.map((column, i) => `${column}\t${weights[i]}\t[]`),
      `__INTERCEPT__\t${intercept}\t[]`,
    ].join('\r\n');
    writeFileSync(join(dir, 'grid.tsv'), grid);
    const run = await passcompass(
      ['import-bqml', '--model', 'scored.xlsx', '--weights', 'grid.tsv', '--out', 'grid.xlsx'],
      dir,
    );
    expect(run.code).toBe(0);
    const book = await readWorkbook(join(dir, 'grid.xlsx'));
    const [header = [], , second = []] = valuesOf(book, 'Versions') ?? [];
    const model = readModel(String(second[header.indexOf('Model (JSON)')])) as LogisticModel;
    expect(model.intercept).toBe(intercept);
    expect(source.encoding.features.map((f) => model.coefficients[f.name])).toEqual(weights);
  });

  it('refuses weights that rank failing students last, and saves nothing', async () => {
    writeFileSync(join(dir, 'turned.json'), bigQueryWeights(-1).json);
    const run = await passcompass(
      ['import-bqml', '--model', 'scored.xlsx', '--weights', 'turned.json', '--out', 'turned.xlsx'],
      dir,
    );
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('rank students who failed below those who passed');
    expect(existsSync(join(dir, 'turned.xlsx'))).toBe(false);
  });

  it('names what is wrong with weights of another version or with an input missing', async () => {
    const rows = JSON.parse(bigQueryWeights().json) as { processed_input: string }[];
    writeFileSync(
      join(dir, 'other.json'),
      JSON.stringify(rows.map((r) => ({ ...r, processed_input: r.processed_input.replace(/^v1_/, 'v7_') }))),
    );
    const other = await passcompass(
      ['import-bqml', '--model', 'scored.xlsx', '--weights', 'other.json', '--out', 'other.xlsx'],
      dir,
    );
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(
      'inputs of version 7 (their names start v7_), which this spreadsheet has never',
    );

    const csv = [
      'processed_input,weight,category_weights',
      ...rows.slice(1).map((r) => `${r.processed_input},0.1,[]`),
    ].join('\n');
    writeFileSync(join(dir, 'short.csv'), csv);
    const short = await passcompass(
      ['import-bqml', '--model', 'scored.xlsx', '--weights', 'short.csv', '--out', 'short.xlsx'],
      dir,
    );
    expect(short.code).toBe(1);
    expect(short.stdout).toContain(`The weights have no row for ${columns[0]}, inputs of version 1`);
    expect(existsSync(join(dir, 'short.xlsx'))).toBe(false);

    const missing = await passcompass(['import-bqml', '--model', 'scored.xlsx', '--out', 'x.xlsx'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--weights <weights.json|weights.csv> is required.');
  });
});
