/**
 * The notes on the header cells of PassCompass's columns in the Students sheet: what a risk and the main reasons
 * mean and do not mean, and how the tiers were chosen at the last scoring run, from the rule actually applied.
 * The tier rule is otherwise invisible on the sheet: with a capacity of 25, a student at 77% is Medium because
 * the 25 High places went to risks of 77.5% and above, and only the note can say so.
 */
import type { TieAtCut, TierAssignment, TierRule } from './tiers';

export interface RosterNotes {
  risk: string;
  tier: string;
  reasons: string;
}

/** A risk as the note gives it: one decimal, as the Inference log shows it (0.7751 → `77.5%`). */
const risk = (p: number): string => `${(p * 100).toFixed(1)}%`;
/** A setting's bound: as typed, without a trailing `.0` (0.3 → `30%`, 0.125 → `12.5%`). */
const bound = (p: number): string => `${Number((p * 100).toFixed(1))}%`;

/** Medium and Low, below High, by the `mediumFrom` bound of Settings. */
function belowHigh(mediumFrom: number): string {
  if (mediumFrom === 0) return 'every other student is Medium (Medium starts at 0% in Settings).';
  return `Medium = the others from ${bound(mediumFrom)}; Low = below ${bound(mediumFrom)} (Settings).`;
}

/**
 * How the tiers of `assignment` were chosen from `risks` under `rule`, in a sentence or three: the capacity
 * and the lowest risk that made High this time (and, when equal risks straddled the cut, how many were kept
 * out and why), or the thresholds.
 */
export function tierNote(
  rule: TierRule,
  risks: readonly (number | null)[],
  assignment: TierAssignment,
): string {
  if (rule.kind === 'thresholds') {
    const high = `Tier, from the thresholds in Settings: High = risks of ${bound(rule.highFrom)} and above`;
    if (rule.mediumFrom >= rule.highFrom)
      return `${high}; Low = below ${bound(rule.highFrom)} (no Medium: it starts where High does).`;
    return `${high}; ${belowHigh(rule.mediumFrom)}`;
  }
  // Stryker disable next-line ConditionalExpression: an unscored row (null risk) is never High, so the null test only narrows the type
  const highRisks = risks.filter((r, i): r is number => r !== null && assignment.tiers[i] === 'High');
  const scored = risks.filter((r) => r !== null).length;
  const lowest = risk(highRisks.reduce((min, r) => Math.min(min, r), 1));
  const capacity = `the capacity in Settings is ${rule.capacity}`;
  const tie = assignment.tie;
  const shared = (at: TieAtCut, which: string) =>
    `${at.students} students share the ${which} risk (${risk(at.risk)}) and equal risks get the same tier`;
  let high: string;
  if (tie && highRisks.length === 0) high = `nobody is High: ${capacity}, but ${shared(tie, 'highest')}`;
  else if (tie)
    high =
      `High = the ${highRisks.length} highest risks, ${lowest} and above: ${capacity}, but ` +
      `${shared(tie, 'next')}, so none of them is High`;
  else if (highRisks.length === 0) high = `nobody is High: ${capacity}`;
  else if (highRisks.length === scored) high = `High = all ${scored} students scored, as ${capacity}`;
  else
    high =
      `High = the ${highRisks.length} highest risks, as ${capacity}: this time ${lowest} and above. ` +
      `A student just below ${lowest} is not High: the places were taken`;
  return `Tier, at the last scoring run: ${high}. ${belowHigh(rule.mediumFrom)}`;
}

/** The three notes, for a pass mark of `passMark` (a final grade below it is a fail). */
export function rosterNotes(
  rule: TierRule,
  risks: readonly (number | null)[],
  assignment: TierAssignment,
  passMark: number,
): RosterNotes {
  return {
    risk:
      `Risk of failing: the model's estimate of the chance that this student's final grade (G3) ends below ` +
      `${passMark}, the pass mark in Settings. It says whom to talk to first; it is not a verdict, and many ` +
      'students at high risk pass.',
    tier: tierNote(rule, risks, assignment),
    reasons:
      "Main reasons: up to three of this student's answers that raise the risk most in the model, compared " +
      'with an average student. They are not causes and do not judge the student. A row that could not be ' +
      'scored says why here.',
  };
}
