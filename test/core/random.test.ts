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

describe('the seeded random generator, against an independent mulberry32', () => {
  // Values from an independent mulberry32 in Python: /usr/bin/python3 test/core/random-sha256-oracle.py
  it.each([
    [1, [0.6270739405881613, 0.002735721180215478, 0.5274470399599522, 0.9810509674716741]],
    [42, [0.6011037519201636, 0.44829055899754167, 0.8524657934904099, 0.6697340414393693]],
  ])('draws the reference values for seed %i', (seed, expected) => {
    expect(Array.from({ length: 4 }, seededRandom(seed))).toEqual(expected);
  });

  it('shuffles by Fisher-Yates into the reference permutation for seed 9', () => {
    // Fisher-Yates in Python over the same draws: /usr/bin/python3 test/core/random-sha256-oracle.py
    expect(shuffleInPlace([1, 2, 3, 4, 5, 6, 7, 8], seededRandom(9))).toEqual([8, 7, 4, 3, 5, 1, 6, 2]);
  });

  it('swaps item i with item floor(r * (i + 1)), from the last down to the second', () => {
    const draws = [0.99, 0.5, 0];
    let calls = 0;
    const random = () => draws[calls++] ?? 0;
    // i = 3: j = floor(0.99 * 4) = 3 (stays); i = 2: j = floor(0.5 * 3) = 1; i = 1: j = floor(0 * 2) = 0.
    expect(shuffleInPlace(['a', 'b', 'c', 'd'], random)).toEqual(['c', 'a', 'b', 'd']);
    expect(calls).toBe(3);
  });

  it('draws once per item after the first', () => {
    let calls = 0;
    shuffleInPlace([1, 2, 3, 4, 5], () => {
      calls += 1;
      return 0.5;
    });
    expect(calls).toBe(4);
  });
});
