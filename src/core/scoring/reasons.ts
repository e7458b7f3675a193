/**
 * The main reasons for one student's risk, taken from the model itself rather than from a fixed rulebook: the
 * attributes whose values push this student's log-odds of failing up the most, worded for a teacher ("3 past
 * class failures; 14 absences"). An attribute may feed several features (`failures` and `failures>0`, or the
 * one-hot levels of `Mjob`), so contributions are summed per attribute before ranking. Only attributes that
 * raise the risk are named; what lowers it is never offered as a reason.
 *
 * A head of year reads these to decide what to do, so what the school can act on comes first, and the
 * student's background (school, family, private life) is named only when it outweighs everything the school
 * can act on; values that would read the wrong way round ("no absences recorded" as a risk) are never named.
 * Which attribute is which, and why, is `reason-kinds.ts`.
 */
import { describeValue } from '../data/describe-value';
import type { StudentRecord } from '../data/dictionary';
import type { EncodedFeature } from '../model/encoding';
import type { LogisticModel } from '../model/logistic';
import { contributions } from '../model/score';
import { type ReasonKind, reasonKindOf } from './reason-kinds';

/** One reason: the attribute, its summed push on the log-odds of failing, its kind, and its wording. */
export interface Reason {
  readonly attribute: string;
  readonly contribution: number;
  readonly kind: ReasonKind;
  readonly text: string;
}

/**
 * The smallest summed contribution (in log-odds) that counts as a reason: 0.05 log-odds moves a 30% risk by
 * about one percentage point, so anything smaller would name a value that changes nothing a teacher could
 * see.
 */
export const REASON_FLOOR = 0.05;

/**
 * A context reason is named only when it pushes at least this many times as hard as the strongest reason the
 * school can act on (or when there is none). Twice, so that background is named when it is clearly what
 * drives the risk, not when it merely edges past an actionable reason of about its size: on the UCI sample,
 * "school: Mousinho da Silveira" (0.37) then stands beside "going out with friends: high" (0.12), not beside
 * "going out with friends: very high" (0.26), and never beside past failures (0.98 and more).
 */
export const CONTEXT_DOMINANCE = 2;

/** At most one context reason: one line says the risk comes from background; more would crowd the cell. */
export const MAX_CONTEXT_REASONS = 1;

/**
 * Up to `max` reasons for `record`'s risk. Per attribute, the sum of coefficient × standardised value over
 * its features, kept when it exceeds `REASON_FLOOR` and `reasonKindOf` lets its value be named. The
 * influenceable ones come first, largest first; then at most `MAX_CONTEXT_REASONS` context reason, when it is
 * at least `CONTEXT_DOMINANCE` times the largest influenceable one (it takes the last place when all `max`
 * are taken). Equal sums keep the model's feature order. A blank value contributes 0 and is never a reason.
 * `row` only labels errors. O(features + attributes log attributes). Throws `RangeError` when `max` is not a
 * whole number ≥ 0 or the model is damaged, `TypeError` for text in a numeric column (as scoring does).
 */
export function mainReasons(model: LogisticModel, record: StudentRecord, max = 3, row = 0): Reason[] {
  if (!Number.isInteger(max) || max < 0) {
    throw new RangeError(`The number of reasons must be a whole number of at least 0, not ${max}.`);
  }
  const byFeature = contributions(model, record, row);
  const byAttribute = new Map<string, { sum: number; features: EncodedFeature[] }>();
  for (const feature of model.encoding.features) {
    const entry = byAttribute.get(feature.attribute) ?? { sum: 0, features: [] };
    entry.sum += byFeature[feature.name] ?? 0;
    entry.features.push(feature);
    byAttribute.set(feature.attribute, entry);
  }
  const candidates: Reason[] = [];
  for (const [attribute, { sum, features }] of byAttribute) {
    if (!(sum > REASON_FLOOR)) continue;
    const kind = reasonKindOf(attribute, record, features, row);
    if (kind === null) continue;
    candidates.push({
      attribute,
      contribution: sum,
      kind,
      text: describeValue(attribute, record[attribute] ?? null),
    });
  }
  candidates.sort((a, b) => b.contribution - a.contribution);
  const influenceable = candidates.filter((reason) => reason.kind === 'influenceable');
  const strongest = influenceable[0]?.contribution ?? 0;
  const outweighs = (reason: Reason) =>
    // Stryker disable next-line ConditionalExpression: no influenceable reason reaches twice the strongest one, so the kind test only reads clearly
    reason.kind === 'context' && reason.contribution >= CONTEXT_DOMINANCE * strongest;
  const dominant = candidates.filter(outweighs).slice(0, Math.min(MAX_CONTEXT_REASONS, max));
  return [...influenceable.slice(0, max - dominant.length), ...dominant];
}

/** The reasons as one sheet cell: their wordings joined with "; ", or `''` when there is none. */
export function reasonsText(reasons: readonly Reason[]): string {
  return reasons.map((reason) => reason.text).join('; ');
}
