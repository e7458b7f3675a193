import { matchKey } from '../../../src/core/data/match-key';
import { trainAndValidate } from '../../../src/core/model/cross-validation';
import { featureSetFor } from '../../../src/core/model/feature-sets';
import { failLabels } from '../../../src/core/model/target';
import { loadUciCourse } from '../../support/uci';

// A quick guard on the real data; the full evaluation is `npx tsx bench/model-quality.ts`.
describe('the early-term model on the UCI Portuguese course', () => {
  const records = loadUciCourse('portuguese');
  const { model, validation } = trainAndValidate(
    {
      records,
      labels: failLabels(records),
      groups: records.map(matchKey),
      featureSet: featureSetFor('early', Object.keys(records[0] ?? {})),
    },
    { folds: 5, seed: 1 },
  );

  it('ranks failing students above passing ones well out of sample', () => {
    expect(validation.summary.auc.mean).toBeGreaterThan(0.75);
  });

  it('raises risk with past failures and lowers it for students who want higher education', () => {
    expect(model.coefficients['failures>0']).toBeGreaterThan(0);
    expect(model.coefficients['higher=no']).toBeGreaterThan(0);
    expect(model.encoding.references['higher']).toBe('yes');
  });
});
