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

// The bar the training issue set: what scikit-learn's default logistic regression reaches early-term on the
// same data (docs: quality-bar.md). Mean over five seeds of 5-fold CV, so one lucky split cannot pass it.
describe.each([
  ['math', 0.67],
  ['portuguese', 0.79],
] as const)('the early-term model on %s', (course, bar) => {
  it(`reaches a mean cross-validated ROC AUC of at least ${bar}`, () => {
    const records = loadUciCourse(course);
    const input = {
      records,
      labels: failLabels(records),
      groups: records.map(matchKey),
      featureSet: featureSetFor('early', Object.keys(records[0] ?? {})),
    };
    const aucs = [1, 2, 3, 4, 5].map(
      (seed) => trainAndValidate(input, { folds: 5, seed }).validation.summary.auc.mean,
    );
    expect(aucs.reduce((a, b) => a + b, 0) / aucs.length).toBeGreaterThanOrEqual(bar);
  });
});
