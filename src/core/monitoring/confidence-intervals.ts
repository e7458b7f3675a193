/**
 * The two 95% confidence intervals the realised-accuracy report needs: the Wilson score interval for a
 * proportion (accuracy, recall, precision, an observed fail rate), and Hanley and McNeil's interval for a ROC
 * AUC. Both are closed forms, cheap enough for Apps Script, and both stay inside [0, 1]: Wilson by
 * construction, Hanley-McNeil by clipping. Wilson is used rather than the textbook normal ("Wald") interval
 * because the proportions here are often near 0 or 1 on a few dozen students, where Wald's interval collapses
 * to a point or leaves [0, 1] (Brown, Cai and DasGupta, 2001).
 */

/** The standard normal quantile at 0.975: scipy.stats.norm.ppf(0.975). */
export const Z_95 = 1.959963984540054;

/** A two-sided interval, `low` ≤ `high`. */
export interface Interval {
  readonly low: number;
  readonly high: number;
}

function assertCount(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
}

/**
 * The Wilson score interval for `successes` out of `trials` at normal quantile `z` (95% unless given):
 * (p̂ + z²/2n ± z·√(p̂(1 − p̂)/n + z²/4n²)) / (1 + z²/n) (Wilson, 1927; Brown, Cai and DasGupta, 2001).
 * Throws `RangeError` when the counts are not whole numbers ≥ 0, `successes` > `trials`, `trials` is 0 (no
 * interval exists), or `z` is not positive.
 */
export function wilsonInterval(successes: number, trials: number, z = Z_95): Interval {
  assertCount(successes, 'successes');
  assertCount(trials, 'trials');
  if (successes > trials) throw new RangeError(`${successes} successes out of only ${trials} trials.`);
  if (trials === 0) throw new RangeError('A proportion of 0 trials has no interval.');
  if (!(z > 0)) throw new RangeError(`z must be positive, got ${z}.`);
  const p = successes / trials;
  const z2 = z * z;
  const denominator = 1 + z2 / trials;
  const centre = (p + z2 / (2 * trials)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  // At p = 0 (p = 1) the lower (upper) bound is exactly 0 (1); rounding would leave it a few ulps away.
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === trials ? 1 : Math.min(1, centre + half),
  };
}

/**
 * Hanley and McNeil's standard error of an AUC `auc` estimated from `positives` and `negatives` cases
 * (Radiology 143:29-36, 1982, equation 2): with Q₁ = A/(2 − A) and Q₂ = 2A²/(1 + A),
 * SE² = (A(1 − A) + (n₁ − 1)(Q₁ − A²) + (n₀ − 1)(Q₂ − A²)) / (n₁n₀). It assumes exponential score
 * distributions and is known to be slightly narrow near A = 1 (0 exactly at A = 1); DeLong's method would need
 * every score rather than three numbers. Throws `RangeError` for an AUC outside [0, 1] or a class count
 * below 1.
 */
export function hanleyMcNeilStandardError(auc: number, positives: number, negatives: number): number {
  if (!(auc >= 0 && auc <= 1)) throw new RangeError(`An AUC lies in [0, 1], got ${auc}.`);
  assertCount(positives, 'positives');
  assertCount(negatives, 'negatives');
  if (positives < 1 || negatives < 1)
    throw new RangeError(`An AUC needs both classes: ${positives} positives, ${negatives} negatives.`);
  const q1 = auc / (2 - auc);
  const q2 = (2 * auc * auc) / (1 + auc);
  const variance =
    (auc * (1 - auc) + (positives - 1) * (q1 - auc * auc) + (negatives - 1) * (q2 - auc * auc)) /
    (positives * negatives);
  return Math.sqrt(Math.max(0, variance));
}

/**
 * The interval AUC ± z·SE with Hanley and McNeil's SE (`hanleyMcNeilStandardError`), clipped to [0, 1].
 * Throws as that function does, and for a `z` that is not positive.
 */
export function hanleyMcNeilInterval(auc: number, positives: number, negatives: number, z = Z_95): Interval {
  if (!(z > 0)) throw new RangeError(`z must be positive, got ${z}.`);
  const half = z * hanleyMcNeilStandardError(auc, positives, negatives);
  return { low: Math.max(0, auc - half), high: Math.min(1, auc + half) };
}
