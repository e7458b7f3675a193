/**
 * Summaries of a metric over folds or repeats: the mean and sample standard deviation of the values that are
 * defined. A metric can be undefined in a fold (AUC on a fold with one outcome only, precision when nobody
 * was flagged); those folds are counted, not averaged as zeros, so a report can say "AUC defined in 4 of 5
 * folds".
 */
import { mean, sampleStandardDeviation } from 'simple-statistics';

export interface MetricSummary {
  /** Mean of the defined values; `NaN` when none is defined. */
  readonly mean: number;
  /** Sample standard deviation (n − 1) of the defined values; `NaN` with fewer than 2. */
  readonly sd: number;
  /** How many values were defined (finite). */
  readonly defined: number;
  /** How many values there were in all. */
  readonly count: number;
}

/** Mean ± sample sd of the finite values in `values`. O(n). */
export function summarise(values: readonly number[]): MetricSummary {
  const finite = values.filter((value) => Number.isFinite(value));
  return {
    mean: finite.length > 0 ? mean(finite) : Number.NaN,
    sd: finite.length > 1 ? sampleStandardDeviation(finite) : Number.NaN,
    defined: finite.length,
    count: values.length,
  };
}
