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

  /*
   * The exact minimiser of Platt's loss, from /usr/bin/python3 with mpmath at mp.dps = 50 (the BFGS inside
   * sklearn.calibration._sigmoid_calibration agrees only to about 1e-5): Newton's method with the same targets,
   * start and line search, run until both gradients are below 1e-22, with logit(r) = log(p / (1 - p)), p = min(1 - 1e-12, max(1e-12, r)), targets
   * (P + 1) / (P + 2) for a 1 and 1 / (N + 2) for a 0, and start a = 0, b = log((N + 1) / (P + 1)):
   *   platt(risks, labels) → (a, b), from test/core/model/platt-oracle.py (its docstring shows the call).
   */
  it.each([
    ['the 30 oracle risks', RISKS, LABELS, -0.47467509591220086, -0.7886830405719785],
    ['two risks, one of each label', [0.2, 0.7], [1, 0], 0.620656871819021, 0.16726594103307413],
    ['a single 0', [0.3, 0.6, 0.8], [1, 0, 1], 0.06348520362661868, -0.4723478077951356],
    ['a single 1', [0.3, 0.6, 0.8], [0, 1, 0], -0.06348520362661868, 0.4723478077951356],
    ['a risk of almost 0', [1e-9, 0.001, 0.05], [0, 1, 0], -0.03389817430125352, 0.11461414815830273],
    ['a tie', [0.5, 0.7, 0.7], [0, 0, 1], -1.0994459534917678, 1.0986122886681098],
    ['a risk near 1', [0.2, 0.99, 0.7], [0, 1, 0], -0.32828006018413824, 0.9573853278793898],
    ['risks of 1e-9 and 0', [1e-9, 0], [1, 0], -0.20068666374696414, -4.852030263117473],
  ])('fits the exact minimum of Platt’s loss on %s', (_, risks, labels, a, b) => {
    const fitted = fitPlatt(risks, labels);
    expect(fitted).toEqual({ kind: 'platt', a: expect.closeTo(a, 7), b: expect.closeTo(b, 7) });
  });

  it('finds the minimum when three risks nearly coincide, though the curve is then very steep', () => {
    const fitted = fitPlatt([0.25591662, 0.25595482, 0.25593701], [0, 0, 1]);
    // platt([0.25591662, 0.25595482, 0.25593701], [0, 0, 1]) → (-393.25113776742586, -419.2250625825755)
    expect(fitted).toEqual({
      kind: 'platt',
      a: expect.closeTo(-393.25113776742586, 4),
      b: expect.closeTo(-419.2250625825755, 4),
    });
  });

  it('fits only the intercept when every risk is 50%: the mean of Platt’s targets', () => {
    // logit(0.5) = 0, so a stays 0 and 1 / (1 + exp(b)) is the mean target (2 × 3/4 + 1/3) / 3 = 11/18:
    // b = log(7/11); np.log(7/11) → -0.4519851237430572
    const fitted = fitPlatt([0.5, 0.5, 0.5], [1, 1, 0]);
    expect(fitted).toEqual({ kind: 'platt', a: 0, b: expect.closeTo(-0.4519851237430572, 12) });
    expect(calibrate(fitted, 0.5)).toBeCloseTo(11 / 18, 12);
  });

  it('keeps a steep curve exact when a few risks lie far out, without overflowing exp', () => {
    // 200 risks of 0.499 that passed, 200 of 0.501 that failed, and 0.1 passed, 0.9 failed: the fitted slope makes
    // a · logit(0.9) about 2,200, far past where exp overflows (709).
    const risks = [...Array<number>(200).fill(0.499), ...Array<number>(200).fill(0.501), 0.1, 0.9];
    const labels = [...Array<number>(200).fill(0), ...Array<number>(200).fill(1), 0, 1];
    const fitted = fitPlatt(risks, labels);
    // platt([0.499] * 200 + [0.501] * 200 + [0.1, 0.9], [0] * 200 + [1] * 200 + [0, 1]) → (-993.4357889521815, 3.6e-49)
    expect(fitted).toEqual({
      kind: 'platt',
      a: expect.closeTo(-993.4357889521815, 6),
      b: expect.closeTo(0, 8),
    });
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

  it('pools equal risks into one point whose label is their mean, as X_thresholds_ and y_thresholds_ show', () => {
    // IsotonicRegression(out_of_bounds='clip').fit([0.5, 0.5], [0, 1]) → X_thresholds_ [0.5], y_thresholds_ [0.5]
    expect(fitIsotonic([0.5, 0.5], [0, 1])).toEqual({ kind: 'isotonic', xs: [0.5], ys: [0.5] });
    expect(calibrate(fitIsotonic([0.5, 0.5], [0, 1]), 0.5)).toBe(0.5);
    // IsotonicRegression(out_of_bounds='clip').fit([0.5, 0.5, 0.5, 0.9], [1, 1, 0, 1]) → [0.5, 0.9], [2/3, 1]
    expect(fitIsotonic([0.5, 0.5, 0.5, 0.9], [1, 1, 0, 1])).toEqual({
      kind: 'isotonic',
      xs: [0.5, 0.9],
      ys: [expect.closeTo(2 / 3, 15), 1],
    });
  });

  it('clips below the first step and above the last instead of extrapolating', () => {
    // IsotonicRegression(out_of_bounds='clip').fit([0.2, 0.4], [0, 1]).predict([0.1, 0.3, 0.5]) → [0, 0.5, 1]
    const fitted = fitIsotonic([0.2, 0.4], [0, 1]);
    expect(fitted).toEqual({ kind: 'isotonic', xs: [0.2, 0.4], ys: [0, 1] });
    expect(calibrate(fitted, 0.1)).toBe(0);
    expect(calibrate(fitted, 0.3)).toBeCloseTo(0.5, 15);
    expect(calibrate(fitted, 0.5)).toBe(1);
  });

  it('gives exactly a step’s value at its risk, never a rounding past it (not 1.0000000000000002 at the top)', () => {
    // IsotonicRegression(out_of_bounds='clip').fit([0.01, 0.01, 0.01, 0.4], [1, 0, 0, 1]).predict([0.4]) → [1.0]
    expect(calibrate(fitIsotonic([0.01, 0.01, 0.01, 0.4], [1, 0, 0, 1]), 0.4)).toBe(1);
    // IsotonicRegression(out_of_bounds='clip').fit([0.01] * 3 + [0.06] * 3 + [0.9], [1, 0, 0, 1, 1, 0, 1])
    //   .predict([0.06]) → [0.6666666666666666]
    const steps = fitIsotonic([0.01, 0.01, 0.01, 0.06, 0.06, 0.06, 0.9], [1, 0, 0, 1, 1, 0, 1]);
    expect(calibrate(steps, 0.06)).toBe(2 / 3);
  });
});

describe('the checks on risks and labels', () => {
  it('refuses risks and labels that do not pair up, or nothing at all, in words a counsellor can act on', () => {
    expect(() => fitPlatt([0.2, 0.4], [1])).toThrow(new RangeError('2 risks but 1 labels.'));
    expect(() => fitIsotonic([], [])).toThrow(new RangeError('No risks to calibrate.'));
    expect(() => reliabilityTable([0.3, -0.1], [0, 1])).toThrow(
      new RangeError('Risk 1 is -0.1, not a probability.'),
    );
  });

  it('takes risks of exactly 0 and 1 as probabilities, 1e-12 from the ends', () => {
    expect(reliabilityTable([0, 1], [0, 1]).map((bin) => bin.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
    // p = 1 - 1e-12; math.log(p / (1 - p)) → 27.63104323789236; p = 1e-12 → -27.63102111592755
    expect(logit(1)).toBeCloseTo(27.63104323789236, 12);
    expect(logit(0)).toBeCloseTo(-27.63102111592755, 12);
  });
});
