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

  it('measures expected counts against both sides together', () => {
    // 50 + 50 rows: a category expects total × 50 / 100 on either side. 1 + 0 → 0.5 is pooled and, still
    // under one, takes in the next rarest, 1 + 1 → 1; the last, 48 + 49, is kept to compare against.
    expect(poolRareCategories([1, 1, 48], [0, 1, 49])).toEqual({
      reference: [48, 2],
      current: [49, 1],
      pooled: 2,
    });
  });

  it('keeps a category that expects exactly one', () => {
    // 1 + 1 of 100 + 100 rows: 2 × 100 / 200 = 1, enough.
    expect(poolRareCategories([1, 49, 50], [1, 49, 50])).toEqual({
      reference: [1, 49, 50],
      current: [1, 49, 50],
      pooled: 0,
    });
  });

  it('leaves alone a category seen on neither side', () => {
    expect(poolRareCategories([0, 50, 50], [0, 50, 50])).toEqual({
      reference: [0, 50, 50],
      current: [0, 50, 50],
      pooled: 0,
    });
  });

  it('breaks a tie between equally rare categories by their order', () => {
    // 50 + 50 rows, expected = total / 2. Category 2 (1 + 0 → 0.5) is pooled; still under one, it takes the
    // rarest next: categories 0 and 1 both total 4, so the first, 0, joins (pool 5 → 2.5) and 1 is kept.
    expect(poolRareCategories([3, 1, 1, 45], [1, 3, 0, 46])).toEqual({
      reference: [1, 45, 4],
      current: [3, 46, 1],
      pooled: 2,
    });
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
