import { columnDrift } from '../../../src/core/drift/column-drift';
import { counted, integers, normalSample, withBlanks } from './samples';

describe('drift of one column', () => {
  it('runs KS on a numeric column with many values and flags a shifted one', () => {
    const result = columnDrift(
      'score',
      normalSample(300, { seed: 1 }),
      normalSample(100, { seed: 2, mean: 1 }),
      {
        kind: 'numeric',
      },
    );
    expect(result).toMatchObject({ status: 'tested', test: 'ks', threshold: 0.05, drifted: true });
    expect(result.pValue).toBeLessThan(1e-6);
    expect(result.note).toMatch(/^Kolmogorov-Smirnov \(exact\): p = .* < 0\.05, drifted$/);
  });

  it('reads the kind from the data dictionary: absences is numeric, Mjob categorical', () => {
    expect(columnDrift('absences', integers(0, 20, 3), integers(0, 20, 2)).test).toBe('ks');
    const jobs = counted({ teacher: 20, health: 10, services: 30, at_home: 15, other: 25 });
    expect(columnDrift('Mjob', jobs, jobs)).toMatchObject({
      kind: 'categorical',
      test: 'chi-square',
      drifted: false,
    });
  });

  it('treats an ordinal scale with 5 levels (Medu) as categories and yes/no as two proportions', () => {
    expect(columnDrift('Medu', integers(0, 4, 10), integers(0, 4, 8)).test).toBe('chi-square');
    const result = columnDrift('internet', counted({ yes: 80, no: 20 }), counted({ yes: 40, no: 60 }));
    expect(result).toMatchObject({ test: 'z-test', drifted: true });
    expect(result.note).toContain('two-proportion z-test on "no"');
  });

  it('gives a sober p-value, not 0, when one stray category appears on one side only', () => {
    const reference = counted({ mother: 120, father: 80 });
    const current = counted({ mother: 30, father: 19, other: 1 });
    const result = columnDrift('guardian', reference, current);
    expect(result.test).toBe('chi-square');
    // "other" expects 0.2 on the current side, so it is pooled with the rarest kept category, "father":
    // /usr/bin/python3 -c "from scipy.stats import chi2_contingency as c; print(c([[120, 80], [30, 20]], correction=False).pvalue)"
    // → 1.0 (unpooled, chi2_contingency([[120, 80, 0], [30, 19, 1]]) gives 0.1326…: one stray value weighs that much)
    expect(result.pValue).toBeCloseTo(1, 12);
    expect(result.drifted).toBe(false);
  });

  it('reports a constant column as not tested instead of NaN', () => {
    const result = columnDrift('failures', withBlanks(Array(40).fill(0), 5), Array(35).fill(0));
    expect(result).toMatchObject({
      status: 'constant',
      test: null,
      statistic: null,
      drifted: false,
      note: 'not tested: constant in both',
    });
    expect(result.pValue).toBeUndefined();
  });

  it('tests a column constant on each side at different values (it did change)', () => {
    const result = columnDrift('school', Array(40).fill('GP'), Array(40).fill('MS'));
    expect(result).toMatchObject({ status: 'tested', test: 'z-test', drifted: true });
  });

  it('gives no verdict on too few current values (30 by default), blanks not counted', () => {
    const result = columnDrift('age', integers(15, 22, 10), withBlanks(integers(15, 22, 3), 20));
    expect(result).toMatchObject({ status: 'too few rows', test: null, drifted: false });
    expect(result.note).toBe('too few rows: 24 current and 80 reference values (minimum 30)');
    expect(columnDrift('age', integers(15, 22, 10), integers(15, 22, 3), { minRows: 20 }).status).toBe(
      'tested',
    );
  });

  it('gives no verdict on an all-blank column and reports its blank share', () => {
    const result = columnDrift('G1', integers(0, 20, 3), Array(50).fill(null));
    expect(result.status).toBe('too few rows');
    expect(result.current).toEqual({ rows: 50, blank: 50, invalid: 0, used: 0, blankShare: 1 });
  });

  it('ignores blanks and counts them, and counts text in a numeric column as invalid', () => {
    const current = [...withBlanks(integers(0, 20, 2), 6), ' ', 'absent', Number.NaN];
    const result = columnDrift('G1', integers(0, 20, 3), current);
    expect(result.current).toEqual({ rows: 51, blank: 7, invalid: 2, used: 42, blankShare: 7 / 51 });
    expect(result.reference.blankShare).toBe(0);
    expect(result.test).toBe('ks');
  });

  it('reads numbers in a categorical column as their text', () => {
    const result = columnDrift(
      'code',
      [...Array(20).fill(1), ...Array(20).fill('2')],
      counted({ 1: 20, 2: 20 }),
      {
        kind: 'categorical',
      },
    );
    expect(result).toMatchObject({ distinctValues: 2, test: 'z-test', statistic: 0, pValue: 1 });
  });

  it('uses distances above 1,000 reference values, with drift at ≥ 0.1', () => {
    const reference = normalSample(1200, { seed: 4 });
    const moved = columnDrift('score', reference, normalSample(300, { seed: 5, mean: 0.5 }), {
      kind: 'numeric',
    });
    expect(moved).toMatchObject({ test: 'wasserstein', threshold: 0.1, drifted: true });
    expect(moved.pValue).toBeUndefined();
    expect(moved.note).toMatch(/^Wasserstein \/ reference SD = .* ≥ 0\.1, drifted$/);
    const same = columnDrift('score', reference, normalSample(1000, { seed: 7 }), { kind: 'numeric' });
    expect(same.drifted).toBe(false);
    const categories = columnDrift('school', counted({ GP: 800, MS: 400 }), counted({ GP: 100, MS: 100 }));
    expect(categories).toMatchObject({ test: 'jensen-shannon', drifted: true });
  });

  it('throws RangeError for a column the dictionary lacks and no kind, or options out of range', () => {
    expect(() => columnDrift('shoe size', [1], [2])).toThrow(RangeError);
    expect(() => columnDrift('age', [16], [17], { minRows: 0 })).toThrow(RangeError);
    expect(() => columnDrift('age', [16], [17], { pThreshold: 1 })).toThrow(RangeError);
    expect(() => columnDrift('age', [16], [17], { distanceThreshold: 0 })).toThrow(RangeError);
  });
});

describe('drift of one column at its boundaries', () => {
  const counts = (rows: number) => ({ rows, blank: 0, invalid: 0, used: rows, blankShare: 0 });

  it('calls a p-value equal to the threshold no drift (drift is p < threshold)', () => {
    // One reference value below seven current ones: D = 1, reached when the lone value is the smallest or the
    // largest of the 8, so p = 2/8. /usr/bin/python3 -c "from scipy.stats import ks_2samp;
    // print(ks_2samp([0], [1, 2, 3, 4, 5, 6, 7], method='exact').pvalue)" → 0.25
    const current = [1, 2, 3, 4, 5, 6, 7];
    const options = { kind: 'numeric', minRows: 1 } as const;
    expect(columnDrift('score', [0], current, { ...options, pThreshold: 0.25 })).toMatchObject({
      test: 'ks',
      statistic: 1,
      pValue: 0.25,
      threshold: 0.25,
      drifted: false,
      note: 'Kolmogorov-Smirnov (exact): p = 0.25 ≥ 0.25',
    });
    expect(columnDrift('score', [0], current, { ...options, pThreshold: 0.26 })).toMatchObject({
      drifted: true,
      note: 'Kolmogorov-Smirnov (exact): p = 0.25 < 0.26, drifted',
    });
  });

  it('calls a distance equal to the threshold drift (drift is distance ≥ threshold), and gives no p-value', () => {
    // Reference −1, 1 (population SD 1); each current value sits 0.5 from its quantile partner, so W₁ = 0.5:
    // /usr/bin/python3 -c "from scipy.stats import wasserstein_distance as w; import numpy as np;
    // print(w([-1, 1], [-1.5, -0.5, 0.5, 1.5]) / np.std([-1, 1]))" → 0.5
    const current = [-1.5, -0.5, 0.5, 1.5];
    const options = { kind: 'numeric', minRows: 1, largeReference: 1 } as const;
    const tested = {
      column: 'score',
      kind: 'numeric',
      distinctValues: 6,
      reference: counts(2),
      current: counts(4),
      status: 'tested',
      test: 'wasserstein',
      statistic: 0.5,
    };
    expect(columnDrift('score', [-1, 1], current, { ...options, distanceThreshold: 0.5 })).toStrictEqual({
      ...tested,
      threshold: 0.5,
      drifted: true,
      note: 'Wasserstein / reference SD = 0.5 ≥ 0.5, drifted',
    });
    expect(columnDrift('score', [-1, 1], current, { ...options, distanceThreshold: 0.75 })).toStrictEqual({
      ...tested,
      threshold: 0.75,
      drifted: false,
      note: 'Wasserstein / reference SD = 0.5 < 0.75',
    });
  });

  it('tests a column with exactly minRows values on each side, and not one with a value less', () => {
    const same = columnDrift('score', integers(1, 30), integers(1, 30), { kind: 'numeric' });
    expect(same).toMatchObject({
      status: 'tested',
      test: 'ks',
      statistic: 0,
      pValue: 1,
      drifted: false,
      note: 'Kolmogorov-Smirnov (exact): p = 1 ≥ 0.05',
    });
    const fewReference = columnDrift('score', integers(1, 29), integers(1, 30), { kind: 'numeric' });
    expect(fewReference).toMatchObject({
      status: 'too few rows',
      note: 'too few rows: 30 current and 29 reference values (minimum 30)',
    });
  });

  it('accepts minRows 1 and says which option is out of range', () => {
    expect(columnDrift('age', [16], [17], { minRows: 1 }).status).toBe('tested');
    expect(() => columnDrift('age', [16], [17], { minRows: 0 })).toThrow(
      new RangeError('minRows must be at least 1, got 0.'),
    );
    expect(() => columnDrift('age', [16], [17], { pThreshold: 0 })).toThrow(
      new RangeError('pThreshold must lie in (0, 1), got 0.'),
    );
    expect(() => columnDrift('age', [16], [17], { pThreshold: 1 })).toThrow(
      new RangeError('pThreshold must lie in (0, 1), got 1.'),
    );
    expect(() => columnDrift('age', [16], [17], { distanceThreshold: 0 })).toThrow(
      new RangeError('distanceThreshold must be positive, got 0.'),
    );
  });
});
