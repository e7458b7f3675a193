import { regularisedGammaP, regularisedGammaQ } from '../../../src/core/drift/incomplete-gamma';

// Oracle: python3 with plain math, by numerical integration rather than series / continued fraction:
//   Q(a, x) = e^-x / Γ(a) ∫₀^∞ (x+s)^(a-1) e^-s ds, with s = w², Simpson's rule over w in [0, √(80+4a)],
//   200,000 steps, math.lgamma for Γ (full script: test/core/drift/oracles.py, `Q`).
// Cross-checks by closed forms: Q(1/2, x) = erfc(√x) (math.erfc); Q(n, x) = Σ_{k<n} e^-x x^k / k!.
const oracle: [a: number, x: number, q: number][] = [
  [0.5, 0.01, 0.8875370839817152], // erfc(0.1)
  [0.5, 1.9205, 0.05001368376395671], // erfc(√1.9205)
  [0.5, 8, 6.334248366623977e-5], // erfc(√8)
  [1, 2.9957, 0.05000161370373441],
  [3, 0.5, 0.9856123220329458],
  [5, 9.1535, 0.05000058909139366],
  [10, 1, 0.9999998885744561],
  [50, 30, 0.9994811085373594],
  [50, 70, 0.005140502458505495],
  [2, 50, 9.836624224614872e-21], // 51 e^-50
];

describe('regularised incomplete gamma', () => {
  it.each(oracle)('Q(%p, %p) matches numerical integration', (a, x, q) => {
    expect(regularisedGammaQ(a, x) / q).toBeCloseTo(1, 11);
  });

  it('keeps tiny upper tails to full relative precision', () => {
    expect(regularisedGammaQ(2, 50)).toBeCloseTo(51 * Math.exp(-50), 33);
    expect(regularisedGammaQ(2, 50) / (51 * Math.exp(-50))).toBeCloseTo(1, 13);
  });

  it('keeps tiny lower tails too: P(10, 1) = Σ_{k≥10} e^-1 / k!', () => {
    // python3: sum(math.exp(-1)/math.factorial(k) for k in range(10, 60)) → 1.1142547833872069e-07
    expect(regularisedGammaP(10, 1) / 1.1142547833872069e-7).toBeCloseTo(1, 12);
  });

  it('has P + Q = 1 on both sides of the switch at x = a + 1', () => {
    for (const [a, x] of [
      [3, 3.99],
      [3, 4.01],
      [0.5, 1.49],
      [0.5, 1.51],
      [20, 21],
    ] as const)
      expect(regularisedGammaP(a, x) + regularisedGammaQ(a, x)).toBeCloseTo(1, 14);
  });

  it('is continuous across the switch between series and continued fraction', () => {
    expect(regularisedGammaQ(4, 5 - 1e-9)).toBeCloseTo(regularisedGammaQ(4, 5 + 1e-9), 8);
  });

  it('gives the limits at 0 and infinity', () => {
    expect(regularisedGammaQ(2, 0)).toBe(1);
    expect(regularisedGammaP(2, 0)).toBe(0);
    expect(regularisedGammaP(0.5, 0)).toBe(0);
    expect(regularisedGammaQ(2, Infinity)).toBe(0);
    expect(regularisedGammaP(2, Infinity)).toBe(1);
  });

  it('computes P from the continued fraction far above a, where the series would overflow', () => {
    // P(1, x) = 1 − e^-x; e^-1000 underflows to 0, so P(1, 1000) is exactly 1. The series' terms 1000^n / n!
    // pass 1e308 before they shrink.
    expect(regularisedGammaP(1, 1000)).toBe(1);
  });

  it('computes a small Q at the switch point x = a + 1 by the continued fraction, not as 1 − P', () => {
    // a = 2^-30, x = 1 + 2^-30 (both exact doubles); as 1 − P only about 6 of these digits would survive.
    // scipy.special.gammaincc(2**-30, 1 + 2**-30) → 2.0431721048612748e-10
    // mpmath.gammainc(mpf(2)**-30, 1 + mpf(2)**-30, mpmath.inf, regularized=True) → 2.04317210486125683e-10
    expect(regularisedGammaQ(2 ** -30, 1 + 2 ** -30) / 2.0431721048612748e-10).toBeCloseTo(1, 12);
  });

  it('computes a small P below x = a + 1 by the series even when a < 1', () => {
    // P(1/2, x) = erf(√x): math.erf(1e-10) → 1.1283791670955126e-10 (as 1 − Q only ~6 digits would survive)
    expect(regularisedGammaP(0.5, 1e-20) / 1.1283791670955126e-10).toBeCloseTo(1, 12);
    // math.erfc(1e-10) → 0.999999999887162
    expect(regularisedGammaQ(0.5, 1e-20)).toBeCloseTo(0.999999999887162, 15);
  });

  it('allows each expansion 100,000 iterations, and says so when that is not enough', () => {
    // Inputs found by search: the series needs exactly 100,000 terms at a = x = 201,975,566 and the continued
    // fraction exactly 100,000 steps at the a and x below. The prefactor e^(a ln x − x − ln Γ(a)) loses
    // about a·1e-16 of relative accuracy to its huge exponent, hence the loose precision.
    // scipy.special.gammainc(201975566, 201975566) → 0.5000093570595668
    expect(regularisedGammaP(201_975_566, 201_975_566)).toBeCloseTo(0.5000093570595668, 5);
    // scipy.special.gammaincc(1455627618707, 1455627619907.7344) → 0.4996028520353681
    expect(regularisedGammaQ(1_455_627_618_707, 1_455_627_619_907.734_4)).toBeCloseTo(0.4996028520353681, 2);
    expect(() => regularisedGammaP(1e10, 1e10)).toThrow(
      'The incomplete gamma series did not converge for a = 10000000000, x = 10000000000.',
    );
    expect(() => regularisedGammaQ(1e13, 1e13 + 1)).toThrow(
      'The incomplete gamma continued fraction did not converge for a = 10000000000000, x = 10000000000001.',
    );
  });

  it('names the offending argument', () => {
    expect(() => regularisedGammaQ(0, 1)).toThrow('The shape a must be positive and finite, got 0.');
    expect(() => regularisedGammaP(Infinity, 1)).toThrow(
      'The shape a must be positive and finite, got Infinity.',
    );
    expect(() => regularisedGammaQ(1, -0.5)).toThrow('The point x must be at least 0, got -0.5.');
  });

  it('throws RangeError outside its domain', () => {
    expect(() => regularisedGammaQ(0, 1)).toThrow(RangeError);
    expect(() => regularisedGammaQ(-1, 1)).toThrow(RangeError);
    expect(() => regularisedGammaQ(1, -0.5)).toThrow(RangeError);
    expect(() => regularisedGammaP(Number.NaN, 1)).toThrow(RangeError);
    expect(() => regularisedGammaP(1, Number.NaN)).toThrow(RangeError);
  });
});
