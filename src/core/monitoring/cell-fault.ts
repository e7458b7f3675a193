/**
 * What is wrong with one current cell, judged against the data dictionary (a number's valid range and whole
 * numbers, a category's list) and against the reference sample (a valid category the model never saw in
 * training). Each cell gets at most one fault, so a monitoring report never counts the same cell twice: text
 * that is not a category at all is `not-a-category`, a dictionary category missing from the reference is
 * `unseen-category`. Only the fault is returned, never the cell's text, which may be anything a school typed.
 * The reference is a sample of the training rows, so a category rare in training may be missing from it and
 * reported as unseen although the model knows it; with the UCI categories (the rarest near 4% of rows) and
 * samples of several hundred rows, that does not happen in practice.
 */
import { type Attribute, isBlank, isCategorical } from '../data/dictionary';
import type { DriftValue } from '../drift/column-table';

/** Faults of a value outside the dictionary's range for its attribute. */
export type RangeFault = 'below-min' | 'above-max' | 'not-whole' | 'not-a-number' | 'not-a-category';

export type CellFault = 'blank' | RangeFault | 'unseen-category';

/** A categorical cell as the drift core reads it: text trimmed, a number as its text (`1` → `"1"`). */
const categoryText = (value: string | number): string =>
  typeof value === 'number' ? String(value) : value.trim();

/** The categories (as text) of the non-blank cells of a reference column. O(n). */
export function seenCategories(reference: readonly DriftValue[]): Set<string> {
  const seen = new Set<string>();
  for (const value of reference) if (value !== null && !isBlank(value)) seen.add(categoryText(value));
  return seen;
}

/**
 * The fault of `value` for `attribute`, or `null` when it is valid. Numeric and ordinal attributes need a
 * finite whole number in [min, max] (the dictionary's contract: "valid values are whole numbers"); binary and
 * nominal ones need one of the dictionary's categories that is also in `seen` (the reference's categories,
 * from `seenCategories`). A category the reference lacks is scored as the model's reference level (see
 * `model/encoding.ts`), which is why it is worth reporting. O(categories).
 */
export function cellFault(
  attribute: Attribute,
  value: DriftValue,
  seen: ReadonlySet<string>,
): CellFault | null {
  if (value === null || isBlank(value)) return 'blank';
  if (isCategorical(attribute)) {
    const text = categoryText(value);
    if (!attribute.categories.includes(text)) return 'not-a-category';
    return seen.has(text) ? null : 'unseen-category';
  }
  if (typeof value !== 'number' || !Number.isFinite(value)) return 'not-a-number';
  if (value < attribute.min) return 'below-min';
  if (value > attribute.max) return 'above-max';
  return Number.isInteger(value) ? null : 'not-whole';
}
