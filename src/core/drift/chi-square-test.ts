/**
 * Pearson's chi-square test of homogeneity for one categorical column: do the reference and the current window
 * come from the same distribution over categories? It is the two-sample contingency test (a 2 × k table, as
 * SciPy's `chi2_contingency` without a continuity correction), not the goodness-of-fit test Evidently runs.
 * Goodness of fit takes the reference shares as the truth, so a category seen only in the current window has
 * an expected count of 0 and the statistic is infinite: p = 0 from a single stray value. In the contingency
 * test every expected count is (row total × column total) / N, which is positive for any category seen on
 * either side, so a one-sided category adds a finite amount that grows with how often it occurs.
 */
import { regularisedGammaQ } from './incomplete-gamma';

export interface ChiSquareResult {
  /** Σ (observed − expected)² / expected over the 2 × k cells. */
  readonly statistic: number;
  /** Degrees of freedom: k − 1, where k counts the categories seen on at least one side. */
  readonly degreesOfFreedom: number;
  /** P(χ²(df) ≥ statistic); 1 when fewer than two categories are seen (nothing to compare). */
  readonly pValue: number;
}

/**
 * The chi-square distribution's survival function P(χ²(df) ≥ x) = Q(df/2, x/2), with Q the regularised upper
 * incomplete gamma function. Textbook checks: 3.841 at df 1, 5.991 at df 2, 18.307 at df 10 each give 0.05.
 * Throws `RangeError` unless df > 0; x ≤ 0 gives 1.
 */
export function chiSquareSurvival(x: number, degreesOfFreedom: number): number {
  if (!(degreesOfFreedom > 0))
    throw new RangeError(`Degrees of freedom must be positive, got ${degreesOfFreedom}.`);
  if (Number.isNaN(x)) throw new RangeError('The chi-square statistic is NaN.');
  return regularisedGammaQ(degreesOfFreedom / 2, Math.max(0, x) / 2); // Q(a, 0) = 1
}

function total(counts: readonly number[]): number {
  let sum = 0;
  for (const count of counts) {
    if (!(count >= 0) || !Number.isFinite(count))
      throw new RangeError(`Counts must be finite and ≥ 0, got ${count}.`);
    // Stryker disable next-line AssignmentOperator: the totals enter only as ratios to their sum, so negating both changes nothing
    sum += count;
  }
  return sum;
}

/**
 * The chi-square test of homogeneity for two samples summarised as counts per category, aligned by index
 * (`reference[i]` and `current[i]` count the same category). Categories with no count on either side are
 * dropped. Reference: Agresti, *Categorical Data Analysis* (3rd ed., 2013), ch. 3. O(k).
 * Throws `RangeError` when the arrays differ in length, a count is negative or not finite, or a side is empty.
 */
export function chiSquareHomogeneity(
  reference: readonly number[],
  current: readonly number[],
): ChiSquareResult {
  if (reference.length !== current.length)
    throw new RangeError(
      `Counts per category must align: ${reference.length} reference, ${current.length} current.`,
    );
  const referenceTotal = total(reference);
  const currentTotal = total(current);
  if (referenceTotal === 0 || currentTotal === 0)
    throw new RangeError('The chi-square test needs at least one value on each side.');
  const grandTotal = referenceTotal + currentTotal;
  let statistic = 0;
  let categories = 0;
  reference.forEach((referenceCount, index) => {
    const currentCount = current[index] ?? 0;
    const categoryTotal = referenceCount + currentCount;
    if (categoryTotal === 0) return;
    categories += 1;
    const expectedReference = (referenceTotal * categoryTotal) / grandTotal;
    const expectedCurrent = (currentTotal * categoryTotal) / grandTotal;
    statistic += (referenceCount - expectedReference) ** 2 / expectedReference;
    statistic += (currentCount - expectedCurrent) ** 2 / expectedCurrent;
  });
  const degreesOfFreedom = categories - 1;
  if (degreesOfFreedom === 0) return { statistic: 0, degreesOfFreedom, pValue: 1 };
  return { statistic, degreesOfFreedom, pValue: chiSquareSurvival(statistic, degreesOfFreedom) };
}
