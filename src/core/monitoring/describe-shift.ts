/**
 * A few words saying what moved in one column of a drift check, for the Monitoring sheet and the alert
 * email: `absences: median 4 → 11`, `weekly study time: "under 2 hours" 27% → 49%`. The words come from the
 * data dictionary (labels, scale levels, category labels). Only aggregates are ever shown (a median, a mean,
 * the middle half, the share of one category), never a row or one student's value, and no number is given
 * from fewer than `MIN_VALUES_DESCRIBED` values a side, where an aggregate would come close to being one
 * student's value. Blanks and invalid cells are left out, as the drift test leaves them out, so the phrase
 * describes the values the test compared.
 */
import { mean, median, quantileSorted } from 'simple-statistics';
import { ATTRIBUTES, type Attribute, isCategorical } from '../data/dictionary';
import type { ColumnDrift } from '../drift/column-drift';
import type { DriftValue } from '../drift/column-table';
import { categoricalValues, countCategories, numericValues } from '../drift/column-values';

/** Fewest usable values on each side before a column's shift is put in numbers. */
export const MIN_VALUES_DESCRIBED = 10;

const attributeOrUndefined = (name: string): Attribute | undefined =>
  ATTRIBUTES.find((attribute) => attribute.name === name);

/** Whole numbers as they are, others with one decimal: 4, 4.5. */
const shown = (x: number): string => (Number.isInteger(x) ? String(x) : x.toFixed(1));
const SAME_EVERYWHERE = 'the same value in every row on both sides';
const percent = (share: number): string => `${Math.round(share * 100)}%`;

/** The median if it moved, else the mean (1 decimal) if it moved, else the middle half (quartiles). */
function centreShift(reference: number[], current: number[]): string {
  const [m0, m1] = [median(reference), median(current)];
  if (m0 !== m1) return `median ${shown(m0)} → ${shown(m1)}`;
  const [a0, a1] = [mean(reference).toFixed(1), mean(current).toFixed(1)];
  if (a0 !== a1) return `mean ${a0} → ${a1}`;
  const middle = (values: number[]): string => {
    const sorted = [...values].sort((a, b) => a - b);
    return `${shown(quantileSorted(sorted, 0.25))}-${shown(quantileSorted(sorted, 0.75))}`;
  };
  const [q0, q1] = [middle(reference), middle(current)];
  return q0 !== q1 ? `middle half ${q0} → ${q1}` : `median ${shown(m0)}, mean ${a0} on both sides`;
}

/** The key under which values outside the dictionary are counted together (no category holds a NUL). */
// Stryker disable next-line StringLiteral: any key that no category can equal and that sorts before every category ("" does too) behaves the same
const OUTSIDE_KEY = '\u0000outside';
const OUTSIDE_WORDS = 'values outside the data dictionary';
/** For a categorical column without dictionary categories, whose values could be any typed text. */
const UNNAMED_SHIFT = 'the shares of its categories changed';

/**
 * The category whose share of the usable values changed most, as `"<words>" 27% → 49%`; `words` gives the
 * category's name, or `undefined` for a value the dictionary does not know, which is then counted with the
 * others like it and shown as "values outside the data dictionary" (so no typed text is ever quoted). Ties
 * (a yes/no column always ties) go to the category that grew, then to the first in sorted order.
 */
function largestShareChange<T extends string | number>(
  reference: readonly T[],
  current: readonly T[],
  words: (category: T) => string | undefined,
): string {
  const keyed = (value: T): T | typeof OUTSIDE_KEY => (words(value) === undefined ? OUTSIDE_KEY : value);
  const counts = countCategories<string | number>(reference.map(keyed), current.map(keyed));
  // Stryker disable next-line BooleanLiteral: the first category always replaces this start (any size beats -Infinity), so its grew is never read
  let best = { index: 0, change: -Infinity, grew: false };
  counts.categories.forEach((_, index) => {
    const change =
      (counts.current[index] ?? 0) / current.length - (counts.reference[index] ?? 0) / reference.length;
    const size = Math.abs(change);
    const clearlyLarger = size > best.change + 1e-12;
    const tiedButGrew = Math.abs(size - best.change) <= 1e-12 && change > 0 && !best.grew;
    if (clearlyLarger || tiedButGrew) best = { index, change: size, grew: change > 0 };
  });
  const key = counts.categories[best.index] as T | typeof OUTSIDE_KEY;
  // Stryker disable next-line StringLiteral: a key other than OUTSIDE_KEY always has words (keyed maps the rest to OUTSIDE_KEY), so '' is never used
  const named = key === OUTSIDE_KEY ? OUTSIDE_WORDS : `"${words(key) ?? ''}"`;
  const [before, after] = [counts.reference[best.index] ?? 0, counts.current[best.index] ?? 0];
  return `${named} ${percent(before / reference.length)} → ${percent(after / current.length)}`;
}

/**
 * A phrase for `drift`'s column, computed from the same `reference` and `current` cells the drift test read:
 * numeric and count attributes by their centre (`centreShift`), ordinal scales by the level whose share
 * changed most (named from the dictionary's `levels`), binary and nominal attributes by the category whose
 * share changed most (named by `categoryLabels` where given). Values outside the dictionary's levels or
 * categories are counted as one group and never quoted. A column the dictionary lacks is named as it is; if
 * numeric it is described by its centre, if categorical without naming any category, since its values could
 * be any text. O(n log n). Throws `RangeError` when the cells' counts differ from the row counts in `drift`
 * (they are not the cells that were tested).
 */
export function describeShift(
  drift: ColumnDrift,
  reference: readonly DriftValue[],
  current: readonly DriftValue[],
): string {
  if (reference.length !== drift.reference.rows || current.length !== drift.current.rows)
    throw new RangeError(
      `"${drift.column}" was tested on ${drift.reference.rows} reference and ${drift.current.rows} current ` +
        `rows, but ${reference.length} and ${current.length} were given.`,
    );
  const attribute = attributeOrUndefined(drift.column);
  const label = attribute?.label ?? drift.column;
  const tooFew = (left: number, right: number): boolean =>
    left < MIN_VALUES_DESCRIBED || right < MIN_VALUES_DESCRIBED;
  const tooFewPhrase = (left: number, right: number): string =>
    `${label}: too few values to describe (${right} current, ${left} reference)`;
  if (drift.kind === 'categorical') {
    const [left, right] = [categoricalValues(reference).values, categoricalValues(current).values];
    if (tooFew(left.length, right.length)) return tooFewPhrase(left.length, right.length);
    if (drift.status === 'constant') return `${label}: ${SAME_EVERYWHERE}`;
    if (!attribute || !isCategorical(attribute)) return `${label}: ${UNNAMED_SHIFT}`;
    const { categories, categoryLabels } = attribute;
    const words = (category: string): string | undefined =>
      categories.includes(category) ? (categoryLabels?.[category] ?? category) : undefined;
    return `${label}: ${largestShareChange(left, right, words)}`;
  }
  const [left, right] = [numericValues(reference).values, numericValues(current).values];
  if (tooFew(left.length, right.length)) return tooFewPhrase(left.length, right.length);
  if (drift.status === 'constant') return `${label}: ${SAME_EVERYWHERE}`;
  if (attribute?.kind === 'ordinal' && attribute.levels) {
    const { levels, min } = attribute;
    const words = (code: number): string | undefined => levels[code - min];
    return `${label}: ${largestShareChange(left, right, words)}`;
  }
  return `${label}: ${centreShift(left, right)}`;
}
