import { alertContent } from '../../../src/core/alerts/alert-content';
import { anAlert } from './alert-facts-builder';

describe('the context line of an alert', () => {
  it('calls a version trained without period grades an early-term model', () => {
    expect(
      alertContent(anAlert().withModel({ version: 3, moment: 'early' }).withDrift().build()).context,
    ).toEqual([
      ['Spreadsheet', 'Year 10 risk of failing 2024/25'],
      ['Checked', '7 May 2025, 06:00'],
      ['Model', 'version 3 (early-term model)'],
    ]);
  });

  it('calls a version trained with G1 and G2 a mid-term model', () => {
    expect(
      alertContent(anAlert().withModel({ version: 1204, moment: 'mid' }).withDrift().build()).context[2],
    ).toEqual(['Model', 'version 1,204 (mid-term model)']);
  });
});

describe('the summary of an alert', () => {
  it('is left out with one finding', () => {
    expect(alertContent(anAlert().withDrift().build()).summary).toBeNull();
    expect(alertContent(anAlert().backToNormal().build()).summary).toBeNull();
  });

  it('names both findings of two, most serious first', () => {
    expect(alertContent(anAlert().withMissedCheck().withDrift().build()).summary).toBe(
      "The check found 2 problems, most serious first: this term's roster no longer looks like the training data " +
        'and the daily check did not run.',
    );
  });
});

describe('accuracy figures given without the accuracy verdict', () => {
  it('are shown as information after the problem, not as a problem', () => {
    const content = alertContent(anAlert().withDrift().asInformation().withAccuracy().build());
    expect(content.subject).toBe("PassCompass: this term's roster no longer looks like the training data");
    expect(content.sections.map((section) => [section.tone, section.title])).toEqual([
      ['problem', "This term's roster no longer looks like the training data"],
      ['information', 'How accurate the predictions were'],
    ]);
    expect(content.sections[1]?.paragraphs).toEqual([
      'Final grades are now known for 180 students, so PassCompass compared the risk scores it gave with what happened.',
    ]);
  });
});

describe('the footer of an alert', () => {
  it('says where the email comes from and that it never names a student', () => {
    expect(alertContent(anAlert().withDrift().build()).footer).toBe(
      "Sent by PassCompass's daily monitoring check. This email gives totals only and never names a student; " +
        'the spreadsheet has the details.',
    );
  });
});
