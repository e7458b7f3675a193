/**
 * The realised-accuracy section of an alert: each figure this term with its 95% interval beside what was
 * expected, the figures the check judged a problem marked in words (and in colour in the HTML). As a problem
 * when the check found the model less accurate than promised, otherwise as information.
 */
import type { AccuracyFacts, RealisedFigure } from './alert-facts';
import type { AlertSection } from './alert-section';
import { NOT_AVAILABLE, countOf, formatAuc, formatPercent } from './figure-format';

type Format = (x: number) => string;

/** `[label, figure, format, words when flagged]` */
type RealisedLine = readonly [string, RealisedFigure | null, Format, string];

function realisedRow([label, figure, format, flaggedWords]: RealisedLine): string[] {
  if (figure === null) return [label, NOT_AVAILABLE, ''];
  const measured = `${format(figure.value)} (${format(figure.low)} to ${format(figure.high)})`;
  return [
    label,
    figure.flagged ? `${measured}: ${flaggedWords}` : measured,
    figure.expected === null ? NOT_AVAILABLE : format(figure.expected),
  ];
}

/** The section for `accuracy`; `belowPromise` says whether the check judged it a problem. */
export function accuracySection(accuracy: AccuracyFacts, belowPromise: boolean): AlertSection {
  const known = `Final grades are now known for ${countOf(accuracy.studentsWithFinalGrades, 'student')}, so PassCompass compared the risk scores it gave with what happened.`;
  const lines: RealisedLine[] = [
    ['AUC: how well the scores ranked students', accuracy.auc, formatAuc, 'below expected'],
    ['Accuracy of the at-risk flag', accuracy.accuracy, formatPercent, 'below expected'],
    [
      'Of the students who failed, share in the High tier',
      accuracy.highTierRecall,
      formatPercent,
      'below expected',
    ],
    ['Of the High tier, share who failed', accuracy.highTierPrecision, formatPercent, 'below expected'],
    ['Fail rate (expected: the mean predicted risk)', accuracy.failRate, formatPercent, 'not as predicted'],
  ];
  const flagged = lines.flatMap(([, figure], index) => (figure?.flagged ? [index] : []));
  const shortfall =
    flagged.length > 0
      ? `${countOf(flagged.length, 'figure')} fell short of what was expected when this version was trained.`
      : 'The scores did less well than was expected when this version was trained.';
  return {
    tone: belowPromise ? 'problem' : 'information',
    title: belowPromise
      ? 'Predictions were less accurate than expected'
      : 'How accurate the predictions were',
    paragraphs: [belowPromise ? `${known} ${shortfall}` : known],
    table: {
      caption: 'Realised accuracy',
      header: ['Measure', 'This term (95% interval)', 'Expected'],
      rows: lines.map(realisedRow),
      flaggedRows: flagged,
    },
    notes: [
      'AUC is 1 when every student who failed had a higher risk score than every student who passed, and 0.5 when the scores did no better than chance.',
      'Expected figures come from cross-validation when this version was trained.',
    ],
  };
}
