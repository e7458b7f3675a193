import { momentOfModel, readModel } from '../../../src/core/model/model-schema';
import { trainLogisticModel } from '../../../src/core/model/logistic';
import { aRoster } from '../../support/roster-builder';

const roster = aRoster().withRows(120).build();
const early = trainLogisticModel(roster.records, roster.labels, ['failures', 'absences', 'higher'], {
  steps: 10,
  learningRate: 1,
});
const text = JSON.stringify(early);

describe('the schema of a saved model', () => {
  it('reads back a model as Train model saves it', () => {
    expect(readModel(text)).toEqual(early);
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
  ])('refuses %s, saying why', (_, json, problem) => {
    expect(readModel(json)).toBe(problem);
  });

  const edited = (edit: (model: Record<string, unknown>) => void): string => {
    const model = JSON.parse(text) as Record<string, unknown>;
    edit(model);
    return JSON.stringify(model);
  };
  const encoding = (model: Record<string, unknown>) => model['encoding'] as Record<string, unknown>;
  const firstFeature = (model: Record<string, unknown>) =>
    (encoding(model)['features'] as Record<string, unknown>[])[0] as Record<string, unknown>;

  it.each([
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
  ])('refuses a model with %s', (_, edit, problem) => {
    expect(readModel(edited(edit))).toBe(problem);
  });
});

describe('the moment of a model', () => {
  it('is mid-term when the model reads the first-period grade, early-term otherwise', () => {
    expect(momentOfModel(early)).toBe('early');
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
});
