/** Platt scaling folded into the model, kept only when the nested cross-validated Brier score improves. */
import { matchKey } from '../../../src/core/data/match-key';
import { calibrate } from '../../../src/core/model/calibration';
import { trainCalibrated, withPlatt } from '../../../src/core/model/calibrated-training';
import { trainAndValidate } from '../../../src/core/model/cross-validation';
import { featureSetFor } from '../../../src/core/model/feature-sets';
import { riskOfFailing } from '../../../src/core/model/score';
import { failLabels } from '../../../src/core/model/target';
import { loadUciCourse } from '../../support/uci';

function earlyTerm(course: 'math' | 'portuguese') {
  const records = loadUciCourse(course);
  return {
    records,
    labels: failLabels(records),
    groups: records.map(matchKey),
    featureSet: featureSetFor('early', Object.keys(records[0] ?? {})),
  };
}

describe('withPlatt', () => {
  it('gives the same risks as the correction applied to the model’s risks', () => {
    const input = earlyTerm('math');
    const { model } = trainAndValidate(input, { folds: 5, seed: 1 });
    const platt = { kind: 'platt', a: -0.8, b: 0.3 } as const;
    const corrected = riskOfFailing(withPlatt(model, platt.a, platt.b), input.records);
    riskOfFailing(model, input.records).forEach((risk, i) =>
      expect(corrected[i]).toBeCloseTo(calibrate(platt, risk), 12),
    );
  });
});

describe('trainCalibrated', () => {
  it('corrects the early-term Portuguese model, whose top risks are too high, and keeps its ranking', () => {
    const input = earlyTerm('portuguese');
    const plain = trainAndValidate(input, { folds: 5, seed: 1 });
    const calibrated = trainCalibrated(input, { folds: 5, seed: 1 });
    expect(calibrated.calibration.method).toBe('platt');
    expect(calibrated.calibration.brierAfter).toBeLessThan(calibrated.calibration.brierBefore);
    // The uncorrected Brier is the plain model's cross-validated one; the reported one is the corrected.
    expect(calibrated.calibration.brierBefore).toBeCloseTo(plain.validation.summary.brier.mean, 12);
    expect(calibrated.validation.summary.brier.mean).toBeCloseTo(calibrated.calibration.brierAfter, 12);
    // An increasing correction: every fold's AUC and the order of the final model's risks are unchanged.
    expect(calibrated.validation.folds.map((f) => f.auc)).toEqual(plain.validation.folds.map((f) => f.auc));
    const before = riskOfFailing(plain.model, input.records);
    const after = riskOfFailing(calibrated.model, input.records);
    const order = (risks: number[]) =>
      risks.map((_, i) => i).sort((i, j) => (risks[j] as number) - (risks[i] as number));
    expect(order(after)).toEqual(order(before));
    expect(calibrated.calibration.platt?.a).toBeLessThan(0);
    expect(calibrated.threshold).toBeCloseTo(
      calibrate({ kind: 'platt', ...calibrated.calibration.platt! }, plain.threshold),
      12,
    );
  });

  it('never reports a correction that makes the cross-validated Brier score worse', () => {
    const input = earlyTerm('math');
    const calibrated = trainCalibrated(input, { folds: 5, seed: 1 });
    expect(calibrated.calibration.brierAfter).toBeLessThanOrEqual(calibrated.calibration.brierBefore);
    if (calibrated.calibration.method === 'none') {
      expect(calibrated.model).toEqual(trainAndValidate(input, { folds: 5, seed: 1 }).model);
      expect(calibrated.calibration.platt).toBeNull();
    }
  });
});
