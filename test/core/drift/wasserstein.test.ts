import { normalisedWasserstein, wassersteinDistance } from '../../../src/core/drift/wasserstein';

// Oracle: python3 (test/core/drift/oracles.py, `wass_quantile`, `pstd`) integrates the quantile functions
// instead of the distribution functions: W = ∫₀¹ |F_u⁻¹(t) − F_v⁻¹(t)| dt over the breakpoints i/m and j/n.
// Published: SciPy's `wasserstein_distance` documentation gives 5.0 for [0, 1, 3] against [5, 6, 8].
describe('Wasserstein distance', () => {
  it('matches the published example and the quantile-function oracle', () => {
    expect(wassersteinDistance([0, 1, 3], [5, 6, 8])).toBeCloseTo(5, 14);
    expect(wassersteinDistance([0, 1], [0, 1, 2, 3])).toBeCloseTo(1, 14);
    // wass_quantile(u, v) → 0.7542857142857143
    expect(wassersteinDistance([3.4, 1.2, 7.7, 5.5, 2.2, 9.1, 4.4], [2.5, 6.6, 8.8, 1.1, 3.3])).toBeCloseTo(
      0.7542857142857143,
      13,
    );
  });

  it('is symmetric and equals the shift for a shifted copy', () => {
    const u = [1, 4, 4, 9, 12];
    expect(wassersteinDistance(u, [2, 3])).toBeCloseTo(wassersteinDistance([2, 3], u), 14);
    expect(
      wassersteinDistance(
        u,
        u.map((x) => x + 2.5),
      ),
    ).toBeCloseTo(2.5, 13);
  });

  it('is 0 for identical samples and for one equal value on each side', () => {
    expect(wassersteinDistance([3, 1, 2], [2, 3, 1])).toBe(0);
    expect(wassersteinDistance([7], [7])).toBe(0);
    expect(wassersteinDistance([7], [9])).toBe(2);
  });

  it('throws RangeError for an empty side or a value that is not finite', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(RangeError);
    expect(() => wassersteinDistance([1], [])).toThrow(RangeError);
    expect(() => wassersteinDistance([1, Number.NaN], [1])).toThrow(RangeError);
  });

  it('says which side is empty and which value is not a number', () => {
    expect(() => wassersteinDistance([], [1])).toThrow(
      'The Wasserstein distance needs at least one first value.',
    );
    expect(() => wassersteinDistance([1], [])).toThrow(
      'The Wasserstein distance needs at least one second value.',
    );
    expect(() => wassersteinDistance([1], [2, Number.POSITIVE_INFINITY])).toThrow(
      'Values must be finite numbers, got Infinity.',
    );
  });
});

describe('Wasserstein distance normalised by the reference SD', () => {
  it('divides by the population standard deviation of the reference', () => {
    // pstd(u) → 2.6519149800143462; wass_quantile(u, v)/pstd(u) → 0.28443057940026184
    expect(normalisedWasserstein([3.4, 1.2, 7.7, 5.5, 2.2, 9.1, 4.4], [2.5, 6.6, 8.8, 1.1, 3.3])).toBeCloseTo(
      0.28443057940026184,
      13,
    );
  });

  it('divides by 0.001 rather than 0 when the reference is constant', () => {
    expect(normalisedWasserstein([5, 5, 5], [5, 5])).toBe(0);
    expect(normalisedWasserstein([5, 5, 5], [5, 6])).toBeCloseTo(0.5 / 0.001, 9);
  });
});
