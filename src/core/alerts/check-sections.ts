/**
 * The sections of an alert about the check itself: one that stopped with an error (at which stage, never the
 * error's message, which may quote a cell), one that did not run (the heartbeat's finding), and the all-clear
 * after an earlier alert.
 */
import type { AlertProblem, MissedCheckFacts } from './alert-facts';
import { type AlertSection, PHRASE_LENGTH, TIME_LENGTH } from './alert-section';
import { clipText, countOf, listInWords } from './figure-format';

/** The section for a check of `checkedAt` that stopped while doing `stage`. */
export function checkFailedSection(checkedAt: string, stage: string): AlertSection {
  return {
    tone: 'problem',
    title: 'The daily check stopped with an error',
    paragraphs: [
      `The check of ${checkedAt} stopped while ${clipText(stage, PHRASE_LENGTH)}, so this term's data and risk scores were not checked.`,
      'The error is recorded in the Monitoring sheet.',
    ],
    notes: [],
  };
}

/** The section for the heartbeat's finding. */
export function checkMissedSection(missed: MissedCheckFacts): AlertSection {
  const hours = countOf(Math.floor(missed.hoursWithoutCheck), 'hour');
  const when =
    missed.lastFinishedAt === null
      ? `No monitoring check has finished since daily monitoring was turned on, ${hours} ago.`
      : `No monitoring check has finished for ${hours}: the last one finished ${clipText(missed.lastFinishedAt, TIME_LENGTH)}.`;
  return {
    tone: 'problem',
    title: 'The daily check did not run',
    paragraphs: [
      when,
      'The daily trigger may have been removed, or may belong to someone who no longer has access to the spreadsheet. Until checks run again, nobody is told about problems.',
    ],
    notes: [],
  };
}

const RESOLVED_NOUNS: Readonly<Record<AlertProblem, string>> = {
  drift: 'drift from the training data',
  'data-quality': 'problems in the imported data',
  accuracy: 'lower accuracy than expected',
  'check-failed': 'a check that stopped with an error',
  'check-missed': 'missed checks',
};

/** The all-clear, naming the problems an earlier alert reported. */
export function backToNormalSection(resolved: readonly AlertProblem[]): AlertSection {
  const earlier =
    resolved.length > 0
      ? `The latest check no longer finds what an earlier alert reported (${listInWords(resolved.map((r) => RESOLVED_NOUNS[r]))}). `
      : '';
  return {
    tone: 'good',
    title: 'Back to normal',
    paragraphs: [`${earlier}Nothing needs attention today.`],
    notes: [],
  };
}
