import type { DriftFacts } from '../../../src/core/alerts/alert-facts';
import { driftSection } from '../../../src/core/alerts/drift-section';
import { SAMPLE_DRIFT } from './alert-facts-builder';

const CORRECTION_NOTE =
  'The second count uses the Benjamini-Hochberg correction: with many columns, a few look changed by chance.';

const drift = (facts: Partial<DriftFacts>): DriftFacts => ({ ...SAMPLE_DRIFT, ...facts });

describe('the drift section', () => {
  it('names the one changed column not listed, with the share of columns that changed', () => {
    const facts = drift({
      columnsDrifted: 3,
      columnsDriftedCorrected: 2,
      topColumns: ['a: 1 → 2', 'b: 3 → 4'],
    });
    expect(driftSection(facts, true)).toEqual({
      tone: 'problem',
      title: "This term's roster no longer looks like the training data",
      paragraphs: [
        "PassCompass compared the 212 students on this term's roster with the 395 students in the model's " +
          'training sample, one column at a time. 2 of the 18 columns tested have changed by more than chance ' +
          'explains (3 before allowing for testing many columns at once), ' +
          "enough that the model's risk scores may be less reliable for this roster.",
      ],
      table: {
        caption: 'Drift figures',
        header: [],
        rows: [
          ['Students compared (this term)', '212'],
          ["Students in the model's training sample", '395'],
          ['Columns tested', '18'],
          ['Columns that changed', '3 (17%)'], // 3 / 18 = 16.7%
          ['Columns that changed, allowing for testing many at once', '2'],
        ],
      },
      list: { title: 'Largest changes', items: ['a: 1 → 2', 'b: 3 → 4'] },
      notes: ['The other changed column is in the Monitoring sheet.', CORRECTION_NOTE],
    });
  });

  it('gives no share and no list when no column was tested', () => {
    const facts: DriftFacts = {
      rowsCompared: 0,
      referenceRows: 395,
      columnsTested: 0,
      columnsDrifted: 0,
      columnsDriftedCorrected: 0,
      topColumns: [],
    };
    expect(driftSection(facts, false)).toEqual({
      tone: 'information',
      title: 'Comparison with the training data',
      paragraphs: [
        "PassCompass compared the 0 students on this term's roster with the 395 students in the model's " +
          'training sample, one column at a time. 0 of the 0 columns tested have changed by more than chance ' +
          'explains (0 before allowing for testing many columns at once): not enough to count as drift.',
      ],
      table: {
        caption: 'Drift figures',
        header: [],
        rows: [
          ['Students compared (this term)', '0'],
          ["Students in the model's training sample", '395'],
          ['Columns tested', '0'],
          ['Columns that changed', '0'],
          ['Columns that changed, allowing for testing many at once', '0'],
        ],
      },
      notes: [CORRECTION_NOTE],
    });
  });

  it('points to the Monitoring sheet only when some changed columns are listed and some are not', () => {
    const withoutPhrases = driftSection(drift({ topColumns: [] }), true);
    expect(withoutPhrases.list).toBeUndefined();
    expect(withoutPhrases.notes).toEqual([CORRECTION_NOTE]);
    const allListed = driftSection(drift({ columnsDrifted: 5 }), true);
    expect(allListed.list?.items).toEqual(SAMPLE_DRIFT.topColumns);
    expect(allListed.notes).toEqual([CORRECTION_NOTE]);
    expect(driftSection(drift({}), true).notes).toEqual([
      'The other 4 changed columns are in the Monitoring sheet.', // 9 changed, 5 listed
      CORRECTION_NOTE,
    ]);
  });
});
