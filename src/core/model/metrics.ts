/**
 * Measures of how well risk scores separate the students who failed from those who passed. Scores are
 * probabilities of failing; labels are 1 for fail and 0 for pass. Ranking quality is ROC AUC, calibration is
 * the Brier score, a decision at a threshold gives accuracy, precision, recall and F1, and capacity-limited
 * triage is recall and precision among the K highest risks ("the 25 students we can see hold 60% of the
 * failures").
 *
 * Degenerate cases are defined rather than thrown: a ratio whose denominator is 0 (AUC with one class only,
 * precision when nobody is flagged, recall when nobody failed, anything on no rows) is `NaN`, which callers
 * report as "undefined". Mismatched lengths and labels other than 0/1 are programming errors and throw
 * `RangeError`.
 */

/** Counts of a decision at a threshold: flagged = score ≥ threshold, positive = failed. */
export interface Confusion {
  readonly tp: number;
  readonly fp: number;
  readonly tn: number;
  readonly fn: number;
}

export interface ThresholdMetrics extends Confusion {
  readonly threshold: number;
  /** (tp + tn) / n. */
  readonly accuracy: number;
  /** tp / (tp + fp): the share of flagged students who failed. */
  readonly precision: number;
  /** tp / (tp + fn): the share of failing students who were flagged. */
  readonly recall: number;
  /** Harmonic mean of precision and recall, 2tp / (2tp + fp + fn). */
  readonly f1: number;
}

export interface TopKMetrics {
  /** K actually used: the requested K, capped at the number of rows. */
  readonly k: number;
  /** Expected number of failing students among the K highest scores (ties at the cut shared out evenly). */
  readonly caught: number;
  /** caught / (failing students): the share of all failures the K contain. */
  readonly recall: number;
  /** caught / K. */
  readonly precision: number;
}

// Stryker disable next-line ConditionalExpression: every caller's numerator is 0 when its denominator is, and 0 / 0 is NaN already
const ratio = (a: number, b: number): number => (b === 0 ? Number.NaN : a / b);

/** Throws `RangeError` unless scores and labels have the same length and every label is 0 or 1. O(n). */
export function assertScoredLabels(scores: readonly number[], labels: readonly number[]): void {
  if (scores.length !== labels.length) {
    throw new RangeError(`${scores.length} scores but ${labels.length} labels.`);
  }
  labels.forEach((label, i) => {
    if (label !== 0 && label !== 1) throw new RangeError(`Label ${i} is ${label}; labels must be 0 or 1.`);
  });
}

/**
 * Row indices ordered by descending score, with `groupEnd[i]` the exclusive end of the tie group at position
 * i. Both callers add up whole tie groups, so the order within a group does not matter. O(n log n).
 */
function rankByScoreDescending(scores: readonly number[]): { order: number[]; groupEnd: number[] } {
  const order = scores.map((_, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const groupEnd = new Array<number>(order.length);
  // Stryker disable next-line EqualityOperator: one more pass at the end fills nothing, as `fill` stops at the length
  for (let start = 0; start < order.length;) {
    let end = start + 1;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the end the score is undefined, equal to none
    while (end < order.length && scores[order[end] as number] === scores[order[start] as number]) end += 1;
    groupEnd.fill(end, start, end);
    start = end;
  }
  return { order, groupEnd };
}

/**
 * Area under the ROC curve: the probability that a random failing student scores above a random passing one,
 * ties counting one half (the Mann-Whitney U statistic over n₁n₀, with midranks for tied scores; Hanley and
 * McNeil, 1982). `NaN` when either class is absent. O(n log n).
 */
export function rocAuc(scores: readonly number[], labels: readonly number[]): number {
  assertScoredLabels(scores, labels);
  const { order, groupEnd } = rankByScoreDescending(scores);
  const positives = labels.reduce((sum: number, label) => sum + label, 0);
  const negatives = labels.length - positives;
  // Ascending ranks: the tie group at descending positions [start, end) holds ascending ranks n-end+1 …
  // n-start.
  let positiveRankSum = 0;
  // Stryker disable next-line EqualityOperator: a pass at the end adds nothing (its group end is undefined) and stops
  for (let start = 0; start < order.length; start = groupEnd[start] as number) {
    const end = groupEnd[start] as number;
    const midrank = labels.length - (start + end - 1) / 2;
    for (let i = start; i < end; i += 1) positiveRankSum += (labels[order[i] as number] as number) * midrank;
  }
  return ratio(positiveRankSum - (positives * (positives + 1)) / 2, positives * negatives);
}

/** Counts flagged (score ≥ threshold) against failed. O(n). */
export function confusionAt(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
): Confusion {
  assertScoredLabels(scores, labels);
  let tp = 0;
  let fp = 0;
  let tn = 0;
  let fn = 0;
  scores.forEach((score, i) => {
    const flagged = score >= threshold;
    if (labels[i] === 1) {
      if (flagged) tp += 1;
      else fn += 1;
    } else if (flagged) fp += 1;
    else tn += 1;
  });
  return { tp, fp, tn, fn };
}

/** Accuracy, precision, recall and F1 when students scoring ≥ `threshold` are flagged. O(n). */
export function metricsAtThreshold(
  scores: readonly number[],
  labels: readonly number[],
  threshold: number,
): ThresholdMetrics {
  const c = confusionAt(scores, labels, threshold);
  return {
    ...c,
    threshold,
    accuracy: ratio(c.tp + c.tn, scores.length),
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

/**
 * Brier score: the mean of (score − label)²; 0 is perfect, 0.25 is a constant 50%. `NaN` for no rows. O(n).
 */
export function brierScore(scores: readonly number[], labels: readonly number[]): number {
  assertScoredLabels(scores, labels);
  let sum = 0;
  scores.forEach((score, i) => (sum += (score - (labels[i] as number)) ** 2));
  return ratio(sum, scores.length);
}

/**
 * Recall and precision among the `k` highest scores. A K above the row count is capped at it. Scores tied
 * across the cut are shared out evenly: if 2 of 4 tied rows fit under K and 1 of the 4 failed, they add 0.5
 * caught. Throws `RangeError` unless `k` is a whole number ≥ 1. O(n log n).
 */
export function topKMetrics(scores: readonly number[], labels: readonly number[], k: number): TopKMetrics {
  assertScoredLabels(scores, labels);
  if (!Number.isInteger(k) || k < 1)
    throw new RangeError(`K must be a whole number of at least 1, not ${k}.`);
  const used = Math.min(k, scores.length);
  const { order, groupEnd } = rankByScoreDescending(scores);
  let caught = 0;
  for (let start = 0; start < used; start = groupEnd[start] as number) {
    const end = groupEnd[start] as number;
    let failed = 0;
    for (let i = start; i < end; i += 1) failed += labels[order[i] as number] as number;
    caught += (failed * (Math.min(end, used) - start)) / (end - start);
  }
  const positives = labels.reduce((sum: number, label) => sum + label, 0);
  return { k: used, caught, recall: ratio(caught, positives), precision: ratio(caught, used) };
}
