import type { AccuracyFacts } from '../../../src/core/alerts/alert-facts';
import { accuracySection } from '../../../src/core/alerts/accuracy-section';
import { SAMPLE_ACCURACY } from './alert-facts-builder';

const NOTES = [
  'AUC is 1 when every student who failed had a higher risk score than every student who passed, and 0.5 when the scores did no better than chance.',
  'Expected figures come from cross-validation when this version was trained.',
];
const KNOWN =
  'Final grades are now known for 180 students, so PassCompass compared the risk scores it gave with what happened.';
const HEADER = ['Measure', 'This term (95% interval)', 'Expected'];

describe('the accuracy section', () => {
  it('shows the figures as information when the check did not judge them below the promise', () => {
    expect(accuracySection(SAMPLE_ACCURACY, false)).toEqual({
      tone: 'information',
      title: 'How accurate the predictions were',
      paragraphs: [KNOWN],
      table: {
        caption: 'Realised accuracy',
        header: HEADER,
        rows: [
          ['AUC: how well the scores ranked students', '0.64 (0.55 to 0.72): below expected', '0.79'],
          ['Accuracy of the at-risk flag', '71% (64% to 77%): below expected', '80%'],
          ['Of the students who failed, share in the High tier', '48% (36% to 60%)', '62%'],
          ['Of the High tier, share who failed', '55% (42% to 67%)', '58%'],
          ['Fail rate (expected: the mean predicted risk)', '27% (21% to 34%): not as predicted', '18%'],
        ],
        flaggedRows: [0, 1, 4],
      },
      notes: NOTES,
    });
  });

  it('marks every flagged figure in words and counts them when below the promise', () => {
    const flag = (figure: AccuracyFacts['auc']) => (figure ? { ...figure, flagged: true } : null);
    const accuracy: AccuracyFacts = {
      ...SAMPLE_ACCURACY,
      highTierRecall: flag(SAMPLE_ACCURACY.highTierRecall),
      highTierPrecision: flag(SAMPLE_ACCURACY.highTierPrecision),
    };
    const section = accuracySection(accuracy, true);
    expect(section.tone).toBe('problem');
    expect(section.title).toBe('Predictions were less accurate than expected');
    expect(section.paragraphs).toEqual([
      `${KNOWN} 5 figures fell short of what was expected when this version was trained.`,
    ]);
    expect(section.table?.rows.map((row) => row[1])).toEqual([
      '0.64 (0.55 to 0.72): below expected',
      '71% (64% to 77%): below expected',
      '48% (36% to 60%): below expected',
      '55% (42% to 67%): below expected',
      '27% (21% to 34%): not as predicted',
    ]);
    expect(section.table?.flaggedRows).toEqual([0, 1, 2, 3, 4]);
  });

  it('says the scores did less well than expected when no single figure is flagged', () => {
    const unflag = (figure: AccuracyFacts['auc']) => (figure ? { ...figure, flagged: false } : null);
    const accuracy: AccuracyFacts = {
      studentsWithFinalGrades: 1,
      auc: unflag(SAMPLE_ACCURACY.auc),
      accuracy: unflag(SAMPLE_ACCURACY.accuracy),
      highTierRecall: null,
      highTierPrecision: { value: 0.5, low: 0.25, high: 0.75, expected: null, flagged: false },
      failRate: unflag(SAMPLE_ACCURACY.failRate),
    };
    expect(accuracySection(accuracy, true)).toEqual({
      tone: 'problem',
      title: 'Predictions were less accurate than expected',
      paragraphs: [
        'Final grades are now known for 1 student, so PassCompass compared the risk scores it gave with what happened. ' +
          'The scores did less well than was expected when this version was trained.',
      ],
      table: {
        caption: 'Realised accuracy',
        header: HEADER,
        rows: [
          ['AUC: how well the scores ranked students', '0.64 (0.55 to 0.72)', '0.79'],
          ['Accuracy of the at-risk flag', '71% (64% to 77%)', '80%'],
          ['Of the students who failed, share in the High tier', 'not available', ''],
          ['Of the High tier, share who failed', '50% (25% to 75%)', 'not available'],
          ['Fail rate (expected: the mean predicted risk)', '27% (21% to 34%)', '18%'],
        ],
        flaggedRows: [],
      },
      notes: NOTES,
    });
  });
});
