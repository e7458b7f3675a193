/**
 * The two-proportion z-test for a column with two values (yes/no, a school out of two): is the share of one
 * value the same in the reference and in the current window? This is the test Evidently runs on binary
 * columns. The two-sided p-value is P(|Z| ≥ |z|) = erfc(|z|/√2) = Q(1/2, z²/2), computed with the regularised
 * incomplete gamma function rather than with simple-statistics' `cumulativeStdNormalProbability`, which
 * reads a table rounded to steps of 0.01 in z and so is off by up to about 1e-3 near the 0.05 threshold.
 */
import { regularisedGammaQ } from './incomplete-gamma';

export interface ProportionTestResult {
  /** z = (p_current − p_reference) / √(p̂ (1 − p̂) (1/n_reference + 1/n_current)), p̂ the pooled share. */
  readonly statistic: number;
  /** Two-sided p-value. */
  readonly pValue: number;
}

/** The two-sided tail of the standard normal distribution, P(|Z| ≥ |z|). Exact to about 1e-14 relative. */
export function normalTwoSidedPValue(z: number): number {
  if (Number.isNaN(z)) throw new RangeError('z is NaN.');
  return regularisedGammaQ(0.5, (z * z) / 2); // Q(1/2, 0) = 1 at z = 0
}

function assertCount(hits: number, size: number, side: string): void {
  if (!Number.isInteger(size) || size < 1)
    throw new RangeError(`The ${side} sample needs at least one value.`);
  if (!Number.isInteger(hits) || hits < 0 || hits > size)
    throw new RangeError(`The ${side} count must be a whole number from 0 to ${size}, got ${hits}.`);
}

/**
 * The pooled two-proportion z-test (Agresti, *Categorical Data Analysis*, 3rd ed., 2013, ch. 3; Evidently's
 * `proportions_diff_z_stat_ind`): `referenceHits` of `referenceSize` against `currentHits` of `currentSize`.
 * Its z² equals the Pearson chi-square of the 2 × 2 table. When the pooled share is 0 or 1 (one value on both
 * sides) the samples cannot differ: z = 0, p = 1. O(1). Throws `RangeError` for an empty side or a count
 * outside 0 … size.
 */
export function twoProportionZTest(
  referenceHits: number,
  referenceSize: number,
  currentHits: number,
  currentSize: number,
): ProportionTestResult {
  assertCount(referenceHits, referenceSize, 'reference');
  assertCount(currentHits, currentSize, 'current');
  const pooled = (referenceHits + currentHits) / (referenceSize + currentSize);
  if (pooled === 0 || pooled === 1) return { statistic: 0, pValue: 1 };
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / referenceSize + 1 / currentSize));
  const statistic = (currentHits / currentSize - referenceHits / referenceSize) / standardError;
  return { statistic, pValue: normalTwoSidedPValue(statistic) };
}
