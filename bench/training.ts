/**
 * Training time: 5-fold cross-validation plus the final fit on the 1,044-row joined sample, ours against
 * `ml-logistic-regression` with its default settings (50,000 steps at rate 5e-4, one classifier per class) on
 * the same folds. A default fit takes about a minute, so by default each of its six fits runs a slice of the
 * steps and is scaled up: every step does the same matrix work, so time is linear in steps. `--full-default`
 * runs all 50,000 steps instead.
 */
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import type { StudentRecord } from '../src/core/data/dictionary';
import { matchKey } from '../src/core/data/match-key';
import { type CrossValidationInput, trainAndValidate } from '../src/core/model/cross-validation';
import { encodeRecords, fitEncoding } from '../src/core/model/encoding';
import { featureSetFor, type TermMoment } from '../src/core/model/feature-sets';
import { failLabels } from '../src/core/model/target';
import { loadUciJoined } from '../test/support/uci';
import { fmtMs, medianMs } from './stats';

const DEFAULT_STEPS = 50_000;

function input(moment: TermMoment): CrossValidationInput {
  const records = loadUciJoined();
  return {
    records,
    labels: failLabels(records),
    groups: records.map(matchKey),
    featureSet: featureSetFor(moment, Object.keys(records[0] ?? {})),
  };
}

/** Milliseconds for the library's default fit on each of the 5 training folds and on all rows. */
function libraryDefaultMs(cv: CrossValidationInput, foldOf: readonly number[], steps: number): number {
  const fits = [0, 1, 2, 3, 4, -1].map((fold) => {
    const rows = cv.records.map((_, i) => i).filter((i) => foldOf[i] !== fold);
    return {
      records: rows.map((i) => cv.records[i] as StudentRecord),
      labels: rows.map((i) => cv.labels[i] as number),
    };
  });
  let total = 0;
  for (const fit of fits) {
    const encoding = fitEncoding(fit.records, cv.featureSet.attributes, cv.featureSet.encoding);
    const x = new Matrix(encodeRecords(encoding, fit.records).map((row) => [1, ...row]));
    const y = Matrix.columnVector(fit.labels);
    const started = process.hrtime.bigint();
    new LogisticRegression({ numSteps: steps }).train(x, y);
    total += Number(process.hrtime.bigint() - started) / 1e6;
  }
  return total * (DEFAULT_STEPS / steps);
}

export interface TrainingFigures {
  moment: TermMoment;
  oursMs: number;
  libraryDefaultMs: number;
  libraryStepsRun: number;
}

export function benchTraining(fullDefault = process.argv.includes('--full-default')): TrainingFigures[] {
  return (['early', 'mid'] as const).map((moment) => {
    const cv = input(moment);
    const oursMs = medianMs(() => trainAndValidate(cv, { folds: 5, seed: 1 }), 5);
    const { foldOf } = trainAndValidate(cv, { folds: 5, seed: 1 }).validation;
    const steps = fullDefault ? DEFAULT_STEPS : 1_000;
    return { moment, oursMs, libraryDefaultMs: libraryDefaultMs(cv, foldOf, steps), libraryStepsRun: steps };
  });
}

export function printTraining(rows: TrainingFigures[]): void {
  console.log('\nTraining: 5-fold CV + final fit on the 1,044-row joined sample (Node, median of 5):');
  for (const r of rows) {
    const scaled =
      r.libraryStepsRun < DEFAULT_STEPS
        ? ` (${r.libraryStepsRun} steps a fit run, scaled ×${DEFAULT_STEPS / r.libraryStepsRun})`
        : '';
    console.log(
      `  ${r.moment}-term: PassCompass ${fmtMs(r.oursMs)}; ml-logistic-regression defaults ${(r.libraryDefaultMs / 1000).toFixed(0)} s${scaled}; ` +
        `ratio ${(r.libraryDefaultMs / r.oursMs).toFixed(0)}×`,
    );
  }
}
