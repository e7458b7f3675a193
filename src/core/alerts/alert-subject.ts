/**
 * Subject lines in words a head of year understands, and the order in which problems are told. The most
 * serious problem is the one that most directly spoils the risk scores staff are acting on now: broken input
 * data spoils today's scores; drift means today's scores come from a model trained on a different kind of
 * roster; low realised accuracy is evidence about scores already given; a failed or missed check says only that
 * nothing is known. With several problems the subject names the most serious and counts the rest.
 */
import type { AlertVerdict } from './alert-facts';

/** Verdicts from most to least serious. */
export const VERDICT_ORDER: readonly AlertVerdict[] = [
  'data-quality',
  'drift',
  'accuracy',
  'check-failed',
  'check-missed',
  'back-to-normal',
];

/** What happened, as a sentence fragment without a full stop. */
export const VERDICT_HEADLINES: Readonly<Record<AlertVerdict, string>> = {
  drift: "this term's roster no longer looks like the training data",
  'data-quality': 'problems in the imported data',
  accuracy: 'predictions were less accurate than expected',
  'check-failed': 'the daily check stopped with an error',
  'check-missed': 'the daily check did not run',
  'back-to-normal': 'the daily check is back to normal',
};

export const SUBJECT_PREFIX = 'PassCompass: ';

/** `verdicts` from most to least serious (a new array). */
export function mostSeriousFirst(verdicts: readonly AlertVerdict[]): AlertVerdict[] {
  return [...verdicts].sort((a, b) => VERDICT_ORDER.indexOf(a) - VERDICT_ORDER.indexOf(b));
}

/** `text` with its first letter in upper case. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `PassCompass: ` and the headline of the most serious verdict, then `, and N more` when there are others,
 * e.g. `PassCompass: problems in the imported data, and 2 more`. Throws `RangeError` without verdicts.
 */
export function alertSubject(verdicts: readonly AlertVerdict[]): string {
  const [first, ...others] = mostSeriousFirst(verdicts);
  if (first === undefined) throw new RangeError('An alert needs at least one verdict.');
  const more = others.length > 0 ? `, and ${others.length} more` : '';
  return `${SUBJECT_PREFIX}${VERDICT_HEADLINES[first]}${more}`;
}
