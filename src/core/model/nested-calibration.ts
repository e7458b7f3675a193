/**
 * Calibration fitted the honest way inside cross-validation: for each outer fold, the training rows are
 * cross-validated again (the inner folds), a correction is fitted on those inner out-of-fold risks, and only
 * then applied to the outer fold's test risks. The test fold's labels never reach the correction, so the Brier
 * score measured after it is what a school would see next year (as scikit-learn's
 * `CalibratedClassifierCV(ensemble=False)` inside an outer cross-validation).
 *
 * The inner folds train with the steps the outer fold chose (on its own training rows), not by choosing them
 * again in every inner fold, and on the outer training rows encoded once, with their own encoding (as the step
 * tuning does, `step-tuning.ts`): the outer test fold still never reaches any choice, and a third level of
 * inner folds would multiply the training time for a correction that only needs risks shaped like the model's.
 */
import {
  type Calibration,
  type ReliabilityBin,
  calibrate,
  fitIsotonic,
  fitPlatt,
  reliabilityTable,
} from './calibration';
import { seededRandom } from '../random';
import { type CrossValidationInput, type CrossValidationResult, subset } from './cross-validation';
import { encodeRecords, fitEncoding } from './encoding';
import { stratifiedGroupFolds } from './folds';
import { risksOfFit, startLogisticWalk } from './logistic';
import { brierScore } from './metrics';

export interface CalibratedRisks {
  /** Out-of-fold risks after each correction, one per row of the input (NaN for none). */
  readonly platt: number[];
  readonly isotonic: number[];
}

/** The corrections fitted on the inner out-of-fold risks of `trainRows`, trained with `steps` steps. */
export function innerCalibrations(
  input: CrossValidationInput,
  trainRows: readonly number[],
  innerFolds: number,
  seed: number,
  steps: number,
): { platt: Calibration; isotonic: Calibration } {
  const rows = subset(input, trainRows);
  const outOfFold = innerOutOfFoldRisks(rows, innerFolds, seed, steps);
  return { platt: fitPlatt(outOfFold, rows.labels), isotonic: fitIsotonic(outOfFold, rows.labels) };
}

/**
 * The out-of-fold risks of `rows` over `innerFolds` stratified, grouped folds (seeded by `seed`), each fold's
 * model fitted with `steps` steps on the others, all on `rows` encoded once. Throws `TrainingDataError` when
 * the rows are too few to split or have no usable feature.
 */
function innerOutOfFoldRisks(
  rows: CrossValidationInput,
  innerFolds: number,
  seed: number,
  steps: number,
): number[] {
  const { attributes, encoding, training } = rows.featureSet;
  const foldOf = stratifiedGroupFolds(rows.labels, rows.groups, innerFolds, seededRandom(seed));
  const encoded = encodeRecords(fitEncoding(rows.records, attributes, encoding), rows.records);
  // Stryker disable next-line ArrayDeclaration: every row is in one of the inner folds, so every slot is written below
  const risks = new Array<number>(rows.records.length).fill(Number.NaN);
  // `!==` rather than `<`: the same loop (innerFolds is a whole number, or stratifiedGroupFolds threw), but a `<=`
  // slip would only train one more model on every row, for a fold with no test rows.
  for (let fold = 0; fold !== innerFolds; fold += 1) {
    const train: number[] = [];
    const test: number[] = [];
    foldOf.forEach((f, row) => (f === fold ? test : train).push(row));
    const walk = startLogisticWalk(
      train.map((row) => encoded[row] as number[]),
      train.map((row) => rows.labels[row] as number),
      training.learningRate,
    );
    const fit = walk.advanceTo(steps);
    const scores = risksOfFit(
      fit,
      test.map((row) => encoded[row] as number[]),
    );
    test.forEach((row, i) => (risks[row] = scores[i] as number));
  }
  return risks;
}

/** The outer result's out-of-fold risks, each fold's corrected by corrections fitted within its training rows. */
export function nestedCalibratedRisks(
  input: CrossValidationInput,
  outer: CrossValidationResult,
  innerFolds: number,
): CalibratedRisks {
  const rows = input.records.length;
  const platt = new Array<number>(rows).fill(Number.NaN);
  const isotonic = new Array<number>(rows).fill(Number.NaN);
  for (let fold = 0; fold < outer.k; fold += 1) {
    const train: number[] = [];
    const test: number[] = [];
    outer.foldOf.forEach((f, row) => (f === fold ? test : train).push(row));
    const steps = outer.folds[fold]?.steps;
    if (steps === undefined) throw new RangeError(`The outer result has no fold ${fold}.`);
    const fitted = innerCalibrations(input, train, innerFolds, outer.seed + fold + 1, steps);
    for (const row of test) {
      const risk = outer.outOfFold[row] as number;
      platt[row] = calibrate(fitted.platt, risk);
      isotonic[row] = calibrate(fitted.isotonic, risk);
    }
  }
  return { platt, isotonic };
}

export interface CalibrationReport {
  /** Brier score of the out-of-fold risks as they are and after each correction: mean of the folds, per repeat. */
  readonly brier: Readonly<Record<'raw' | 'platt' | 'isotonic', readonly number[]>>;
  /** Reliability of all out-of-fold risks of every repeat, as they are and after each correction. */
  readonly reliability: Readonly<Record<'raw' | 'platt' | 'isotonic', readonly ReliabilityBin[]>>;
}

/** Both corrections measured on the outer results of every repeat (see the module comment). */
export function calibrationReport(
  input: CrossValidationInput,
  outers: readonly CrossValidationResult[],
  innerFolds: number,
): CalibrationReport {
  const brier = { raw: [] as number[], platt: [] as number[], isotonic: [] as number[] };
  const pooled = { raw: [] as number[], platt: [] as number[], isotonic: [] as number[] };
  const labels: number[] = [];
  for (const outer of outers) {
    const corrected = nestedCalibratedRisks(input, outer, innerFolds);
    const risks = { raw: [...outer.outOfFold], ...corrected };
    for (const kind of ['raw', 'platt', 'isotonic'] as const) {
      brier[kind].push(foldBrier(outer, risks[kind], input.labels).mean);
      pooled[kind].push(...risks[kind]);
    }
    labels.push(...input.labels);
  }
  return {
    brier,
    reliability: {
      raw: reliabilityTable(pooled.raw, labels),
      platt: reliabilityTable(pooled.platt, labels),
      isotonic: reliabilityTable(pooled.isotonic, labels),
    },
  };
}

/** The Brier score of `risks` on each test fold of `outer`, and their mean. */
export function foldBrier(
  outer: CrossValidationResult,
  risks: readonly number[],
  labels: readonly number[],
): { perFold: number[]; mean: number } {
  const perFold = outer.folds.map((fold) => {
    const rows = outer.foldOf.flatMap((f, row) => (f === fold.fold ? [row] : []));
    return brierScore(
      rows.map((row) => risks[row] as number),
      rows.map((row) => labels[row] as number),
    );
  });
  return { perFold, mean: perFold.reduce((a, b) => a + b, 0) / perFold.length };
}
