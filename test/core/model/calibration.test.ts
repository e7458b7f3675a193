/**
 * Calibration against scikit-learn 1.2.1 (Debian's python3-sklearn), on 30 risks and labels made by this rule
 * (the same in both languages, so nothing is copied by hand but the outputs):
 *
 *   risks = np.array([((i*37) % 100)/100 + 0.005 for i in range(30)])
 *   labels = np.array([1 if ((i*7) % 10)/10 < risks[i]*0.9 + 0.05 else 0 for i in range(30)])
 */
import {
  calibrate,
  fitIsotonic,
  fitPlatt,
  logit,
  reliabilityTable,
} from '../../../src/core/model/calibration';

const RISKS = Array.from({ length: 30 }, (_, i) => ((i * 37) % 100) / 100 + 0.005);
const LABELS = RISKS.map((risk, i) => (((i * 7) % 10) / 10 < risk * 0.9 + 0.05 ? 1 : 0));

describe('the oracle data', () => {
  it('is what the Python rule makes', () => {
    expect(LABELS).toEqual([
      1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 1, 0, 1,
    ]);
  });
});

describe('reliabilityTable', () => {
  it('bins as calibration_curve(labels, risks, n_bins=10, strategy="uniform") does, empty bins kept', () => {
    const table = reliabilityTable(RISKS, LABELS);
    // calibration_curve → prob_true, prob_pred; bins 6 and 7 hold 2 and 4 risks (0.625, 0.665 | 0.705 … 0.775)
    const observed = [1 / 3, 1 / 3, 1 / 3, 1 / 3, 2 / 3, 2 / 3, 1, 1, 1, 1];
    const predicted = [
      0.03833333333333334, 0.14833333333333334, 0.25833333333333336, 0.35833333333333334, 0.445, 0.555, 0.645,
      0.74, 0.8516666666666666, 0.9616666666666668,
    ];
    expect(table.map((b) => b.count)).toEqual([3, 3, 3, 3, 3, 3, 2, 4, 3, 3]);
    table.forEach((bin, i) => {
      expect(bin.observedRate).toBeCloseTo(observed[i] as number, 12);
      expect(bin.meanPredicted).toBeCloseTo(predicted[i] as number, 12);
      expect([bin.from, bin.to]).toEqual([i / 10, (i + 1) / 10]);
    });
    const sparse = reliabilityTable([0.05, 1], [0, 1]);
    expect(sparse[0]).toMatchObject({ count: 1, meanPredicted: 0.05, observedRate: 0 });
    expect(sparse[5]).toEqual({ from: 0.5, to: 0.6, count: 0, meanPredicted: null, observedRate: null });
    expect(sparse[9]).toMatchObject({ count: 1, meanPredicted: 1, observedRate: 1 });
  });
});

describe('fitPlatt', () => {
  it('finds the coefficients of sklearn.calibration._sigmoid_calibration(logit(risks), labels)', () => {
    const fitted = fitPlatt(RISKS, LABELS);
    if (fitted.kind !== 'platt') throw new Error('not Platt');
    // _sigmoid_calibration(np.log(risks/(1-risks)), labels) → (-0.4746757498698894, -0.7886847286803748)
    expect(fitted.a).toBeCloseTo(-0.4746757498698894, 5);
    expect(fitted.b).toBeCloseTo(-0.7886847286803748, 5);
    // risk' = 1 / (1 + exp(a logit(risk) + b))
    expect(calibrate(fitted, 0.2)).toBeCloseTo(1 / (1 + Math.exp(fitted.a * logit(0.2) + fitted.b)), 15);
  });

  it('stays finite when the labels are perfectly separated', () => {
    const fitted = fitPlatt([0.1, 0.2, 0.8, 0.9], [0, 0, 1, 1]);
    if (fitted.kind !== 'platt') throw new Error('not Platt');
    expect(Number.isFinite(fitted.a) && Number.isFinite(fitted.b)).toBe(true);
    // Platt's targets are 1/4 and 3/4 here, so the corrected risks cannot reach 0 or 1.
    expect(calibrate(fitted, 0.9)).toBeLessThan(0.9);
  });
});

describe('fitIsotonic', () => {
  it('predicts as IsotonicRegression(out_of_bounds="clip", y_min=0, y_max=1).fit(risks, labels)', () => {
    const fitted = fitIsotonic(RISKS, LABELS);
    // .X_thresholds_, .y_thresholds_
    expect(fitted).toEqual({
      kind: 'isotonic',
      xs: [0.005, 0.375, 0.405, 0.595, 0.625, 0.995].map((x) => expect.closeTo(x, 12)),
      ys: [1 / 3, 1 / 3, 2 / 3, 2 / 3, 1, 1].map((y) => expect.closeTo(y, 12)),
    });
    // .predict([0.0, 0.1, 0.33, 0.5, 0.77, 0.99, 1.0])
    const expected = [1 / 3, 1 / 3, 1 / 3, 2 / 3, 1, 1, 1];
    [0, 0.1, 0.33, 0.5, 0.77, 0.99, 1].forEach((risk, i) =>
      expect(calibrate(fitted, risk)).toBeCloseTo(expected[i] as number, 12),
    );
    // Between two steps it interpolates: halfway from (0.375, 1/3) to (0.405, 2/3).
    expect(calibrate(fitted, 0.39)).toBeCloseTo(0.5, 12);
  });

  it('pools equal risks before fitting, and refuses labels that are not 0 or 1', () => {
    const fitted = fitIsotonic([0.5, 0.5, 0.5, 0.2], [1, 0, 0, 1]);
    // One point at 0.5 with mean 1/3 violates the point at 0.2 (1): the two pool to (1 + 3 × 1/3) / 4 = 0.5.
    expect(calibrate(fitted, 0.3)).toBeCloseTo(0.5, 12);
    expect(() => fitIsotonic([0.5], [2])).toThrow('Label 0 is 2, not 0 or 1.');
    expect(() => reliabilityTable([1.5], [1])).toThrow('Risk 0 is 1.5, not a probability.');
  });
});
