import { formatForNote, measureDrift } from '../../../src/core/drift/drift-measure';
import { counted } from './samples';

describe('measuring one column with the chosen test', () => {
  it('runs KS on the numbers only and names its method', () => {
    // /usr/bin/python3 -c "from scipy.stats import ks_2samp; print(ks_2samp([1, 2, 3, 4, 5], [3, 4, 5, 6, 7, 8], method='exact'))"
    // → statistic 0.5, pvalue 0.35714285714285715
    const result = measureDrift('ks', [1, 2, 'x', 3, 4, 5], [3, 4, 5, 6, 7, 'y', 8]);
    expect(result.label).toBe('Kolmogorov-Smirnov (exact)');
    expect(result.statistic).toBeCloseTo(0.5, 14);
    expect(result.pValue).toBeCloseTo(0.35714285714285715, 12);
  });

  it('runs the normalised Wasserstein distance on the numbers only, with no p-value', () => {
    // /usr/bin/python3 -c "import numpy as np; from scipy.stats import wasserstein_distance as w; print(w([1, 2, 3], [2, 3, 4]) / np.std([1, 2, 3]))"
    // → 1.224744871391589 (= 1 / √(2/3))
    const result = measureDrift('wasserstein', [1, 2, 'x', 3], [2, 'y', 3, 4]);
    expect(result).toEqual({
      statistic: expect.closeTo(1.224744871391589, 14),
      label: 'Wasserstein / reference SD',
    });
  });

  it('labels a chi-square test with its degrees of freedom', () => {
    // /usr/bin/python3 -c "from scipy.stats import chi2_contingency as c; print(c([[30, 50, 20], [20, 25, 15]], correction=False))"
    // → statistic 1.1174603174603175, pvalue 0.5719348694232036, dof 2
    const result = measureDrift(
      'chi-square',
      counted({ a: 30, b: 50, c: 20 }),
      counted({ a: 20, b: 25, c: 15 }),
    );
    expect(result.label).toBe('chi-square (df 2)');
    expect(result.statistic).toBeCloseTo(1.1174603174603175, 12);
    expect(result.pValue).toBeCloseTo(0.5719348694232036, 12);
  });

  it('says how many rare categories a chi-square test pooled', () => {
    // The table of pool-rare-categories.test.ts: a, b and c are pooled, leaving [[326, 400, 50], [19, 20, 5]].
    // /usr/bin/python3 -c "from scipy.stats import chi2_contingency as c; print(c([[326, 400, 50], [19, 20, 5]], correction=False).pvalue)"
    // → 0.402883925334637
    const result = measureDrift(
      'chi-square',
      counted({ a: 4, b: 6, c: 40, d: 326, e: 400 }),
      counted({ a: 2, c: 3, d: 19, e: 20 }),
    );
    expect(result.label).toBe('chi-square (df 2, 3 rare categories pooled)');
    expect(result.pValue).toBeCloseTo(0.402883925334637, 10);
  });

  it('runs the z-test on the first category in sorted order', () => {
    // z(40, 100, 55, 100) in oracles.py → (2.1239769762143665, 0.0336720688563458)
    const result = measureDrift('z-test', counted({ yes: 60, no: 40 }), counted({ yes: 45, no: 55 }));
    expect(result.label).toBe('two-proportion z-test on "no"');
    expect(result.statistic).toBeCloseTo(2.1239769762143665, 12);
    expect(result.pValue).toBeCloseTo(0.0336720688563458, 12);
  });

  it('runs the Jensen-Shannon distance on category counts, with no p-value', () => {
    // js([50, 30, 20], [40, 40, 20]) in oracles.py → 0.07979472622921725
    const result = measureDrift(
      'jensen-shannon',
      counted({ a: 50, b: 30, c: 20 }),
      counted({ a: 40, b: 40, c: 20 }),
    );
    expect(result).toEqual({
      statistic: expect.closeTo(0.07979472622921725, 15),
      label: 'Jensen-Shannon distance',
    });
  });
});

describe('numbers in a drift note', () => {
  it('keeps 3 significant digits from 0.0001 up', () => {
    expect(formatForNote(0)).toBe('0');
    expect(formatForNote(1e-4)).toBe('0.0001');
    expect(formatForNote(0.012345)).toBe('0.0123');
    expect(formatForNote(0.049999)).toBe('0.05');
    expect(formatForNote(12.3456)).toBe('12.3');
    expect(formatForNote(-0.5)).toBe('-0.5');
  });

  it('switches to 2 digits in exponent form below 0.0001', () => {
    expect(formatForNote(4.2e-5)).toBe('4.2e-5');
    expect(formatForNote(9.99e-5)).toBe('1.0e-4');
    expect(formatForNote(3.2e-7)).toBe('3.2e-7');
    expect(formatForNote(-4.2e-5)).toBe('-4.2e-5');
  });
});
