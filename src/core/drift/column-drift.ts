/**
 * The drift verdict for one column: read both sides (blanks and invalid cells left out and counted), refuse a
 * verdict where one would mean nothing (too few values, or one value on both sides), pick the test by
 * Evidently's rules (`chooseDriftTest`) and compare its p-value or distance with the threshold. A constant
 * column is reported "not tested" rather than given a NaN statistic, so it cannot poison the dataset's share.
 */
import type { DriftValue } from './column-table';
import {
  type ColumnCounts,
  type ColumnKind,
  categoricalValues,
  dictionaryKind,
  numericValues,
} from './column-values';
import { formatForNote, measureDrift } from './drift-measure';
import { DRIFT_DEFAULTS, type DriftTest, chooseDriftTest } from './drift-test-choice';
import type { KsOptions } from './ks-test';

/** `tested`: a verdict; otherwise why there is none. */
export type ColumnStatus = 'tested' | 'constant' | 'too few rows';

export interface ColumnDrift {
  readonly column: string;
  readonly kind: ColumnKind;
  readonly status: ColumnStatus;
  /** The test run; `null` when not tested. */
  readonly test: DriftTest | null;
  /** KS D, chi-square, z, normalised Wasserstein or Jensen-Shannon distance; `null` when not tested. */
  readonly statistic: number | null;
  /** The raw p-value of `ks`, `chi-square` and `z-test`. */
  readonly pValue?: number;
  /** The Benjamini-Hochberg adjusted p-value, set by `datasetDrift` over the columns it tests. */
  readonly adjustedP?: number;
  /** The p-value or distance threshold applied; `null` when not tested. */
  readonly threshold: number | null;
  /** p < threshold, or distance ≥ threshold; `false` when not tested. */
  readonly drifted: boolean;
  /** The verdict after the correction (adjusted p < threshold; distances unchanged), set by `datasetDrift`. */
  readonly driftedCorrected?: boolean;
  /** Distinct usable values over both sides. */
  readonly distinctValues: number;
  /** One line saying what was done and found, e.g. "not tested: constant in both". */
  readonly note: string;
  readonly reference: ColumnCounts;
  readonly current: ColumnCounts;
}

export interface ColumnDriftOptions {
  /** Overrides the data dictionary (needed for a column it does not know). */
  readonly kind?: ColumnKind;
  /** Fewest usable values on each side for a verdict; 30 unless given. */
  readonly minRows?: number;
  readonly pThreshold?: number;
  readonly distanceThreshold?: number;
  /** References with more usable values are compared by distances; 1,000 unless given. */
  readonly largeReference?: number;
  readonly ks?: KsOptions;
}

/**
 * The drift of one column between `reference` and `current` cells, by the rules in `chooseDriftTest`. The
 * kind comes from the data dictionary (`attributeNamed(column)`) unless `options.kind` says. O(n log n) plus
 * the KS test's O(m·n) when its p-value is exact. Throws `RangeError` for a column the dictionary lacks when
 * no kind is given, a `minRows` below 1, a `pThreshold` outside (0, 1) or a `distanceThreshold` ≤ 0.
 */
export function columnDrift(
  column: string,
  reference: readonly DriftValue[],
  current: readonly DriftValue[],
  options: ColumnDriftOptions = {},
): ColumnDrift {
  const kind = options.kind ?? dictionaryKind(column);
  const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
  const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
  const distanceThreshold = options.distanceThreshold ?? DRIFT_DEFAULTS.distanceThreshold;
  if (!(minRows >= 1)) throw new RangeError(`minRows must be at least 1, got ${minRows}.`);
  if (!(pThreshold > 0 && pThreshold < 1))
    throw new RangeError(`pThreshold must lie in (0, 1), got ${pThreshold}.`);
  if (!(distanceThreshold > 0))
    throw new RangeError(`distanceThreshold must be positive, got ${distanceThreshold}.`);
  const read = kind === 'numeric' ? numericValues : categoricalValues;
  const left = read(reference);
  const right = read(current);
  const distinctValues = new Set<string | number>([...left.values, ...right.values]).size;
  const base = { column, kind, distinctValues, reference: left.counts, current: right.counts };
  const notTested = (status: ColumnStatus, note: string): ColumnDrift => ({
    ...base,
    status,
    test: null,
    statistic: null,
    threshold: null,
    drifted: false,
    note,
  });
  const [m, n] = [left.values.length, right.values.length];
  if (m < minRows || n < minRows)
    return notTested(
      'too few rows',
      `too few rows: ${n} current and ${m} reference values (minimum ${minRows})`,
    );
  if (distinctValues === 1) return notTested('constant', 'not tested: constant in both');

  const test = chooseDriftTest(kind, m, distinctValues, options.largeReference);
  const measured = measureDrift(test, left.values, right.values, options.ks);
  const { pValue, statistic } = measured;
  const threshold = pValue !== undefined ? pThreshold : distanceThreshold;
  const drifted = pValue !== undefined ? pValue < pThreshold : statistic >= distanceThreshold;
  const shown = pValue !== undefined ? `: p = ${formatForNote(pValue)}` : ` = ${formatForNote(statistic)}`;
  const comparison = pValue !== undefined ? (drifted ? '<' : '≥') : drifted ? '≥' : '<';
  return {
    ...base,
    status: 'tested',
    test,
    statistic,
    ...(pValue !== undefined ? { pValue } : {}),
    threshold,
    drifted,
    note: `${measured.label}${shown} ${comparison} ${threshold}${drifted ? ', drifted' : ''}`,
  };
}
