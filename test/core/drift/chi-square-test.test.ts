import { chiSquareHomogeneity, chiSquareSurvival } from '../../../src/core/drift/chi-square-test';

// Oracle for p-values: python3, Q(df/2, x/2) by numerical integration (test/core/drift/oracles.py, `Q`), and
// the contingency statistic computed cell by cell there (`chi2_contingency`):
//   R, C = sum(r), sum(c); N = R + C
//   stat = Σ over categories with a + b > 0 of (a - R t/N)²/(R t/N) + (b - C t/N)²/(C t/N), t = a + b
describe('chi-square survival function', () => {
  it.each([
    [3.841, 1],
    [5.991, 2],
    [7.815, 3],
    [11.07, 5],
    [18.307, 10],
  ])('gives p = 0.05 at the textbook critical value %p for df %p', (x, df) => {
    // Critical values at α = 0.05 (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.4), rounded to 3 decimals.
    expect(chiSquareSurvival(x, df)).toBeCloseTo(0.05, 4);
  });

  it('is e^(-x/2) for two degrees of freedom', () => {
    expect(chiSquareSurvival(4, 2)).toBeCloseTo(Math.exp(-2), 15);
    expect(chiSquareSurvival(60, 2)).toBeCloseTo(Math.exp(-30), 25);
  });

  it('is 1 at or below 0 and throws RangeError without degrees of freedom', () => {
    expect(chiSquareSurvival(0, 3)).toBe(1);
    expect(chiSquareSurvival(-1, 3)).toBe(1);
    expect(() => chiSquareSurvival(2, 0)).toThrow(RangeError);
    expect(() => chiSquareSurvival(Number.NaN, 2)).toThrow(RangeError);
  });

  it('names what it rejects', () => {
    expect(() => chiSquareSurvival(2, 0)).toThrow('Degrees of freedom must be positive, got 0.');
    expect(() => chiSquareSurvival(0, -1)).toThrow('Degrees of freedom must be positive, got -1.');
    expect(() => chiSquareSurvival(Number.NaN, 2)).toThrow('The chi-square statistic is NaN.');
  });
});

describe('chi-square test of homogeneity', () => {
  it('matches the contingency oracle for a 2 × 3 table', () => {
    // chi2_contingency([30, 50, 20], [20, 25, 15]) → (1.1174603174603175, 2, 0.5719348694231393)
    const result = chiSquareHomogeneity([30, 50, 20], [20, 25, 15]);
    expect(result.statistic).toBeCloseTo(1.1174603174603175, 12);
    expect(result.degreesOfFreedom).toBe(2);
    expect(result.pValue).toBeCloseTo(0.5719348694231393, 12);
  });

  it('gives a finite statistic and a sober p-value for one stray category on the current side only', () => {
    // Evidently's goodness-of-fit test expects 0 "other" from the reference and returns p = 0 here.
    // chi2_contingency([120, 80, 0], [30, 19, 1]) → (4.0404040404040416, 2, 0.13262866870303966)
    const result = chiSquareHomogeneity([120, 80, 0], [30, 19, 1]);
    expect(result.statistic).toBeCloseTo(4.0404040404040416, 12);
    expect(result.pValue).toBeCloseTo(0.13262866870303966, 12);
  });

  it('still flags a new category that is frequent', () => {
    // chi2_contingency([120, 80, 0], [25, 15, 10]) → (41.74228675136116, 2, 8.625367358150991e-10)
    const result = chiSquareHomogeneity([120, 80, 0], [25, 15, 10]);
    expect(result.statistic).toBeCloseTo(41.74228675136116, 10);
    expect(result.pValue / 8.625367358150991e-10).toBeCloseTo(1, 9);
  });

  it('treats a category missing from the reference like one missing from the current window', () => {
    expect(chiSquareHomogeneity([0, 30, 20], [5, 30, 20]).pValue).toBeGreaterThan(0);
    expect(chiSquareHomogeneity([5, 30, 20], [0, 30, 20]).statistic).toBeCloseTo(
      chiSquareHomogeneity([0, 30, 20], [5, 30, 20]).statistic,
      12,
    );
  });

  it('drops categories absent on both sides', () => {
    expect(chiSquareHomogeneity([30, 0, 50, 20], [20, 0, 25, 15])).toEqual(
      chiSquareHomogeneity([30, 50, 20], [20, 25, 15]),
    );
  });

  it('gives p = 1 for identical shares and for a single category', () => {
    expect(chiSquareHomogeneity([10, 20, 30], [20, 40, 60]).pValue).toBeCloseTo(1, 14);
    expect(chiSquareHomogeneity([10, 0], [7, 0])).toEqual({ statistic: 0, degreesOfFreedom: 0, pValue: 1 });
  });

  it('throws RangeError for misaligned counts, negative counts or an empty side', () => {
    expect(() => chiSquareHomogeneity([1, 2], [1])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([1, -2], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(RangeError);
    expect(() => chiSquareHomogeneity([], [])).toThrow(RangeError);
  });

  it('says why it rejects the counts', () => {
    expect(() => chiSquareHomogeneity([1, 2], [1])).toThrow(
      'Counts per category must align: 2 reference, 1 current.',
    );
    expect(() => chiSquareHomogeneity([1, -2], [1, 2])).toThrow('Counts must be finite and ≥ 0, got -2.');
    expect(() => chiSquareHomogeneity([1, 2], [Infinity, 2])).toThrow(
      'Counts must be finite and ≥ 0, got Infinity.',
    );
    const empty = 'The chi-square test needs at least one value on each side.';
    expect(() => chiSquareHomogeneity([0, 0], [1, 2])).toThrow(empty);
    expect(() => chiSquareHomogeneity([1, 2], [0, 0])).toThrow(empty);
    expect(() => chiSquareHomogeneity([], [])).toThrow(empty);
  });
});
