/**
 * Training time against scikit-learn, on the 1,044-row joined UCI sample, early term (setup C: no grades) and
 * mid-term (setup B: with G1). PassCompass: `trainCalibrated` with the add-on's default settings
 * (`DEFAULT_SETTINGS`: 5 folds, seed 1, K = capacity), i.e. what Train runs: cross-validation (with whatever
 * tuning the trainer does inside each training fold), the final fit on every row and the nested calibration
 * decision; `trainAndValidate` alone (no calibration decision) is shown too. scikit-learn, through
 * `/usr/bin/python3` (`bench/same-folds/sklearn_cv.py time`): the same work on the same 5 outer folds, i.e. on
 * each training fold a one-hot + standardise + `LogisticRegressionCV` pipeline (10 values of C, lbfgs, C chosen
 * by ROC AUC on 5 stratified grouped inner folds, then refitted), then the same pipeline fitted on every row.
 * Both on one thread; medians of 5 runs after a warm-up, wall-clock and CPU time (the process's user + system
 * time: the steadier figure on a shared machine). scikit-learn is timed inside Python: interpreter
 * start-up and the imports of numpy, pandas and scikit-learn are reported apart, not in the ratio. Without
 * scikit-learn the section says so and reports PassCompass alone.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { trainCalibrated } from '../src/core/model/calibrated-training';
import { trainAndValidate } from '../src/core/model/cross-validation';
import { DEFAULT_SETTINGS } from '../src/core/settings';
import {
  type Setup,
  cellInput,
  exportCell,
  foldAssignments,
  runSklearn,
  sklearnMissing,
} from './same-folds/cells';
import { fmtMs } from './stats';

const RUNS = 5;
const INNER_FOLDS = 5;

interface SklearnTiming {
  sklearn: string;
  python: string;
  importSeconds: number;
  totalSeconds: number;
  seconds: number[];
  cpuSeconds: number[];
  finalC: number;
  convergenceWarnings: number;
}

export interface TrainingVsSklearnRow {
  moment: 'early' | 'mid';
  setup: Setup;
  rows: number;
  /** Gradient steps of the final model and of the fold models (more than one value when tuned per fold). */
  steps: number[];
  calibratedMs: Timing;
  validatedMs: Timing;
  sklearn: {
    medianMs: Timing;
    importMs: number;
    startupMs: number;
    version: string;
    finalC: number;
    warnings: number;
  } | null;
}

export interface TrainingVsSklearnFigures {
  folds: number;
  rows: TrainingVsSklearnRow[];
  /** Why scikit-learn was not run; null when it was. */
  missing: string | null;
}

/** Median wall-clock and CPU milliseconds (CPU: the process's user + system time; the machine may be shared). */
export interface Timing {
  wall: number;
  cpu: number;
}

const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** `task` run `RUNS` times after one warm-up: the median wall-clock and CPU milliseconds. */
function timed(task: () => void): Timing {
  task();
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = process.hrtime.bigint();
    const startedCpu = process.cpuUsage();
    task();
    const used = process.cpuUsage(startedCpu);
    wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall: median(wall), cpu: median(cpu) };
}

export function benchTrainingVsSklearn(): TrainingVsSklearnFigures {
  const missing = sklearnMissing();
  const { folds, seed, capacity } = DEFAULT_SETTINGS;
  const rows = (['C', 'B'] as const).map((setup): TrainingVsSklearnRow => {
    const input = cellInput('Joined', setup);
    const options = { folds, seed, topKShare: Math.min(1, capacity / input.records.length) };
    const calibratedMs = timed(() => trainCalibrated(input, options));
    const validatedMs = timed(() => trainAndValidate(input, options));
    const trained = trainCalibrated(input, options);
    const steps = new Set([trained.model.training.steps, ...trained.validation.folds.map((f) => f.steps)]);
    const row: TrainingVsSklearnRow = {
      moment: setup === 'C' ? 'early' : 'mid',
      setup,
      rows: input.records.length,
      steps: [...steps].sort((a, b) => a - b),
      calibratedMs,
      validatedMs,
      sklearn: null,
    };
    if (missing) return row;
    // The outer folds are the add-on's: crossValidate's foldOf for this seed.
    const foldOf = foldAssignments(input, { folds, repeats: 1, seed });
    const dir = mkdtempSync(join(tmpdir(), 'passcompass-bench-sklearn-'));
    try {
      const file = join(dir, 'cell.json');
      writeFileSync(file, JSON.stringify(exportCell(`Joined ${setup}`, input, foldOf, seed)));
      const { answer, wallMs } = runSklearn<SklearnTiming>([
        'time',
        file,
        '--runs',
        String(RUNS),
        '--inner-folds',
        String(INNER_FOLDS),
      ]);
      return {
        ...row,
        sklearn: {
          medianMs: { wall: 1000 * median(answer.seconds), cpu: 1000 * median(answer.cpuSeconds) },
          importMs: 1000 * answer.importSeconds,
          startupMs: wallMs - 1000 * answer.totalSeconds,
          version: `scikit-learn ${answer.sklearn}, Python ${answer.python}`,
          finalC: answer.finalC,
          warnings: answer.convergenceWarnings,
        },
      };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  return { folds, rows, missing };
}

export function printTrainingVsSklearn(figures: TrainingVsSklearnFigures): void {
  const first = figures.rows.find((r) => r.sklearn)?.sklearn;
  const both = (t: Timing) => `${fmtMs(t.wall)} (CPU ${fmtMs(t.cpu)})`;
  console.log(
    `\nTraining against scikit-learn: tuning + ${figures.folds}-fold CV (the add-on's default folds) + final fit on the ` +
      `1,044-row joined sample, same folds, one thread each, median of ${RUNS} wall-clock (and CPU) times` +
      (first ? ` (${first.version}, LogisticRegressionCV, 10 C values, ${INNER_FOLDS} inner folds):` : ':'),
  );
  if (figures.missing) console.log(`  scikit-learn not run: ${figures.missing}. PassCompass alone:`);
  for (const r of figures.rows) {
    const label = `${r.moment}-term (setup ${r.setup}, steps ${r.steps.join('/')})`;
    const ours = `PassCompass ${both(r.calibratedMs)} (trainAndValidate alone, no calibration decision: ${both(r.validatedMs)})`;
    if (!r.sklearn) {
      console.log(`  ${label}: ${ours}`);
      continue;
    }
    const s = r.sklearn;
    const ratio = (t: Timing) =>
      `${(t.wall / s.medianMs.wall).toFixed(2)} (CPU ${(t.cpu / s.medianMs.cpu).toFixed(2)})`;
    console.log(
      `  ${label}: ${ours}; scikit-learn ${both(s.medianMs)} (final C ${s.finalC.toPrecision(2)}` +
        `${s.warnings ? `, ${s.warnings} convergence warnings` : ''}); ratio PassCompass / scikit-learn ` +
        `${ratio(r.calibratedMs)}, without the calibration decision ${ratio(r.validatedMs)}`,
    );
  }
  const s = figures.rows[0]?.sklearn;
  if (s) {
    console.log(
      `  not in the ratio: Python start-up ${fmtMs(s.startupMs)} and importing numpy, pandas and scikit-learn ` +
        `${fmtMs(s.importMs)} (wall-clock), once per process.`,
    );
  }
}

if (require.main === module) printTrainingVsSklearn(benchTrainingVsSklearn());
