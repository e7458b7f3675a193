import {
  backToNormalSection,
  checkFailedSection,
  checkMissedSection,
} from '../../../src/core/alerts/check-sections';

describe('the sections about the check itself', () => {
  it('say at which stage a failed check stopped and where the error is recorded', () => {
    expect(checkFailedSection('7 May 2025, 06:00', 'reading the Students sheet')).toEqual({
      tone: 'problem',
      title: 'The daily check stopped with an error',
      paragraphs: [
        "The check of 7 May 2025, 06:00 stopped while reading the Students sheet, so this term's data and risk scores were not checked.",
        'The error is recorded in the Monitoring sheet.',
      ],
      notes: [],
    });
  });

  it('say how long no check has finished, and why that may be', () => {
    expect(checkMissedSection({ lastFinishedAt: '5 May 2025, 06:02', hoursWithoutCheck: 50.9 })).toEqual({
      tone: 'problem',
      title: 'The daily check did not run',
      paragraphs: [
        'No monitoring check has finished for 50 hours: the last one finished 5 May 2025, 06:02.',
        'The daily trigger may have been removed, or may belong to someone who no longer has access to the spreadsheet. Until checks run again, nobody is told about problems.',
      ],
      notes: [],
    });
  });

  it('name every kind of problem an earlier alert reported in the all-clear', () => {
    expect(
      backToNormalSection(['drift', 'data-quality', 'accuracy', 'check-failed', 'check-missed']),
    ).toEqual({
      tone: 'good',
      title: 'Back to normal',
      paragraphs: [
        'The latest check no longer finds what an earlier alert reported (drift from the training data, ' +
          'problems in the imported data, lower accuracy than expected, a check that stopped with an error ' +
          'and missed checks). Nothing needs attention today.',
      ],
      notes: [],
    });
  });

  it('say only that nothing needs attention when the earlier problems are not known', () => {
    expect(backToNormalSection([])).toEqual({
      tone: 'good',
      title: 'Back to normal',
      paragraphs: ['Nothing needs attention today.'],
      notes: [],
    });
  });
});
