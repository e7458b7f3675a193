import { ksTwoSample } from '../../../src/core/drift/ks-test';
import { integers, normalSample } from './samples';

// Oracles: python3 (test/core/drift/oracles.py, `D_numer`, `brute_p`, `Qks`):
//   D by counting, for each pooled value x, the values ≤ x on each side; p by enumerating every split of the
//   pooled ranks; the asymptotic p as 2 Σ (-1)^(k-1) exp(-2 k² λ²), λ = (√nₑ + 0.12 + 0.11/√nₑ) D.
describe('two-sample Kolmogorov-Smirnov test', () => {
  it('matches the brute-force oracle on small samples', () => {
    // D_numer([0.61, 1.2, 2.3, 2.9, 3.7], [1.9, 3.1, 4.4, 5.0, 5.2, 6.3]) → 20 (D = 2/3); brute_p(5, 6, 20) → 0.10822510822510822
    const result = ksTwoSample([0.61, 1.2, 2.3, 2.9, 3.7], [1.9, 3.1, 4.4, 5.0, 5.2, 6.3]);
    expect(result.statistic).toBeCloseTo(2 / 3, 15);
    expect(result.pValue).toBeCloseTo(0.10822510822510822, 13);
    expect(result.method).toBe('exact');
  });

  it('does not depend on the order of the values', () => {
    // D_numer([3, 8, 1, 12, 7, 15, 4, 9], [10, 14, 16, 11, 20, 6, 18]) → 34 (D = 34/56); brute_p(8, 7, 34) → 0.08702408702408702
    const result = ksTwoSample([3, 8, 1, 12, 7, 15, 4, 9], [10, 14, 16, 11, 20, 6, 18]);
    expect(result.statistic).toBeCloseTo(34 / 56, 15);
    expect(result.pValue).toBeCloseTo(0.08702408702408702, 13);
  });

  it('compares the distribution functions only after every tied copy is counted', () => {
    // F_a and F_b at 1: 2/4 and 2/4; at 2: 3/4 and 2/4; at 3: 1 and 1 → D = 1/4 (not 1/2 mid-tie).
    expect(ksTwoSample([1, 1, 2, 3], [1, 1, 3, 3]).statistic).toBeCloseTo(0.25, 15);
  });

  it('gives D = 0 and p = 1 for identical samples', () => {
    const sample = normalSample(50, { seed: 3 });
    expect(ksTwoSample(sample, [...sample].reverse())).toEqual({ statistic: 0, pValue: 1, method: 'exact' });
  });

  it('gives D = 1 and p = 1 for one value on each side', () => {
    expect(ksTwoSample([1], [2])).toEqual({ statistic: 1, pValue: 1, method: 'exact' });
  });

  it('switches to the asymptotic distribution with Stephens’ correction above the exact limit', () => {
    // D_numer(ref, cur) → 9200 (D = 9200/60000); λ = (√120 + 0.12 + 0.11/√120)·D = 1.6996222186497183;
    // Qks(λ) → 0.006193318549084721; exact: lattice_p(200, 300, 9200) → 0.00652111194902979
    const reference = Array.from({ length: 200 }, (_, i) => i / 200);
    const current = Array.from({ length: 300 }, (_, i) => 0.15 + (0.85 * i) / 300);
    const result = ksTwoSample(reference, current, { exactLimit: 50_000 });
    expect(result.method).toBe('asymptotic');
    expect(result.statistic).toBeCloseTo(9200 / 60000, 15);
    expect(result.pValue).toBeCloseTo(0.006193318549084721, 13);
    // ... within 6% of the exact p-value of the same data.
    const exact = ksTwoSample(reference, current, { method: 'exact' });
    expect(exact.pValue).toBeCloseTo(0.00652111194902979, 13);
  });

  it('rarely rejects two samples of one distribution and always rejects a shift of one SD', () => {
    const same = ksTwoSample(normalSample(300, { seed: 1 }), normalSample(200, { seed: 2 }));
    expect(same.pValue).toBeGreaterThan(0.05);
    const shifted = ksTwoSample(normalSample(300, { seed: 1 }), normalSample(200, { seed: 2, mean: 1 }));
    expect(shifted.pValue).toBeLessThan(1e-10);
  });

  it('throws RangeError for an empty side or a value that is not a finite number', () => {
    expect(() => ksTwoSample([], [1, 2])).toThrow(RangeError);
    expect(() => ksTwoSample([1, 2], [])).toThrow(RangeError);
    expect(() => ksTwoSample([1, Number.NaN], [1, 2])).toThrow(RangeError);
    expect(() => ksTwoSample([1, Infinity], [1, 2])).toThrow(RangeError);
  });

  it('names the empty side or the value it rejects', () => {
    expect(() => ksTwoSample([], [1, 2])).toThrow('The KS test needs at least one reference value.');
    expect(() => ksTwoSample([1, 2], [])).toThrow('The KS test needs at least one current value.');
    expect(() => ksTwoSample([1, Number.NaN], [1, 2])).toThrow('KS values must be finite numbers, got NaN.');
    expect(() => ksTwoSample([1, 2], [3, -Infinity])).toThrow(
      'KS values must be finite numbers, got -Infinity.',
    );
  });

  it('stays exact while m·n is at most the exact limit', () => {
    const reference = [0.61, 1.2, 2.3, 2.9, 3.7];
    const current = [1.9, 3.1, 4.4, 5.0, 5.2, 6.3];
    // brute_p(5, 6, 20) → 0.10822510822510822
    expect(ksTwoSample(reference, current, { exactLimit: 30 })).toEqual({
      statistic: 20 / 30,
      pValue: expect.closeTo(0.10822510822510822, 13),
      method: 'exact',
    });
    // λ = (√(30/11) + 0.12 + 0.11/√(30/11))·2/3 = 1.2253693036531241; Qks(λ) → 0.099257780485309
    // (scipy.special.kolmogorov(1.2253693036531241) → 0.09925778048530902)
    expect(ksTwoSample(reference, current, { exactLimit: 29 })).toEqual({
      statistic: 20 / 30,
      pValue: expect.closeTo(0.099257780485309, 13),
      method: 'asymptotic',
    });
  });

  it('is exact by default up to 1,000 rows against 1,000', () => {
    const reference = integers(1, 1000);
    expect(ksTwoSample(reference, integers(1, 1000)).method).toBe('exact');
    expect(ksTwoSample(reference, integers(1, 1001)).method).toBe('asymptotic');
  });
});
