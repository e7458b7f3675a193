/**
 * The shapes of a data-quality report and the sentence each problem gets in the Monitoring sheet and the
 * alert email. A sentence names the attribute in the teacher's words, counts, and the first sheet rows to
 * look at; it never quotes a cell, since a roster cell may hold anything a school typed.
 */
import { attributeNamed } from '../data/dictionary';
import type { StudentRecord } from '../data/dictionary';
import type { RangeFault } from './cell-fault';
import { rowsPhrase } from './sheet-rows';

/** Stable names of data-quality problems; later checks compare them to spot a new kind of problem. */
export type DataQualityKind =
  'blank-share' | 'out-of-range' | 'unseen-category' | 'missing-column' | 'not-scored';

/** One current row: its normalised values by attribute name, and where it is in the sheet. */
export interface CurrentRow {
  readonly sheetRow: number;
  readonly values: StudentRecord;
}

export interface DataQualityProblem {
  readonly kind: DataQualityKind;
  /** The attribute's canonical name; `null` for `not-scored`, which is about whole rows. */
  readonly column: string | null;
  /** Cells affected (rows, for `missing-column` and `not-scored`). */
  readonly count: number;
  /** The first affected sheet rows, ascending, at most 5; empty for a missing column (every row). */
  readonly firstRows: readonly number[];
  readonly sentence: string;
}

/** What one model attribute's current cells hold. */
export interface ColumnQuality {
  readonly column: string;
  /** Whether a roster header maps to this attribute. */
  readonly present: boolean;
  readonly rows: number;
  readonly blank: number;
  /** blank / rows; 0 without rows. */
  readonly blankShare: number;
  /** The reference sample's blank share for the same column. */
  readonly referenceBlankShare: number;
  /** Cells the data dictionary does not allow, by fault. */
  readonly outOfRange: Readonly<Partial<Record<RangeFault, number>>>;
  /** Cells holding a dictionary category the reference never saw, and how many such categories. */
  readonly unseenCells: number;
  readonly unseenCategories: number;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** "weekly study time (studytime)"; just "absences" when the label is the name. */
function named(column: string): string {
  const { label } = attributeNamed(column);
  return label === column ? label : `${label} (${column})`;
}

/** The order in which faults are listed in a sentence. */
const FAULT_ORDER: readonly RangeFault[] = [
  'below-min',
  'above-max',
  'not-whole',
  'not-a-number',
  'not-a-category',
];

function faultWords(fault: RangeFault, n: number, column: string): string {
  const attribute = attributeNamed(column);
  // Stryker disable next-line StringLiteral: only below-min and above-max show bounds, and cellFault never gives them to a categorical attribute
  const bounds = 'min' in attribute ? `${attribute.min}-${attribute.max}` : '';
  const words: Record<RangeFault, string> = {
    'below-min': `${n} below the range ${bounds}`,
    'above-max': `${n} above the range ${bounds}`,
    'not-whole': plural(n, 'not a whole number', 'not whole numbers'),
    'not-a-number': plural(n, 'not a number', 'not numbers'),
    'not-a-category': `${n} not in its list of categories`,
  };
  return words[fault];
}

/**
 * The sentence for `problem`; `quality` is its column's summary (`null` for `not-scored`). Throws
 * `RangeError` when a column problem comes without its column's summary.
 */
export function problemSentence(
  problem: Omit<DataQualityProblem, 'sentence'>,
  quality: ColumnQuality | null,
): string {
  const rows = rowsPhrase(problem.firstRows, problem.count);
  if (problem.kind === 'not-scored')
    return `${plural(problem.count, 'row', 'rows')} could not be scored: ${rows}.`;
  if (problem.column === null || quality === null)
    throw new RangeError(`A problem of kind ${problem.kind} needs its column and the column's summary.`);
  const name = named(problem.column);
  switch (problem.kind) {
    case 'missing-column':
      return `No roster column holds ${name}, which the model uses: it reads as blank for every student.`;
    case 'blank-share':
      return (
        `${name} is blank in ${problem.count} of ${quality.rows} rows (${percent(quality.blankShare)}, ` +
        `against ${percent(quality.referenceBlankShare)} in the training sample): ${rows}.`
      );
    case 'out-of-range': {
      const column = problem.column;
      const faults = FAULT_ORDER.flatMap((fault) => {
        const n = quality.outOfRange[fault];
        return n ? [faultWords(fault, n, column)] : [];
      }).join(', ');
      const values = plural(problem.count, 'value', 'values');
      return `${name} has ${values} the data dictionary does not allow (${faults}): ${rows}.`;
    }
    case 'unseen-category':
      return (
        `${name} has ${plural(problem.count, 'value', 'values')} in ` +
        `${plural(quality.unseenCategories, 'category', 'categories')} never seen in the training sample, ` +
        `which the model scores as its most common category: ${rows}.`
      );
  }
}
