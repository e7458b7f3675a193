import { chiSquareHomogeneity } from '../../../src/core/drift/chi-square-test';
import { normalTwoSidedPValue, twoProportionZTest } from '../../../src/core/drift/proportion-test';

// Oracle: python3 with plain math (test/core/drift/oracles.py, `z`):
//   P = (x1 + x2)/(n1 + n2); z = (x2/n2 - x1/n1)/sqrt(P(1-P)(1/n1 + 1/n2)); p = math.erfc(abs(z)/sqrt(2))
describe('two-proportion z-test', () => {
  it('matches the pooled z-test oracle', () => {
    // z(40, 100, 55, 100) → (2.1239769762143665, 0.0336720688563458)
    const result = twoProportionZTest(40, 100, 55, 100);
    expect(result.statistic).toBeCloseTo(2.1239769762143665, 12);
    expect(result.pValue).toBeCloseTo(0.0336720688563458, 12);
  });

  it('handles unequal sizes', () => {
    // z(300, 1000, 12, 30) → (1.1744640307768481, 0.24020921107896442)
    const result = twoProportionZTest(300, 1000, 12, 30);
    expect(result.statistic).toBeCloseTo(1.1744640307768481, 12);
    expect(result.pValue).toBeCloseTo(0.24020921107896442, 12);
  });

  it('agrees with the chi-square test of the same 2 × 2 table (z² = χ²)', () => {
    const z = twoProportionZTest(40, 100, 55, 100);
    const chi = chiSquareHomogeneity([40, 60], [55, 45]);
    expect(z.statistic ** 2).toBeCloseTo(chi.statistic, 12);
    expect(z.pValue).toBeCloseTo(chi.pValue, 14);
  });

  it('changes sign, not p-value, when the sides swap', () => {
    const forward = twoProportionZTest(40, 100, 55, 100);
    const backward = twoProportionZTest(55, 100, 40, 100);
    expect(backward.statistic).toBeCloseTo(-forward.statistic, 14);
    expect(backward.pValue).toBeCloseTo(forward.pValue, 14);
  });

  it('gives z = 0 and p = 1 when both sides hold one and the same value', () => {
    expect(twoProportionZTest(0, 40, 0, 35)).toEqual({ statistic: 0, pValue: 1 });
    expect(twoProportionZTest(40, 40, 35, 35)).toEqual({ statistic: 0, pValue: 1 });
  });

  it('gives p = 0.05 at z = 1.959964 (the normal critical value)', () => {
    expect(normalTwoSidedPValue(1.959963984540054)).toBeCloseTo(0.05, 14);
    expect(normalTwoSidedPValue(0)).toBe(1);
  });

  it('throws RangeError for an empty side or an impossible count', () => {
    expect(() => twoProportionZTest(0, 0, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZTest(3, 2, 1, 2)).toThrow(RangeError);
    expect(() => twoProportionZTest(1.5, 2, 1, 2)).toThrow(RangeError);
    expect(() => normalTwoSidedPValue(Number.NaN)).toThrow(RangeError);
  });

  it('accepts a side of one value', () => {
    // z(1, 1, 0, 1) → (-1.414213562373095, 0.1572992070502852): −1/√(0.5 · 0.5 · 2) = −√2, p = erfc(1)
    const result = twoProportionZTest(1, 1, 0, 1);
    expect(result.statistic).toBeCloseTo(-Math.SQRT2, 14);
    expect(result.pValue).toBeCloseTo(0.1572992070502852, 14);
  });

  it('says which side is empty or holds an impossible count', () => {
    expect(() => twoProportionZTest(0, 0, 1, 2)).toThrow('The reference sample needs at least one value.');
    expect(() => twoProportionZTest(0, 0, 0, 5)).toThrow('The reference sample needs at least one value.');
    expect(() => twoProportionZTest(1, 2.5, 1, 2)).toThrow('The reference sample needs at least one value.');
    expect(() => twoProportionZTest(1, 2, 0, 0)).toThrow('The current sample needs at least one value.');
    expect(() => twoProportionZTest(-1, 2, 1, 2)).toThrow(
      'The reference count must be a whole number from 0 to 2, got -1.',
    );
    expect(() => twoProportionZTest(1, 2, 3, 2)).toThrow(
      'The current count must be a whole number from 0 to 2, got 3.',
    );
    expect(() => normalTwoSidedPValue(Number.NaN)).toThrow('z is NaN.');
  });
});
