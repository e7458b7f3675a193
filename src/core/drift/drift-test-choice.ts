/**
 * Which test decides whether one column drifted, by Evidently's default rules (its `get_stattest`): the size of
 * the reference picks between significance tests (p-values, at most 1,000 reference values) and distances
 * (more), and the column's kind and number of distinct values pick the test. Distinct values are counted over
 * the reference and the current window together, blanks left out.
 */
import type { ColumnKind } from './column-values';

/** `ks`: two-sample Kolmogorov-Smirnov; `chi-square`: contingency chi-square; `z-test`: two proportions. */
export type DriftTest = 'ks' | 'chi-square' | 'z-test' | 'wasserstein' | 'jensen-shannon';

/** The defaults: Evidently's. */
export const DRIFT_DEFAULTS = {
  /** A reference with more values than this is compared by distances rather than p-values. */
  largeReference: 1000,
  /** A numeric column with at most this many distinct values is compared as categories. */
  fewDistinctValues: 5,
  /** Significance tests: drift when p < 0.05. */
  pThreshold: 0.05,
  /** Distances: drift when the distance ≥ 0.1. */
  distanceThreshold: 0.1,
  /** No verdict on a column with fewer usable values than this on either side. */
  minRows: 30,
  /** The dataset drifted when at least this share of the tested columns drifted. */
  driftShare: 0.5,
} as const;

/**
 * The test for a column of `kind` with `referenceValues` usable reference values and `distinctValues`
 * distinct values over both sides:
 *
 * | reference        | numeric, > 5 distinct | numeric ≤ 5 distinct, or categorical |
 * | ---------------- | --------------------- | ------------------------------------ |
 * | ≤ 1,000 values   | `ks`                  | `z-test` if ≤ 2 distinct, else `chi-square` |
 * | > 1,000 values   | `wasserstein`         | `jensen-shannon`                     |
 *
 * A column with fewer than 2 distinct values cannot drift and is not given to any test (see `columnDrift`).
 * Throws `RangeError` for a negative count.
 */
export function chooseDriftTest(
  kind: ColumnKind,
  referenceValues: number,
  distinctValues: number,
  largeReference: number = DRIFT_DEFAULTS.largeReference,
): DriftTest {
  if (referenceValues < 0 || distinctValues < 0)
    throw new RangeError(`Counts cannot be negative: ${referenceValues} values, ${distinctValues} distinct.`);
  const asNumbers = kind === 'numeric' && distinctValues > DRIFT_DEFAULTS.fewDistinctValues;
  if (referenceValues > largeReference) return asNumbers ? 'wasserstein' : 'jensen-shannon';
  if (asNumbers) return 'ks';
  return distinctValues <= 2 ? 'z-test' : 'chi-square';
}
