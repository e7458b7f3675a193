/**
 * The data-quality half of the daily monitoring check: for each attribute the model reads, how many current
 * cells are blank, outside the data dictionary, or a category the model never saw in training; which
 * attributes have no roster column at all; and which rows could not be scored. Each problem carries a stable
 * `kind`, a count, the first sheet rows affected and a sentence for the Monitoring sheet. Sentences name rows
 * and counts only, never a cell's text: the alert email quotes them, and a roster cell may hold anything.
 *
 * Thresholds: a blank share is a problem when it exceeds the reference's blank share for that column by more
 * than `BLANK_SHARE_EXCESS` (10 percentage points) and covers at least `MIN_BLANK_ROWS` (5) rows. The margin
 * is relative to the reference because a column that was often blank in training is imputed as the model
 * learnt it; 10 points is about two standard errors of a share near 0.5 on 100 rows, so a roster of usual
 * size does not alarm by chance, and 5 rows keep one or two gaps in a small class (2 of 12 is 17%) quiet.
 * Every other kind is a problem from its first cell: an impossible value, an unseen category, a missing
 * column and an unscored student are each worth a look.
 */
import { attributeForHeader, attributeNamed } from '../data/dictionary';
import { type ColumnTable, columnOf } from '../drift/column-table';
import { type RangeFault, cellFault, seenCategories } from './cell-fault';
import {
  type ColumnQuality,
  type CurrentRow,
  type DataQualityKind,
  type DataQualityProblem,
  problemSentence,
} from './quality-sentences';
import { assertSheetRow, firstRows } from './sheet-rows';

export type { ColumnQuality, CurrentRow, DataQualityKind, DataQualityProblem } from './quality-sentences';

/** A blank share this far above the reference's (as a fraction) can be a problem. */
export const BLANK_SHARE_EXCESS = 0.1;
/** Fewest blank rows that make a blank-share problem. */
export const MIN_BLANK_ROWS = 5;

export interface DataQualityInput {
  /** The attributes the model reads, by canonical name. */
  readonly attributes: readonly string[];
  /** The version's reference sample (its training inputs), by column. */
  readonly reference: ColumnTable;
  /** The current rows, already normalised, with their sheet rows. */
  readonly rows: readonly CurrentRow[];
  /** The roster's header cells as found, in the teacher's spelling. */
  readonly rosterHeaders: readonly string[];
  /** Sheet rows the scoring run could not score. */
  readonly notScoredRows: readonly number[];
}

export interface DataQualityReport {
  readonly rows: number;
  /** One entry per model attribute, in the order given. */
  readonly columns: ColumnQuality[];
  /** Missing columns first, then per column in attribute order, then unscored rows. */
  readonly problems: DataQualityProblem[];
}

function columnQuality(name: string, input: DataQualityInput, present: boolean) {
  const attribute = attributeNamed(name);
  const referenceColumn = columnOf(input.reference, name, 'reference');
  const seen = seenCategories(referenceColumn);
  const referenceBlank = referenceColumn.filter((value) => cellFault(attribute, value, seen) === 'blank');
  const rows = { blank: [] as number[], outOfRange: [] as number[], unseen: [] as number[] };
  const outOfRange: Partial<Record<RangeFault, number>> = {};
  const unseen = new Set<string>();
  for (const row of input.rows) {
    const value = row.values[name] ?? null;
    const fault = cellFault(attribute, value, seen);
    if (fault === null) continue;
    if (fault === 'blank') rows.blank.push(row.sheetRow);
    else if (fault === 'unseen-category') {
      rows.unseen.push(row.sheetRow);
      unseen.add(String(value).trim());
    } else {
      rows.outOfRange.push(row.sheetRow);
      outOfRange[fault] = (outOfRange[fault] ?? 0) + 1;
    }
  }
  const quality: ColumnQuality = {
    column: name,
    present,
    rows: input.rows.length,
    blank: rows.blank.length,
    blankShare: input.rows.length === 0 ? 0 : rows.blank.length / input.rows.length,
    referenceBlankShare: referenceColumn.length === 0 ? 0 : referenceBlank.length / referenceColumn.length,
    outOfRange,
    unseenCells: rows.unseen.length,
    unseenCategories: unseen.size,
  };
  return { quality, rows };
}

/**
 * The data-quality report of `input` (see the module comment). O(rows × attributes). Throws `RangeError` for
 * an attribute the dictionary lacks or the reference table lacks, or a sheet row that is not a whole number
 * ≥ 1.
 */
export function dataQuality(input: DataQualityInput): DataQualityReport {
  input.rows.forEach((row, index) => assertSheetRow(row.sheetRow, `Current row ${index}'s sheet row`));
  input.notScoredRows.forEach((row) => assertSheetRow(row, 'An unscored row'));
  const found = new Set(input.rosterHeaders.map((header) => attributeForHeader(header)?.name));
  const missing: DataQualityProblem[] = [];
  const perColumn: DataQualityProblem[] = [];
  const columns = input.attributes.map((name) => {
    const { quality, rows } = columnQuality(name, input, found.has(name));
    const problem = (
      kind: DataQualityKind,
      affected: number[],
      count = affected.length,
    ): DataQualityProblem => {
      const base = { kind, column: name, count, firstRows: firstRows(affected) };
      return { ...base, sentence: problemSentence(base, quality) };
    };
    if (!quality.present) {
      missing.push(problem('missing-column', [], input.rows.length));
      return quality;
    }
    // The margin absorbs rounding, so that exactly 10 points (15% against 5%) is never a problem.
    const excess = quality.blankShare - quality.referenceBlankShare;
    if (excess > BLANK_SHARE_EXCESS + 1e-9 && quality.blank >= MIN_BLANK_ROWS)
      perColumn.push(problem('blank-share', rows.blank));
    if (rows.outOfRange.length > 0) perColumn.push(problem('out-of-range', rows.outOfRange));
    if (rows.unseen.length > 0) perColumn.push(problem('unseen-category', rows.unseen));
    return quality;
  });
  const problems = [...missing, ...perColumn];
  const notScored = [...new Set(input.notScoredRows)];
  if (notScored.length > 0) {
    const base = {
      kind: 'not-scored' as const,
      column: null,
      count: notScored.length,
      firstRows: firstRows(notScored),
    };
    problems.push({ ...base, sentence: problemSentence(base, null) });
  }
  return { rows: input.rows.length, columns, problems };
}
