/**
 * The one-word verdict of a monitoring check and the set of problem kinds behind it. Three families of
 * problem feed it: dataset drift (the Benjamini-Hochberg corrected verdict of `datasetDrift`, so that thirty
 * columns tested at 5% do not raise an alarm a week by chance; the raw verdict is kept for the report), data
 * quality (every problem `dataQuality` lists) and realised accuracy (every metric whose cross-validated
 * expectation falls outside its interval). The kinds are stable strings, `drift`,
 * `data-quality:blank-share:absences`, `accuracy:auc`, so that the alert decision can tell a new kind of
 * problem from one already reported: a data-quality kind names its column, since blanks appearing in a
 * second column are news; drift does not, since which columns drift varies from day to day.
 */
import type { DatasetDrift } from '../drift/dataset-drift';
import type { DataQualityProblem } from './quality-sentences';
import type { RealisedAccuracy } from './realised-accuracy';

/**
 * The drift share the monitoring check passes to `datasetDrift`: one drifted column is enough. Evidently's
 * default (half of the columns) misses the shifts a school meets: more absences and less study time move 2 of
 * 30 columns, which it calls "not drifted". One column on raw p-values would alarm on most unchanged rosters
 * (30 columns tested at 5% give about 1.5 drifted columns a check), so the corrected verdict is the one that
 * raises alerts: with Benjamini-Hochberg adjusted p-values, an unchanged roster alarms on at most 5% of checks
 * (BH controls the family-wise error at its level when no column has moved). `Number.MIN_VALUE`: any share
 * above zero.
 */
export const ANY_DRIFTED_COLUMN = Number.MIN_VALUE;

/** The three families of problem; a problem kind starts with its family's name. */
export type ProblemFamily = 'drift' | 'data-quality' | 'accuracy';

/** `several` when problems of more than one family are present. */
export type CheckVerdict = 'ok' | ProblemFamily | 'several';

export interface CheckInputs {
  /** `null` when there was nothing to compare with (the version has no reference sample). */
  readonly drift: DatasetDrift | null;
  readonly dataQuality: readonly DataQualityProblem[];
  /** `null` before any final grades exist. */
  readonly accuracy: RealisedAccuracy | null;
}

export interface CheckSummary {
  readonly verdict: CheckVerdict;
  /** Sorted, without repeats. */
  readonly problemKinds: string[];
  /** The dataset drift verdicts: `corrected` decides, `raw` (Evidently's) is reported beside it. */
  readonly drift: { readonly raw: boolean | null; readonly corrected: boolean | null; readonly note: string };
}

const ACCURACY_METRICS = ['auc', 'accuracy', 'highRecall', 'highPrecision', 'calibration'] as const;

/** `data-quality:<kind>:<column>`, or `data-quality:<kind>` for a problem without a column. */
export function dataQualityKind(problem: Pick<DataQualityProblem, 'kind' | 'column'>): string {
  return problem.column === null
    ? `data-quality:${problem.kind}`
    : `data-quality:${problem.kind}:${problem.column}`;
}

/**
 * The verdict and problem kinds of one check. Drift counts only when the corrected verdict is `true` (a
 * check with too few rows has `null`, which is no problem); accuracy metrics count when their `problem` is
 * set, which is never the case for an undefined metric. O(p log p) for p problems.
 */
export function checkVerdict(inputs: CheckInputs): CheckSummary {
  const kinds = new Set<string>();
  const families = new Set<ProblemFamily>();
  const add = (family: ProblemFamily, kind: string): void => {
    families.add(family);
    kinds.add(kind);
  };
  if (inputs.drift?.corrected.drifted === true) add('drift', 'drift');
  for (const problem of inputs.dataQuality) add('data-quality', dataQualityKind(problem));
  if (inputs.accuracy)
    for (const metric of ACCURACY_METRICS)
      if (inputs.accuracy[metric].problem) add('accuracy', `accuracy:${metric}`);
  const [only] = families;
  const verdict: CheckVerdict = only === undefined ? 'ok' : families.size > 1 ? 'several' : only;
  const problemKinds = [...kinds].sort();
  return {
    verdict,
    problemKinds,
    drift: {
      raw: inputs.drift?.raw.drifted ?? null,
      corrected: inputs.drift?.corrected.drifted ?? null,
      note: inputs.drift === null ? 'no reference sample to compare with' : inputs.drift.note,
    },
  };
}
