/**
 * What to do after an alert, one step per finding, most serious first, ending with the Monitoring sheet. Steps
 * name menu items as PassCompass ▸ … (a top-level menu where the script is bound to the spreadsheet, under
 * Extensions in a Marketplace install) and people by role, so a head of year knows whom to ask.
 */
import type { AlertFacts, AlertVerdict } from './alert-facts';
import { mostSeriousFirst } from './alert-subject';
import { problemColumns } from './data-quality-section';
import { countOf, listInWords } from './figure-format';

/** Columns named in the data-quality step; the rest are counted. */
export const COLUMNS_NAMED_IN_STEP = 3;

export const MONITORING_STEP = "Open the spreadsheet's Monitoring sheet for the full figures of every check.";

function dataQualityStep(facts: AlertFacts): string {
  const columns = problemColumns(facts.dataQuality ?? []);
  const named = columns.slice(0, COLUMNS_NAMED_IN_STEP).map((column) => `“${column}”`);
  const rest = columns.length - named.length;
  if (named.length === 0)
    return "Check the import: the Students sheet should hold this term's whole roster, with a header row.";
  const which = rest > 0 ? `${named.join(', ')} and ${countOf(rest, 'other column')}` : listInWords(named);
  return (
    `Check the import: in the Students sheet, look at ${which}, correct the cells, then run ` +
    'PassCompass ▸ Check data, which lists every cell in the Data issues sheet.'
  );
}

const STEPS: Readonly<Record<Exclude<AlertVerdict, 'data-quality'>, string>> = {
  drift:
    'Find out why these columns moved: a new attendance rule, a different intake, an import from another system. ' +
    "If this term's students really are different, retrain the model once their final grades are in " +
    '(PassCompass ▸ Train model); until then, treat the risk scores as a rough guide beside what tutors know.',
  accuracy:
    'Review the caseload: ask tutors which students they are worried about that the risk scores missed. Then review the model with your data lead: retrain it, or roll back to an earlier version.',
  'check-failed':
    'If the error comes back tomorrow, ask your data lead to look at it in the Monitoring sheet.',
  'check-missed':
    'Ask your data lead to turn daily monitoring on again: the check runs under the account that turned it on.',
  'back-to-normal': 'Nothing needs doing. The Monitoring sheet keeps the history of every check.',
};

/** The steps for `facts.verdicts`, most serious first, then `MONITORING_STEP` unless all is back to normal. */
export function nextSteps(facts: AlertFacts): string[] {
  const steps = mostSeriousFirst(facts.verdicts).map((verdict) =>
    verdict === 'data-quality' ? dataQualityStep(facts) : STEPS[verdict],
  );
  return facts.verdicts.includes('back-to-normal') ? steps : [...steps, MONITORING_STEP];
}
