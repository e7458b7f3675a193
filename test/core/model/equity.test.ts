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
const report = equityReport(records, labels, risks, {
  rule: { kind: 'capacity', capacity: 15, mediumFrom: 0.3 },
  resamples: 200,
  seed: 4,
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
