/**
 * How well a model version did once final grades came in: the risks it logged, joined with who actually
 * failed, measured the way cross-validation measured it before the version was promoted, each with a 95%
 * interval, and compared with that cross-validated expectation (one-sided: see `realised-metric.ts`).
 * Calibration-in-the-large is judged on both sides: the observed fail rate is a problem when the mean
 * predicted risk lies outside its interval, above or below, since over- and under-estimating risk both
 * mislead. Nothing is judged on fewer than `MIN_STUDENTS_WITH_GRADES` students.
 */
import { confusionAt, rocAuc } from '../model/metrics';
import type { Tier } from '../scoring/tiers';
import { hanleyMcNeilInterval, wilsonInterval } from './confidence-intervals';
import { type RealisedMetric, judged, proportion, undefinedMetric } from './realised-metric';

export type { RealisedMetric } from './realised-metric';

/** Fewest students with a final grade before any metric is reported. */
export const MIN_STUDENTS_WITH_GRADES = 20;

/** One logged prediction joined with its outcome. `tier` is '' when the row was given none. */
export interface GradedPrediction {
  readonly risk: number;
  readonly tier: Tier | '';
  readonly failed: boolean;
}

/** What the version's cross-validation promised; optional metrics were not recorded for every version. */
export interface CrossValidatedExpectations {
  readonly auc: number;
  readonly accuracy: number;
  readonly highRecall?: number;
  readonly highPrecision?: number;
  /** The risk at and above which a student is flagged (for accuracy). */
  readonly threshold: number;
}

export interface RealisedAccuracy {
  readonly students: number;
  readonly failures: number;
  /** Why nothing is judged ("too few students with final grades yet: …"), or '' when metrics are reported. */
  readonly note: string;
  /** ROC AUC with Hanley and McNeil's interval. */
  readonly auc: RealisedMetric;
  /** Share classified right at the version's threshold, with a Wilson interval. */
  readonly accuracy: RealisedMetric;
  /** Share of failing students placed in the High tier, with a Wilson interval. */
  readonly highRecall: RealisedMetric;
  /** Share of High-tier students who failed, with a Wilson interval. */
  readonly highPrecision: RealisedMetric;
  /** The observed fail rate with a Wilson interval; `expected` is the mean predicted risk. */
  readonly calibration: RealisedMetric;
}

const TIERS: ReadonlySet<string> = new Set(['High', 'Medium', 'Low', '']);
const isProbability = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;

function assertInputs(pairs: readonly GradedPrediction[], expected: CrossValidatedExpectations): void {
  pairs.forEach((pair, index) => {
    if (!isProbability(pair.risk)) throw new RangeError(`Pair ${index}: risk ${pair.risk} is not in [0, 1].`);
    if (!TIERS.has(pair.tier)) throw new RangeError(`Pair ${index}: "${pair.tier}" is not a tier.`);
    if (typeof pair.failed !== 'boolean') throw new TypeError(`Pair ${index}: failed must be true or false.`);
  });
  for (const [name, value] of Object.entries(expected))
    if (value !== undefined && !isProbability(value as number))
      throw new RangeError(`The expected ${name} must lie in [0, 1], got ${String(value)}.`);
}

function aucMetric(risks: number[], labels: number[], failures: number, expected: number): RealisedMetric {
  const passes = labels.length - failures;
  if (failures === 0 || passes === 0)
    return undefinedMetric(
      `undefined with one class only: every student ${failures ? 'failed' : 'passed'}`,
      expected,
    );
  const value = rocAuc(risks, labels);
  return judged(value, hanleyMcNeilInterval(value, failures, passes), expected);
}

/**
 * The realised metrics of `pairs` against `expected` (see the module comment). AUC is `rocAuc` (ties count
 * one half) with Hanley and McNeil's 95% interval (`hanleyMcNeilInterval`); the proportions carry Wilson 95%
 * intervals. With fewer than `MIN_STUDENTS_WITH_GRADES` pairs every metric is `null`; AUC is also `null`
 * with one class only, recall without failures, precision without High-tier students. O(n log n).
 * Throws `RangeError` for a risk or expectation outside [0, 1] or an unknown tier, `TypeError` for a
 * `failed` that is not a boolean.
 */
export function realisedAccuracy(
  pairs: readonly GradedPrediction[],
  expected: CrossValidatedExpectations,
): RealisedAccuracy {
  assertInputs(pairs, expected);
  const students = pairs.length;
  const failures = pairs.filter((pair) => pair.failed).length;
  if (students < MIN_STUDENTS_WITH_GRADES) {
    const note = `too few students with final grades yet: ${students} of the ${MIN_STUDENTS_WITH_GRADES} needed`;
    const none = (value: number | undefined) => undefinedMetric(note, value ?? null);
    return {
      students,
      failures,
      note,
      auc: none(expected.auc),
      accuracy: none(expected.accuracy),
      highRecall: none(expected.highRecall),
      highPrecision: none(expected.highPrecision),
      calibration: undefinedMetric(note, null),
    };
  }
  const risks = pairs.map((pair) => pair.risk);
  const labels = pairs.map((pair) => (pair.failed ? 1 : 0));
  const { tp, tn } = confusionAt(risks, labels, expected.threshold);
  const high = pairs.filter((pair) => pair.tier === 'High');
  const highFailed = high.filter((pair) => pair.failed).length;
  const meanRisk = risks.reduce((sum, risk) => sum + risk, 0) / students;
  const observed = wilsonInterval(failures, students);
  return {
    students,
    failures,
    note: '',
    auc: aucMetric(risks, labels, failures, expected.auc),
    accuracy: judged((tp + tn) / students, wilsonInterval(tp + tn, students), expected.accuracy),
    highRecall: proportion(highFailed, failures, expected.highRecall, 'undefined: no student failed'),
    highPrecision: proportion(highFailed, high.length, expected.highPrecision, 'undefined: nobody is High'),
    calibration: {
      value: failures / students,
      interval: observed,
      expected: meanRisk,
      problem: meanRisk < observed.low || meanRisk > observed.high,
    },
  };
}
