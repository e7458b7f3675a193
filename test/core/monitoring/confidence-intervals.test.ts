import {
  Z_95,
  hanleyMcNeilInterval,
  hanleyMcNeilStandardError,
  wilsonInterval,
} from '../../../src/core/monitoring/confidence-intervals';

// Oracles: /usr/bin/python3 with SciPy 1.10.1 and NumPy 1.24.2.
// Wilson: binomtest(k, n).proportion_ci(confidence_level=0.95, method='wilson'), an implementation independent of
// ours. Hanley-McNeil has no SciPy function; equation 2 of the paper, in NumPy:
//   /usr/bin/python3 -c "import numpy as np; A,n1,n0=0.8,30,70; Q1=A/(2-A); Q2=2*A*A/(1+A);
//     print(np.sqrt((A*(1-A)+(n1-1)*(Q1-A*A)+(n0-1)*(Q2-A*A))/(n1*n0)))"
describe('the Wilson score interval', () => {
  it('matches SciPy for an ordinary proportion', () => {
    // /usr/bin/python3 -c "from scipy.stats import binomtest; print(binomtest(7, 20).proportion_ci(confidence_level=0.95, method='wilson'))"
    // → low=0.1811918241010821, high=0.5671457233147637
    const interval = wilsonInterval(7, 20);
    expect(interval.low).toBeCloseTo(0.1811918241010821, 12);
    expect(interval.high).toBeCloseTo(0.5671457233147637, 12);
  });

  it('stays inside [0, 1] and keeps a width at 0% and 100%, where a normal interval collapses', () => {
    // binomtest(0, 10).proportion_ci(method='wilson') → (0.0, 0.27753279986288926)
    expect(wilsonInterval(0, 10).low).toBe(0);
    expect(wilsonInterval(0, 10).high).toBeCloseTo(0.27753279986288926, 12);
    // binomtest(10, 10).proportion_ci(method='wilson') → (0.7224672001371109, 1.0)
    expect(wilsonInterval(10, 10).low).toBeCloseTo(0.7224672001371109, 12);
    expect(wilsonInterval(10, 10).high).toBe(1);
    // binomtest(1, 1).proportion_ci(method='wilson') → (0.20654931437723745, 1.0)
    expect(wilsonInterval(1, 1).low).toBeCloseTo(0.20654931437723745, 12);
  });

  it('puts the lower bound at exactly 0 for no successes, where rounding alone would leave it above 0', () => {
    // binomtest(0, 7).proportion_ci(method='wilson') → (0.0, 0.35433043506668743); the formula evaluated in
    // doubles leaves centre − half above 0 at n = 7:
    //   /usr/bin/python3 -c "import math; z=1.959963984540054; n=7; d=1+z*z/n;
    //     print((0+z*z/(2*n))/d - (z/d)*math.sqrt(0/n+z*z/(4*n*n)))" → 2.7755575615628914e-17
    expect(wilsonInterval(0, 7).low).toBe(0);
    expect(wilsonInterval(0, 7).high).toBeCloseTo(0.35433043506668743, 12);
  });

  it('uses the normal quantile at 0.975', () => {
    // /usr/bin/python3 -c "from scipy.stats import norm; print(repr(norm.ppf(0.975)))" → 1.959963984540054
    expect(Z_95).toBe(1.959963984540054);
  });

  it('throws RangeError for no trials, more successes than trials, or fractional counts', () => {
    expect(() => wilsonInterval(0, 0)).toThrow(RangeError);
    expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    expect(() => wilsonInterval(1.5, 4)).toThrow(RangeError);
    expect(() => wilsonInterval(1, 4, 0)).toThrow(RangeError);
  });

  it('says which count or quantile is wrong', () => {
    expect(() => wilsonInterval(-1, 4)).toThrow(
      new RangeError('successes must be a whole number ≥ 0, got -1.'),
    );
    expect(() => wilsonInterval(1, 2.5)).toThrow(
      new RangeError('trials must be a whole number ≥ 0, got 2.5.'),
    );
    expect(() => wilsonInterval(3, 2)).toThrow(new RangeError('3 successes out of only 2 trials.'));
    expect(() => wilsonInterval(0, 0)).toThrow(new RangeError('A proportion of 0 trials has no interval.'));
    expect(() => wilsonInterval(1, 4, 0)).toThrow(new RangeError('z must be positive, got 0.'));
  });
});

describe("Hanley and McNeil's AUC interval", () => {
  it('matches equation 2 of the paper computed in NumPy', () => {
    // A,n1,n0 = 0.8,30,70 → 0.0527347359996462 (snippet above)
    expect(hanleyMcNeilStandardError(0.8, 30, 70)).toBeCloseTo(0.0527347359996462, 12);
    // A,n1,n0 = 0.5,10,10 → 0.1322875655532295
    expect(hanleyMcNeilStandardError(0.5, 10, 10)).toBeCloseTo(0.1322875655532295, 12);
    // A,n1,n0 = 0.9,50,50 → 0.03212386315081136
    const interval = hanleyMcNeilInterval(0.9, 50, 50);
    expect(interval.low).toBeCloseTo(0.9 - Z_95 * 0.03212386315081136, 12);
    expect(interval.high).toBeCloseTo(0.9 + Z_95 * 0.03212386315081136, 12);
  });

  it('collapses to a point at a perfect AUC, and is clipped to [0, 1]', () => {
    // A,n1,n0 = 1.0,5,5 → 0.0
    expect(hanleyMcNeilStandardError(1, 5, 5)).toBe(0);
    expect(hanleyMcNeilInterval(1, 5, 5)).toEqual({ low: 1, high: 1 });
    expect(hanleyMcNeilInterval(0.95, 3, 4).high).toBe(1);
  });

  it('throws RangeError with one class only or an AUC outside [0, 1]', () => {
    expect(() => hanleyMcNeilStandardError(0.7, 0, 12)).toThrow(RangeError);
    expect(() => hanleyMcNeilStandardError(0.7, 12, 0)).toThrow(RangeError);
    expect(() => hanleyMcNeilStandardError(1.2, 5, 5)).toThrow(RangeError);
    expect(() => hanleyMcNeilStandardError(Number.NaN, 5, 5)).toThrow(RangeError);
  });

  it('accepts the ends of [0, 1] and a single case of either class', () => {
    // A,n1,n0 = 0.0,5,5 → 0.0
    expect(hanleyMcNeilStandardError(0, 5, 5)).toBe(0);
    // A,n1,n0 = 0.8,1,5 → 0.29814239699997197
    expect(hanleyMcNeilStandardError(0.8, 1, 5)).toBeCloseTo(0.29814239699997197, 12);
    // A,n1,n0 = 0.8,5,1 → 0.23094010767585021
    expect(hanleyMcNeilStandardError(0.8, 5, 1)).toBeCloseTo(0.23094010767585021, 12);
  });

  it('says which input is wrong', () => {
    expect(() => hanleyMcNeilStandardError(-0.1, 5, 5)).toThrow(
      new RangeError('An AUC lies in [0, 1], got -0.1.'),
    );
    expect(() => hanleyMcNeilStandardError(0.7, 1.5, 5)).toThrow(
      new RangeError('positives must be a whole number ≥ 0, got 1.5.'),
    );
    expect(() => hanleyMcNeilStandardError(0.7, 5, -2)).toThrow(
      new RangeError('negatives must be a whole number ≥ 0, got -2.'),
    );
    expect(() => hanleyMcNeilStandardError(0.7, 0, 12)).toThrow(
      new RangeError('An AUC needs both classes: 0 positives, 12 negatives.'),
    );
  });

  it('throws RangeError for a z that is not positive', () => {
    expect(() => hanleyMcNeilInterval(0.8, 30, 70, 0)).toThrow(new RangeError('z must be positive, got 0.'));
    expect(() => hanleyMcNeilInterval(0.8, 30, 70, -1.96)).toThrow(
      new RangeError('z must be positive, got -1.96.'),
    );
  });
});
