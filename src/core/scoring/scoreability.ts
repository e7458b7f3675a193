/**
 * Whether one roster row can be scored by a model, and if not, why, in a sentence for the teacher. The rule:
 * a row is not scored when a period grade the model uses (G1 or G2) is blank, because the grade carries most
 * of a mid-term model's signal and imputing it at the class average would hide exactly the students it should
 * find; nor when more than `MAX_IMPUTED_BLANKS` (3) of the model's attributes are blank, because the risk
 * would then be mostly the average student's; nor when a numeric attribute holds text, which cannot be
 * encoded. Otherwise it is scored with its blanks imputed at the training mean (`encoding.ts`) and the blanks
 * are listed so the sheet can say so.
 */
import {
  type StudentRecord,
  GRADE_ATTRIBUTES,
  attributeNamed,
  isBlank,
  isCategorical,
} from '../data/dictionary';
import type { LogisticModel } from '../model/logistic';

/** The most blank model attributes a row may have and still be scored (blanks are imputed). */
export const MAX_IMPUTED_BLANKS = 3;

/** How many blank attributes a "not scored" sentence names before it ends with "…". */
const NAMED_BLANKS = MAX_IMPUTED_BLANKS;

export type Scoreability =
  { readonly ok: true; readonly blanks: string[] } | { readonly ok: false; readonly why: string };

/** The attributes `model` reads, once each, in its feature order. */
export function modelAttributes(model: LogisticModel): string[] {
  return [...new Set(model.encoding.features.map((feature) => feature.attribute))];
}

const label = (name: string): string => attributeNamed(name).label;

/** "a", "a and b", "a, b and c". */
const listed = (items: readonly string[]): string =>
  // Stryker disable next-line StringLiteral: joining at most one item never shows the separator
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;

/**
 * Whether `record` can be scored by `model` (see the module comment); `blanks` are the blank attributes' names,
 * in the model's order. O(features). Throws `RangeError` when the model names an attribute the dictionary
 * lacks (a damaged record).
 */
export function scoreability(model: LogisticModel, record: StudentRecord): Scoreability {
  const attributes = modelAttributes(model).map(attributeNamed);
  const blanks = attributes.filter(({ name }) => isBlank(record[name])).map(({ name }) => name);
  const grades = blanks.filter((name) => GRADE_ATTRIBUTES.includes(name));
  if (grades.length > 0) {
    const names = grades.map((name) => `${label(name)} (${name})`);
    return { ok: false, why: `Not scored: ${listed(names)} ${grades.length === 1 ? 'is' : 'are'} blank.` };
  }
  if (blanks.length > MAX_IMPUTED_BLANKS) {
    // More than MAX_IMPUTED_BLANKS are blank, so more than NAMED_BLANKS: the list always ends with "…".
    const named = blanks.slice(0, NAMED_BLANKS).map(label);
    return { ok: false, why: `Not scored: ${blanks.length} values are blank (${named.join(', ')}, …).` };
  }
  for (const attribute of attributes) {
    const value = record[attribute.name];
    if (isBlank(value) || isCategorical(attribute)) continue;
    // Number() reads a number typed as text, spaces around it included; String() first keeps a ticked box
    // (TRUE, which a sheet can hand over whatever the type says) from reading as 1.
    if (!Number.isFinite(Number(String(value)))) {
      return {
        ok: false,
        why: `Not scored: ${attribute.label} should be a number but holds "${String(value)}".`,
      };
    }
  }
  return { ok: true, blanks };
}

/**
 * A note for a scored row with blanks, which the model read as the average training student's value:
 * "Blank, counted as average: absences, past class failures." or `''` when nothing was blank. Throws
 * `RangeError` for a name the dictionary lacks.
 */
export function imputedNote(blanks: readonly string[]): string {
  return blanks.length === 0 ? '' : `Blank, counted as average: ${blanks.map(label).join(', ')}.`;
}
