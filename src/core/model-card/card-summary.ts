/**
 * The few lines of a version's model card the sidebar shows for the champion: its ROC AUC with the 95%
 * interval, how many of every 10 students who will fail the High tier holds, its calibration in one line, and
 * its largest equity gap with whether it is within the acceptable gap. Plain strings and numbers, so the
 * summary crosses `google.script.run` as it is. Null parts: not recorded for this version.
 */
import type { ModelVersion } from '../registry/model-version';
import { calibrationLine } from './calibration-section';
import { evidenceOf } from './card-content';
import { finite, outOf10, points, score, signedPoints } from './card-words';
import { FIGURE_WORDS, groupLabel, includesZero, labelOf, largestGap } from './equity-section';

export interface CardSummary {
  /** "ROC AUC 0.72 (95% interval 0.65 to 0.79)". */
  readonly auc: string | null;
  /** "Of every 10 students who will fail, the High tier of 25 holds about 4." */
  readonly highHolds: string | null;
  readonly calibration: string | null;
  readonly equity: string | null;
  /** True when the largest equity gap is above the acceptable gap. */
  readonly equityFlagged: boolean;
  /** False for a version trained before the evidence existed: the card says what is missing. */
  readonly recorded: boolean;
}

export function cardSummary(v: ModelVersion): CardSummary {
  const evidence = evidenceOf(v);
  if (evidence === null) {
    const auc = v.metrics['auc'];
    return {
      auc: finite(auc) ? `ROC AUC ${score(auc)} (no interval recorded for this version)` : null,
      highHolds: null,
      calibration: null,
      equity: null,
      equityFlagged: false,
      recorded: false,
    };
  }
  const { auc, topKRecall } = evidence.metrics;
  const top = largestGap(evidence.equity);
  const limit = evidence.equity.gapLimit;
  let equity: string | null = null;
  if (top !== null) {
    const { attribute, gap } = top;
    const interval = gap.interval
      ? ` (95% interval ${signedPoints(gap.interval.low)} to ${signedPoints(gap.interval.high)})`
      : '';
    equity =
      `Largest equity gap, by ${labelOf(attribute.attribute)}: ${FIGURE_WORDS[gap.figure]}, ` +
      `${groupLabel(attribute.attribute, gap.highest)} vs ` +
      `${groupLabel(attribute.attribute, gap.lowest)}, ${points(gap.gap)}${interval}: ` +
      `${gap.gap > limit ? 'above' : 'within'} the acceptable gap of ${points(limit)}` +
      (includesZero(gap) ? ', and it may be chance.' : '.');
  }
  return {
    auc: finite(auc.mean)
      ? `ROC AUC ${score(auc.mean)} (95% interval ${score(auc.low)} to ${score(auc.high)})`
      : null,
    highHolds: finite(topKRecall.mean)
      ? `Of every 10 students who will fail, the High tier of ${evidence.capacity} holds about ${outOf10(topKRecall.mean)}.`
      : null,
    calibration: calibrationLine(evidence.calibration),
    equity,
    equityFlagged: top !== null && top.gap.gap > limit,
    recorded: true,
  };
}
