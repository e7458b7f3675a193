/**
 * Cross-validation of the logistic model, and the final fit the school gets. The rows are split into k
 * stratified, grouped folds (`folds.ts`: a student in both courses stays on one side). For each fold the
 * encoding, the model and the operating threshold are fitted on the other k − 1 folds only, then the held-out
 * fold is scored. Per-fold metrics are summarised as mean ± sd; `trainAndValidate` then fits the same way on
 * every row. Nothing is tuned on a test fold: the step count is chosen from the feature set's grid by an inner
 * cross-validation of the training folds (`step-tuning.ts`), and the threshold on the training folds' own
 * predictions. The final model's steps are chosen the same way, on all rows.
 */
import type { StudentRecord } from '../data/dictionary';
import { seededRandom } from '../random';
import type { EncodingOptions } from './encoding';
import type { TuningRecord } from './evidence';
import { stratifiedGroupFolds } from './folds';
import {
  type LogisticModel,
  type TrainingSettings,
  assertNoFinalGrade,
  risksOfEncoded,
  startModelWalk,
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
import { type StepCriterion, chooseSteps, sortedCandidates } from './step-tuning';
import { type ThresholdCriterion, chooseThreshold } from './threshold';
import { TrainingDataError } from './training-data-error';

/** Steps chosen per training set from `stepCandidates` (see `step-tuning.ts`), at a per-row `learningRate`. */
export interface StepGrid {
  readonly stepCandidates: readonly number[];
  readonly learningRate: number;
}

/** How a model is trained: a grid to choose the steps from, or fixed steps (nothing chosen). */
export type TrainingPlan = StepGrid | TrainingSettings;

export interface CrossValidationInput {
  readonly records: readonly StudentRecord[];
  /** 1 = fail (G3 below the pass mark), 0 = pass; one per record. */
  readonly labels: readonly number[];
  /** Rows with the same key always share a fold (use `matchKey`); one per record. */
  readonly groups: readonly string[];
  /** The inputs and how to train on them (see `featureSetFor`). */
  readonly featureSet: {
    readonly attributes: readonly string[];
    readonly training: TrainingPlan;
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
  /** Step counts to choose from, instead of the feature set's own (its grid, or its fixed steps). */
  readonly stepCandidates?: readonly number[];
  /** Inner folds the steps are chosen on, inside each training set; default 3. */
  readonly innerFolds?: number;
  /** What the inner folds minimise; default `log-loss` (see `step-tuning.ts`). */
  readonly stepCriterion?: StepCriterion;
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

/** A trained model, its operating threshold, how it was validated, and what was chosen from data. */
export interface ValidatedModel {
  readonly model: LogisticModel;
  readonly threshold: number;
  readonly validation: CrossValidationResult;
  readonly tuning: TuningRecord;
}

/** A model fitted on every row of its input, and its operating threshold (chosen on those rows). */
export interface Fitted {
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

/** The step counts to choose from: the option's, else the feature set's grid, else its fixed steps. */
export function stepCandidatesOf(input: CrossValidationInput, options: CrossValidationOptions): number[] {
  const { training } = input.featureSet;
  const own = 'stepCandidates' in training ? training.stepCandidates : [training.steps];
  return sortedCandidates(options.stepCandidates ?? own);
}

/** Inner folds seed: apart from the outer folds' seed, so the inner split is not a copy of the outer one. */
const innerSeed = (options: CrossValidationOptions) => (options.seed ?? 1) + 1;

/**
 * The final fit without the cross-validation: the steps chosen on `input`'s rows (inner folds), then the model
 * and its threshold fitted on every row. Throws as `crossValidate` does.
 */
export function trainFinalModel(input: CrossValidationInput, options: CrossValidationOptions = {}): Fitted {
  const { attributes, training, encoding } = input.featureSet;
  const { learningRate } = training;
  const walk = startModelWalk(input.records, input.labels, attributes, learningRate, encoding);
  const steps = chooseSteps(
    { encoded: walk.encoded, labels: input.labels, groups: input.groups, learningRate },
    stepCandidatesOf(input, options),
    options.innerFolds ?? 3,
    innerSeed(options),
    options.stepCriterion,
  );
  const model = walk.modelAt(steps);
  const criterion = options.thresholdCriterion ?? 'f1';
  return { model, threshold: chooseThreshold(risksOfEncoded(model, walk.encoded), input.labels, criterion) };
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
 * k-fold cross-validation (see the module comment). Cost per fold, on (k−1)/k of the rows: one encoding, the
 * inner folds' walks (as far as the candidate after the best; none with a single candidate) and one walk to
 * the chosen steps. Throws `RangeError` for mismatched lengths, a bad k, or G3 among the inputs;
 * `TrainingDataError` for no rows, one class only, no features, or too few rows or students of an outcome for
 * k folds.
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
  // Sized up front so a large roster's risks stay one packed array (rows are written out of order below).
  // Stryker disable next-line ArrayDeclaration: every row is in exactly one test fold, so every slot is written below
  const outOfFold = new Array<number>(input.records.length).fill(Number.NaN);
  const folds: FoldEvaluation[] = [];
  for (let fold = 0; fold < k; fold += 1) {
    const train: number[] = [];
    const test: number[] = [];
    foldOf.forEach((f, row) => (f === fold ? test : train).push(row));
    const fitted = trainFinalModel(subset(input, train), options);
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
 * Cross-validates, then chooses the steps and fits the model and its threshold on every row: what a school
 * trains and promotes. Throws as `crossValidate` does.
 */
export function trainAndValidate(
  input: CrossValidationInput,
  options: CrossValidationOptions = {},
): ValidatedModel {
  const validation = crossValidate(input, options);
  const fitted = trainFinalModel(input, options);
  const tuning: TuningRecord = {
    steps: fitted.model.training.steps,
    candidates: stepCandidatesOf(input, options),
    stepsPerFold: validation.folds.map((fold) => fold.steps),
    thresholdCriterion: options.thresholdCriterion ?? 'f1',
  };
  return { ...fitted, validation, tuning };
}
