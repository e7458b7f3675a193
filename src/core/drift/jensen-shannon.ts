/**
 * The Jensen-Shannon distance between two distributions over the same categories, Evidently's drift measure
 * for categorical (and low-cardinality numeric) columns when the reference holds more than 1,000 rows. Unlike
 * the Kullback-Leibler divergence it is symmetric and finite when a category has no count on one side, so a
 * category seen on one side only needs no smoothing. The logarithm is natural by default, as in SciPy's
 * `jensenshannon` that Evidently calls: the distance then lies in [0, √ln 2 ≈ 0.8326]; base 2 gives [0, 1].
 * Evidently's drift threshold of 0.1 is meant for the natural logarithm. (Evidently also replaces zero shares
 * by 0.0001 before the call; this module keeps the definition as it is: for a category missing on one side
 * the two differ by about 0.002, e.g. 0.0590 here against 0.0569 there for shares 1/0 and 0.99/0.01.)
 */

function shares(counts: readonly number[], side: string): number[] {
  let total = 0;
  for (const count of counts) {
    if (!(count >= 0) || !Number.isFinite(count))
      throw new RangeError(`Counts must be finite and ≥ 0, got ${count}.`);
    total += count;
  }
  if (total === 0) throw new RangeError(`The ${side} distribution has no mass.`);
  return counts.map((count) => count / total);
}

/** p·log(p/q), with 0·log(0/q) = 0. */
function klTerm(p: number, q: number): number {
  return p === 0 ? 0 : p * Math.log(p / q);
}

/**
 * JS(p, q) = √((KL(p‖m) + KL(q‖m)) / 2), m = (p + q)/2, KL(p‖m) = Σ pᵢ log(pᵢ/mᵢ) (Endres and Schindelin,
 * 2003, "A new metric for probability distributions"). `p` and `q` are counts or shares per category, aligned
 * by index; each is normalised to sum to 1. `base` is the logarithm's base (e by default). O(k).
 * Throws `RangeError` when the lengths differ, a count is negative or not finite, a side sums to 0, or the
 * base is not greater than 1.
 */
export function jensenShannonDistance(p: readonly number[], q: readonly number[], base = Math.E): number {
  if (p.length !== q.length)
    throw new RangeError(`Distributions must align: ${p.length} and ${q.length} categories.`);
  if (!(base > 1) || !Number.isFinite(base)) throw new RangeError(`The base must exceed 1, got ${base}.`);
  const left = shares(p, 'first');
  const right = shares(q, 'second');
  let divergence = 0;
  left.forEach((pi, index) => {
    const qi = right[index] ?? 0;
    const mi = (pi + qi) / 2;
    divergence += klTerm(pi, mi) + klTerm(qi, mi);
  });
  return Math.sqrt(Math.max(0, divergence / 2 / Math.log(base)));
}
