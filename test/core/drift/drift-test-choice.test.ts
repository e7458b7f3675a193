import { chooseDriftTest } from '../../../src/core/drift/drift-test-choice';

describe("choosing a column's drift test (Evidently's defaults)", () => {
  it('uses KS for a numeric column with more than 5 distinct values and a reference of at most 1,000', () => {
    expect(chooseDriftTest('numeric', 1000, 6)).toBe('ks');
    expect(chooseDriftTest('numeric', 30, 40)).toBe('ks');
  });

  it('uses chi-square for categorical columns and numeric ones with 3 to 5 distinct values', () => {
    expect(chooseDriftTest('numeric', 500, 5)).toBe('chi-square');
    expect(chooseDriftTest('numeric', 500, 3)).toBe('chi-square');
    expect(chooseDriftTest('categorical', 500, 12)).toBe('chi-square');
  });

  it('uses the two-proportion z-test for at most 2 distinct values, whatever the kind', () => {
    expect(chooseDriftTest('categorical', 500, 2)).toBe('z-test');
    expect(chooseDriftTest('numeric', 500, 2)).toBe('z-test');
  });

  it('uses distances above 1,000 reference values: Wasserstein for numbers, Jensen-Shannon for categories', () => {
    expect(chooseDriftTest('numeric', 1001, 6)).toBe('wasserstein');
    expect(chooseDriftTest('numeric', 1001, 5)).toBe('jensen-shannon');
    expect(chooseDriftTest('categorical', 5000, 2)).toBe('jensen-shannon');
    expect(chooseDriftTest('categorical', 5000, 30)).toBe('jensen-shannon');
  });

  it('lets the caller move the large-reference boundary', () => {
    expect(chooseDriftTest('numeric', 600, 20, 500)).toBe('wasserstein');
  });

  it('throws RangeError for negative counts', () => {
    expect(() => chooseDriftTest('numeric', -1, 6)).toThrow(RangeError);
    expect(() => chooseDriftTest('numeric', 40, -1)).toThrow(
      'Counts cannot be negative: 40 values, -1 distinct.',
    );
  });

  it('accepts zero counts (an empty reference, no distinct values)', () => {
    expect(chooseDriftTest('numeric', 0, 6)).toBe('ks');
    expect(chooseDriftTest('categorical', 40, 0)).toBe('z-test');
  });
});
