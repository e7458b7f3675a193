/**
 * Runs the test `chooseDriftTest` picked on one column's usable values and says, in a short label, what it
 * ran. Numeric tests (KS, Wasserstein) take the values as they are; the others count categories over the union
 * of both sides, so a category seen on one side only is still counted on the other as 0.
 */
import { chiSquareHomogeneity } from './chi-square-test';
import { poolRareCategories } from './pool-rare-categories';
import { countCategories } from './column-values';
import type { DriftTest } from './drift-test-choice';
import { jensenShannonDistance } from './jensen-shannon';
import { type KsOptions, ksTwoSample } from './ks-test';
import { twoProportionZTest } from './proportion-test';
import { normalisedWasserstein } from './wasserstein';

export interface DriftMeasure {
  /** KS D, chi-square, z, normalised Wasserstein or Jensen-Shannon distance. */
  readonly statistic: number;
  /** For `ks`, `chi-square` and `z-test` only. */
  readonly pValue?: number;
  /** What ran, e.g. "Kolmogorov-Smirnov (exact)", "chi-square (df 3)". */
  readonly label: string;
}

const onlyNumbers = (values: readonly (string | number)[]): number[] =>
  values.filter((value): value is number => typeof value === 'number');

/**
 * The statistic (and p-value) of `test` on the usable `reference` and `current` values. For the z-test the
 * proportion compared is that of the first category in sorted order (the two-sided p-value does not depend on
 * which). Throws `RangeError` for an empty side, as the tests do.
 */
export function measureDrift(
  test: DriftTest,
  reference: readonly (string | number)[],
  current: readonly (string | number)[],
  ks?: KsOptions,
): DriftMeasure {
  switch (test) {
    case 'ks': {
      const result = ksTwoSample(onlyNumbers(reference), onlyNumbers(current), ks);
      const { statistic, pValue } = result;
      return { statistic, pValue, label: `Kolmogorov-Smirnov (${result.method})` };
    }
    case 'wasserstein':
      return {
        statistic: normalisedWasserstein(onlyNumbers(reference), onlyNumbers(current)),
        label: 'Wasserstein / reference SD',
      };
    case 'chi-square': {
      const counts = countCategories(reference, current);
      const pooled = poolRareCategories(counts.reference, counts.current);
      const result = chiSquareHomogeneity(pooled.reference, pooled.current);
      const { statistic, pValue } = result;
      const note = pooled.pooled > 0 ? `, ${pooled.pooled} rare categories pooled` : '';
      return { statistic, pValue, label: `chi-square (df ${result.degreesOfFreedom}${note})` };
    }
    case 'z-test': {
      const counts = countCategories(reference, current);
      const hits = [counts.reference[0] ?? 0, counts.current[0] ?? 0] as const;
      const result = twoProportionZTest(hits[0], reference.length, hits[1], current.length);
      return { ...result, label: `two-proportion z-test on "${String(counts.categories[0])}"` };
    }
    case 'jensen-shannon': {
      const counts = countCategories(reference, current);
      return {
        statistic: jensenShannonDistance(counts.reference, counts.current),
        label: 'Jensen-Shannon distance',
      };
    }
  }
}

/** A number for a note: 3 significant digits, or 2 in exponent form below 0.0001 (p = 3.2e-7). */
export function formatForNote(value: number): string {
  if (value !== 0 && Math.abs(value) < 1e-4) return value.toExponential(1);
  return String(Number(value.toPrecision(3)));
}
