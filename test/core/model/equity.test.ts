/** The equity view of the High tier, on a roster built so every figure can be worked out by hand. */
import { type AttributeEquity, equityReport } from '../../../src/core/model/equity';

/**
 * 60 students: 30 girls and 30 boys, 10 of each fail. The boys who fail have the ten highest risks (0.90 …
 * 0.81), the girls who fail the next ten (0.70 … 0.61), everyone who passes a risk under 0.1. With a capacity
 * of 15, High is the 10 boys who fail and the 5 girls at 0.70 … 0.66.
 */
function roster() {
  const records: Record<string, string>[] = [];
  const labels: number[] = [];
  const risks: number[] = [];
  for (const sex of ['M', 'F']) {
    for (let i = 0; i < 30; i += 1) {
      const fails = i < 10;
      // 50 urban students, 10 rural: too few rural students to compare.
      records.push({ sex, address: records.length < 50 ? 'U' : 'R' });
      labels.push(fails ? 1 : 0);
      risks.push(fails ? (sex === 'M' ? 0.9 : 0.7) - i / 100 : 0.09 - records.length / 1000);
    }
  }
  return { records, labels, risks };
}

const { records, labels, risks } = roster();
// Reported in each test (a beforeEach runs inside it), not while Jest collects them, so Stryker can tell which
// test covers each mutant.
let report: AttributeEquity[];
beforeEach(() => {
  report = equityReport(records, labels, risks, {
    rule: { kind: 'capacity', capacity: 15, mediumFrom: 0.3 },
    resamples: 200,
    seed: 4,
  });
});
const byAttribute = (name: string) => report.find((a) => a.attribute === name) as AttributeEquity;

describe('equityReport', () => {
  it('gives each group its size, failures, share High, false-negative and false-positive rates and precision', () => {
    expect(byAttribute('sex').groups).toEqual([
      // 5 of 10 failing girls are High: FNR 1/2; no passing girl is High: FPR 0; the 5 High all fail.
      {
        group: 'F',
        size: 30,
        failures: 10,
        high: 5,
        shareHigh: 5 / 30,
        falseNegativeRate: 0.5,
        falsePositiveRate: 0,
        precision: 1,
      },
      {
        group: 'M',
        size: 30,
        failures: 10,
        high: 10,
        shareHigh: 10 / 30,
        falseNegativeRate: 0,
        falsePositiveRate: 0,
        precision: 1,
      },
    ]);
  });

  it('names the largest gap of each figure, with a bootstrap interval around it', () => {
    const gaps = byAttribute('sex').gaps;
    const fnr = gaps.find((g) => g.figure === 'falseNegativeRate');
    expect(fnr).toMatchObject({ highest: 'F', lowest: 'M', gap: 0.5 });
    // 60 students are few: with a fixed capacity of 15, a resample with fewer failing girls can catch them all,
    // so the interval reaches down to 0 (the gap may be chance at this size).
    expect(fnr?.interval?.low).toBe(0);
    expect(fnr?.interval?.high).toBeGreaterThanOrEqual(0.5);
    expect(gaps.find((g) => g.figure === 'shareHigh')).toMatchObject({
      highest: 'M',
      lowest: 'F',
      gap: 5 / 30,
    });
    expect(gaps.find((g) => g.figure === 'falsePositiveRate')?.gap).toBe(0);
  });

  it('lists groups too small to compare but reports no gap for them', () => {
    const address = byAttribute('address');
    expect(address.groups.map((g) => [g.group, g.size])).toEqual([
      ['R', 10],
      ['U', 50],
    ]);
    expect(address.gaps).toEqual([]);
    // Attributes the roster does not have are left out.
    expect(report.map((a) => a.attribute)).toEqual(['sex', 'address']);
  });
});

describe('equityReport on ten times the students', () => {
  it('gives an interval that excludes 0 for the same gap', () => {
    const big = { records: [] as Record<string, string>[], labels: [] as number[], risks: [] as number[] };
    for (let copy = 0; copy < 10; copy += 1) {
      big.records.push(...records);
      big.labels.push(...labels);
      // Copies keep their order of risk, a hair apart, so no two students share a risk.
      big.risks.push(...risks.map((risk) => risk - copy / 100_000));
    }
    const [sex] = equityReport(big.records, big.labels, big.risks, {
      rule: { kind: 'capacity', capacity: 150, mediumFrom: 0.3 },
      resamples: 200,
      seed: 4,
    });
    const fnr = sex?.gaps.find((g) => g.figure === 'falseNegativeRate');
    expect(fnr).toMatchObject({ highest: 'F', lowest: 'M', gap: 0.5 });
    expect(fnr?.interval?.low).toBeGreaterThan(0.2);
    expect(fnr?.interval?.high).toBeLessThan(0.8);
  });
});

/** One student per entry of `rows`: [how many, group, fails, risk]. */
function studentsOf(rows: readonly (readonly [number, Record<string, string | null>, 0 | 1, number])[]) {
  const out = {
    records: [] as Record<string, string | null>[],
    labels: [] as number[],
    risks: [] as number[],
  };
  for (const [count, record, fails, risk] of rows) {
    for (let i = 0; i < count; i += 1) {
      out.records.push({ ...record });
      out.labels.push(fails);
      out.risks.push(risk);
    }
  }
  return out;
}

const HALF = { kind: 'thresholds', highFrom: 0.5, mediumFrom: 0.3 } as const;

describe('equityReport with a threshold rule', () => {
  /**
   * 20 girls: 4 fail at risk 0.8 (High), 1 fails at 0.4 (not High), 2 pass at 0.6 (High, false positives),
   * 13 pass at 0.1. 30 boys: 6 fail at 0.9 (High), 24 pass at 0.05.
   */
  const cohort = studentsOf([
    [4, { sex: 'F' }, 1, 0.8],
    [1, { sex: 'F' }, 1, 0.4],
    [2, { sex: 'F' }, 0, 0.6],
    [13, { sex: 'F' }, 0, 0.1],
    [6, { sex: 'M' }, 1, 0.9],
    [24, { sex: 'M' }, 0, 0.05],
  ]);
  const [sex] = equityReport(cohort.records, cohort.labels, cohort.risks, {
    rule: HALF,
    resamples: 0,
    seed: 1,
  });

  it('counts a passing student marked High as a false positive among the students who pass', () => {
    expect(sex?.groups).toEqual([
      // 6 of 20 High; 1 of 5 failing girls missed; 2 of the 15 passing girls High; 4 of the 6 High fail.
      {
        group: 'F',
        size: 20,
        failures: 5,
        high: 6,
        shareHigh: 0.3,
        falseNegativeRate: 0.2,
        falsePositiveRate: 2 / 15,
        precision: 4 / 6,
      },
      {
        group: 'M',
        size: 30,
        failures: 6,
        high: 6,
        shareHigh: 0.2,
        falseNegativeRate: 0,
        falsePositiveRate: 0,
        precision: 1,
      },
    ]);
  });

  it('compares a group of exactly 20 students, and gives no interval without resamples', () => {
    expect(sex?.gaps).toEqual([
      { figure: 'shareHigh', highest: 'F', lowest: 'M', gap: 0.3 - 0.2, interval: null },
      { figure: 'falseNegativeRate', highest: 'F', lowest: 'M', gap: 0.2, interval: null },
      { figure: 'falsePositiveRate', highest: 'F', lowest: 'M', gap: 2 / 15, interval: null },
      { figure: 'precision', highest: 'M', lowest: 'F', gap: 1 - 4 / 6, interval: null },
    ]);
  });
});

describe('equityReport when a figure is undefined for a group', () => {
  /**
   * GP: 10 students fail at 0.8 (High), 10 pass at 0.1. MS: 1 student fails at 0.8 (High), 39 pass at 0.1,
   * 20 of them rural. The rural students have no failure and nobody High: their false-negative rate and
   * precision are undefined. A threshold rule gives every student the same tier in every resample.
   */
  const cohort = studentsOf([
    [10, { school: 'GP', address: 'U' }, 1, 0.8],
    [10, { school: 'GP', address: 'U' }, 0, 0.1],
    [1, { school: 'MS', address: 'U' }, 1, 0.8],
    [19, { school: 'MS', address: 'U' }, 0, 0.1],
    [20, { school: 'MS', address: 'R' }, 0, 0.1],
  ]);
  const report = equityReport(cohort.records, cohort.labels, cohort.risks, {
    rule: HALF,
    resamples: 200,
    seed: 7,
  });
  const of = (attribute: string) => report.find((a) => a.attribute === attribute) as AttributeEquity;

  it('compares only the groups where the figure is defined, and skips it when fewer than two are', () => {
    // U: 11 of 40 High, all failing; R: none of 20. Both have no false positive (a tie at 0, R named first).
    expect(of('address').gaps.map((g) => [g.figure, g.highest, g.lowest, g.gap])).toEqual([
      ['shareHigh', 'U', 'R', 11 / 40],
      ['falsePositiveRate', 'R', 'U', 0],
    ]);
  });

  it('leaves out the resamples where a figure is undefined from its interval', () => {
    // Every resample draws about 20 GP students, all failing ones High; the one failing MS student is drawn in
    // about 63% of them (1 − (59/60)^60), and is High: where defined, both schools' false-negative rate is 0
    // and their precision 1, so every defined difference is 0.
    const gaps = of('school').gaps;
    expect(gaps.find((g) => g.figure === 'falseNegativeRate')).toEqual({
      figure: 'falseNegativeRate',
      highest: 'GP',
      lowest: 'MS',
      gap: 0,
      interval: { low: 0, high: 0 },
    });
    expect(gaps.find((g) => g.figure === 'precision')).toEqual({
      figure: 'precision',
      highest: 'GP',
      lowest: 'MS',
      gap: 0,
      interval: { low: 0, high: 0 },
    });
  });
});

describe('equityReport groups', () => {
  it('groups blank values as "(blank)", reports an attribute only some records have, in numeric order', () => {
    const records: Record<string, string | null>[] = [
      { absences: '10' },
      { absences: '2' },
      { absences: null },
      {},
      { absences: '2' },
      { sex: 'F' },
    ];
    const [absences, ...others] = equityReport(
      records,
      [0, 0, 0, 0, 0, 0],
      [0.1, 0.1, 0.1, 0.1, 0.1, 0.1],
      { rule: HALF, resamples: 0, seed: 1 },
      ['absences'],
    );
    expect(others).toEqual([]);
    expect(absences?.attribute).toBe('absences');
    expect(absences?.groups.map((g) => [g.group, g.size])).toEqual([
      ['(blank)', 3],
      ['2', 2],
      ['10', 1],
    ]);
  });
});
