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
    expect(regularisedGammaQ(2, Infinity)).toBe(0);
    expect(regularisedGammaP(2, Infinity)).toBe(1);
  });

  it('throws RangeError outside its domain', () => {
    expect(() => regularisedGammaQ(0, 1)).toThrow(RangeError);
    expect(() => regularisedGammaQ(-1, 1)).toThrow(RangeError);
    expect(() => regularisedGammaQ(1, -0.5)).toThrow(RangeError);
    expect(() => regularisedGammaP(Number.NaN, 1)).toThrow(RangeError);
    expect(() => regularisedGammaP(1, Number.NaN)).toThrow(RangeError);
  });
});
