/**
 * Choosing the number of gradient steps (the model's only regulariser, see `logistic.ts`) from the training
 * rows alone: an inner stratified, grouped cross-validation of those rows, every candidate scored on each
 * inner test fold. Gradient descent from zero passes through every smaller step count, so each inner fold is
 * one walk read at each candidate on its way (`gradient-path.ts`), never a fit per candidate. The rows come
 * encoded once, with the encoding of the whole training set (as when a scaler in a pipeline is fitted before
 * scikit-learn's `LogisticRegressionCV` splits its input): the test fold outside is never seen, and the inner
 * folds need no encoding of their own. The inner folds
 * walk in step, and the walk stops at the first candidate that does not beat the best so far (early stopping
 * with a patience of one): the held-out loss along gradient descent from zero falls to one minimum and then
 * rises, and averaged over the inner folds it does so smoothly (on the UCI files, 3 × 10-fold, a patience of
 * two chose the same step counts and changed no cross-validated figure). So the cost follows the steps the
 * rows want (at most the next candidate past the best), not the top of the grid, and the grid can reach far
 * without slowing every school.
 *
 * The criterion is the mean inner log-loss (cross-entropy), lowest wins, fewer steps on a tie. A school reads
 * two things from the model: the order of its students (who the counsellors see first) and each student's
 * percentage. Log-loss is a proper scoring rule, so it rewards both, where AUC sees the order only. It is also
 * a smooth function of the steps, where the AUC of a fold of a hundred-odd students moves in steps of one pair
 * and is flat over most of the grid, so the choice it makes is steadier across folds.
 */
import { seededRandom } from '../random';
import { stratifiedGroupFolds } from './folds';
import { type LogisticWalk, risksOfFit, startLogisticWalk } from './logistic';
import { rocAuc } from './metrics';
import { TrainingDataError } from './training-data-error';

/**
 * What the steps are chosen on: the training rows, already encoded with the encoding fitted on all of them
 * (as a scaler fitted before scikit-learn's `LogisticRegressionCV` is), their labels and groups, and the rate.
 */
export interface StepTuningRows {
  readonly encoded: readonly (readonly number[])[];
  readonly labels: readonly number[];
  readonly groups: readonly string[];
  readonly learningRate: number;
}

/** Lower is better: the mean inner log-loss, or minus the mean inner AUC. */
export type StepCriterion = 'log-loss' | 'auc';

/** Probabilities are kept this far from 0 and 1, so one confident mistake costs a lot but not infinity. */
const LOG_LOSS_CLIP = 1e-15;

/** Mean cross-entropy −[y log p + (1 − y) log(1 − p)] of `risks` against 0/1 `labels`. */
export function logLoss(risks: readonly number[], labels: readonly number[]): number {
  let sum = 0;
  risks.forEach((risk, i) => {
    const p = Math.min(1 - LOG_LOSS_CLIP, Math.max(LOG_LOSS_CLIP, risk));
    sum -= labels[i] === 1 ? Math.log(p) : Math.log(1 - p);
  });
  return sum / risks.length;
}

/** `candidates` sorted ascending without repeats. Throws `RangeError` when there is none or one is not ≥ 1. */
export function sortedCandidates(candidates: readonly number[]): number[] {
  const sorted = [...new Set(candidates)].sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('At least one step count is needed to choose from.');
  for (const steps of sorted) {
    if (!Number.isInteger(steps) || steps < 1) {
      throw new RangeError(`Step counts must be whole numbers of at least 1, not ${steps}.`);
    }
  }
  return sorted;
}

/** Candidates in a row that may fail to beat the best before the walk stops (see the module comment). */
export const STEP_PATIENCE = 1;

/**
 * The candidate step count with the lowest mean loss (`criterion`) over `innerFolds` inner folds of `rows`
 * (seeded by `seed`; ties within 1e-12 go to fewer steps), candidates tried in ascending order until
 * `STEP_PATIENCE` in a row fail to beat the best. With one candidate, that one. When the rows are too few to
 * split into inner folds (fewer students of an outcome than folds), the smallest candidate: the strongest
 * shrinkage is the cautious choice when the data cannot tell. Cost: `innerFolds` walks on (innerFolds − 1) /
 * innerFolds of the rows, each as long as the last candidate tried. Throws as `startLogisticWalk` does, and
 * `RangeError` for bad candidates.
 */
export function chooseSteps(
  rows: StepTuningRows,
  candidates: readonly number[],
  innerFolds: number,
  seed: number,
  criterion: StepCriterion = 'log-loss',
): number {
  const grid = sortedCandidates(candidates);
  const smallest = grid[0] as number;
  if (grid.length === 1) return smallest;
  let foldOf: number[];
  try {
    foldOf = stratifiedGroupFolds(rows.labels, rows.groups, innerFolds, seededRandom(seed));
  } catch (error) {
    if (error instanceof TrainingDataError && error.problem === 'too-few-rows') return smallest;
    throw error;
  }
  const walks = Array.from({ length: innerFolds }, (_, fold) => innerWalk(rows, foldOf, fold));
  const lossOf = ({ walk, test }: InnerWalk, steps: number) => {
    const risks = risksOfFit(walk.advanceTo(steps), test.encoded);
    return criterion === 'log-loss' ? logLoss(risks, test.labels) : -rocAuc(risks, test.labels);
  };
  let best = smallest;
  let bestLoss = Number.POSITIVE_INFINITY;
  let sinceBest = 0;
  for (const steps of grid) {
    const loss = walks.reduce((sum, inner) => sum + lossOf(inner, steps), 0) / innerFolds;
    // Stryker disable next-line EqualityOperator: `<=` differs only when the loss lands exactly on that bound
    if (loss < bestLoss - 1e-12) {
      best = steps;
      bestLoss = loss;
      sinceBest = 0;
      continue;
    }
    sinceBest += 1;
    // Stryker disable next-line ConditionalExpression: with a patience of 1 the first miss always stops the walk
    if (sinceBest >= STEP_PATIENCE) break;
  }
  return best;
}

interface InnerWalk {
  readonly walk: LogisticWalk;
  readonly test: { readonly encoded: (readonly number[])[]; readonly labels: number[] };
}

/** The walk trained on every inner fold but `fold`, and that fold's rows to score it on. */
function innerWalk(rows: StepTuningRows, foldOf: readonly number[], fold: number): InnerWalk {
  const train: number[] = [];
  const test: number[] = [];
  foldOf.forEach((f, row) => (f === fold ? test : train).push(row));
  const pick = <T>(values: readonly T[], at: readonly number[]) => at.map((row) => values[row] as T);
  return {
    walk: startLogisticWalk(pick(rows.encoded, train), pick(rows.labels, train), rows.learningRate),
    test: { encoded: pick(rows.encoded, test), labels: pick(rows.labels, test) },
  };
}
