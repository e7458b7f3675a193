/**
 * Builds a version's evidence (`evidence.ts`) from what training already computed: the cross-validation folds
 * and out-of-fold risks of `trainCalibrated`, its calibration decision, and the labels and records it was
 * trained on. Nothing here fits a model, so the card costs two reliability tables and two equity views (200
 * bootstrap resamples each), a few milliseconds on a year group. Every figure is rounded to 4 decimals, which
 * keeps the stored JSON small and a round trip through the sheet exact (see `registry/evidence-codec.ts`).
 */
import type { StudentRecord } from '../data/dictionary';
import type { TierRule } from '../scoring/tiers';
import type { CalibratedModel } from './calibrated-training';
import { type ReliabilityBin, calibrate, fitPlatt, logit, reliabilityTable } from './calibration';
import type { CrossValidationResult, ValidatedModel } from './cross-validation';
import { type AttributeEquity, EQUITY_ATTRIBUTES, equityReport } from './equity';
import { meanInterval } from './evaluation';
import type { MetricWithInterval, TuningRecord, VersionEvidence } from './evidence';
import { rocAuc } from './metrics';

/** Bootstrap resamples behind each equity gap's interval: enough for stable 2.5% and 97.5% percentiles. */
export const EQUITY_RESAMPLES = 200;

export interface EvidenceInput {
  readonly records: readonly StudentRecord[];
  readonly labels: readonly number[];
  /** What the version was trained with: `trainCalibrated` on the inputs without the left-out attributes. */
  readonly trained: CalibratedModel;
  /**
   * The cross-validation of the same training with the left-out attributes kept (same folds, seed and step
   * choice); null when none was left out. Only its out-of-fold risks and fold AUCs are needed, so the final fit
   * and the nested calibration are not run for it.
   */
  readonly withLeftOut: CrossValidationResult | null;
  readonly leftOut: readonly string[];
  /** The tier rule the school scores with; a capacity above the training rows is taken as every row. */
  readonly rule: TierRule;
  readonly capacity: number;
  readonly gapLimit: number;
  readonly seed: number;
  readonly resamples?: number;
}

/** x rounded to `digits` decimals (−0 as 0, which JSON cannot tell apart); NaN and infinities as they are. */
export function rounded(x: number, digits = 4): number {
  // No guard for NaN and infinities: `toFixed` writes them as "NaN", "Infinity", "-Infinity", read back as they were.
  const r = Number(x.toFixed(digits));
  return r === 0 ? 0 : r;
}

/**
 * A fold metric's mean and 95% Student-t interval over the folds where it is defined (`meanInterval` of
 * `evaluation.ts`), cut at 0 and 1 since every figure here is a share or a probability.
 */
export function metricWithInterval(values: readonly number[]): MetricWithInterval {
  const defined = values.filter(Number.isFinite);
  const { mean, low, high } = meanInterval(defined);
  return {
    mean: rounded(mean),
    low: rounded(Math.max(0, low)),
    high: rounded(Math.min(1, high)),
    defined: defined.length,
    folds: values.length,
  };
}

/**
 * How the version's choices were made. `trainCalibrated` does not report its own record yet: until it does,
 * the record is read from what the model and the folds carry (the feature set's fixed steps, so the one
 * candidate, and the F1 threshold criterion `crossValidate` uses by default). Once `trained.tuning` exists it
 * is used as it is, so dropping the fallback is a one-line change.
 */
export function tuningRecord(trained: ValidatedModel): TuningRecord {
  const reported = (trained as { readonly tuning?: TuningRecord }).tuning;
  if (reported) return reported;
  const steps = trained.model.training.steps;
  return {
    steps,
    candidates: [steps],
    stepsPerFold: trained.validation.folds.map((fold) => fold.steps),
    thresholdCriterion: 'f1',
  };
}

/**
 * The out-of-fold risks before the correction. `trainCalibrated` maps every out-of-fold risk through the final
 * Platt correction q = 1 / (1 + exp(a·logit(p) + b)); with a < 0 that map is strictly increasing, and
 * logit(p) = (−logit(q) − b) / a undoes it (to within the 1e-12 clipping of `logit`).
 */
export function uncorrectedRisks(trained: CalibratedModel): number[] {
  const { platt } = trained.calibration;
  if (platt === null) return [...trained.validation.outOfFold];
  return trained.validation.outOfFold.map((q) => {
    const z = (-logit(q) - platt.b) / platt.a;
    return 1 / (1 + Math.exp(-z));
  });
}

/**
 * The comparison's out-of-fold risks on the version's scale: when the version's percentages were corrected, the
 * comparison's are corrected the same way (Platt fitted on its own out-of-fold risks, the correction
 * `trainCalibrated` would fold in), so that a threshold tier rule flags comparable students. A capacity rule
 * only ranks, and no increasing correction changes a ranking.
 */
export function comparisonRisks(
  comparison: CrossValidationResult,
  labels: readonly number[],
  corrected: boolean,
): readonly number[] {
  if (!corrected) return comparison.outOfFold;
  const platt = fitPlatt(comparison.outOfFold, labels);
  if (platt.kind !== 'platt' || !(platt.a < 0)) return comparison.outOfFold;
  return comparison.outOfFold.map((risk) => calibrate(platt, risk));
}

const roundBins = (bins: readonly ReliabilityBin[]): ReliabilityBin[] =>
  bins.map((bin) => ({
    from: rounded(bin.from),
    to: rounded(bin.to),
    count: bin.count,
    meanPredicted: bin.meanPredicted === null ? null : rounded(bin.meanPredicted),
    observedRate: bin.observedRate === null ? null : rounded(bin.observedRate),
  }));

const roundEquity = (attributes: readonly AttributeEquity[]): AttributeEquity[] =>
  attributes.map((a) => ({
    attribute: a.attribute,
    groups: a.groups.map((g) => ({
      group: g.group,
      size: g.size,
      failures: g.failures,
      high: g.high,
      shareHigh: rounded(g.shareHigh),
      falseNegativeRate: rounded(g.falseNegativeRate),
      falsePositiveRate: rounded(g.falsePositiveRate),
      precision: rounded(g.precision),
    })),
    gaps: a.gaps.map((gap) => ({
      figure: gap.figure,
      highest: gap.highest,
      lowest: gap.lowest,
      gap: rounded(gap.gap),
      interval: gap.interval && { low: rounded(gap.interval.low), high: rounded(gap.interval.high) },
    })),
  }));

/** "the 25 highest risks" or "risk of 50% or more": which students the equity figures count as High. */
export function ruleText(rule: TierRule, rows: number): string {
  return rule.kind === 'capacity'
    ? `the ${Math.min(rule.capacity, rows)} highest risks`
    : `risk of ${rounded(rule.highFrom * 100, 1)}% or more`;
}

/** The evidence of a version (see the module comment and `evidence.ts`). Throws as `equityReport` does. */
export function versionEvidence(input: EvidenceInput): VersionEvidence {
  const { trained, labels, records } = input;
  const { validation, calibration } = trained;
  const rows = labels.length;
  // As `evaluate --equity`: a capacity above the rows is every row.
  const rule: TierRule =
    input.rule.kind === 'capacity'
      ? { ...input.rule, capacity: Math.min(input.rule.capacity, rows) }
      : input.rule;
  const equityOf = (risks: readonly number[]) =>
    roundEquity(
      equityReport(
        records,
        labels,
        risks,
        { rule, resamples: input.resamples ?? EQUITY_RESAMPLES, seed: input.seed },
        EQUITY_ATTRIBUTES,
      ),
    );
  const folds = validation.folds;
  // No rows: 0 / 0, NaN.
  const failRate = labels.reduce((a, b) => a + b, 0) / rows;
  const before = uncorrectedRisks(trained);
  return {
    format: 1,
    folds: validation.k,
    seed: validation.seed,
    pooledAuc: rounded(rocAuc(validation.outOfFold, labels)),
    metrics: {
      auc: metricWithInterval(folds.map((f) => f.auc)),
      brier: metricWithInterval(folds.map((f) => f.brier)),
      accuracy: metricWithInterval(folds.map((f) => f.atThreshold.accuracy)),
      topKRecall: metricWithInterval(folds.map((f) => f.topK.recall)),
      topKPrecision: metricWithInterval(folds.map((f) => f.topK.precision)),
    },
    capacity: input.capacity,
    failRate: rounded(failRate),
    baselineAccuracy: rounded(1 - failRate),
    tuning: tuningRecord(trained),
    calibration: {
      method: calibration.method,
      brierBefore: rounded(calibration.brierBefore),
      brierAfter: rounded(calibration.brierAfter),
      reliabilityBefore: roundBins(reliabilityTable(before, labels)),
      // The risks the model now gives: `trainCalibrated` maps the out-of-fold risks through the correction the
      // model carries. That correction was fitted on these same risks (two parameters over every student, so the
      // table flatters it little); the Brier score after is the honest, nested one.
      reliabilityAfter: roundBins(reliabilityTable(validation.outOfFold, labels)),
    },
    equity: {
      rule: ruleText(rule, rows),
      gapLimit: input.gapLimit,
      leftOut: [...input.leftOut],
      attributes: equityOf(validation.outOfFold),
      withLeftOut: input.withLeftOut
        ? {
            auc: metricWithInterval(input.withLeftOut.folds.map((f) => f.auc)),
            attributes: equityOf(comparisonRisks(input.withLeftOut, labels, calibration.platt !== null)),
          }
        : null,
    },
  };
}
