import { benjaminiHochberg } from '../../../src/core/drift/multiple-testing';

// Oracle: R's p.adjust(p, method = "BH") definition, recomputed in python3 (test/core/drift/oracles.py, `bh`):
//   order = sorted(range(m), key=p.__getitem__); walk ranks from m down, running = min(running, p*m/rank)
describe('Benjamini-Hochberg adjustment', () => {
  it('matches the step-up oracle, in the order given', () => {
    // bh([0.01, 0.04, 0.03, 0.005, 0.2]) → [0.025, 0.05, 0.05, 0.025, 0.2]
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, 0.005, 0.2]);
    [0.025, 0.05, 0.05, 0.025, 0.2].forEach((expected, index) =>
      expect(adjusted[index]).toBeCloseTo(expected, 15),
    );
  });

  it('lifts evenly spaced p-values to the largest (a textbook case)', () => {
    // p.adjust(c(0.01, 0.02, 0.03, 0.04, 0.05), "BH") → all 0.05
    for (const value of benjaminiHochberg([0.01, 0.02, 0.03, 0.04, 0.05]))
      expect(value).toBeCloseTo(0.05, 15);
  });

  it('never lowers a p-value, caps at 1 and keeps ties together', () => {
    const raw = [0.9, 0.3, 0.3, 0.002, 0.6];
    const adjusted = benjaminiHochberg(raw);
    adjusted.forEach((value, index) => expect(value).toBeGreaterThanOrEqual(raw[index] as number));
    expect(Math.max(...adjusted)).toBeLessThanOrEqual(1);
    expect(adjusted[1]).toBe(adjusted[2]);
  });

  it('leaves a single p-value as it is and gives nothing for nothing', () => {
    expect(benjaminiHochberg([0.03])).toEqual([0.03]);
    expect(benjaminiHochberg([])).toEqual([]);
  });

  it('sorts the p-values itself and takes the running minimum from the largest down', () => {
    // By hand, m = 6: sorted 0.001, 0.02, 0.03, 0.04, 0.5, 1 give m·p/rank = 0.006, 0.06, 0.06, 0.06, 0.6, 1;
    // the running minimum from rank 6 down leaves them as they are. (oracles.py `bh` agrees.)
    const adjusted = benjaminiHochberg([0.04, 0.001, 0.5, 0.02, 0.03, 1]);
    [0.06, 0.006, 0.6, 0.06, 0.06, 1].forEach((expected, index) =>
      expect(adjusted[index]).toBeCloseTo(expected, 15),
    );
    // m = 2: 0.01 at rank 1 → 0.02; 0.5 at rank 2 → 0.5.
    expect(benjaminiHochberg([0.5, 0.01])).toEqual([0.5, 0.02]);
    // A smaller m·p/rank further up pulls the ones below it down: 0.04·3/2 = 0.06 → min(0.06, 0.045·3/3).
    const pulled = benjaminiHochberg([0.045, 0.04, 0.01]);
    [0.045, 0.045, 0.03].forEach((expected, index) => expect(pulled[index]).toBeCloseTo(expected, 15));
  });

  it('accepts the ends of [0, 1]', () => {
    expect(benjaminiHochberg([0, 1])).toEqual([0, 1]);
    expect(benjaminiHochberg([1, 1])).toEqual([1, 1]);
  });

  it('names the value it refuses', () => {
    expect(() => benjaminiHochberg([0.2, 1.5])).toThrow(
      new RangeError('A p-value must lie in [0, 1], got 1.5.'),
    );
    expect(() => benjaminiHochberg([-0.1])).toThrow('A p-value must lie in [0, 1], got -0.1.');
  });

  it('throws RangeError for a value outside [0, 1] or NaN', () => {
    expect(() => benjaminiHochberg([0.2, 1.5])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.1])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});
