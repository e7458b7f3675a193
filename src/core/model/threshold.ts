/**
 * Choosing the operating threshold: the risk at or above which a student is flagged. It is chosen on training
 * rows only (in cross-validation, on the training folds), by the criterion the school cares about: `f1`
 * balances catching failing students against flagging passing ones, `accuracy` maximises the share of correct
 * calls (the published benchmark's measure), `youden` maximises recall − false-positive rate (balanced across
 * classes).
 */
import { assertScoredLabels } from './metrics';

export type ThresholdCriterion = 'f1' | 'accuracy' | 'youden';

const CRITERIA: Record<ThresholdCriterion, (tp: number, fp: number, p: number, n: number) => number> = {
  // Stryker disable next-line ConditionalExpression: with no true positive 2tp / (tp + fp + p) is 0 too, as p > 0
  f1: (tp, fp, p) => (tp === 0 ? 0 : (2 * tp) / (tp + fp + p)),
  // Stryker disable next-line ArithmeticOperator: only compared with itself, and a fixed factor or shift keeps its best cut
  accuracy: (tp, fp, p, n) => (tp + n - fp) / (p + n),
  youden: (tp, fp, p, n) => tp / p - fp / n,
};

/**
 * The threshold in [0, 1] that maximises `criterion` when scores ≥ threshold are flagged. Candidates lie
 * midway between consecutive distinct scores (and beyond both ends: flag nobody, flag everybody); among
 * equally good candidates the one nearest 0.5 wins. Scores are probabilities. Throws `RangeError` for
 * mismatched lengths or labels other than 0/1, or when either class is absent. O(n log n).
 */
export function chooseThreshold(
  scores: readonly number[],
  labels: readonly number[],
  criterion: ThresholdCriterion,
): number {
  assertScoredLabels(scores, labels);
  const positives = labels.reduce((sum: number, label) => sum + label, 0);
  const negatives = labels.length - positives;
  if (positives === 0 || negatives === 0)
    throw new RangeError('A threshold needs both outcomes among the rows.');
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const measure = CRITERIA[criterion];
  let best = (1 + (scores[order[0] as number] as number)) / 2; // above every score: flag nobody
  let bestValue = measure(0, 0, positives, negatives);
  let tp = 0;
  let fp = 0;
  // Stryker disable next-line EqualityOperator: an extra pass counts a missing row as a false positive, worse than the last cut
  for (let i = 0; i < order.length; i += 1) {
    const score = scores[order[i] as number] as number;
    if (labels[order[i] as number] === 1) tp += 1;
    else fp += 1;
    const next = i + 1 < order.length ? (scores[order[i + 1] as number] as number) : 0;
    if (next === score && i + 1 < order.length) continue; // inside a tie group: no cut here
    const candidate = (score + next) / 2;
    const value = measure(tp, fp, positives, negatives);
    // Stryker disable next-line EqualityOperator: `>=` differs only when a value lands exactly 1e-12 above the best
    const better = value > bestValue + 1e-12;
    const asGoodAndNearer =
      // Stryker disable next-line EqualityOperator: `<` differs only when two values lie exactly 1e-12 apart
      Math.abs(value - bestValue) <= 1e-12 && Math.abs(candidate - 0.5) < Math.abs(best - 0.5);
    if (better || asGoodAndNearer) {
      best = candidate;
      bestValue = value;
    }
  }
  return best;
}
