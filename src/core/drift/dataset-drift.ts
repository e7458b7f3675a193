/**
 * The drift verdict for a whole dataset: every column tested on its own (`columnDrift`), then the dataset has
 * drifted when at least half of the tested columns drifted (Evidently's `drift_share` of 0.5). Columns with
 * no verdict (constant, too few rows) are left out of the share, so they can neither raise nor dilute it.
 * Testing thirty columns at 5% raises about 1.5 false alarms per check on an unchanged roster, so the
 * p-values are also adjusted by Benjamini-Hochberg and the verdict is given twice: raw (Evidently's) and
 * corrected. Blank and invalid cells per side are summed as data-quality counts.
 */
import { type ColumnTable, columnOf, tableRows } from './column-table';
import { type ColumnDrift, type ColumnDriftOptions, columnDrift } from './column-drift';
import type { ColumnKind } from './column-values';
import { DRIFT_DEFAULTS } from './drift-test-choice';
import { benjaminiHochberg } from './multiple-testing';

export interface DatasetDriftOptions extends Omit<ColumnDriftOptions, 'kind'> {
  /** The columns to test; every column of the reference table unless given. */
  readonly columns?: readonly string[];
  /** Kinds for columns the data dictionary does not know, or overrides. */
  readonly kinds?: Readonly<Record<string, ColumnKind>>;
  /** The share of tested columns that makes the dataset drifted; 0.5 unless given. */
  readonly driftShare?: number;
}

/** A dataset verdict. `share` and `drifted` are `null` when no column could be tested. */
export interface DriftVerdict {
  readonly driftedColumns: number;
  readonly share: number | null;
  readonly drifted: boolean | null;
}

/** Blank and invalid cells of one side, over every column compared (tested or not). */
export interface SideQuality {
  readonly rows: number;
  readonly cells: number;
  readonly blank: number;
  readonly invalid: number;
  /** blank / cells; 0 without cells. */
  readonly blankShare: number;
}

export interface DatasetDrift {
  /** Per column, in the order tested, with `adjustedP` and `driftedCorrected` set. */
  readonly columns: ColumnDrift[];
  /** Columns with a verdict (status `tested`). */
  readonly testedColumns: number;
  /** Evidently's verdict, on raw p-values. */
  readonly raw: DriftVerdict;
  /** The verdict on Benjamini-Hochberg adjusted p-values (distances unchanged). */
  readonly corrected: DriftVerdict;
  /** Why there is no verdict, or "" when there is one. */
  readonly note: string;
  readonly quality: { readonly reference: SideQuality; readonly current: SideQuality };
}

function verdict(driftedColumns: number, tested: number, driftShare: number): DriftVerdict {
  if (tested === 0) return { driftedColumns, share: null, drifted: null };
  const share = driftedColumns / tested;
  return { driftedColumns, share, drifted: share >= driftShare };
}

function quality(columns: readonly ColumnDrift[], side: 'reference' | 'current', rows: number): SideQuality {
  let blank = 0;
  let invalid = 0;
  for (const column of columns) {
    blank += column[side].blank;
    invalid += column[side].invalid;
  }
  const cells = rows * columns.length;
  return { rows, cells, blank, invalid, blankShare: cells === 0 ? 0 : blank / cells };
}

/**
 * Compares `current` with `reference` column by column. O(columns × (n log n + KS cost)).
 * Throws `RangeError` when a table's columns differ in length, a named column is missing from either table, a
 * column is neither in the dictionary nor in `kinds`, `driftShare` is outside (0, 1], or a threshold or
 * `minRows` is out of range (see `columnDrift`).
 */
export function datasetDrift(
  reference: ColumnTable,
  current: ColumnTable,
  options: DatasetDriftOptions = {},
): DatasetDrift {
  const referenceRows = tableRows(reference, 'reference');
  const currentRows = tableRows(current, 'current');
  const driftShare = options.driftShare ?? DRIFT_DEFAULTS.driftShare;
  if (!(driftShare > 0 && driftShare <= 1))
    throw new RangeError(`driftShare must lie in (0, 1], got ${driftShare}.`);
  const minRows = options.minRows ?? DRIFT_DEFAULTS.minRows;
  const names = options.columns ?? Object.keys(reference);
  const results = names.map((name) => {
    const kind = options.kinds?.[name];
    const columnOptions = kind ? { ...options, kind } : options;
    return columnDrift(
      name,
      columnOf(reference, name, 'reference'),
      columnOf(current, name, 'current'),
      columnOptions,
    );
  });

  const withP = results.filter((result) => result.pValue !== undefined);
  const adjusted = benjaminiHochberg(withP.map((result) => result.pValue as number));
  const adjustedByColumn = new Map(withP.map((result, index) => [result, adjusted[index] as number]));
  const pThreshold = options.pThreshold ?? DRIFT_DEFAULTS.pThreshold;
  const columns = results.map((result): ColumnDrift => {
    const adjustedP = adjustedByColumn.get(result);
    if (adjustedP === undefined)
      return result.status === 'tested' ? { ...result, driftedCorrected: result.drifted } : result;
    return { ...result, adjustedP, driftedCorrected: adjustedP < pThreshold };
  });

  const tested = columns.filter((column) => column.status === 'tested');
  const raw = verdict(tested.filter((column) => column.drifted).length, tested.length, driftShare);
  const corrected = verdict(
    tested.filter((column) => column.driftedCorrected).length,
    tested.length,
    driftShare,
  );
  const note =
    currentRows < minRows
      ? `too few rows: the current window has ${currentRows} rows (minimum ${minRows})`
      : tested.length === 0
        ? 'no column could be tested'
        : '';
  return {
    columns,
    testedColumns: tested.length,
    raw,
    corrected,
    note,
    quality: {
      reference: quality(columns, 'reference', referenceRows),
      current: quality(columns, 'current', currentRows),
    },
  };
}
