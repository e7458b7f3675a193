import { momentOfModel, readModel } from '../../../src/core/model/model-schema';
import { trainLogisticModel } from '../../../src/core/model/logistic';
import { aRoster } from '../../support/roster-builder';

const roster = aRoster().withRows(120).build();
// Trained in each test, not while Jest collects them, so Stryker can tell which test covers each mutant.
const early = () =>
  trainLogisticModel(roster.records, roster.labels, ['failures', 'absences', 'higher'], {
    steps: 10,
    learningRate: 1,
  });
const text = () => JSON.stringify(early());

describe('the schema of a saved model', () => {
  it('reads back a model as Train model saves it', () => {
    const model = early();
    expect(readModel(JSON.stringify(model))).toEqual(model);
  });

  it('refuses an infinite intercept: JSON.parse reads 1e999 as Infinity, no intercept to score with', () => {
    const json = text().replace(/"intercept":[^,]+,/, '"intercept":1e999,');
    expect(readModel(json)).toBe('has no intercept');
  });

  it.each([
    ['invalid JSON', '{"intercept": ', 'is not valid JSON'],
    ['null', 'null', 'is null, not a model'],
    ['a number', '42', 'is 42, not a model'],
    ['a list', '[1,2]', 'is [1,2], not a model'],
    [
      'an empty object',
      '{}',
      'is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))',
    ],
    // The quotation mark and the first 19 letters, then "…" to show it was cut: 21 characters in all.
    ['a long text', '"abcdefghijklmnopqrstuvwxyz"', 'is "abcdefghijklmnopqrs…, not a model'],
    [
      'a text of exactly 21 characters, kept whole',
      '"abcdefghijklmnopqrs"',
      'is "abcdefghijklmnopqrs", not a model',
    ],
  ])('refuses %s, saying why', (_, json, problem) => {
    expect(readModel(json)).toBe(problem);
  });

  const edited = (edit: (model: Record<string, unknown>) => void): string => {
    const model = JSON.parse(text()) as Record<string, unknown>;
    edit(model);
    return JSON.stringify(model);
  };
  const encoding = (model: Record<string, unknown>) => model['encoding'] as Record<string, unknown>;
  const firstFeature = (model: Record<string, unknown>) =>
    (encoding(model)['features'] as Record<string, unknown>[])[0] as Record<string, unknown>;

  type Refusal = [string, (model: Record<string, unknown>) => unknown, string];
  it.each<Refusal>([
    ['no intercept', (m: Record<string, unknown>) => delete m['intercept'], 'has no intercept'],
    ['a text intercept', (m: Record<string, unknown>) => (m['intercept'] = '1'), 'has no intercept'],
    ['no coefficients', (m: Record<string, unknown>) => (m['coefficients'] = null), 'has no coefficients'],
    ['no encoding', (m: Record<string, unknown>) => delete m['encoding'], 'has no encoding of its features'],
    ['no features', (m: Record<string, unknown>) => (encoding(m)['features'] = []), 'has no features'],
    [
      'a missing coefficient',
      (m: Record<string, unknown>) => (m['coefficients'] = {}),
      'has a damaged encoding: feature "failures" has no coefficient',
    ],
    [
      'an unknown attribute',
      (m: Record<string, unknown>) => (firstFeature(m)['attribute'] = 'shoeSize'),
      'has a damaged encoding: feature "failures" reads "shoeSize", which is not a column PassCompass knows',
    ],
    [
      'a scale of 0',
      (m: Record<string, unknown>) => (firstFeature(m)['scale'] = 0),
      'has a damaged encoding: feature "failures" has no positive scale',
    ],
    [
      'an unknown transform',
      (m: Record<string, unknown>) => (firstFeature(m)['transform'] = 'square'),
      'has a damaged encoding: feature "failures" has neither a category level nor a known transform',
    ],
    [
      'no training settings',
      (m: Record<string, unknown>) => delete m['training'],
      'has damaged training settings',
    ],
    ...(
      [
        ['another kind', 'kind', 'linear-regression'],
        ['another version', 'version', 2],
        ['another prediction', 'predicts', 'P(pass)'],
      ] as const
    ).map(([label, key, value]): Refusal => [
      label,
      (m: Record<string, unknown>) => (m[key] = value),
      'is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))',
    ]),
    [
      'an encoding of another version',
      (m: Record<string, unknown>) => (encoding(m)['version'] = 2),
      'has no encoding of its features',
    ],
    [
      'a feature that is not an object',
      (m: Record<string, unknown>) => ((encoding(m)['features'] as unknown[])[0] = 'failures'),
      'has a damaged encoding: feature 1 is not an object',
    ],
    [
      'a second feature without a name',
      (m: Record<string, unknown>) =>
        delete (encoding(m)['features'] as Record<string, unknown>[])[1]?.['name'],
      'has a damaged encoding: feature 2 has no name',
    ],
    [
      'a feature with an empty name',
      (m: Record<string, unknown>) => (firstFeature(m)['name'] = ''),
      'has a damaged encoding: feature 1 has no name',
    ],
    [
      'a feature without an attribute',
      (m: Record<string, unknown>) => delete firstFeature(m)['attribute'],
      'has a damaged encoding: feature "failures" names no attribute',
    ],
    [
      'a level that is not a text',
      (m: Record<string, unknown>) => (firstFeature(m)['level'] = 1),
      'has a damaged encoding: feature "failures" has neither a category level nor a known transform',
    ],
    [
      'no centre',
      (m: Record<string, unknown>) => delete firstFeature(m)['center'],
      'has a damaged encoding: feature "failures" has no centre',
    ],
    [
      'no reference levels',
      (m: Record<string, unknown>) => delete encoding(m)['references'],
      'has a damaged encoding: its reference levels are not texts',
    ],
    [
      'a reference level that is not a text',
      (m: Record<string, unknown>) => (encoding(m)['references'] = { higher: 'yes', sex: 1 }),
      'has a damaged encoding: its reference levels are not texts',
    ],
    [
      'a dropped list that is a text',
      (m: Record<string, unknown>) => (encoding(m)['dropped'] = 'G1'),
      'has a damaged encoding: its list of dropped features is not a list of texts',
    ],
    [
      'a dropped feature that is not a text',
      (m: Record<string, unknown>) => (encoding(m)['dropped'] = ['G1', 1]),
      'has a damaged encoding: its list of dropped features is not a list of texts',
    ],
    ...(
      [
        ['an origin that is not an object', 'BigQuery ML'],
        ['an origin elsewhere than BigQuery ML', { from: 'Vertex AI', inputsOf: 1 }],
        ['an origin naming no version', { from: 'BigQuery ML' }],
        ['an origin naming version 0', { from: 'BigQuery ML', inputsOf: 0 }],
        ['an origin naming version 1.5', { from: 'BigQuery ML', inputsOf: 1.5 }],
      ] as const
    ).map(([label, origin]): Refusal => [
      label,
      (m: Record<string, unknown>) => (m['origin'] = origin),
      'has a damaged origin: an imported model names BigQuery ML and the version whose inputs it used',
    ]),
    ...(
      [
        ['0 steps', 'steps', 0],
        ['2.5 steps', 'steps', 2.5],
        ['a text learning rate', 'learningRate', '1'],
        ['a learning rate of 0', 'learningRate', 0],
        ['no applied rate', 'appliedRate', null],
        ['0 rows', 'rows', 0],
        ['1.5 rows', 'rows', 1.5],
        ['-1 failures', 'failures', -1],
        ['0.5 failures', 'failures', 0.5],
      ] as const
    ).map(([label, key, value]): Refusal => [
      `${label} in its training settings`,
      (m: Record<string, unknown>) => ((m['training'] as Record<string, unknown>)[key] = value),
      'has damaged training settings',
    ]),
  ])('refuses a model with %s', (_, edit, problem) => {
    expect(readModel(edited(edit))).toBe(problem);
  });

  it('reads back features on the log1p and positive transforms', () => {
    const transformed = trainLogisticModel(
      roster.records,
      roster.labels,
      ['failures', 'absences'],
      { steps: 10, learningRate: 1 },
      { transforms: { absences: ['log1p', 'positive'] } },
    );
    expect(transformed.encoding.features.map((f) => f.name)).toEqual([
      'failures',
      'log1p(absences)',
      'absences>0',
    ]);
    expect(readModel(JSON.stringify(transformed))).toEqual(transformed);
  });

  it('reads back a model that dropped features', () => {
    const model = JSON.parse(edited((m) => (encoding(m)['dropped'] = ['G1', 'absences>0']))) as unknown;
    expect(readModel(JSON.stringify(model))).toEqual(model);
  });

  it.each([
    ['1 step', 'steps', 1],
    ['1 row', 'rows', 1],
    ['no failures', 'failures', 0],
  ])('reads back the smallest training settings it allows: %s', (_, key, value) => {
    const json = edited((m) => ((m['training'] as Record<string, unknown>)[key] = value));
    expect(readModel(json)).toEqual(JSON.parse(json));
  });

  it('reads back a model imported from BigQuery ML, which took no step and no rate here', () => {
    const json = edited((m) => {
      m['origin'] = { from: 'BigQuery ML', inputsOf: 1 };
      m['training'] = { steps: 0, learningRate: 0, appliedRate: 0, rows: 120, failures: 38 };
    });
    expect(readModel(json)).toEqual(JSON.parse(json));
  });
});

describe('the moment of a model', () => {
  it('is mid-term when the model reads the first-period grade, early-term otherwise', () => {
    expect(momentOfModel(early())).toBe('early');
    const mid = trainLogisticModel(roster.records, roster.labels, ['failures', 'G1'], {
      steps: 10,
      learningRate: 1,
    });
    expect(momentOfModel(mid)).toBe('mid');
    const constantG1 = trainLogisticModel(
      roster.records.map((r) => ({ ...r, G1: 12 })),
      roster.labels,
      ['failures', 'G1'],
      { steps: 10, learningRate: 1 },
    );
    expect(constantG1.encoding.dropped).toContain('G1');
    expect(momentOfModel(constantG1)).toBe('mid');
  });

  it('is mid-term when a constant G1>0 was dropped, early-term when only other features were', () => {
    const constantPositiveG1 = trainLogisticModel(
      roster.records.map((r) => ({ ...r, G1: 12 })),
      roster.labels,
      ['failures', 'G1'],
      { steps: 10, learningRate: 1 },
      { transforms: { G1: ['positive'] } },
    );
    expect(constantPositiveG1.encoding.dropped).toEqual(['G1>0']);
    expect(momentOfModel(constantPositiveG1)).toBe('mid');
    const noAbsences = trainLogisticModel(
      roster.records.map((r) => ({ ...r, absences: 0 })),
      roster.labels,
      ['failures', 'absences'],
      { steps: 10, learningRate: 1 },
    );
    expect(noAbsences.encoding.dropped).toEqual(['absences']);
    expect(momentOfModel(noAbsences)).toBe('early');
  });
});
