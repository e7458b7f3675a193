import { seededRandom, shuffleInPlace } from '../../src/core/random';

describe('the seeded random generator', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, seededRandom(seed));
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  it('draws in [0, 1) with a mean near one half', () => {
    const random = seededRandom(1);
    const values = Array.from({ length: 10000 }, random);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.reduce((a, b) => a + b, 0) / values.length).toBeCloseTo(0.5, 1);
  });

  it('shuffles into a permutation, the same one for the same seed', () => {
    const a = shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(9));
    const b = shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(9));
    expect(a).toEqual(b);
    expect([...a].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(a).not.toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('leaves an empty or one-item list alone', () => {
    expect(shuffleInPlace([], seededRandom(1))).toEqual([]);
    expect(shuffleInPlace(['x'], seededRandom(1))).toEqual(['x']);
  });
});
