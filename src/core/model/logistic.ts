/**
 * The logistic model: fitted on standardised features, returned as plain JSON (intercept, a coefficient per
 * feature name, and the encoding), so that scoring (`score.ts`) is a dot product and a sigmoid, and a saved
 * version scores the same next term. The probability the model gives is P(fail), pinned by a test.
 *
 * How it is fitted, and why: plain gradient ascent from zero (`gradient-path.ts`, which reproduces
 * `ml-logistic-regression` 2.0.0 bit for bit without its per-step matrix copies). There is no intercept in
 * that update, so a column of ones is prepended; the update is w += rate × Xᵀ(y − p), a gradient summed over
 * rows, so the per-row rate is divided by n here; there is no penalty and no convergence test, so the number
 * of steps is the regulariser (early stopping: starting from zero, few steps keep coefficients small; Yao,
 * Rosasco and Caponnetto, 2007), and it is chosen by cross-validation inside the training rows
 * (`step-tuning.ts`). The rate is capped at the rate that guarantees descent (`step-size.ts`). Fitting is
 * deterministic.
 */
import { FINAL_GRADE, type StudentRecord } from '../data/dictionary';
import { type Encoding, type EncodingOptions, encodeRecords, fitEncoding } from './encoding';
import { startGradientWalk, toRowMajor } from './gradient-path';
import { sigmoid } from './score';
import { safeLearningRate } from './step-size';
import { TrainingDataError, assertTrainableLabels } from './training-data-error';

/** Gradient descent settings. `learningRate` is per row, i.e. a step on the mean log-likelihood. */
export interface TrainingSettings {
  readonly steps: number;
  readonly learningRate: number;
}

/** Where a model fitted outside PassCompass came from (`core/sql/bqml-weights.ts`). */
export interface ImportedOrigin {
  readonly from: 'BigQuery ML';
  /** The version whose encoding (inputs, means, deviations, levels) the weights were fitted on. */
  readonly inputsOf: number;
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
  /**
   * Set when the coefficients were fitted elsewhere and imported: then `training` holds the labelled rows the
   * import measured the model on, and steps and rates are 0 (PassCompass took no gradient step).
   */
  readonly origin?: ImportedOrigin;
  /** The PassCompass release that registered it (package.json's version); absent in earlier versions' JSON. */
  readonly addOnVersion?: string;
}

/** Weights fitted on a standardised matrix (without the ones column). */
export interface LogisticFit {
  readonly intercept: number;
  readonly weights: readonly number[];
  readonly appliedRate: number;
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

/** Gradient ascent on a standardised matrix in progress: the weights after any number of steps. */
export interface LogisticWalk {
  /** The per-row rate used: the rate asked for, capped at the safe rate for these rows. */
  readonly appliedRate: number;
  /** Carries the walk on to `steps` steps in all (never back). Throws `RangeError` for fewer than taken. */
  readonly advanceTo: (steps: number) => LogisticFit;
}

/**
 * Starts fitting P(label = 1) on `features` (rows × p, already standardised) at per-row `learningRate`. Each
 * step costs O(n p). Throws `RangeError` for mismatched shapes or a bad rate, `TrainingDataError` for no rows,
 * one class only, or no feature columns.
 */
export function startLogisticWalk(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  learningRate: number,
): LogisticWalk {
  assertTrainingSettings({ steps: 1, learningRate });
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
  const appliedRate = Math.min(learningRate, safeLearningRate(design));
  const walk = startGradientWalk(toRowMajor(design), labels, appliedRate / design.length);
  return {
    appliedRate,
    advanceTo(steps: number) {
      const weights = walk.advanceTo(steps);
      if (!weights.every(Number.isFinite))
        throw new Error('Gradient ascent diverged: a weight is not finite.');
      const [intercept, ...rest] = Array.from(weights) as [number, ...number[]];
      return { intercept, weights: rest, appliedRate };
    },
  };
}

/**
 * Fits P(label = 1) on `features` (rows × p, already standardised): the weights after `settings.steps` steps.
 * Cost: steps × O(n p). Throws `RangeError` for mismatched shapes or bad settings, `TrainingDataError` for no
 * rows, one class only, or no feature columns.
 */
export function fitLogisticMatrix(
  features: readonly (readonly number[])[],
  labels: readonly number[],
  settings: TrainingSettings,
): LogisticFit {
  assertTrainingSettings(settings);
  return startLogisticWalk(features, labels, settings.learningRate).advanceTo(settings.steps);
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
  assertTrainingSettings(settings);
  return startModelWalk(records, labels, attributes, settings.learningRate, encodingOptions).modelAt(
    settings.steps,
  );
}

/** A model in training: its encoding, the training rows it encoded, and the model after any step count. */
export interface ModelWalk {
  readonly encoding: Encoding;
  /** The training records, standardised (`encodeRecords`), so that scoring them need not encode again. */
  readonly encoded: readonly (readonly number[])[];
  /** The model `trainLogisticModel` would return for `steps` (never fewer than the last asked). */
  readonly modelAt: (steps: number) => LogisticModel;
}

/**
 * P(label = 1) of already standardised `rows` under `model`: what `riskOfFailing` gives for the records they
 * encode, the same operations in the same order, without encoding again. O(rows × features).
 */
export function risksOfEncoded(model: LogisticModel, rows: readonly (readonly number[])[]): number[] {
  const weights = model.encoding.features.map((feature) => model.coefficients[feature.name] as number);
  return risksOfFit({ intercept: model.intercept, weights }, rows);
}

/** `risksOfEncoded` for weights fitted on a standardised matrix (`LogisticFit`), in its column order. */
export function risksOfFit(
  fit: Pick<LogisticFit, 'intercept' | 'weights'>,
  rows: readonly (readonly number[])[],
): number[] {
  return rows.map((row) => {
    let z = fit.intercept;
    for (let j = 0; j < fit.weights.length; j += 1) z += (fit.weights[j] as number) * (row[j] as number);
    return sigmoid(z);
  });
}

/**
 * One encoding and one run of gradient ascent on `records`, read at any step count (never smaller than the
 * last one asked) as the model `trainLogisticModel` would return for it. Throws as `trainLogisticModel` does.
 */
export function startModelWalk(
  records: readonly StudentRecord[],
  labels: readonly number[],
  attributes: readonly string[],
  learningRate: number,
  encodingOptions: EncodingOptions = {},
): ModelWalk {
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
  const encoded = encodeRecords(encoding, records);
  const walk = startLogisticWalk(encoded, labels, learningRate);
  const failures = labels.reduce((sum, label) => sum + label, 0);
  const modelAt = (steps: number): LogisticModel => {
    assertTrainingSettings({ steps, learningRate });
    const fit = walk.advanceTo(steps);
    const coefficients: Record<string, number> = {};
    encoding.features.forEach((feature, j) => (coefficients[feature.name] = fit.weights[j] as number));
    return {
      kind: 'logistic-regression',
      version: 1,
      predicts: 'P(fail)',
      intercept: fit.intercept,
      coefficients,
      encoding,
      training: { steps, learningRate, appliedRate: fit.appliedRate, rows: records.length, failures },
    };
  };
  return { encoding, encoded, modelAt };
}
