import { jensenShannonDistance } from '../../../src/core/drift/jensen-shannon';

// Published: SciPy's `jensenshannon` documentation gives 1.0 for [1, 0, 0] against [0, 1, 0] in base 2, and
// 0.46450140402245893 for [1, 0] against [0.5, 0.5] (natural logarithm).
// Oracle: python3 (test/core/drift/oracles.py, `js`):
//   m = (p + q)/2; sqrt((Σ p log(p/m) + Σ q log(q/m)) / 2 / log(base)), zero terms skipped
describe('Jensen-Shannon distance', () => {
  it('matches the published examples', () => {
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0], 2)).toBeCloseTo(1, 15);
    expect(jensenShannonDistance([1, 0], [0.5, 0.5])).toBeCloseTo(0.46450140402245893, 15);
  });

  it('normalises counts and uses the natural logarithm unless told', () => {
    // js([50, 30, 20], [40, 40, 20]) → 0.07979472622921725; base 2 → 0.09584323377689273
    expect(jensenShannonDistance([50, 30, 20], [40, 40, 20])).toBeCloseTo(0.07979472622921725, 15);
    expect(jensenShannonDistance([50, 30, 20], [40, 40, 20], 2)).toBeCloseTo(0.09584323377689273, 15);
    expect(jensenShannonDistance([5, 3, 2], [4, 4, 2])).toBeCloseTo(0.07979472622921725, 15);
  });

  it('is √ln 2 for disjoint supports: finite, with no smoothing needed', () => {
    expect(jensenShannonDistance([1, 0, 0], [0, 1, 0])).toBeCloseTo(Math.sqrt(Math.LN2), 15);
  });

  it('is 0 for equal shares and symmetric', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 8);
    expect(jensenShannonDistance([1, 2, 3], [3, 2, 1])).toBeCloseTo(
      jensenShannonDistance([3, 2, 1], [1, 2, 3]),
      15,
    );
  });

  it('throws RangeError for misaligned or empty distributions, negative counts, or a base ≤ 1', () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow(RangeError);
    expect(() => jensenShannonDistance([0, 0], [1, 2])).toThrow(RangeError);
    expect(() => jensenShannonDistance([], [])).toThrow(RangeError);
    expect(() => jensenShannonDistance([-1, 2], [1, 2])).toThrow(RangeError);
    expect(() => jensenShannonDistance([1, 2], [1, 2], 1)).toThrow(RangeError);
  });

  it('says what is wrong and on which side', () => {
    expect(() => jensenShannonDistance([1, 2], [1])).toThrow('Distributions must align: 2 and 1 categories.');
    expect(() => jensenShannonDistance([1, 2], [1, 2], 1)).toThrow('The base must exceed 1, got 1.');
    expect(() => jensenShannonDistance([0, 0], [1, 2])).toThrow('The first distribution has no mass.');
    expect(() => jensenShannonDistance([1, 2], [0, 0])).toThrow('The second distribution has no mass.');
    expect(() => jensenShannonDistance([1, 2], [1, -1])).toThrow('Counts must be finite and ≥ 0, got -1.');
  });
});
