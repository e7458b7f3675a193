/**
 * The main reasons for one student's risk, taken from the model itself rather than from a fixed rulebook: the
 * attributes whose values push this student's log-odds of failing up the most, worded for a teacher ("3 past
 * class failures; 14 absences"). An attribute may feed several features (`failures` and `failures>0`, or the
 * one-hot levels of `Mjob`), so contributions are summed per attribute before ranking. Only attributes that
 * raise the risk are named; what lowers it is never offered as a reason.
 */
import { describeValue } from '../data/describe-value';
import { FINAL_GRADE, type StudentRecord, isBlank } from '../data/dictionary';
import type { LogisticModel } from '../model/logistic';
import { contributions } from '../model/score';

/** One reason: the attribute, its summed push on the log-odds of failing, and its wording. */
export interface Reason {
  readonly attribute: string;
  readonly contribution: number;
  readonly text: string;
}

/**
 * The smallest summed contribution (in log-odds) that counts as a reason: 0.05 log-odds moves a 30% risk by
 * about one percentage point, so anything smaller would name a value that changes nothing a teacher could see.
 */
export const REASON_FLOOR = 0.05;

/** Attributes never named as a reason: the course is not something to act on, and G3 is the outcome itself. */
const NEVER_A_REASON: ReadonlySet<string> = new Set(['course', FINAL_GRADE]);

/**
 * Up to `max` reasons for `record`'s risk: per attribute, the sum of coefficient × standardised value over its
 * features; kept when the sum exceeds `REASON_FLOOR`; largest first (equal sums keep the model's feature
 * order). A blank value contributes 0 and is never a reason; `course` and G3 are never named. `row` only labels
 * errors. O(features + attributes log attributes). Throws `RangeError` when `max` is not a whole number ≥ 0
 * or the model is damaged, `TypeError` for text in a numeric column (as scoring does).
 */
export function mainReasons(model: LogisticModel, record: StudentRecord, max = 3, row = 0): Reason[] {
  if (!Number.isInteger(max) || max < 0) {
    throw new RangeError(`The number of reasons must be a whole number of at least 0, not ${max}.`);
  }
  const byFeature = contributions(model, record, row);
  const byAttribute = new Map<string, number>();
  for (const feature of model.encoding.features) {
    const { attribute } = feature;
    if (NEVER_A_REASON.has(attribute) || isBlank(record[attribute])) continue;
    byAttribute.set(attribute, (byAttribute.get(attribute) ?? 0) + (byFeature[feature.name] ?? 0));
  }
  return [...byAttribute]
    .filter(([, contribution]) => contribution > REASON_FLOOR)
    .sort(([, a], [, b]) => b - a)
    .slice(0, max)
    .map(([attribute, contribution]) => ({
      attribute,
      contribution,
      text: describeValue(attribute, record[attribute] ?? null),
    }));
}

/** The reasons as one sheet cell: their wordings joined with "; ", or `''` when there is none. */
export function reasonsText(reasons: readonly Reason[]): string {
  return reasons.map((reason) => reason.text).join('; ');
}
