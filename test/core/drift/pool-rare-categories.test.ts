import { chiSquareHomogeneity } from '../../../src/core/drift/chi-square-test';
import { poolRareCategories } from '../../../src/core/drift/pool-rare-categories';

describe('pooling rare categories before a chi-square test', () => {
  it('leaves a table alone when every category expects at least one on the smaller side', () => {
    expect(poolRareCategories([50, 30, 20], [5, 3, 2])).toEqual({
      reference: [50, 30, 20],
      current: [5, 3, 2],
      pooled: 0,
    });
  });

  it('pools the categories expected under once, rarest first, into one category placed last', () => {
    // Totals 776 + 44 = 820; a category expects total × 44 / 820 on the current side: 4 + 2 = 6 → 0.32,
    // 6 + 0 → 0.32, both pooled (12 → 0.64, still under one, so the next rarest, 40 + 3 → 2.3, joins).
    const pooled = poolRareCategories([4, 6, 40, 326, 400], [2, 0, 3, 19, 20]);
    expect(pooled).toEqual({ reference: [326, 400, 50], current: [19, 20, 5], pooled: 3 });
    // /usr/bin/python3 -c "from scipy.stats import chi2_contingency as c; print(c([[326, 400, 50], [19, 20, 5]], correction=False).pvalue)"
    // → 0.402883925334637
    expect(chiSquareHomogeneity(pooled.reference, pooled.current).pValue).toBeCloseTo(0.402883925334637, 10);
  });

  it('keeps two categories to compare, however rare', () => {
    expect(poolRareCategories([1, 1], [0, 1]).pooled).toBe(0);
    expect(poolRareCategories([1, 1, 500], [0, 1, 1]).reference).toHaveLength(2);
  });

  it('still sees a shift into a category the reference hardly had', () => {
    // Fathers with no schooling: 5 of 776 in training, 20 of 44 now.
    const pooled = poolRareCategories([5, 200, 571], [20, 10, 14]);
    expect(pooled.pooled).toBe(0);
    expect(chiSquareHomogeneity(pooled.reference, pooled.current).pValue).toBeLessThan(1e-10);
  });
});
