import { metricsAtThreshold, topKMetrics } from '../../../src/core/model/metrics';
import { seededRandom } from '../../../src/core/random';
import {
  type CatchCurve,
  catchCurve,
  expectedCatch,
  readCatchCurve,
} from '../../../src/core/scoring/catch-curve';

// Hand-checked example. Risks [0.9, 0.2, 0.6, 0.4], labels [1, 0, 0, 1]: two failures.
// By risk: 0.9 (fail), 0.6 (pass), 0.4 (fail), 0.2 (pass); failures caught in the top m rows C(m) = 0, 1, 1, 2, 2
// for m = 0..4, linear in between. The top i% is m = 4i/100 rows:
//   i = 10: m = 0.4, C = 0.4, recall 0.2     i = 12: m = 0.48, recall 0.24     i = 13: m = 0.52, recall 0.26
//   i = 25: m = 1, recall 0.5                i = 50: m = 2, recall 0.5         i = 60: m = 2.4, C = 1.4, recall 0.7
//   i = 75: m = 3, recall 1
// Risk ≥ t: t ≤ 0.4 catches both (1); 0.4 < t ≤ 0.9 catches one (0.5); t > 0.9 catches none (0).
const curve = catchCurve([0.9, 0.2, 0.6, 0.4], [1, 0, 0, 1]);

describe('the catch curve', () => {
  it('matches the hand-checked recall by share flagged', () => {
    const at = (i: number) => curve.byShare[i];
    expect([at(0), at(10), at(12), at(13), at(25), at(50), at(60), at(75), at(100)]).toEqual([
      0, 0.2, 0.24, 0.26, 0.5, 0.5, 0.7, 1, 1,
    ]);
  });

  it('matches the hand-checked recall by threshold', () => {
    const at = (i: number) => curve.byThreshold[i];
    expect([at(0), at(20), at(40), at(41), at(60), at(90), at(91), at(100)]).toEqual([
      1, 1, 1, 0.5, 0.5, 0.5, 0, 0,
    ]);
  });

  it('records the fail rate and the row count', () => {
    expect(curve.failRate).toBe(0.5);
    expect(curve.rows).toBe(4);
  });

  it('shares the failures of tied risks out evenly along the share axis', () => {
    const tied = catchCurve([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0]);
    expect(tied.byShare[30]).toBe(0.3);
    expect(tied.byShare.every((recall, i) => recall === i / 100)).toBe(true);
    expect([tied.byThreshold[50], tied.byThreshold[51]]).toEqual([1, 0]);
  });

  it('agrees with top-K and threshold recall on 100 random rows (oracle: metrics.ts)', () => {
    const random = seededRandom(11);
    const risks = Array.from({ length: 100 }, () => Math.round(random() * 50) / 50);
    const labels = risks.map((risk) => (random() < risk ? 1 : 0));
    const c = catchCurve(risks, labels);
    for (let i = 1; i <= 100; i += 1) {
      expect(c.byShare[i]).toBeCloseTo(topKMetrics(risks, labels, i).recall, 4);
      expect(c.byThreshold[i]).toBeCloseTo(metricsAtThreshold(risks, labels, i / 100).recall, 4);
    }
  });

  it('rises with the share flagged and falls with the threshold, from 0 to 1', () => {
    const random = seededRandom(5);
    const risks = Array.from({ length: 333 }, () => random());
    const c = catchCurve(
      risks,
      risks.map((risk) => (random() < risk ? 1 : 0)),
    );
    expect(c.byShare[0]).toBe(0);
    expect(c.byShare[100]).toBe(1);
    expect(c.byThreshold[0]).toBe(1);
    for (let i = 1; i <= 100; i += 1) {
      expect(c.byShare[i]).toBeGreaterThanOrEqual(c.byShare[i - 1] as number);
      expect(c.byThreshold[i]).toBeLessThanOrEqual(c.byThreshold[i - 1] as number);
    }
  });

  it('is the diagonal when everyone fails', () => {
    const c = catchCurve([0.3, 0.7, 0.1], [1, 1, 1]);
    expect(c.byShare.every((recall, i) => Math.abs(recall - i / 100) < 1e-4)).toBe(true);
    expect(c.failRate).toBe(1);
  });

  it('is all zeros, without NaN, when nobody failed or there are no rows', () => {
    for (const c of [catchCurve([0.2, 0.8], [0, 0]), catchCurve([], [])]) {
      expect(c.byShare).toEqual(new Array(101).fill(0));
      expect(c.byThreshold).toEqual(new Array(101).fill(0));
      expect(c.failRate).toBe(0);
      expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    }
    expect(catchCurve([], []).rows).toBe(0);
  });

  it('stays small in JSON: 101 points per curve, 4 decimals at most', () => {
    const random = seededRandom(2);
    const risks = Array.from({ length: 1000 }, () => random());
    const c = catchCurve(
      risks,
      risks.map(() => (random() < 0.3 ? 1 : 0)),
    );
    expect(c.byShare).toHaveLength(101);
    expect(c.byThreshold).toHaveLength(101);
    expect([...c.byShare, ...c.byThreshold, c.failRate].every((x) => Math.round(x * 1e4) / 1e4 === x)).toBe(
      true,
    );
    expect(JSON.stringify(c).length).toBeLessThan(1700);
  });

  it('throws RangeError for mismatched lengths, a label other than 0/1, or a risk outside [0, 1]', () => {
    expect(() => catchCurve([0.1, 0.2], [1])).toThrow(RangeError);
    expect(() => catchCurve([0.1], [2])).toThrow(RangeError);
    expect(() => catchCurve([1.1], [1])).toThrow(RangeError);
    expect(() => catchCurve([Number.NaN], [1])).toThrow(RangeError);
  });
});

describe('the expected catch of a High tier', () => {
  it('reads a capacity as the share of scored rows, interpolated between grid points', () => {
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 1, mediumFrom: 0.2 }, 4)).toBe(0.5);
    // 1 of 8 rows is 12.5%: halfway between 0.24 and 0.26 (exactly C(0.5) / 2 = 0.25 by hand).
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 1, mediumFrom: 0.2 }, 8)).toBeCloseTo(0.25, 12);
  });

  it('is 0 for a capacity of 0 and 1 for a capacity of every scored row or more', () => {
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 0, mediumFrom: 0.2 }, 4)).toBe(0);
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 4, mediumFrom: 0.2 }, 4)).toBe(1);
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 40, mediumFrom: 0.2 }, 4)).toBe(1);
  });

  it('reads thresholds at the High bound, interpolated between grid points', () => {
    const rule = (highFrom: number) => ({ kind: 'thresholds', highFrom, mediumFrom: 0 }) as const;
    expect(expectedCatch(curve, rule(0.5), 100)).toBe(0.5);
    expect(expectedCatch(curve, rule(0.405), 100)).toBeCloseTo(0.75, 12);
    expect(expectedCatch(curve, rule(0.29), 100)).toBe(1);
    expect(expectedCatch(curve, rule(0), 100)).toBe(1);
    expect(expectedCatch(curve, rule(1), 100)).toBe(0);
  });

  it('is NaN (undefined) when the curve saw no failure, or no row is scored for a capacity', () => {
    const noFailures = catchCurve([0.2, 0.8], [0, 0]);
    expect(expectedCatch(noFailures, { kind: 'capacity', capacity: 1, mediumFrom: 0.2 }, 10)).toBeNaN();
    expect(expectedCatch(noFailures, { kind: 'thresholds', highFrom: 0.5, mediumFrom: 0.2 }, 10)).toBeNaN();
    expect(expectedCatch(curve, { kind: 'capacity', capacity: 1, mediumFrom: 0.2 }, 0)).toBeNaN();
  });

  it('throws RangeError for an invalid rule, a damaged curve, or a bad number of scored rows', () => {
    const capacityOne = { kind: 'capacity', capacity: 1, mediumFrom: 0.2 } as const;
    const damaged: CatchCurve = { ...curve, byShare: curve.byShare.slice(1) };
    expect(() => expectedCatch(curve, { kind: 'thresholds', highFrom: 0.2, mediumFrom: 0.5 }, 4)).toThrow(
      RangeError,
    );
    expect(() => expectedCatch(damaged, capacityOne, 4)).toThrow(RangeError);
    expect(() =>
      expectedCatch({ ...curve, byThreshold: [...curve.byShare.slice(1), 2] }, capacityOne, 4),
    ).toThrow(RangeError);
    expect(() => expectedCatch(curve, capacityOne, -1)).toThrow(RangeError);
    expect(() => expectedCatch(curve, capacityOne, 2.5)).toThrow(RangeError);
  });
});

describe('a stored catch curve', () => {
  it('reads back, field for field and in the order written, from its JSON', () => {
    const read = readCatchCurve(JSON.parse(JSON.stringify(curve)));
    expect(read).toEqual(curve);
    expect(JSON.stringify(read)).toBe(JSON.stringify(curve));
  });

  it.each([
    ['null', null, 'is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)'],
    ['a list', [1, 2], 'is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)'],
    ['a text', 'curve', 'is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)'],
    ['an empty object', {}, 'must hold 101 numbers from 0 to 1 in byShare'],
    ['too few points', { ...curve, byThreshold: [1, 0] }, 'must hold 101 numbers from 0 to 1 in byThreshold'],
    [
      'a point above 1',
      { ...curve, byShare: [...curve.byShare.slice(1), 2] },
      'must hold 101 numbers from 0 to 1 in byShare',
    ],
    [
      'a text point',
      { ...curve, byShare: [...curve.byShare.slice(1), '1'] },
      'must hold 101 numbers from 0 to 1 in byShare',
    ],
    ['a fail rate of 3', { ...curve, failRate: 3 }, 'must hold a fail rate from 0 to 1'],
    ['a fractional row count', { ...curve, rows: 2.5 }, 'must hold a row count (a whole number)'],
  ])('says why %s is not one', (_, value, problem) => {
    expect(readCatchCurve(value)).toBe(problem);
  });
});

describe('the ends of [0, 1]', () => {
  const messageOf = (run: () => unknown) => {
    try {
      run();
      return 'no error';
    } catch (error) {
      return `${(error as Error).name}: ${(error as Error).message}`;
    }
  };

  it('accepts risks of exactly 0 and 1, and refuses anything beyond them, naming the row', () => {
    // By hand: 1 (fail) then 0 (pass). Top 50% = 1 row = the failure; risk ≥ i/100 catches it for every i.
    const ends = catchCurve([0, 1], [0, 1]);
    expect([ends.byShare[0], ends.byShare[25], ends.byShare[50], ends.byShare[100]]).toEqual([0, 0.5, 1, 1]);
    expect(ends.byThreshold.every((recall) => recall === 1)).toBe(true);
    expect(ends.failRate).toBe(0.5);
    expect(messageOf(() => catchCurve([0.5, -0.0001], [1, 0]))).toBe(
      'RangeError: Row 2 has risk -0.0001, not in [0, 1].',
    );
    expect(messageOf(() => catchCurve([1.0001], [1]))).toBe(
      'RangeError: Row 1 has risk 1.0001, not in [0, 1].',
    );
  });

  it('sorts the risks itself: a failure at risk 0 is caught only when everybody is flagged', () => {
    const low = catchCurve([0, 0.7, 0.3], [1, 0, 0]);
    expect([low.byShare[33], low.byShare[66], low.byShare[67], low.byShare[100]]).toEqual([0, 0, 0.01, 1]);
    expect([low.byThreshold[0], low.byThreshold[1]]).toEqual([1, 0]);
    expect(low.failRate).toBe(0.3333);
  });

  it('says what is wrong with a damaged curve or a bad number of scored rows', () => {
    const capacityOne = { kind: 'capacity', capacity: 1, mediumFrom: 0.2 } as const;
    expect(messageOf(() => expectedCatch({ ...curve, byShare: [1] }, capacityOne, 4))).toBe(
      "RangeError: The catch curve's byShare must hold 101 numbers in [0, 1].",
    );
    const below = [...curve.byThreshold.slice(1), -0.5];
    expect(messageOf(() => expectedCatch({ ...curve, byThreshold: below }, capacityOne, 4))).toBe(
      "RangeError: The catch curve's byThreshold must hold 101 numbers in [0, 1].",
    );
    expect(messageOf(() => expectedCatch(curve, capacityOne, -1))).toBe(
      'RangeError: The number of scored rows must be a whole number of at least 0, not -1.',
    );
    expect(expectedCatch({ ...curve, byShare: [...curve.byShare.slice(0, 100), 1] }, capacityOne, 4)).toBe(
      0.5,
    );
    // A point written as text is damage too, though it compares as a number.
    const text = { ...curve, byShare: [...curve.byShare.slice(0, 100), '1'] } as unknown as CatchCurve;
    expect(messageOf(() => expectedCatch(text, capacityOne, 4))).toBe(
      "RangeError: The catch curve's byShare must hold 101 numbers in [0, 1].",
    );
  });

  it('reads a stored curve whose points, fail rate and rows sit at the ends', () => {
    const zeros = new Array<number>(101).fill(0);
    const ones = new Array<number>(101).fill(1);
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: 0, rows: 0 })).toEqual({
      byShare: zeros,
      byThreshold: ones,
      failRate: 0,
      rows: 0,
    });
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: 1, rows: 3 })).toMatchObject({
      failRate: 1,
    });
    expect(
      readCatchCurve({ byShare: zeros, byThreshold: [...ones.slice(1), -0.01], failRate: 0, rows: 0 }),
    ).toBe('must hold 101 numbers from 0 to 1 in byThreshold');
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: -0.1, rows: 0 })).toBe(
      'must hold a fail rate from 0 to 1',
    );
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: '0.5', rows: 0 })).toBe(
      'must hold a fail rate from 0 to 1',
    );
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: 0, rows: -1 })).toBe(
      'must hold a row count (a whole number)',
    );
    expect(readCatchCurve({ byShare: zeros, byThreshold: ones, failRate: 0, rows: '3' })).toBe(
      'must hold a row count (a whole number)',
    );
    expect(readCatchCurve({ byShare: 'zeros', byThreshold: ones, failRate: 0, rows: 0 })).toBe(
      'must hold 101 numbers from 0 to 1 in byShare',
    );
  });
});
