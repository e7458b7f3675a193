import { type TierRule, assignTiers, tierAssignment } from '../../../src/core/scoring/tiers';
import { seededRandom } from '../../../src/core/random';

const thresholds = (highFrom: number, mediumFrom: number): TierRule => ({
  kind: 'thresholds',
  highFrom,
  mediumFrom,
});
const capacity = (k: number, mediumFrom: number): TierRule => ({ kind: 'capacity', capacity: k, mediumFrom });

describe('risk tiers by thresholds', () => {
  it('puts a risk in the highest tier whose bound it reaches, bounds included', () => {
    expect(assignTiers([0.9, 0.5, 0.2, 0.3, 0.29999], thresholds(0.5, 0.3))).toEqual([
      'High',
      'High',
      'Low',
      'Medium',
      'Low',
    ]);
  });

  it('has no Medium tier when both bounds are equal', () => {
    expect(assignTiers([0.6, 0.4], thresholds(0.5, 0.5))).toEqual(['High', 'Low']);
  });

  it('makes everyone High with a bound of 0 and nobody High above every risk', () => {
    expect(assignTiers([0, 1], thresholds(0, 0))).toEqual(['High', 'High']);
    expect(assignTiers([0.99, 0.5], thresholds(1, 0.5))).toEqual(['Medium', 'Medium']);
  });
});

describe('risk tiers by capacity', () => {
  it('makes the K highest risks High and splits the rest by the Medium bound', () => {
    expect(assignTiers([0.1, 0.8, 0.6, 0.9, 0.35], capacity(2, 0.3))).toEqual([
      'Low',
      'High',
      'Medium',
      'High',
      'Medium',
    ]);
  });

  it('makes the top K High even when their risk is below the Medium bound', () => {
    expect(assignTiers([0.05, 0.1, 0.02], capacity(1, 0.3))).toEqual(['Low', 'High', 'Low']);
  });

  it('never splits equal risks by row order: a group the cut would split stays out of High, and is reported', () => {
    expect(tierAssignment([0.5, 0.7, 0.5, 0.5], capacity(2, 0.4))).toEqual({
      tiers: ['Medium', 'High', 'Medium', 'Medium'],
      tie: { risk: 0.5, students: 3, placesLeft: 1 },
    });
    // The same risks in another row order give the same tiers, row for row.
    expect(assignTiers([0.5, 0.5, 0.7, 0.5], capacity(2, 0.4))).toEqual([
      'Medium',
      'Medium',
      'High',
      'Medium',
    ]);
  });

  it('marks nobody High when every risk is the same, and says all share it', () => {
    const risks = Array.from({ length: 70 }, () => 0.23);
    const { tiers, tie } = tierAssignment(risks, capacity(25, 0.3));
    expect(tiers.every((tier) => tier === 'Low')).toBe(true);
    expect(tie).toEqual({ risk: 0.23, students: 70, placesLeft: 25 });
  });

  it('reports no tie when the group of equal risks fits whole, or starts just after the cut', () => {
    expect(tierAssignment([0.9, 0.5, 0.5, 0.2], capacity(3, 0.4))).toEqual({
      tiers: ['High', 'High', 'High', 'Low'],
      tie: null,
    });
    expect(tierAssignment([0.9, 0.5, 0.5, 0.2], capacity(1, 0.4)).tie).toBeNull();
    expect(tierAssignment([0.5, 0.5], thresholds(0.5, 0.3)).tie).toBeNull();
  });

  it('has no High tier for a capacity of 0, and makes every scored row High for a capacity above them', () => {
    expect(assignTiers([0.9, 0.2], capacity(0, 0.5))).toEqual(['Medium', 'Low']);
    expect(assignTiers([0.9, null, 0.01], capacity(5, 0.5))).toEqual(['High', null, 'High']);
  });

  it('holds at most K High risks, each above every non-High one, in a large roster with many ties', () => {
    const random = seededRandom(3);
    const risks = Array.from({ length: 5000 }, () =>
      random() < 0.1 ? null : Math.round(random() * 20) / 20,
    );
    const { tiers, tie } = tierAssignment(risks, capacity(700, 0.5));
    const high = risks.filter((_, i) => tiers[i] === 'High') as number[];
    const others = risks.filter((risk, i) => risk !== null && tiers[i] !== 'High') as number[];
    // Risks in steps of 0.05 tie in groups of about 225: the cut falls inside one, which stays out of High.
    expect(tie).not.toBeNull();
    expect(high).toHaveLength(700 - (tie?.placesLeft ?? 0));
    expect(high.length + (tie?.students ?? 0)).toBeGreaterThan(700);
    expect(Math.min(...high)).toBeGreaterThan(Math.max(...others));
    expect(Math.max(...others)).toBe(tie?.risk);
    expect(tiers.every((tier, i) => (tier === null) === (risks[i] === null))).toBe(true);
  });
});

describe('rows that were not scored', () => {
  it('have no tier and take no High place', () => {
    expect(assignTiers([null, 0.4, null, 0.2], capacity(1, 0.3))).toEqual([null, 'High', null, 'Low']);
    expect(assignTiers([null, 0.6], thresholds(0.5, 0.3))).toEqual([null, 'High']);
  });

  it('give no tiers when nothing was scored, or nothing at all for no rows', () => {
    expect(assignTiers([null, null], capacity(3, 0.3))).toEqual([null, null]);
    expect(assignTiers([], thresholds(0.5, 0.3))).toEqual([]);
  });
});

describe('invalid rules and risks', () => {
  it.each<[string, TierRule]>([
    ['a Medium bound above the High bound', thresholds(0.3, 0.5)],
    ['a High bound above 1', thresholds(1.2, 0.5)],
    ['a negative Medium bound', thresholds(0.5, -0.1)],
    ['a NaN bound', thresholds(Number.NaN, 0.2)],
    ['a negative capacity', capacity(-1, 0.3)],
    ['a fractional capacity', capacity(2.5, 0.3)],
    ['an infinite capacity', capacity(Number.POSITIVE_INFINITY, 0.3)],
    ['a capacity rule with a Medium bound above 1', capacity(3, 1.5)],
  ])('throw RangeError for %s', (_case, rule) => {
    expect(() => assignTiers([0.5], rule)).toThrow(RangeError);
  });

  it.each([1.5, -0.1, Number.NaN])('throw RangeError, naming the row, for risk %p', (risk) => {
    expect(() => assignTiers([0.2, risk], thresholds(0.5, 0.3))).toThrow(/Row 2/);
    expect(() => assignTiers([0.2, risk], capacity(1, 0.3))).toThrow(RangeError);
  });
});

describe('the ends of the probability scale', () => {
  it('accepts a risk of exactly 0 or exactly 1, and bounds of 0 and 1', () => {
    expect(assignTiers([1, 0], thresholds(1, 0))).toEqual(['High', 'Medium']);
    expect(assignTiers([1, 0.999], thresholds(1, 1))).toEqual(['High', 'Low']);
    expect(assignTiers([0, 1], capacity(1, 0))).toEqual(['Medium', 'High']);
    expect(assignTiers([0, 1], capacity(0, 1))).toEqual(['Low', 'Medium']);
  });

  it('counts only the tied group at the cut, not the lower risks after it', () => {
    // Sorted 0.9, 0.5, 0.5, 0.2: a capacity of 2 splits the two 0.5s (1 place left for 2 students); 0.2 is no part
    // of the tie.
    expect(tierAssignment([0.5, 0.2, 0.9, 0.5], capacity(2, 0.4))).toEqual({
      tiers: ['Medium', 'Low', 'High', 'Medium'],
      tie: { risk: 0.5, students: 2, placesLeft: 1 },
    });
  });

  it('never gives a High place to a row that was not scored, even against a risk of 0', () => {
    expect(assignTiers([null, 0], capacity(1, 0.5))).toEqual([null, 'High']);
  });

  it('makes a whole group of equal risks High when the capacity takes all of it', () => {
    expect(tierAssignment([0.5, 0.5], capacity(2, 0.6))).toEqual({ tiers: ['High', 'High'], tie: null });
    expect(tierAssignment([0.5, 0.5, 0.5], capacity(1, 0.6))).toEqual({
      tiers: ['Low', 'Low', 'Low'],
      tie: { risk: 0.5, students: 3, placesLeft: 1 },
    });
  });

  it('says what is wrong with a rule or a risk', () => {
    const message = (risks: (number | null)[], rule: TierRule) => {
      try {
        assignTiers(risks, rule);
        return 'no error';
      } catch (error) {
        return `${(error as Error).name}: ${(error as Error).message}`;
      }
    };
    expect(message([0.5], thresholds(0.5, 1.01))).toBe(
      'RangeError: The Medium tier must start at a probability in [0, 1], not 1.01.',
    );
    expect(message([0.5], thresholds(-0.01, 0))).toBe(
      'RangeError: The High tier must start at a probability in [0, 1], not -0.01.',
    );
    expect(message([0.5], thresholds(0.3, 0.31))).toBe(
      'RangeError: The Medium tier (from 0.31) cannot start above the High tier (from 0.3).',
    );
    expect(message([0.5], capacity(-1, 0.3))).toBe(
      'RangeError: The capacity must be a whole number of at least 0, not -1.',
    );
    expect(message([0.5], capacity(1.5, 0.3))).toBe(
      'RangeError: The capacity must be a whole number of at least 0, not 1.5.',
    );
    expect(message([0.5], capacity(Number.NaN, Number.NaN))).toBe(
      'RangeError: The Medium tier must start at a probability in [0, 1], not NaN.',
    );
    expect(message([null, 1.0001], capacity(1, 0.3))).toBe(
      'RangeError: Row 2 has risk 1.0001; a risk must be a probability in [0, 1].',
    );
    expect(message([-0.0001], thresholds(0.5, 0.3))).toBe(
      'RangeError: Row 1 has risk -0.0001; a risk must be a probability in [0, 1].',
    );
    expect(message([Number.POSITIVE_INFINITY], thresholds(0.5, 0.3))).toBe(
      'RangeError: Row 1 has risk Infinity; a risk must be a probability in [0, 1].',
    );
  });
});
