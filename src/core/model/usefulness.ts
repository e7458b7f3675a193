/**
 * Whether a cross-validated model is worth publishing: a model that cannot be told apart from chance must never
 * colour a roster red. Two rules, both on what cross-validation measured:
 *
 * 1. Enough students of each outcome: at least `MIN_PER_OUTCOME` (10) who failed and 10 who passed, and at
 *    least `MIN_ROWS` (50) in all. With five folds, ten of an outcome put two in every test fold, the fewest
 *    for a per-fold ROC AUC to mean anything; and at ten of each a good model (AUC 0.75) only just clears
 *    chance (Hanley-McNeil interval 0.53 to 0.97), so fewer would refuse good models by luck of the draw
 *    rather than by evidence. Fifty rows is five folds of ten students: fewer, and one student moves a fold's
 *    accuracy by more than 10 points. A class of 25 is too small to learn from; a year group or a course's
 *    past cohort is enough (the UCI courses have 395 and 649 students).
 * 2. Clearly better than chance: the 95% interval of the out-of-fold ROC AUC (every student scored by the
 *    fold model that did not see them, pooled) must lie wholly above 0.5. The interval is Hanley and McNeil's
 *    (1982), from the AUC and the two outcome counts; its lower bound above 0.5 is a one-sided test at 2.5%
 *    that the model ranks a failing student above a passing one more often than a coin would.
 *
 * A model that breaks either rule is refused: Train model records the run in Experiments with the reasons,
 * registers no version and moves no alias.
 */
import { type Interval, hanleyMcNeilInterval } from '../monitoring/confidence-intervals';
import { rocAuc } from './metrics';

/** The fewest students of each outcome (failed, passed) a published model must have been trained on. */
export const MIN_PER_OUTCOME = 10;
/** The fewest graded students a published model must have been trained on. */
export const MIN_ROWS = 50;

export interface Usefulness {
  rows: number;
  failures: number;
  passes: number;
  /** ROC AUC of the pooled out-of-fold risks; NaN when an outcome is missing. */
  outOfFoldAuc: number;
  /** Its 95% Hanley-McNeil interval; null when the AUC is undefined. */
  interval: Interval | null;
  /** Why the model must not be published, one sentence each; empty when it may be. */
  refusals: string[];
}

const two = (x: number) => x.toFixed(2);
const students = (n: number) => `${n} student${n === 1 ? '' : 's'}`;

/** Judges the out-of-fold risks `outOfFold` against `labels` (1 = failed) by the two rules above. O(n log n). */
export function judgeUsefulness(
  outOfFold: readonly number[],
  labels: readonly number[],
  /** What the risks are, as the refusal names them; an import measures on the rows themselves. */
  measured = 'out-of-fold ROC AUC',
): Usefulness {
  const rows = labels.length;
  const failures = labels.reduce((sum: number, label) => sum + label, 0);
  const passes = rows - failures;
  // NaN on no rows or one outcome only (`rocAuc`), so a finite AUC means both outcomes are there.
  const outOfFoldAuc = rocAuc(outOfFold, labels);
  const interval = Number.isFinite(outOfFoldAuc)
    ? hanleyMcNeilInterval(outOfFoldAuc, failures, passes)
    : null;
  const refusals: string[] = [];
  if (failures < MIN_PER_OUTCOME || passes < MIN_PER_OUTCOME) {
    refusals.push(
      `Only ${students(failures)} who failed and ${students(passes)} who passed have a final grade; a model ` +
        `needs at least ${MIN_PER_OUTCOME} of each to learn the difference and to be measured.`,
    );
  }
  if (rows < MIN_ROWS) {
    refusals.push(
      `Only ${students(rows)} have a final grade; a model needs at least ${MIN_ROWS}, so that each ` +
        'cross-validation fold is more than a handful of students.',
    );
  }
  // Stryker disable next-line EqualityOperator: `>=` differs only when the lower bound lands exactly on 0.5
  if (interval === null || !(interval.low > 0.5)) {
    refusals.push(
      interval === null
        ? 'Its ROC AUC could not be measured, so it cannot be shown to be better than chance.'
        : `It is not clearly better than chance: its ${measured} is ${two(outOfFoldAuc)}, and the 95% ` +
            `interval (${two(interval.low)} to ${two(interval.high)}) does not lie wholly above 0.5, the AUC of ` +
            'a coin toss.',
    );
  }
  return { rows, failures, passes, outOfFoldAuc, interval, refusals };
}
