/**
 * Everything an alert says, as data: subject, heading, the context line (which spreadsheet, when, which model),
 * one section per finding most serious first, figures that were measured but are not a problem, next steps and
 * the link. `alertHtml` and `alertText` render this one value, so the HTML and the plain text cannot disagree.
 */
import { type AlertFacts, type AlertVerdict, assertAlertFacts } from './alert-facts';
import { accuracySection } from './accuracy-section';
import { type AlertSection, TIME_LENGTH } from './alert-section';
import { backToNormalSection, checkFailedSection, checkMissedSection } from './check-sections';
import { dataQualitySection } from './data-quality-section';
import { driftSection } from './drift-section';
import {
  SUBJECT_PREFIX,
  VERDICT_HEADLINES,
  alertSubject,
  capitalise,
  mostSeriousFirst,
} from './alert-subject';
import { clipText, formatCount, listInWords } from './figure-format';
import { httpsUrl } from './html';
import { nextSteps } from './next-steps';

export const SPREADSHEET_NAME_LENGTH = 200;

export interface AlertContent {
  readonly subject: string;
  /** The subject without `PassCompass: `, capitalised. */
  readonly heading: string;
  readonly allClear: boolean;
  /** With several findings, one sentence naming them all, most serious first; `null` with one. */
  readonly summary: string | null;
  /** Label and value: spreadsheet, time of the check, model. */
  readonly context: readonly (readonly [string, string])[];
  readonly sections: readonly AlertSection[];
  readonly nextSteps: readonly string[];
  readonly link: { readonly text: string; readonly url: string };
  readonly footer: string;
}

function modelWords(facts: AlertFacts): string {
  if (facts.model === null) return 'no champion model yet';
  const moment = facts.model.moment === 'early' ? 'early-term' : 'mid-term';
  return `version ${formatCount(facts.model.version)} (${moment} model)`;
}

function sectionFor(verdict: AlertVerdict, facts: AlertFacts, checkedAt: string): AlertSection | null {
  switch (verdict) {
    case 'drift':
      return facts.drift ? driftSection(facts.drift, true) : null;
    case 'data-quality':
      return dataQualitySection(facts.dataQuality ?? []);
    case 'accuracy':
      return facts.accuracy ? accuracySection(facts.accuracy, true) : null;
    case 'check-failed':
      return facts.failure ? checkFailedSection(checkedAt, facts.failure.stage) : null;
    case 'check-missed':
      return facts.missed ? checkMissedSection(facts.missed) : null;
    case 'back-to-normal':
      return backToNormalSection(facts.resolved ?? []);
  }
}

/** Figures given beside the verdicts that are not themselves a problem (shown after the problems). */
function informationSections(facts: AlertFacts): AlertSection[] {
  const sections: AlertSection[] = [];
  if (facts.drift && !facts.verdicts.includes('drift')) sections.push(driftSection(facts.drift, false));
  if (facts.accuracy && !facts.verdicts.includes('accuracy'))
    sections.push(accuracySection(facts.accuracy, false));
  return sections;
}

function summary(verdicts: readonly AlertVerdict[]): string | null {
  if (verdicts.length < 2) return null;
  const headlines = mostSeriousFirst(verdicts).map((verdict) => VERDICT_HEADLINES[verdict]);
  return `The check found ${verdicts.length} problems, most serious first: ${listInWords(headlines)}.`;
}

/** The content of the alert for `facts`. Throws `RangeError` as `assertAlertFacts` and `httpsUrl` do. */
export function alertContent(facts: AlertFacts): AlertContent {
  assertAlertFacts(facts);
  const url = httpsUrl(facts.spreadsheet.url);
  const subject = alertSubject(facts.verdicts);
  const checkedAt = clipText(facts.checkedAt, TIME_LENGTH);
  const problems = mostSeriousFirst(facts.verdicts)
    .map((verdict) => sectionFor(verdict, facts, checkedAt))
    .filter((section): section is AlertSection => section !== null);
  return {
    subject,
    heading: capitalise(subject.slice(SUBJECT_PREFIX.length)),
    allClear: facts.verdicts.includes('back-to-normal'),
    summary: summary(facts.verdicts),
    context: [
      ['Spreadsheet', clipText(facts.spreadsheet.name, SPREADSHEET_NAME_LENGTH)],
      ['Checked', checkedAt],
      ['Model', modelWords(facts)],
    ],
    sections: [...problems, ...informationSections(facts)],
    nextSteps: nextSteps(facts),
    link: { text: 'Open the spreadsheet', url },
    footer:
      "Sent by PassCompass's daily monitoring check. This email gives totals only and never names a student; " +
      'the spreadsheet has the details.',
  };
}
