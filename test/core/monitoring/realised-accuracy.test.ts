import {
  type CrossValidatedExpectations,
  MIN_STUDENTS_WITH_GRADES,
  type RealisedMetric,
  realisedAccuracy,
} from '../../../src/core/monitoring/realised-accuracy';
import { gradedPairs } from './graded-pairs';

// Oracle: /usr/bin/python3 (scikit-learn 1.2.1, SciPy 1.10.1, NumPy 1.24.2) with this set-up:
//   import numpy as np; from sklearn.metrics import roc_auc_score, accuracy_score; from scipy.stats import binomtest
//   F = [0.91,0.85,0.78,0.66,0.62,0.55,0.47,0.35,0.22,0.12]
//   P = [0.81,0.58,0.44,0.41,0.33,0.30,0.28,0.25,0.21,0.19,0.17,0.15,0.14,0.12,0.10,0.08,0.07,0.05,0.04,0.02]
//   r = np.array(F + P); y = np.array([1]*10 + [0]*20); high = r >= 0.6
//   def hm(A, n1, n0): Q1 = A/(2-A); Q2 = 2*A*A/(1+A); return np.sqrt((A*(1-A)+(n1-1)*(Q1-A*A)+(n0-1)*(Q2-A*A))/(n1*n0))
// (a fail and a pass tie at 0.12.)
const FAIL = [0.91, 0.85, 0.78, 0.66, 0.62, 0.55, 0.47, 0.35, 0.22, 0.12];
const PASS = [
  0.81, 0.58, 0.44, 0.41, 0.33, 0.3, 0.28, 0.25, 0.21, 0.19, 0.17, 0.15, 0.14, 0.12, 0.1, 0.08, 0.07, 0.05,
  0.04, 0.02,
];
const promised: CrossValidatedExpectations = {
  auc: 0.85,
  accuracy: 0.85,
  highRecall: 0.6,
  highPrecision: 0.7,
  threshold: 0.5,
};

function valueOf(metric: RealisedMetric) {
  if (metric.value === null) throw new Error(`undefined metric: ${metric.reason}`);
  return metric;
}

describe('realised accuracy of a version against its cross-validated promise', () => {
  const report = realisedAccuracy(gradedPairs(FAIL, PASS), promised);

  it('counts the students and failures and judges them (30 is above the minimum)', () => {
    expect(report).toMatchObject({ students: 30, failures: 10, note: '' });
  });

  it('gives ROC AUC with a Hanley-McNeil interval clipped at 1', () => {
    const auc = valueOf(report.auc);
    expect(auc.value).toBeCloseTo(0.8374999999999999, 12); // roc_auc_score(y, r)
    // A = roc_auc_score(y, r); print(A - 1.959963984540054*hm(A, 10, 20)) → 0.6685639615110284
    expect(auc.interval.low).toBeCloseTo(0.6685639615110284, 12);
    expect(auc.interval.high).toBe(1); // A + 1.959963984540054*hm(A, 10, 20) → 1.0064360384889715, clipped
    expect(auc.problem).toBe(false);
  });

  it('gives accuracy at the version threshold with a Wilson interval', () => {
    const accuracy = valueOf(report.accuracy);
    expect(accuracy.value).toBeCloseTo(0.8, 12); // accuracy_score(y, (r >= 0.5).astype(int)) → 0.8
    // binomtest(24, 30).proportion_ci(method='wilson') → (0.6269430358685175, 0.9049489282271013)
    expect(accuracy.interval.low).toBeCloseTo(0.6269430358685175, 12);
    expect(accuracy.interval.high).toBeCloseTo(0.9049489282271013, 12);
    expect(accuracy).toMatchObject({ expected: 0.85, problem: false });
  });

  it('gives High-tier recall and precision with Wilson intervals', () => {
    // (high & (y == 1)).sum() → 5; high.sum() → 6
    const recall = valueOf(report.highRecall);
    expect(recall.value).toBeCloseTo(0.5, 12);
    // binomtest(5, 10).proportion_ci(method='wilson') → (0.236593090512564, 0.7634069094874361)
    expect(recall.interval.low).toBeCloseTo(0.236593090512564, 12);
    expect(recall.interval.high).toBeCloseTo(0.7634069094874361, 12);
    const precision = valueOf(report.highPrecision);
    expect(precision.value).toBeCloseTo(5 / 6, 12);
    // binomtest(5, 6).proportion_ci(method='wilson') → (0.43649717781352976, 0.9699466302516933)
    expect(precision.interval.low).toBeCloseTo(0.43649717781352976, 12);
    expect(precision.interval.high).toBeCloseTo(0.9699466302516933, 12);
  });

  it('compares the mean predicted risk with the observed fail rate (calibration-in-the-large)', () => {
    const calibration = valueOf(report.calibration);
    expect(calibration.value).toBeCloseTo(1 / 3, 12);
    expect(calibration.expected).toBeCloseTo(0.3423333333333333, 12); // r.mean()
    // binomtest(10, 30).proportion_ci(method='wilson') → (0.19230498083676134, 0.5121994835545616)
    expect(calibration.interval.low).toBeCloseTo(0.19230498083676134, 12);
    expect(calibration.interval.high).toBeCloseTo(0.5121994835545616, 12);
    expect(calibration.problem).toBe(false);
  });
});

describe('which realised metrics are problems', () => {
  it('flags a metric whose promise lies above its interval (the model does worse than promised)', () => {
    const report = realisedAccuracy(gradedPairs(FAIL, PASS), {
      ...promised,
      accuracy: 0.93,
      highRecall: 0.8,
    });
    expect(report.accuracy.problem).toBe(true); // 0.93 > 0.9049489282271013
    expect(report.highRecall.problem).toBe(true); // 0.8 > 0.7634069094874361
    expect(report.highPrecision.problem).toBe(false);
  });

  it('does not flag a model that does better than promised', () => {
    const report = realisedAccuracy(gradedPairs(FAIL, PASS), { ...promised, accuracy: 0.5, highRecall: 0.1 });
    expect(report.accuracy.problem).toBe(false);
    expect(report.highRecall.problem).toBe(false);
  });

  it('flags an AUC far below its promise', () => {
    // F = [0.5,0.3,0.2,0.45,0.1,0.6,0.35,0.25]; P = [0.4,0.55,0.3,0.2,0.15,0.5,0.6,0.1,0.05,0.35,0.45,0.25]
    // roc_auc_score(y, r) → 0.53125; A + 1.959963984540054*hm(A, 8, 12) → 0.7963065328516241
    const weak = gradedPairs(
      [0.5, 0.3, 0.2, 0.45, 0.1, 0.6, 0.35, 0.25],
      [0.4, 0.55, 0.3, 0.2, 0.15, 0.5, 0.6, 0.1, 0.05, 0.35, 0.45, 0.25],
    );
    const auc = valueOf(realisedAccuracy(weak, { ...promised, auc: 0.85 }).auc);
    expect(auc.value).toBeCloseTo(0.53125, 12);
    expect(auc.interval.high).toBeCloseTo(0.7963065328516241, 12);
    expect(auc.problem).toBe(true);
    expect(valueOf(realisedAccuracy(weak, { ...promised, auc: 0.75 }).auc).problem).toBe(false);
  });

  it('flags calibration on either side: risks far below the observed fail rate', () => {
    const shrunk = gradedPairs(
      FAIL.map((risk) => risk * 0.3),
      PASS.map((risk) => risk * 0.3),
    );
    const calibration = valueOf(realisedAccuracy(shrunk, promised).calibration);
    expect(calibration.expected).toBeCloseTo(0.3423333333333333 * 0.3, 12); // r.mean() * 0.3
    expect(calibration.problem).toBe(true); // 0.1027 < 0.19230498083676134
  });

  it('flags calibration on the other side too: risks far above the observed fail rate', () => {
    // 20 students who all passed, each given a risk of 0.5
    const report = realisedAccuracy(gradedPairs([], Array(20).fill(0.5)), promised);
    const calibration = valueOf(report.calibration);
    expect(calibration.value).toBe(0);
    expect(calibration.expected).toBe(0.5);
    // binomtest(0, 20).proportion_ci(method='wilson') → (0.0, 0.16112515805281935)
    expect(calibration.interval.low).toBe(0);
    expect(calibration.interval.high).toBeCloseTo(0.16112515805281935, 12);
    expect(calibration.problem).toBe(true); // 0.5 > 0.16112515805281935
  });

  it('does not flag calibration or a promise that sit exactly on an end of the interval', () => {
    // Everyone passed with a risk of 0: the mean risk 0 is the lower end of binomtest(0, 20)'s (0.0, 0.161…).
    const none = realisedAccuracy(gradedPairs([], Array(20).fill(0)), promised);
    expect(valueOf(none.calibration)).toMatchObject({
      value: 0,
      expected: 0,
      interval: { low: 0 },
      problem: false,
    });
    // Everyone failed with a risk of 1: the mean risk 1 is the upper end of binomtest(20, 20)'s
    // (0.8388748419471808, 1.0), and every student is flagged at 0.5, so an accuracy of 1 meets a promised 1.
    const all = realisedAccuracy(gradedPairs(Array(20).fill(1), []), { ...promised, accuracy: 1 });
    const calibration = valueOf(all.calibration);
    expect(calibration).toMatchObject({ value: 1, expected: 1, problem: false });
    expect(calibration.interval.low).toBeCloseTo(0.8388748419471808, 12);
    expect(calibration.interval.high).toBe(1);
    expect(valueOf(all.accuracy)).toMatchObject({
      value: 1,
      expected: 1,
      interval: { high: 1 },
      problem: false,
    });
  });

  it('never flags a metric the version recorded no expectation for', () => {
    const report = realisedAccuracy(gradedPairs(FAIL, PASS), { auc: 0.85, accuracy: 0.85, threshold: 0.5 });
    expect(report.highRecall).toMatchObject({ expected: null, problem: false });
    expect(report.highPrecision).toMatchObject({ expected: null, problem: false });
    const spelledOut = realisedAccuracy(gradedPairs(FAIL, PASS), { ...promised, highRecall: undefined });
    expect(spelledOut.highRecall).toMatchObject({ value: 0.5, expected: null, problem: false });
  });
});

describe('realised accuracy in degenerate cases', () => {
  it('says "too few students with final grades yet" below the minimum, and judges nothing', () => {
    const report = realisedAccuracy(gradedPairs(FAIL.slice(0, 5), PASS.slice(0, 14)), promised);
    expect(MIN_STUDENTS_WITH_GRADES).toBe(20);
    expect(report.note).toBe('too few students with final grades yet: 19 of the 20 needed');
    for (const metric of [report.auc, report.accuracy, report.highRecall, report.calibration])
      expect(metric).toMatchObject({ value: null, problem: false });
  });

  it('reports no rows as too few', () => {
    const report = realisedAccuracy([], promised);
    expect(report).toMatchObject({ students: 0, failures: 0 });
    expect(report.note).toMatch(/^too few students/);
  });

  it('leaves AUC and High-tier recall undefined when every student passed', () => {
    const report = realisedAccuracy(gradedPairs([], PASS.concat(PASS)), promised);
    expect(report.auc).toEqual({
      value: null,
      reason: 'undefined with one class only: every student passed',
      expected: 0.85,
      problem: false,
    });
    expect(report.highRecall).toMatchObject({ value: null, reason: 'undefined: no student failed' });
    expect(valueOf(report.highPrecision).value).toBe(0); // both 0.81s are High and passed
    expect(valueOf(report.calibration).value).toBe(0);
  });

  it('leaves AUC undefined when every student failed, and precision when nobody is High', () => {
    const constant = gradedPairs(Array(25).fill(0.2), []);
    const report = realisedAccuracy(constant, promised);
    expect(report.auc).toMatchObject({
      value: null,
      reason: 'undefined with one class only: every student failed',
    });
    expect(report.highPrecision).toMatchObject({ value: null, reason: 'undefined: nobody is High' });
    expect(valueOf(report.highRecall).value).toBe(0);
  });

  it('gives an AUC of one half to a constant risk', () => {
    const constant = gradedPairs(Array(10).fill(0.4), Array(20).fill(0.4));
    expect(valueOf(realisedAccuracy(constant, promised).auc).value).toBe(0.5);
  });

  it('counts a student without a tier as not High', () => {
    const pairs = gradedPairs(FAIL, PASS).map((pair) =>
      pair.risk === 0.91 ? { ...pair, tier: '' as const } : pair,
    );
    expect(valueOf(realisedAccuracy(pairs, promised).highRecall).value).toBeCloseTo(0.4, 12);
  });

  it('throws RangeError for a risk or promise outside [0, 1] or an unknown tier', () => {
    const pairs = gradedPairs(FAIL, PASS);
    expect(() => realisedAccuracy([...pairs, { risk: 1.2, tier: 'High', failed: true }], promised)).toThrow(
      RangeError,
    );
    expect(() => realisedAccuracy(pairs, { ...promised, auc: 85 })).toThrow(RangeError);
    const odd = JSON.parse('{"risk": 0.3, "tier": "Top", "failed": false}') as (typeof pairs)[number];
    expect(() => realisedAccuracy([...pairs, odd], promised)).toThrow(RangeError);
  });

  it('says which pair or promise is wrong', () => {
    const pairs = gradedPairs(FAIL, PASS);
    const parsed = (json: string) => JSON.parse(json) as (typeof pairs)[number];
    expect(() => realisedAccuracy([...pairs, { risk: -0.1, tier: 'Low', failed: false }], promised)).toThrow(
      new RangeError('Pair 30: risk -0.1 is not in [0, 1].'),
    );
    // A blank risk read from JSON is null, which compares as 0 but is no probability.
    expect(() =>
      realisedAccuracy([...pairs, parsed('{"risk": null, "tier": "Low", "failed": false}')], promised),
    ).toThrow(new RangeError('Pair 30: risk null is not in [0, 1].'));
    expect(() =>
      realisedAccuracy([...pairs, parsed('{"risk": 0.3, "tier": "Top", "failed": false}')], promised),
    ).toThrow(new RangeError('Pair 30: "Top" is not a tier.'));
    expect(() =>
      realisedAccuracy([...pairs, parsed('{"risk": 0.3, "tier": "Low", "failed": "yes"}')], promised),
    ).toThrow(new TypeError('Pair 30: failed must be true or false.'));
    expect(() => realisedAccuracy(pairs, { ...promised, auc: 85 })).toThrow(
      new RangeError('The expected auc must lie in [0, 1], got 85.'),
    );
  });
});
