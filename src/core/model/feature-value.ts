/**
 * Reading one raw feature value out of a student record, before standardisation: a number (possibly
 * transformed) for a numeric or ordinal attribute, a 0/1 indicator for one level of a category, or `null`
 * when the cell is blank. Shared by fitting the encoding and applying it, so both read a cell in exactly the
 * same way.
 */
import { type StudentRecord, isBlank } from '../data/dictionary';
import type { NumericTransform } from './encoding';

/** A feature taken from a numeric or ordinal attribute. */
export interface NumericFeature {
  readonly attribute: string;
  readonly transform: NumericTransform;
}

/** The indicator of one level of a categorical attribute (1 when the record has that level, else 0). */
export interface CategoryFeature {
  readonly attribute: string;
  readonly level: string;
}

/**
 * The numeric value of `record[name]`: a number as it is, a numeric string parsed (`" 14 "` → 14), a blank →
 * `null`. Throws `TypeError` naming the attribute and the 0-based row for text that is not a finite number.
 */
export function numericValue(record: StudentRecord, name: string, row = 0): number | null {
  const value = record[name];
  if (isBlank(value)) return null;
  // Number() itself ignores the whitespace around a number (" 14 " → 14), exactly as trim() would.
  const n = typeof value === 'number' ? value : Number(String(value));
  if (!Number.isFinite(n)) {
    throw new TypeError(`Row ${row + 1}: "${name}" should be a number but holds "${String(value)}".`);
  }
  return n;
}

/**
 * The raw (unstandardised) value of `feature` for `record`, or `null` for a blank cell. `log1p` reads
 * negative values as 0; `positive` is 1 for a value above 0, else 0. A category level compares the trimmed
 * text.
 */
export function featureRawValue(
  feature: NumericFeature | CategoryFeature,
  record: StudentRecord,
  row: number,
): number | null {
  if ('level' in feature) {
    const value = record[feature.attribute];
    return isBlank(value) ? null : String(value).trim() === feature.level ? 1 : 0;
  }
  const n = numericValue(record, feature.attribute, row);
  if (n === null) return null;
  if (feature.transform === 'log1p') return Math.log1p(Math.max(n, 0));
  if (feature.transform === 'positive') return n > 0 ? 1 : 0;
  return n;
}
