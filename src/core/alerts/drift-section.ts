/**
 * The drift section of an alert: how many students and columns were compared with the training sample, how many
 * columns changed (raw and after the Benjamini-Hochberg correction), and the largest changes in words. As a
 * problem when the check found drift, otherwise as information.
 */
import type { DriftFacts } from './alert-facts';
import { type AlertSection, PHRASE_LENGTH } from './alert-section';
import { clipText, countOf, formatCount, formatPercent } from './figure-format';

/** Drift phrases shown; the rest are counted. */
export const TOP_COLUMNS_SHOWN = 5;

/** The section for `drift`; `drifted` says whether the check found drift. */
export function driftSection(drift: DriftFacts, drifted: boolean): AlertSection {
  const changed =
    `${formatCount(drift.columnsDriftedCorrected)} of the ${countOf(drift.columnsTested, 'column')} tested ` +
    `have changed by more than chance explains (${formatCount(drift.columnsDrifted)} before allowing for ` +
    'testing many columns at once)';
  const compared =
    `PassCompass compared the ${countOf(drift.rowsCompared, 'student')} on this term's roster with the ` +
    `${countOf(drift.referenceRows, 'student')} in the model's training sample, one column at a time.`;
  const verdict = drifted
    ? `${changed}, enough that the model's risk scores may be less reliable for this roster.`
    : `${changed}: not enough to count as drift.`;
  const phrases = drift.topColumns.slice(0, TOP_COLUMNS_SHOWN).map((p) => clipText(p, PHRASE_LENGTH));
  const unlisted = drift.columnsDrifted - phrases.length;
  const share =
    drift.columnsTested > 0 ? ` (${formatPercent(drift.columnsDrifted / drift.columnsTested)})` : '';
  return {
    tone: drifted ? 'problem' : 'information',
    title: drifted
      ? "This term's roster no longer looks like the training data"
      : 'Comparison with the training data',
    paragraphs: [`${compared} ${verdict}`],
    table: {
      caption: 'Drift figures',
      header: [],
      rows: [
        ['Students compared (this term)', formatCount(drift.rowsCompared)],
        ["Students in the model's training sample", formatCount(drift.referenceRows)],
        ['Columns tested', formatCount(drift.columnsTested)],
        ['Columns that changed', `${formatCount(drift.columnsDrifted)}${share}`],
        [
          'Columns that changed, allowing for testing many at once',
          formatCount(drift.columnsDriftedCorrected),
        ],
      ],
    },
    ...(phrases.length > 0 ? { list: { title: 'Largest changes', items: phrases } } : {}),
    notes: [
      ...(phrases.length > 0 && unlisted > 0
        ? [
            unlisted === 1
              ? 'The other changed column is in the Monitoring sheet.'
              : `The other ${formatCount(unlisted)} changed columns are in the Monitoring sheet.`,
          ]
        : []),
      'The second count uses the Benjamini-Hochberg correction: with many columns, a few look changed by chance.',
    ],
  };
}
