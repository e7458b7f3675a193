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

  it('throws RangeError for a value outside [0, 1] or NaN', () => {
    expect(() => benjaminiHochberg([0.2, 1.5])).toThrow(RangeError);
    expect(() => benjaminiHochberg([-0.1])).toThrow(RangeError);
    expect(() => benjaminiHochberg([Number.NaN])).toThrow(RangeError);
  });
});
