/**
 * What a registered version's model card says about it, computed once at training time from the
 * cross-validation (never from rows the model was fitted on) and stored with the version (the `Evidence (JSON)`
 * cell of `Versions`, covered by its checksum). The model card sheet and the sidebar render it; the promotion
 * warning compares the equity gaps of two versions with it. Plain JSON: NaN, which JSON cannot hold, is stored
 * as null and read back as NaN.
 */
import type { ReliabilityBin } from './calibration';
import type { AttributeEquity } from './equity';

/** A cross-validated metric: the mean over folds and its 95% interval (t interval of the fold values). */
export interface MetricWithInterval {
  readonly mean: number;
  readonly low: number;
  readonly high: number;
  /** Folds in which the metric was defined, and folds in all. */
  readonly defined: number;
  readonly folds: number;
}

/** What was chosen from data, and how: every choice is made inside the training folds only. */
export interface TuningRecord {
  /** Gradient steps of the final model, chosen by inner cross-validation on all training rows. */
  readonly steps: number;
  /** The step counts that were tried. */
  readonly candidates: readonly number[];
  /** The step count each outer fold's model chose on its own training rows (how stable the choice is). */
  readonly stepsPerFold: readonly number[];
  /** How the operating threshold was chosen on training rows (see `threshold.ts`). */
  readonly thresholdCriterion: string;
}

export interface CalibrationEvidence {
  /** `platt` when the correction lowered the cross-validated Brier score and was folded into the model. */
  readonly method: 'platt' | 'none';
  readonly brierBefore: number;
  readonly brierAfter: number;
  /** Ten bins of out-of-fold risk before and after the correction (equal when none was made). */
  readonly reliabilityBefore: readonly ReliabilityBin[];
  readonly reliabilityAfter: readonly ReliabilityBin[];
}

export interface EquityEvidence {
  /** The High tier the figures were computed for: its size (capacity) when the capacity rule applies. */
  readonly rule: string;
  /** The acceptable gap (a share, 0-1) in force when the version was trained. */
  readonly gapLimit: number;
  /** Sensitive attributes left out of the inputs by the school's setting (still reported here). */
  readonly leftOut: readonly string[];
  readonly attributes: readonly AttributeEquity[];
  /**
   * With attributes left out: the same model trained with them, for comparison (its CV AUC and its equity
   * gaps); null when nothing was left out.
   */
  readonly withLeftOut: {
    readonly auc: MetricWithInterval;
    readonly attributes: readonly AttributeEquity[];
  } | null;
}

export interface VersionEvidence {
  readonly format: 1;
  /** Cross-validation: folds and seed, and the moment of term the model is for. */
  readonly folds: number;
  readonly seed: number;
  /** Out-of-fold ROC AUC pooled over all rows (the other definition beside the mean of folds). */
  readonly pooledAuc: number;
  readonly metrics: {
    readonly auc: MetricWithInterval;
    readonly brier: MetricWithInterval;
    readonly accuracy: MetricWithInterval;
    readonly topKRecall: MetricWithInterval;
    readonly topKPrecision: MetricWithInterval;
  };
  /** The students the counsellors can see (K of the top-K figures). */
  readonly capacity: number;
  /** Fail rate of the training rows, and what predicting "everybody passes" would score (the naive baseline). */
  readonly failRate: number;
  readonly baselineAccuracy: number;
  readonly tuning: TuningRecord;
  readonly calibration: CalibrationEvidence;
  readonly equity: EquityEvidence;
}
