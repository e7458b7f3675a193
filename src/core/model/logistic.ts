/**
 * The logistic model: the one module that calls `ml-logistic-regression`. It fits on standardised features
 * and returns a plain-JSON model (intercept, a coefficient per feature name, and the encoding), so that
 * scoring (`score.ts`) is a dot product and a sigmoid that never needs the library, and a saved version
 * scores the same next term. The probability the model gives is P(fail), pinned by a test.
 *
 * How the library is driven, and why: it has no intercept, so a column of ones is prepended; its update is
 * w += rate × Xᵀ(y − p), a gradient summed over rows, so the per-row rate is divided by n here; it has no
 * regularisation and no convergence test, so the number of steps is the regulariser (early stopping: starting
 * from zero, few steps keep coefficients small; Yao, Rosasco and Caponnetto, 2007). The rate is capped at the
 * rate that guarantees descent (`step-size.ts`). Fitting is deterministic: gradient descent from zero.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { FINAL_GRADE, type StudentRecord } from '../data/dictionary';
import { type Encoding, type EncodingOptions, encodeRecords, fitEncoding } from './encoding';
import { safeLearningRate } from './step-size';
import { TrainingDataError, assertTrainableLabels } from './training-data-error';

/** Gradient descent settings. `learningRate` is per row, i.e. a step on the mean log-likelihood. */
export interface TrainingSettings {
  readonly steps: number;
  readonly learningRate: number;
}

/** A trained model; plain JSON. `coefficients` are per standardised feature, in `encoding.features` order. */
export interface LogisticModel {
  readonly kind: 'logistic-regression';
  readonly version: 1;
  /** What the probability means: the model always returns P(fail). */
  readonly predicts: 'P(fail)';
  readonly intercept: number;
  readonly coefficients: Readonly<Record<string, number>>;
  readonly encoding: Encoding;
  readonly training: TrainingSettings & {
    /** The per-row rate actually used: `learningRate`, capped at the safe rate for these rows. */
    readonly appliedRate: number;
    readonly rows: number;
    readonly failures: number;
  };
}

/** Weights fitted on a standardised matrix (without the ones column). */
export interface LogisticFit {
  readonly intercept: number;
  readonly weights: readonly number[];
  readonly appliedRate: number;
}

/**
 * One untrained two-class classifier of the library, which fits P(target = 1). `LogisticRegression.train`
 * would train one classifier per class, i.e. twice, the second being the mirror image of the first; the
 * library's own `load` hands out a single one. A test pins that its weights equal `classifiers[0]` of a full
 * `train`.
 */
function singleClassifier(numSteps: number, learningRate: number) {
  const holder = LogisticRegression.load({
    name: 'LogisticRegression',
    numSteps,
    learningRate,
    numberClasses: 1,
    classifiers: [{ numSteps, learningRate, weights: null }],
  });
  const trainer = holder.classifiers[0];
  if (!trainer) throw new Error('ml-logistic-regression did not create a classifier.');
  return trainer;
}

/** Throws `RangeError` for a step count or rate that is not a positive finite number. */
export function assertTrainingSettings(settings: TrainingSettings): void {
  if (!Number.isInteger(settings.steps) || settings.steps < 1) {
    throw new RangeError(`Steps must be a whole number of at least 1, not ${settings.steps}.`);
  }
  if (!(settings.learningRate > 0) || !Number.isFinite(settings.learningRate)) {
    throw new RangeError(`The learning rate must be a positive number, not ${settings.learningRate}.`);
  }
}

/**
 * Fits P(label = 1) on `features` (rows × p, already standardised) with the library. Cost: steps × O(n p).
 * Throws `RangeError` for mismatched shapes or bad settings, `TrainingDataError` for no rows, one class only,
 * or no feature columns.
 */
export function fitLogisticMatrix(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  settings: TrainingSettings,
): LogisticFit {
  assertTrainingSettings(settings);
  if (features.length !== labels.length) {
    throw new RangeError(`${features.length} feature rows but ${labels.length} labels.`);
  }
  assertTrainableLabels(labels);
  const p = features[0]?.length ?? 0;
  if (p === 0) throw new TrainingDataError('no-features', 'No usable feature is left to train on.');
  const design = features.map((row) => {
    if (row.length !== p) throw new RangeError(`Feature rows have ${row.length} and ${p} columns.`);
    return [1, ...row];
  });
  const appliedRate = Math.min(settings.learningRate, safeLearningRate(design));
  const trainer = singleClassifier(settings.steps, appliedRate / design.length);
  trainer.train(new Matrix(design), Matrix.columnVector([...labels]));
  const weights = trainer.weights?.to1DArray();
  if (!weights || weights.length !== p + 1 || !weights.every(Number.isFinite)) {
    throw new Error('ml-logistic-regression returned no usable weights.');
  }
  const [intercept, ...rest] = weights as [number, ...number[]];
  return { intercept, weights: rest, appliedRate };
}

/**
 * Throws `RangeError` when the final grade is among the inputs: it defines the target, so it is never one.
 */
export function assertNoFinalGrade(attributes: readonly string[]): void {
  if (attributes.includes(FINAL_GRADE)) {
    throw new RangeError(`${FINAL_GRADE} is the final grade the model predicts; it can never be an input.`);
  }
}

/**
 * Fits the encoding of `attributes` and the model on `records` with `labels` (1 = fail). Throws as
 * `fitEncoding` and `fitLogisticMatrix` do, `RangeError` when G3 is an input, and `TrainingDataError`
 * ('no-features') when every feature was dropped as constant or blank.
 */
export function trainLogisticModel(
  records: readonly StudentRecord[],
  labels: readonly number[],
  attributes: readonly string[],
  settings: TrainingSettings,
  encodingOptions: EncodingOptions = {},
): LogisticModel {
  assertNoFinalGrade(attributes);
  if (records.length !== labels.length) {
    throw new RangeError(`${records.length} records but ${labels.length} labels.`);
  }
  assertTrainableLabels(labels);
  const encoding = fitEncoding(records, attributes, encodingOptions);
  if (encoding.features.length === 0) {
    throw new TrainingDataError(
      'no-features',
      `None of the ${attributes.length} chosen columns varies in the training rows, ` +
        'so there is nothing to learn from.',
    );
  }
  const fit = fitLogisticMatrix(encodeRecords(encoding, records), labels, settings);
  const coefficients: Record<string, number> = {};
  encoding.features.forEach((feature, j) => (coefficients[feature.name] = fit.weights[j] as number));
  const failures = labels.reduce((sum, label) => sum + label, 0);
  return {
    kind: 'logistic-regression',
    version: 1,
    predicts: 'P(fail)',
    intercept: fit.intercept,
    coefficients,
    encoding,
    training: { ...settings, appliedRate: fit.appliedRate, rows: records.length, failures },
  };
}
