import { kolmogorovSurvival, ksExactPValue } from '../../../src/core/drift/kolmogorov-distribution';

// Oracles: python3 with plain math (test/core/drift/oracles.py):
//   brute force, every way of splitting the m + n pooled ranks between the samples:
//     for chosen in itertools.combinations(range(m + n), m): walk the ranks, h' = max |i n - j m|; p = share with h' ≥ h
//   Gnedenko-Korolyuk's closed form for m = n: P(D ≥ k/n) = 2 Σ_j (-1)^(j+1) C(2n, n - jk) / C(2n, n)
//   integer lattice-path counts with Python's exact integers for 40 vs 60, divided by C(m+n, m) as a Fraction
//   Kolmogorov's series to 200 terms: 2 * sum((-1)**(k-1) * math.exp(-2*k*k*lam*lam) for k in range(1, 200))
describe('exact two-sample KS p-value', () => {
  it('matches brute-force enumeration of every split of the pooled sample', () => {
    expect(ksExactPValue(5, 6, 20)).toBeCloseTo(0.10822510822510822, 13); // 462 splits
    expect(ksExactPValue(8, 7, 34)).toBeCloseTo(0.08702408702408702, 13); // 6,435 splits
    expect(ksExactPValue(10, 10, 60)).toBeCloseTo(0.05244755244755245, 13); // 184,756 splits
  });

  it("matches Gnedenko-Korolyuk's closed form for equal sizes", () => {
    expect(ksExactPValue(30, 30, 300)).toBeCloseTo(0.07088798787114436, 13);
    expect(ksExactPValue(100, 100, 2000)).toBeCloseTo(0.03638428787491731, 13);
  });

  it('matches exact integer path counts for unequal sizes', () => {
    expect(ksExactPValue(40, 60, 960)).toBeCloseTo(0.0006636003719628767, 14);
  });

  it('is symmetric in the two sizes', () => {
    expect(ksExactPValue(60, 40, 960)).toBeCloseTo(ksExactPValue(40, 60, 960), 15);
  });

  it('gives p = 1 for D = 0 and for one value on each side', () => {
    expect(ksExactPValue(20, 30, 0)).toBe(1);
    expect(ksExactPValue(1, 1, 1)).toBe(1);
  });

  it('gives the probability of complete separation at D = 1', () => {
    // Only the 2 paths along the edges reach |i n - j m| = m n: p = 2 / C(m + n, m); C(10, 5) = 252.
    expect(ksExactPValue(5, 5, 25)).toBeCloseTo(2 / 252, 15);
  });

  it('throws RangeError for sizes below 1 or a numerator outside 0 … m·n', () => {
    expect(() => ksExactPValue(0, 5, 1)).toThrow(RangeError);
    expect(() => ksExactPValue(5, 5, 26)).toThrow(RangeError);
    expect(() => ksExactPValue(5, 5, 2.5)).toThrow(RangeError);
  });

  it('names the sizes or the numerator it rejects', () => {
    const sizes = 'Sample sizes must be positive integers, got';
    expect(() => ksExactPValue(0, 5, 0)).toThrow(`${sizes} 0 and 5.`);
    expect(() => ksExactPValue(5, 0, 0)).toThrow(`${sizes} 5 and 0.`);
    expect(() => ksExactPValue(2.5, 4, 1)).toThrow(`${sizes} 2.5 and 4.`);
    expect(() => ksExactPValue(4, 2.5, 1)).toThrow(`${sizes} 4 and 2.5.`);
    const numerator = "The statistic's numerator must be a whole number from 0 to 20, got";
    expect(() => ksExactPValue(4, 5, -1)).toThrow(`${numerator} -1.`);
    expect(() => ksExactPValue(4, 5, 21)).toThrow(`${numerator} 21.`);
    expect(() => ksExactPValue(4, 5, 0.5)).toThrow(`${numerator} 0.5.`);
  });
});

describe("Kolmogorov's distribution", () => {
  it.each([
    [0.5, 0.9639452436648751],
    [1.0, 0.26999967167735456],
    [1.18, 0.1234538094297657],
    [1.2238, 0.1000234278356778],
    [1.3581, 0.0499996304316674],
    [1.6276, 0.010001537333060776],
    [2.5, 7.453306344157342e-6],
  ])('Q_KS(%p) matches the 200-term series', (lambda, q) => {
    expect(kolmogorovSurvival(lambda) / q).toBeCloseTo(1, 12);
  });

  it('is continuous where its two forms meet (λ = 1.18)', () => {
    expect(kolmogorovSurvival(1.18 - 1e-12)).toBeCloseTo(kolmogorovSurvival(1.18), 10);
  });

  it('is 1 for λ ≤ 0 and for very small λ, and throws RangeError for NaN', () => {
    expect(kolmogorovSurvival(0)).toBe(1);
    expect(kolmogorovSurvival(-1)).toBe(1);
    expect(kolmogorovSurvival(0.05)).toBe(1);
    expect(() => kolmogorovSurvival(Number.NaN)).toThrow(new RangeError('λ is NaN.'));
  });
});
