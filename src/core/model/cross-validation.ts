/**
 * Cross-validation of the logistic model, and the final fit the school gets. The rows are split into k
 * stratified, grouped folds (`folds.ts`: a student in both courses stays on one side). For each fold the
 * encoding, the model and the operating threshold are fitted on the other k − 1 folds only, then the held-out
 * fold is scored. Per-fold metrics are summarised as mean ± sd; `trainAndValidate` then fits the same way on
 * every row. Nothing is tuned on a test fold: the step count is fixed per feature set (or, on request, chosen
 * by an inner cross-validation of the training folds), and the threshold is chosen on the training folds' own
 * predictions.
 */
import type { StudentRecord } from '../data/dictionary';
import { seededRandom } from '../random';
import type { EncodingOptions } from './encoding';
import { stratifiedGroupFolds } from './folds';
import {
  type LogisticModel,
  type TrainingSettings,
  assertNoFinalGrade,
  trainLogisticModel,
} from './logistic';
import {
  type ThresholdMetrics,
  type TopKMetrics,
  brierScore,
  metricsAtThreshold,
  rocAuc,
  topKMetrics,
} from './metrics';
import { riskOfFailing } from './score';
import { type MetricSummary, summarise } from './summary';
import { type ThresholdCriterion, chooseThreshold } from './threshold';
import { TrainingDataError } from './training-data-error';

export interface CrossValidationInput {
  readonly records: readonly StudentRecord[];
  /** 1 = fail (G3 below the pass mark), 0 = pass; one per record. */
  readonly labels: readonly number[];
  /** Rows with the same key always share a fold (use `matchKey`); one per record. */
  readonly groups: readonly string[];
  /** The inputs and how to train on them (see `featureSetFor`). */
  readonly featureSet: {
    readonly attributes: readonly string[];
    readonly training: TrainingSettings;
    readonly encoding: EncodingOptions;
  };
}

export interface CrossValidationOptions {
  /** Number of folds, k ≥ 2; default 5. */
  readonly folds?: number;
  /** Seed of the fold shuffle; default 1. */
  readonly seed?: number;
  /** How the operating threshold is chosen on training rows; default `f1`. */
  readonly thresholdCriterion?: ThresholdCriterion;
  /** K for top-K metrics, as a share of the rows scored (rounded, at least 1); default 0.2. */
  readonly topKShare?: number;
  /**
   * Step counts to choose from inside each training set by an inner cross-validation (`innerFolds`, default
   * 3; best mean AUC, fewer steps on a tie). Without it the feature set's fixed steps are used. It costs
   * innerFolds × Σ candidates steps per fit, so it suits benchmarks more than the 2-second training budget.
   */
  readonly stepCandidates?: readonly number[];
  readonly innerFolds?: number;
}

export interface FoldEvaluation {
  readonly fold: number;
  readonly trainRows: number;
  readonly testRows: number;
  readonly testFailures: number;
  readonly auc: number;
  readonly brier: number;
  /** Accuracy of the 50% decision (the probability's own call), comparable with published figures. */
  readonly accuracyAtHalf: number;
  /** Metrics at the operating threshold chosen on the training folds. */
  readonly atThreshold: ThresholdMetrics;
  readonly topK: TopKMetrics;
  /** Gradient steps the fold's model was trained with (fixed, or chosen on its training folds). */
  readonly steps: number;
}

export type SummaryName =
  | 'auc'
  | 'brier'
  | 'accuracyAtHalf'
  | 'accuracy'
  | 'precision'
  | 'recall'
  | 'f1'
  | 'topKRecall'
  | 'topKPrecision';

export interface CrossValidationResult {
  readonly k: number;
  readonly seed: number;
  readonly folds: readonly FoldEvaluation[];
  readonly summary: Readonly<Record<SummaryName, MetricSummary>>;
  /** The fold each row was tested in, and its out-of-fold P(fail). */
  readonly foldOf: readonly number[];
  readonly outOfFold: readonly number[];
}

/** A trained model, its operating threshold, and how it was validated. */
export interface ValidatedModel {
  readonly model: LogisticModel;
  readonly threshold: number;
  readonly validation: CrossValidationResult;
}

interface Fitted {
  readonly model: LogisticModel;
  readonly threshold: number;
}

/** The rows `rows` of `input`, as an input of their own. */
export function subset(input: CrossValidationInput, rows: readonly number[]): CrossValidationInput {
  return {
    records: rows.map((row) => input.records[row] as StudentRecord),
    labels: rows.map((row) => input.labels[row] as number),
    groups: rows.map((row) => input.groups[row] as string),
    featureSet: input.featureSet,
  };
}

/**
 * The candidate step count with the best mean inner-CV AUC on `input` (ties: fewer steps). When the rows are
 * too few for the inner folds, the feature set's own steps are kept: there is nothing to choose with.
 */
function chooseSteps(
  input: CrossValidationInput,
  candidates: readonly number[],
  folds: number,
  seed: number,
) {
  let best = input.featureSet.training.steps;
  let bestAuc = Number.NEGATIVE_INFINITY;
  for (const steps of [...candidates].sort((a, b) => a - b)) {
    const training = { ...input.featureSet.training, steps };
    let auc: number;
    try {
      auc = crossValidate({ ...input, featureSet: { ...input.featureSet, training } }, { folds, seed })
        .summary.auc.mean;
    } catch (error) {
      if (error instanceof TrainingDataError && error.problem === 'too-few-rows') return best;
      throw error;
    }
    if (auc > bestAuc + 1e-12) {
      best = steps;
      bestAuc = auc;
    }
  }
  return best;
}

/** Fits the model (choosing its steps first when asked) and its threshold on every row of `input`. */
function fitWithThreshold(input: CrossValidationInput, options: CrossValidationOptions): Fitted {
  const { attributes, training, encoding } = input.featureSet;
  const steps = options.stepCandidates
    ? chooseSteps(input, options.stepCandidates, options.innerFolds ?? 3, (options.seed ?? 1) + 1)
    : training.steps;
  const model = trainLogisticModel(input.records, input.labels, attributes, { ...training, steps }, encoding);
  const criterion = options.thresholdCriterion ?? 'f1';
  return { model, threshold: chooseThreshold(riskOfFailing(model, input.records), input.labels, criterion) };
}

function assertInput(input: CrossValidationInput): void {
  const n = input.records.length;
  if (input.labels.length !== n || input.groups.length !== n) {
    throw new RangeError(
      `${n} records, ${input.labels.length} labels and ${input.groups.length} groups differ.`,
    );
  }
  assertNoFinalGrade(input.featureSet.attributes);
  if (input.featureSet.attributes.length === 0) {
    throw new TrainingDataError('no-features', 'No columns were chosen as model inputs.');
  }
}

/**
 * k-fold cross-validation (see the module comment). Cost: k fits of `trainLogisticModel` on (k−1)/k of the
 * rows. Throws `RangeError` for mismatched lengths, a bad k, or G3 among the inputs; `TrainingDataError` for
 * no rows, one class only, no features, or too few rows or students of an outcome for k folds.
 */
export function crossValidate(
  input: CrossValidationInput,
  options: CrossValidationOptions = {},
): CrossValidationResult {
  const k = options.folds ?? 5;
  const seed = options.seed ?? 1;
  const share = options.topKShare ?? 0.2;
  if (!(share > 0 && share <= 1)) throw new RangeError(`The top-K share must be in (0, 1], not ${share}.`);
  assertInput(input);
  const foldOf = stratifiedGroupFolds(input.labels, input.groups, k, seededRandom(seed));
  const outOfFold = new Array<number>(input.records.length).fill(Number.NaN);
  const folds: FoldEvaluation[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train: number[] = [];
    const test: number[] = [];
    foldOf.forEach((f, row) => (f === fold ? test : train).push(row));
    const fitted = fitWithThreshold(subset(input, train), options);
    const { records, labels } = subset(input, test);
    const scores = riskOfFailing(fitted.model, records);
    test.forEach((row, i) => (outOfFold[row] = scores[i] as number));
    folds.push({
      fold,
      trainRows: train.length,
      testRows: test.length,
      testFailures: labels.reduce((sum, label) => sum + label, 0),
      auc: rocAuc(scores, labels),
      brier: brierScore(scores, labels),
      accuracyAtHalf: metricsAtThreshold(scores, labels, 0.5).accuracy,
      atThreshold: metricsAtThreshold(scores, labels, fitted.threshold),
      topK: topKMetrics(scores, labels, Math.max(1, Math.round(share * test.length))),
      steps: fitted.model.training.steps,
    });
  }
  const over = (pick: (fold: FoldEvaluation) => number) => summarise(folds.map(pick));
  const summary: Record<SummaryName, MetricSummary> = {
    auc: over((f) => f.auc),
    brier: over((f) => f.brier),
    accuracyAtHalf: over((f) => f.accuracyAtHalf),
    accuracy: over((f) => f.atThreshold.accuracy),
    precision: over((f) => f.atThreshold.precision),
    recall: over((f) => f.atThreshold.recall),
    f1: over((f) => f.atThreshold.f1),
    topKRecall: over((f) => f.topK.recall),
    topKPrecision: over((f) => f.topK.precision),
  };
  return { k, seed, folds, summary, foldOf, outOfFold };
}

/**
 * Cross-validates, then fits the model and its threshold on every row: what a school trains and promotes.
 * Throws as `crossValidate` does.
 */
export function trainAndValidate(
  input: CrossValidationInput,
  options: CrossValidationOptions = {},
): ValidatedModel {
  const validation = crossValidate(input, options);
  return { ...fitWithThreshold(input, options), validation };
}
