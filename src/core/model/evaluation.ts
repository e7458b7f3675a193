/**
 * Repeated cross-validation of one cell (a dataset and a moment), as `passcompass evaluate` reports it: the
 * add-on's own training (`crossValidate`: same folds and encoding, the steps chosen by inner folds inside
 * each training set, so no figure here was tuned on the rows it measures), `repeats` times with seeds `seed`,
 * `seed + 1`, …, and beside it the naive baseline on the same folds (every student given the training folds'
 * fail rate). Each figure is the mean over repeats of the per-repeat value, with a Student-t 95% interval over
 * repeats (over the folds of the single repeat when there is one).
 *
 * AUC is given both ways, because published figures differ in this: `auc` is the mean of the per-fold AUCs,
 * `pooledAuc` the AUC of all out-of-fold risks of a repeat taken together.
 */
import { type CrossValidationInput, type CrossValidationResult, crossValidate } from './cross-validation';
import { brierScore, metricsAtThreshold, rocAuc, topKMetrics } from './metrics';
import { type CalibrationReport, calibrationReport } from './nested-calibration';
import { type AttributeEquity, equityReport } from './equity';

export interface Interval {
  readonly mean: number;
  /** The 95% interval's bounds; equal to the mean when there is a single value. */
  readonly low: number;
  readonly high: number;
}

export interface EvaluationOptions {
  readonly folds: number;
  readonly repeats: number;
  readonly seed: number;
  /** Students a counsellor can see: recall is measured among the `capacity / rows` highest risks of each fold. */
  readonly capacity: number;
  /** When set, Platt and isotonic corrections are measured too, fitted on this many inner folds (nested). */
  readonly calibrationFolds?: number;
  /** When set, the equity view of the High tier at `capacity` on the first repeat's out-of-fold risks. */
  readonly equityResamples?: number;
}

export interface CellMetrics {
  readonly auc: Interval;
  readonly pooledAuc: Interval;
  /** Accuracy of the 50% decision (the probability's own call), as the published tables measure it. */
  readonly accuracy: Interval;
  readonly brier: Interval;
  /** Share of the failing students among the top `capacity / rows` share of each test fold. */
  readonly recallAtCapacity: Interval;
}

export interface CellEvaluation {
  readonly rows: number;
  readonly failures: number;
  readonly model: CellMetrics;
  readonly baseline: CellMetrics;
  /** What the intervals are taken over. */
  readonly intervalOver: 'repeats' | 'folds';
  /** With `calibrationFolds`: the Brier score before and after each correction, and the reliability tables. */
  readonly calibration?: {
    readonly brier: Readonly<Record<'raw' | 'platt' | 'isotonic', Interval>>;
    readonly reliability: CalibrationReport['reliability'];
  };
  /** With `equityResamples`: per sensitive attribute, the groups' figures and the largest gaps. */
  readonly equity?: readonly AttributeEquity[];
}

/** Two-sided 97.5% quantiles of Student's t for 1 … 30 degrees of freedom; 1.96 beyond. */
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The mean of `values` with its Student-t 95% interval (of the mean); all three NaN for no values (0 / 0). */
export function meanInterval(values: readonly number[]): Interval {
  const n = values.length;
  const mean = values.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { mean, low: mean, high: mean };
  const sd = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = ((T975[n - 2] ?? 1.96) * sd) / Math.sqrt(n);
  return { mean, low: mean - half, high: mean + half };
}

type MetricName = keyof CellMetrics;
const METRICS: readonly MetricName[] = ['auc', 'pooledAuc', 'accuracy', 'brier', 'recallAtCapacity'];

/** A constant risk's figures on one fold: the naive baseline's, with the same definitions as the model's. */
function baselineFigures(risk: number, labels: readonly number[], k: number): FoldFigures {
  const scores = labels.map(() => risk);
  return {
    auc: rocAuc(scores, labels),
    accuracy: metricsAtThreshold(scores, labels, 0.5).accuracy,
    brier: brierScore(scores, labels),
    recallAtCapacity: topKMetrics(scores, labels, k).recall,
  };
}

type FoldFigures = Record<'auc' | 'accuracy' | 'brier' | 'recallAtCapacity', number>;
const FOLD_METRICS = ['auc', 'accuracy', 'brier', 'recallAtCapacity'] as const;
const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Cross-validates `input` `options.repeats` times and returns the model's and the baseline's figures. */
export function evaluateCell(input: CrossValidationInput, options: EvaluationOptions): CellEvaluation {
  const rows = input.records.length;
  const share = Math.min(1, options.capacity / Math.max(1, rows));
  const perRepeat: Record<'model' | 'baseline', Record<MetricName, number[]>> = {
    model: { auc: [], pooledAuc: [], accuracy: [], brier: [], recallAtCapacity: [] },
    baseline: { auc: [], pooledAuc: [], accuracy: [], brier: [], recallAtCapacity: [] },
  };
  const perFold: Record<'model' | 'baseline', FoldFigures[]> = { model: [], baseline: [] };
  const outers: CrossValidationResult[] = [];
  for (let repeat = 0; repeat < options.repeats; repeat += 1) {
    const result = crossValidate(input, {
      folds: options.folds,
      seed: options.seed + repeat,
      topKShare: share,
    });
    outers.push(result);
    // The baseline's risk on each fold (crossValidate's fold i is `folds[i]`): its training folds' fail rate.
    const failRates = result.folds.map((f) =>
      average(input.labels.filter((_, row) => result.foldOf[row] !== f.fold)),
    );
    const folds = {
      model: result.folds.map((f) => ({
        auc: f.auc,
        accuracy: f.accuracyAtHalf,
        brier: f.brier,
        recallAtCapacity: f.topK.recall,
      })),
      baseline: result.folds.map((f, i) => {
        const labels = input.labels.filter((_, row) => result.foldOf[row] === f.fold);
        // The same K as crossValidate's top-K for this fold.
        return baselineFigures(
          failRates[i] as number,
          labels,
          Math.max(1, Math.round(share * labels.length)),
        );
      }),
    };
    const pooled = {
      model: rocAuc(result.outOfFold, input.labels),
      baseline: rocAuc(
        result.foldOf.map((of) => failRates[of] as number),
        input.labels,
      ),
    };
    for (const who of ['model', 'baseline'] as const) {
      perFold[who].push(...folds[who]);
      perRepeat[who].pooledAuc.push(pooled[who]);
      for (const name of FOLD_METRICS) perRepeat[who][name].push(average(folds[who].map((f) => f[name])));
    }
  }
  const overFolds = options.repeats < 2;
  // Every figure is a share or a probability: a t interval reaching past 0 or 1 is cut there.
  const interval = (values: readonly number[]): Interval => {
    const { mean, low, high } = meanInterval(values);
    return { mean, low: Math.max(0, low), high: Math.min(1, high) };
  };
  const summarise = (who: 'model' | 'baseline'): CellMetrics => {
    const summary = {} as Record<MetricName, Interval>;
    for (const name of METRICS) {
      const values =
        overFolds && name !== 'pooledAuc' ? perFold[who].map((f) => f[name]) : perRepeat[who][name];
      summary[name] = interval(values);
    }
    return summary;
  };
  let calibration: CellEvaluation['calibration'];
  if (options.calibrationFolds !== undefined) {
    const report = calibrationReport(input, outers, options.calibrationFolds);
    calibration = {
      brier: {
        raw: interval(report.brier.raw),
        platt: interval(report.brier.platt),
        isotonic: interval(report.brier.isotonic),
      },
      reliability: report.reliability,
    };
  }
  return {
    rows,
    failures: input.labels.reduce((a, b) => a + b, 0),
    model: summarise('model'),
    baseline: summarise('baseline'),
    intervalOver: overFolds ? 'folds' : 'repeats',
    ...(calibration ? { calibration } : {}),
    ...(options.equityResamples !== undefined && outers[0]
      ? {
          equity: equityReport(input.records, input.labels, outers[0].outOfFold, {
            rule: { kind: 'capacity', capacity: Math.min(options.capacity, rows), mediumFrom: 0 },
            resamples: options.equityResamples,
            seed: options.seed,
          }),
        }
      : {}),
  };
}
