/**
 * Reading BigQuery ML's `ML.WEIGHTS` as a person pastes it (JSON from `bq --format=json` or `prettyjson`, one
 * object per line, CSV, or tab-separated from the results grid), and the model it makes: version N's encoding
 * with BigQuery ML's intercept and coefficients, which `readModel` accepts as an imported model. Every refusal
 * names the row and the column.
 */
import { DataError } from '../../../src/core/errors';
import { type LogisticModel, trainLogisticModel } from '../../../src/core/model/logistic';
import { readModel } from '../../../src/core/model/model-schema';
import { riskOfFailing } from '../../../src/core/model/score';
import { importedModel, readBigQueryWeights, readWeightRows } from '../../../src/core/sql/bqml-weights';

const records = [
  { age: 15, failures: 0, Mjob: 'teacher', G3: 14 },
  { age: 17, failures: 2, Mjob: 'other', G3: 6 },
  { age: 16, failures: 1, Mjob: 'health', G3: 9 },
  { age: 18, failures: 0, Mjob: 'other', G3: 12 },
];
const source: LogisticModel = trainLogisticModel(
  records,
  [0, 1, 1, 0],
  ['age', 'failures', 'Mjob'],
  { steps: 5, learningRate: 0.1 },
  { transforms: { failures: ['positive'] } },
);

/** `ML.WEIGHTS` of version 3 as `bq query --format=json` prints it: numbers as text, no category weights. */
const bqJson = JSON.stringify([
  { processed_input: 'v3_age', weight: '0.25', category_weights: [] },
  { processed_input: 'v3_failures_gt_0', weight: '1.5', category_weights: [] },
  { processed_input: 'v3_Mjob_eq_teacher', weight: '-0.5', category_weights: [] },
  { processed_input: 'v3_Mjob_eq_health', weight: '-1', category_weights: [] },
  { processed_input: '__INTERCEPT__', weight: '-0.75', category_weights: [] },
]);

const problem = (text: string): string => {
  try {
    readBigQueryWeights(text);
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error('expected a DataError');
};

describe('readBigQueryWeights', () => {
  it('reads the JSON of bq --format=json: the version from the names, the intercept apart', () => {
    // The feature names the source model has, so the fixture above stays the one this test means.
    expect(source.encoding.features.map((f) => f.name)).toEqual([
      'age',
      'failures>0',
      'Mjob=teacher',
      'Mjob=health',
    ]);
    const weights = readBigQueryWeights(bqJson);
    expect(weights.version).toBe(3);
    expect(weights.intercept).toBe(-0.75);
    expect([...weights.weights]).toEqual([
      ['v3_age', 0.25],
      ['v3_failures_gt_0', 1.5],
      ['v3_Mjob_eq_teacher', -0.5],
      ['v3_Mjob_eq_health', -1],
    ]);
  });

  it('reads the same weights from prettyjson, one object per line, CSV and the tab-separated grid', () => {
    const expected = readBigQueryWeights(bqJson);
    const rows = JSON.parse(bqJson) as { processed_input: string; weight: string }[];
    const pretty = JSON.stringify(
      rows.map((r) => ({ ...r, weight: Number(r.weight), category_weights: null })),
      null,
      2,
    );
    const lines = rows.map((r) => JSON.stringify(r)).join('\n');
    const csv = [
      'processed_input,weight,category_weights',
      ...rows.map((r) => `${r.processed_input},${r.weight},[]`),
    ];
    const grid = [
      'trial_id\tprocessed_input\tweight',
      ...rows.map((r) => `1\t${r.processed_input}\t${r.weight}`),
    ];
    for (const text of [pretty, lines, `\uFEFF${csv.join('\r\n')}\r\n`, grid.join('\n')])
      expect(readBigQueryWeights(text)).toEqual(expected);
    // The add-on's question is one line: pasted JSON arrives without its line breaks, and still reads.
    for (const text of [pretty, lines])
      expect(readBigQueryWeights(text.replace(/\n/g, ''))).toEqual(expected);
  });

  it('names the row and column of each problem', () => {
    const rows = JSON.parse(bqJson) as Record<string, unknown>[];
    const edited = (i: number, change: Record<string, unknown>) =>
      JSON.stringify(rows.map((r, j) => (j === i ? { ...r, ...change } : r)));
    expect(problem(edited(1, { weight: 'abc' }))).toBe(
      'row 2, "weight" of v3_failures_gt_0: "abc" is not a number.',
    );
    expect(problem(edited(2, { weight: null }))).toBe('row 3, "weight" of v3_Mjob_eq_teacher: is blank.');
    expect(problem(edited(0, { processed_input: ' ' }))).toBe('row 1, "processed_input" is blank.');
    expect(problem(edited(0, { category_weights: [{ category: 'M', weight: 1 }] }))).toMatch(
      /^row 1, "category_weights" of v3_age is not empty: the input was one-hot encoded by BigQuery ML/,
    );
    expect(problem(edited(3, { processed_input: 'v4_Mjob_eq_health' }))).toBe(
      'row 4, "processed_input" v4_Mjob_eq_health is an input of version 4, the rows before it of version 3.',
    );
    expect(problem(edited(3, { processed_input: 'Mjob' }))).toMatch(
      /^row 4, "processed_input" "Mjob" is not a PassCompass input \(vN_…\)/,
    );
    expect(problem(edited(3, { processed_input: 'v3_age' }))).toBe(
      'row 4, "processed_input" v3_age is there twice.',
    );
    expect(problem(edited(3, { class_label: 'yes' }))).toMatch(
      /^row 4 has a "class_label": that is a multiclass/,
    );
    expect(problem(JSON.stringify(rows.slice(0, 4)))).toBe(
      'There is no __INTERCEPT__ row: paste every row of ML.WEIGHTS.',
    );
    expect(problem(JSON.stringify([...rows, rows[4]]))).toBe(
      '__INTERCEPT__ is there 2 times (row 5, row 6).',
    );
    expect(problem(JSON.stringify([rows[4]]))).toBe('The weights have an intercept but no inputs.');
    expect(problem('processed_input,weight\nv3_age,0.1,extra')).toMatch(
      /^The pasted text is not CSV that can be read: CSV line 2/,
    );
    expect(problem('processed_input,weight\nv3_age,')).toBe('line 2, "weight" of v3_age: is blank.');
    expect(problem('[{"processed_input": "v3_age",')).toMatch(/^The pasted text is not valid JSON/);
    expect(problem('[1, 2]')).toBe(
      'Row 1 of the pasted JSON is not an object with processed_input and weight.',
    );
    expect(problem('   ')).toBe('Nothing was pasted: paste the result of ML.WEIGHTS.');
    expect(problem('input,value\nv3_age,1')).toMatch(
      /^The pasted text has no "processed_input" and "weight" columns/,
    );
    expect(problem(JSON.stringify(rows.map((r, i) => ({ ...r, trial_id: i % 2 }))))).toBe(
      'The weights are of 2 hyperparameter trials; keep one (WHERE trial_id = …) and paste again.',
    );
  });

  it('keeps the rows in the order pasted, with where each came from', () => {
    expect(readWeightRows('processed_input,weight\nv1_age,2\n__INTERCEPT__,-1')).toEqual([
      { at: 'line 2', input: 'v1_age', weight: 2 },
      { at: 'line 3', input: '__INTERCEPT__', weight: -1 },
    ]);
  });
});

describe('importedModel', () => {
  const weights = readBigQueryWeights(bqJson);

  it('is the source encoding with BigQuery ML’s weights, and scores as the weights say', () => {
    const model = importedModel(source, weights, { rows: 4, failures: 2 });
    expect(model.encoding).toEqual(source.encoding);
    expect(model.intercept).toBe(-0.75);
    expect(model.coefficients).toEqual({
      age: 0.25,
      'failures>0': 1.5,
      'Mjob=teacher': -0.5,
      'Mjob=health': -1,
    });
    expect(model.training).toEqual({ steps: 0, learningRate: 0, appliedRate: 0, rows: 4, failures: 2 });
    expect(model.origin).toEqual({ from: 'BigQuery ML', inputsOf: 3 });
    // Row 2 by hand: age (17 − centre) / scale, failures>0 = 1, Mjob "other" (the reference level, most common)
    // gives teacher = 0 and health = 0; each standardised with the stored centre and scale.
    const [age, failed, teacher, health] = source.encoding.features;
    const z =
      -0.75 +
      0.25 * ((17 - age!.center) / age!.scale) +
      1.5 * ((1 - failed!.center) / failed!.scale) +
      -0.5 * ((0 - teacher!.center) / teacher!.scale) +
      -1 * ((0 - health!.center) / health!.scale);
    expect(riskOfFailing(model, [records[1]!])[0]).toBeCloseTo(1 / (1 + Math.exp(-z)), 15);
  });

  it('is accepted by readModel, which refuses a damaged origin or steps on an imported model', () => {
    const model = importedModel(source, weights, { rows: 4, failures: 2 });
    expect(readModel(JSON.stringify(model))).toEqual(model);
    expect(readModel(JSON.stringify({ ...model, origin: { from: 'somewhere', inputsOf: 3 } }))).toBe(
      'has a damaged origin: an imported model names BigQuery ML and the version whose inputs it used',
    );
    expect(readModel(JSON.stringify({ ...model, origin: { from: 'BigQuery ML', inputsOf: 0 } }))).toMatch(
      /^has a damaged origin/,
    );
    // Without an origin, 0 steps is not a trained model.
    const { origin: _origin, ...plain } = model;
    expect(readModel(JSON.stringify(plain))).toBe('has damaged training settings');
  });

  it('refuses weights missing an input, or naming one the version does not have', () => {
    const short = readBigQueryWeights(JSON.stringify((JSON.parse(bqJson) as unknown[]).slice(1)));
    expect(() => importedModel(source, short, { rows: 4, failures: 2 })).toThrow(
      'The weights have no row for v3_age, inputs of version 3: paste every row of ML.WEIGHTS.',
    );
    const extra = readBigQueryWeights(
      JSON.stringify([...(JSON.parse(bqJson) as unknown[]), { processed_input: 'v3_Walc', weight: '1' }]),
    );
    expect(() => importedModel(source, extra, { rows: 4, failures: 2 })).toThrow(
      'Version 3 has no input v3_Walc: were these weights made with another workbook?',
    );
  });
});

describe('readWeightRows, at the edges of what is accepted', () => {
  const rowsProblem = (text: string): string => {
    try {
      readWeightRows(text);
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      return (error as Error).message;
    }
    throw new Error('expected a DataError');
  };

  it('reads 200000 characters and refuses 200001, saying how many', () => {
    expect(rowsProblem('x'.repeat(200_000))).toBe('The pasted text has a header but no weights.');
    expect(rowsProblem('x'.repeat(200_001))).toBe(
      'The text is 200001 characters, too long to be the weights of one model.',
    );
    expect(rowsProblem('  ' + 'x'.repeat(200_000) + '\n')).toBe(
      'The pasted text has a header but no weights.',
    );
  });

  it('refuses a header without rows, in CSV and in JSON', () => {
    expect(rowsProblem('processed_input,weight')).toBe('The pasted text has a header but no weights.');
    expect(rowsProblem('[]')).toBe('The pasted text has a header but no weights.');
  });

  it('chooses the separator from the first line only, and trims the header', () => {
    expect(readWeightRows('processed_input,weight\nv1_a\tb,1\n__INTERCEPT__,0')).toEqual([
      { at: 'line 2', input: 'v1_a\tb', weight: 1 },
      { at: 'line 3', input: '__INTERCEPT__', weight: 0 },
    ]);
    expect(readWeightRows(' processed_input \t weight \nv1_age\t-2.5')).toEqual([
      { at: 'line 2', input: 'v1_age', weight: -2.5 },
    ]);
  });

  it('refuses JSON null as a row', () => {
    expect(rowsProblem('[null]')).toBe(
      'Row 1 of the pasted JSON is not an object with processed_input and weight.',
    );
  });

  it('reads a weight with spaces around it, and calls spaces alone not a number', () => {
    expect(readWeightRows('[{"processed_input": "v1_age", "weight": " 0.5 "}]')).toEqual([
      { at: 'row 1', input: 'v1_age', weight: 0.5 },
    ]);
    expect(rowsProblem('[{"processed_input": "v1_age", "weight": "   "}]')).toBe(
      'row 1, "weight" of v1_age: is blank.',
    );
    expect(
      rowsProblem('[{"processed_input": "__INTERCEPT__", "weight": 1}, {"processed_input": "v1_age"}]'),
    ).toBe('row 2, "weight" of v1_age: is blank.');
    expect(rowsProblem('[{"processed_input": "v1_age", "weight": true}]')).toBe(
      'row 1, "weight" of v1_age: true is not a number.',
    );
  });

  it('takes blank, [] and null category weights as none, and refuses any other value', () => {
    expect(
      readWeightRows(
        'processed_input,weight,category_weights\nv1_a,1,\nv1_b,2, [] \nv1_c,3,null\nv1_d,4, null ',
      ),
    ).toEqual([
      { at: 'line 2', input: 'v1_a', weight: 1 },
      { at: 'line 3', input: 'v1_b', weight: 2 },
      { at: 'line 4', input: 'v1_c', weight: 3 },
      { at: 'line 5', input: 'v1_d', weight: 4 },
    ]);
    const notEmpty =
      'row 1, "category_weights" of v1_age is not empty: the input was one-hot encoded by BigQuery ML, so ' +
      'the model was not trained with the TRANSFORM that export-sql --create-model writes.';
    expect(rowsProblem('[{"processed_input": "v1_age", "weight": 1, "category_weights": {"M": 1}}]')).toBe(
      notEmpty,
    );
    expect(rowsProblem('[{"processed_input": "v1_age", "weight": 1, "category_weights": 0}]')).toBe(notEmpty);
    expect(rowsProblem('[{"processed_input": "v1_age", "weight": 1, "category_weights": "M"}]')).toBe(
      notEmpty,
    );
  });

  it('needs both columns in some row, not in every row', () => {
    const noColumns =
      'The pasted text has no "processed_input" and "weight" columns: paste the result of ' +
      'SELECT * FROM ML.WEIGHTS(MODEL …), with its header.';
    expect(rowsProblem('processed_input,value\nv3_age,1')).toBe(noColumns);
    expect(rowsProblem('input,weight\nv3_age,1')).toBe(noColumns);
    expect(rowsProblem('[{"processed_input": "__INTERCEPT__", "weight": 1}, {"weight": 2}]')).toBe(
      'row 2, "processed_input" is blank.',
    );
    expect(
      rowsProblem('[{"processed_input": "__INTERCEPT__", "weight": 1}, {"processed_input": 5, "weight": 2}]'),
    ).toBe('row 2, "processed_input" is blank.');
  });

  it('counts only the trials named: a blank or absent trial_id is not a trial', () => {
    expect(readWeightRows('trial_id,processed_input,weight\n,v1_a,1\n2,v1_b,2')).toEqual([
      { at: 'line 2', input: 'v1_a', weight: 1 },
      { at: 'line 3', input: 'v1_b', weight: 2 },
    ]);
    expect(
      readWeightRows(
        '[{"processed_input": "v1_a", "weight": 1}, {"trial_id": 2, "processed_input": "v1_b", "weight": 2}]',
      ),
    ).toEqual([
      { at: 'row 1', input: 'v1_a', weight: 1 },
      { at: 'row 2', input: 'v1_b', weight: 2 },
    ]);
    expect(rowsProblem('trial_id,processed_input,weight\n1,v1_a,1\n2,v1_b,2\n,v1_c,3')).toBe(
      'The weights are of 2 hyperparameter trials; keep one (WHERE trial_id = …) and paste again.',
    );
  });

  it('takes a blank or null class_label as none, and refuses any other', () => {
    expect(readWeightRows('class_label,processed_input,weight\n,v1_a,1')).toEqual([
      { at: 'line 2', input: 'v1_a', weight: 1 },
    ]);
    expect(readWeightRows('[{"class_label": null, "processed_input": "v1_a", "weight": 1}]')).toEqual([
      { at: 'row 1', input: 'v1_a', weight: 1 },
    ]);
    expect(rowsProblem('class_label,processed_input,weight\n0,v1_a,1')).toBe(
      'line 2 has a "class_label": that is a multiclass model, not the one PassCompass wrote.',
    );
  });
});

describe('readBigQueryWeights, the vN_ prefix', () => {
  it('wants the prefix at the start of the name, with something after it', () => {
    const rest =
      ' is not a PassCompass input (vN_…): the model was not trained with the TRANSFORM that ' +
      'export-sql --create-model writes.';
    expect(problem('processed_input,weight\n__INTERCEPT__,1\nxv3_age,2')).toBe(
      `line 3, "processed_input" "xv3_age"${rest}`,
    );
    expect(problem('processed_input,weight\n__INTERCEPT__,1\nv3_,2')).toBe(
      `line 3, "processed_input" "v3_"${rest}`,
    );
    expect(problem('processed_input,weight\n__INTERCEPT__,1\nv0_age,2')).toBe(
      `line 3, "processed_input" "v0_age"${rest}`,
    );
    expect(readBigQueryWeights('processed_input,weight\n__INTERCEPT__,1\nv12_age,2').version).toBe(12);
  });
});

describe('importedModel, naming at most five inputs', () => {
  const six = [
    { age: 15, failures: 0, Mjob: 'teacher' },
    { age: 17, failures: 2, Mjob: 'other' },
    { age: 16, failures: 1, Mjob: 'health' },
    { age: 18, failures: 0, Mjob: 'other' },
    { age: 16, failures: 0, Mjob: 'services' },
    { age: 17, failures: 0, Mjob: 'at_home' },
    { age: 15, failures: 1, Mjob: 'other' },
  ];
  const wide: LogisticModel = trainLogisticModel(
    six,
    [0, 1, 1, 0, 0, 1, 0],
    ['age', 'failures', 'Mjob'],
    { steps: 3, learningRate: 0.1 },
    { transforms: { failures: ['positive'] } },
  );
  const columns = [
    'v2_age',
    'v2_failures_gt_0',
    'v2_Mjob_eq_health',
    'v2_Mjob_eq_teacher',
    'v2_Mjob_eq_services',
    'v2_Mjob_eq_at_home',
  ];
  const measured = { rows: 7, failures: 3 };
  const weightsOf = (names: string[]) => ({
    version: 2,
    intercept: 0,
    weights: new Map(names.map((n, i) => [n, i + 1])),
  });

  it('names five missing inputs and counts the rest', () => {
    expect(wide.encoding.features.map((f) => f.name)).toEqual([
      'age',
      'failures>0',
      'Mjob=teacher',
      'Mjob=health',
      'Mjob=services',
      'Mjob=at_home',
    ]);
    expect(() => importedModel(wide, weightsOf([]), measured)).toThrow(
      'The weights have no row for v2_age, v2_failures_gt_0, v2_Mjob_eq_teacher, v2_Mjob_eq_health, ' +
        'v2_Mjob_eq_services and 1 more, ' +
        'inputs of version 2: paste every row of ML.WEIGHTS.',
    );
    expect(() => importedModel(wide, weightsOf(['v2_age']), measured)).toThrow(
      'The weights have no row for v2_failures_gt_0, v2_Mjob_eq_teacher, v2_Mjob_eq_health, ' +
        'v2_Mjob_eq_services, v2_Mjob_eq_at_home, inputs of version 2: paste every row of ML.WEIGHTS.',
    );
  });

  it('names five unknown inputs and counts the rest', () => {
    const extra = ['v2_a', 'v2_b', 'v2_c', 'v2_d', 'v2_e', 'v2_f', 'v2_g'];
    expect(() => importedModel(wide, weightsOf([...columns, ...extra]), measured)).toThrow(
      'Version 2 has no input v2_a, v2_b, v2_c, v2_d, v2_e and 2 more: were these weights made with another workbook?',
    );
    expect(() => importedModel(wide, weightsOf([...columns, ...extra.slice(0, 5)]), measured)).toThrow(
      'Version 2 has no input v2_a, v2_b, v2_c, v2_d, v2_e: were these weights made with another workbook?',
    );
  });
});
