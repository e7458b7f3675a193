/**
 * Training time, three ways.
 *
 * 1. One fit: `ml-logistic-regression` 2.0.0's two-class `train` (what `logistic.ts` ran before it had its own
 *    loop) against our gradient walk (`gradient-path.ts`), which gives the same weights bit for bit, on the
 *    same design and rate: the 1,044 joined UCI rows early (10 steps) and mid-term (100 steps), and 20,000
 *    seeded synthetic rows × 46 columns (100 steps). The safe-rate computation, common to both, is left out.
 * 2. What Train runs: `trainCalibrated` on the 1,044 joined rows with the add-on's default settings (5 folds,
 *    seed 1), early (setup C) and mid-term (setup B, G1 without G2): the steps chosen by inner cross-validation
 *    in each training fold and on all rows, the threshold, and the nested calibration decision.
 * 3. The library with its default settings (50,000 steps at rate 5e-4, one classifier per class) on the same
 *    five training folds and all rows, for the ratio. A default fit takes about a minute, so by default each of
 *    its six fits runs a slice of the steps and is scaled up (time is linear in steps); `--full-default` runs
 *    all 50,000.
 *
 *   npx tsx bench/training.ts [--full-default]     (also part of `npm run bench`)
 *
 * Timings are medians; on a shared machine they move with its load, so compare figures from one run.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import type { StudentRecord } from '../src/core/data/dictionary';
import { matchKey } from '../src/core/data/match-key';
import { trainCalibrated } from '../src/core/model/calibrated-training';
import type { CrossValidationInput } from '../src/core/model/cross-validation';
import { encodeRecords, fitEncoding } from '../src/core/model/encoding';
import { featureSetFor, type TermMoment } from '../src/core/model/feature-sets';
import { stratifiedGroupFolds } from '../src/core/model/folds';
import { startGradientWalk, toRowMajor } from '../src/core/model/gradient-path';
import { safeLearningRate } from '../src/core/model/step-size';
import { failLabels } from '../src/core/model/target';
import { seededRandom } from '../src/core/random';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import { loadUciJoined } from '../test/support/uci';
import { fmtMs, medianMs } from './stats';

const DEFAULT_STEPS = 50_000;

/** The joined rows with the feature set of `moment` (mid-term: G1 only, setup B, as Train sees it in term). */
function input(moment: TermMoment): CrossValidationInput {
  const records = loadUciJoined();
  const columns = Object.keys(records[0] ?? {}).filter((name) => moment === 'early' || name !== 'G2');
  return {
    records,
    labels: failLabels(records),
    groups: records.map(matchKey),
    featureSet: featureSetFor(moment, columns),
  };
}

/** `records` encoded as `logistic.ts` fits them: standardised, with a ones column first. */
function designOf(cv: CrossValidationInput, records: readonly StudentRecord[]): number[][] {
  const encoding = fitEncoding(records, cv.featureSet.attributes, cv.featureSet.encoding);
  return encodeRecords(encoding, records).map((row) => [1, ...row]);
}

/** 20,000 rows × 46 columns (a ones column and 45 standard normal-ish ones), labels from a known model. */
function syntheticDesign(rows: number, columns: number): { design: number[][]; labels: number[] } {
  const random = seededRandom(46);
  const normal = () => random() + random() + random() - 1.5;
  const design = Array.from({ length: rows }, () =>
    Array.from({ length: columns }, (_, k) => (k === 0 ? 1 : 2 * normal())),
  );
  const labels = design.map((row) => {
    const z = -1.2 + 0.8 * (row[1] as number) - 0.5 * (row[2] as number) + 0.3 * (row[3] as number);
    return random() < 1 / (1 + Math.exp(-z)) ? 1 : 0;
  });
  return { design, labels };
}

export interface PerFitFigure {
  label: string;
  rows: number;
  columns: number;
  steps: number;
  libraryMs: number;
  oursMs: number;
}

function perFit(label: string, design: number[][], labels: number[], steps: number): PerFitFigure {
  const rate = Math.min(1, safeLearningRate(design)) / design.length;
  const runs = design.length > 5_000 ? 3 : 9;
  const libraryMs = medianMs(() => {
    const trainer = LogisticRegression.load({
      name: 'LogisticRegression',
      numSteps: steps,
      learningRate: rate,
      numberClasses: 1,
      classifiers: [{ numSteps: steps, learningRate: rate, weights: null }],
    }).classifiers[0];
    trainer?.train(new Matrix(design), Matrix.columnVector(labels));
  }, runs);
  const oursMs = medianMs(() => startGradientWalk(toRowMajor(design), labels, rate).advanceTo(steps), runs);
  return { label, rows: design.length, columns: design[0]?.length ?? 0, steps, libraryMs, oursMs };
}

export interface TrainFigure {
  moment: TermMoment;
  trainCalibratedMs: number;
  steps: number;
  stepsPerFold: readonly number[];
  candidates: readonly number[];
  calibration: string;
}

function trainTime(moment: TermMoment): TrainFigure {
  const cv = input(moment);
  const { folds, seed, capacity } = DEFAULT_SETTINGS;
  const options = { folds, seed, topKShare: Math.min(1, capacity / cv.records.length) };
  const trainCalibratedMs = medianMs(() => trainCalibrated(cv, options), 5);
  const trained = trainCalibrated(cv, options);
  return {
    moment,
    trainCalibratedMs,
    steps: trained.tuning.steps,
    stepsPerFold: trained.tuning.stepsPerFold,
    candidates: trained.tuning.candidates,
    calibration: trained.calibration.method,
  };
}

/** Milliseconds for the library's default fit on each of the 5 training folds and on all rows. */
function libraryDefaultMs(cv: CrossValidationInput, foldOf: readonly number[], steps: number): number {
  let total = 0;
  for (const fold of [0, 1, 2, 3, 4, -1]) {
    const rows = cv.records.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    const x = new Matrix(
      designOf(
        cv,
        rows.map((i) => cv.records[i] as StudentRecord),
      ),
    );
    const y = Matrix.columnVector(rows.map((i) => cv.labels[i] as number));
    const started = process.hrtime.bigint();
    new LogisticRegression({ numSteps: steps }).train(x, y);
    total += Number(process.hrtime.bigint() - started) / 1e6;
  }
  return total * (DEFAULT_STEPS / steps);
}

export interface TrainingFigures {
  perFit: PerFitFigure[];
  train: TrainFigure[];
  libraryDefault: { moment: TermMoment; ms: number; stepsRun: number; oursMs: number }[];
}

export function benchTraining(fullDefault = process.argv.includes('--full-default')): TrainingFigures {
  const early = input('early');
  const mid = input('mid');
  const synthetic = syntheticDesign(20_000, 46);
  const perFitFigures = [
    perFit('joined UCI, early', designOf(early, early.records), [...early.labels], 10),
    perFit('joined UCI, mid-term', designOf(mid, mid.records), [...mid.labels], 100),
    perFit('synthetic', synthetic.design, synthetic.labels, 100),
  ];
  const train = [trainTime('early'), trainTime('mid')];
  const stepsRun = fullDefault ? DEFAULT_STEPS : 1_000;
  const libraryDefault = train.map((figure) => {
    const cv = figure.moment === 'early' ? early : mid;
    const foldOf = stratifiedGroupFolds(cv.labels, cv.groups, 5, seededRandom(1)); // crossValidate's folds
    return {
      moment: figure.moment,
      ms: libraryDefaultMs(cv, foldOf, stepsRun),
      stepsRun,
      oursMs: figure.trainCalibratedMs,
    };
  });
  return { perFit: perFitFigures, train, libraryDefault };
}

export function printTraining(figures: TrainingFigures): void {
  console.log(
    '\nOne fit: ml-logistic-regression 2.0.0 train vs our gradient walk (same weights bit for bit):',
  );
  for (const f of figures.perFit) {
    console.log(
      `  ${f.label}, ${f.rows.toLocaleString('en')} rows × ${f.columns} columns, ${f.steps} steps: library ` +
        `${fmtMs(f.libraryMs)}, ours ${fmtMs(f.oursMs)} (${(f.libraryMs / f.oursMs).toFixed(1)}× faster)`,
    );
  }
  console.log(
    '\nTrain model: trainCalibrated on the 1,044 joined rows, 5 folds, seed 1 (steps chosen in every training ' +
      'fold and on all rows; median of 5):',
  );
  for (const t of figures.train) {
    console.log(
      `  ${t.moment}-term: ${fmtMs(t.trainCalibratedMs)}; steps ${t.steps} (folds ${t.stepsPerFold.join(', ')}; ` +
        `grid ${t.candidates.join(', ')}); calibration ${t.calibration}`,
    );
  }
  console.log('\nAgainst ml-logistic-regression with its defaults on the same folds:');
  for (const r of figures.libraryDefault) {
    const scaled =
      r.stepsRun < DEFAULT_STEPS
        ? ` (${r.stepsRun} steps a fit run, scaled ×${DEFAULT_STEPS / r.stepsRun})`
        : '';
    console.log(
      `  ${r.moment}-term: library defaults ${(r.ms / 1000).toFixed(0)} s${scaled}; ` +
        `PassCompass ${fmtMs(r.oursMs)}; ratio ${(r.ms / r.oursMs).toFixed(0)}×`,
    );
  }
}

if (require.main === module) printTraining(benchTraining());
