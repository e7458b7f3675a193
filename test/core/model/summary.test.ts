import { summarise } from '../../../src/core/model/summary';

describe('summarising a metric over folds', () => {
  it('gives the mean and sample standard deviation', () => {
    // python3: import statistics as s; s.mean([0.7,0.8,0.9]), s.stdev([0.7,0.8,0.9]) → 0.8, 0.1
    const summary = summarise([0.7, 0.8, 0.9]);
    expect(summary.mean).toBeCloseTo(0.8, 12);
    expect(summary.sd).toBeCloseTo(0.1, 12);
    expect(summary).toMatchObject({ defined: 3, count: 3 });
  });

  it('leaves undefined values out and counts them', () => {
    expect(summarise([0.6, Number.NaN, 0.8])).toMatchObject({ defined: 2, count: 3 });
    expect(summarise([0.6, Number.NaN, 0.8]).mean).toBeCloseTo(0.7, 12);
  });

  it('is NaN with nothing defined, and sd is NaN with one value', () => {
    expect(summarise([]).mean).toBeNaN();
    expect(summarise([Number.NaN]).mean).toBeNaN();
    expect(summarise([0.5]).sd).toBeNaN();
    expect(summarise([0.5]).mean).toBe(0.5);
  });
});
