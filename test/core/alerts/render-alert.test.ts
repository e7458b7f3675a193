import { alertContent } from '../../../src/core/alerts/alert-content';
import type { AlertFacts } from '../../../src/core/alerts/alert-facts';
import { EMAIL_BODY_LIMIT_BYTES, renderAlertEmail, utf8Length } from '../../../src/core/alerts/render-alert';
import { SAMPLE_URL, anAlert } from './alert-facts-builder';
import { flatText, htmlText } from './email-text';

/** The email's HTML as read and its plain text, both with white space collapsed. */
function readBoth(facts: AlertFacts): { subject: string; html: string; text: string } {
  const email = renderAlertEmail(facts);
  return { subject: email.subject, html: htmlText(email.htmlBody), text: flatText(email.body) };
}

/** Asserts that `phrase` is in both renderings. */
function expectInBoth(both: { html: string; text: string }, phrase: string): void {
  expect(both.html).toContain(phrase);
  expect(both.text).toContain(phrase);
}

describe('the drift alert', () => {
  const both = readBoth(anAlert().withDrift().build());

  it('says in the subject and heading that the roster no longer looks like the training data', () => {
    expect(both.subject).toBe("PassCompass: this term's roster no longer looks like the training data");
    expect(both.html).toContain("PassCompass · daily monitoring check This term's roster no longer looks");
    expect(both.text.startsWith("This term's roster no longer looks like the training data =====")).toBe(
      true,
    );
  });

  it('gives the figures: rows compared, columns tested, drifted raw and after correction', () => {
    expectInBoth(
      both,
      "PassCompass compared the 212 students on this term's roster with the 395 students in the model's training sample",
    );
    expectInBoth(
      both,
      '7 of the 18 columns tested have changed by more than chance explains (9 before allowing for testing many columns at once)',
    );
    expect(both.html).toContain(
      "Students compared (this term) 212 Students in the model's training sample 395 Columns tested 18 " +
        'Columns that changed 9 (50%) Columns that changed, allowing for testing many at once 7',
    );
    expect(both.text).toContain('Students compared (this term): 212');
    expect(both.text).toContain('Columns that changed, allowing for testing many at once: 7');
  });

  it('lists the top drifted columns and points to the Monitoring sheet for the other 4', () => {
    expectInBoth(both, 'Largest changes');
    expectInBoth(both, 'absences: median 4 → 11');
    expectInBoth(both, 'age: middle half 16-18 → 17-19');
    expectInBoth(both, 'The other 4 changed columns are in the Monitoring sheet.');
  });

  it('tells the reader to find out why, to retrain once grades are in, to open the Monitoring sheet, and links the spreadsheet', () => {
    expectInBoth(both, '1. Find out why these columns moved'.slice(3));
    expectInBoth(both, 'retrain the model once their final grades are in (PassCompass ▸ Train model)');
    expect(both.text).toContain('1. Find out why these columns moved');
    expect(both.text).toContain(
      "2. Open the spreadsheet's Monitoring sheet for the full figures of every check.",
    );
    expect(both.text).toContain(`Open the spreadsheet: ${SAMPLE_URL}`);
    expect(renderAlertEmail(anAlert().withDrift().build()).htmlBody).toContain(`href="${SAMPLE_URL}"`);
  });

  it('shows at most 5 phrases and cuts a long one to 120 characters', () => {
    const topColumns = [
      'a: 1 → 2',
      'b: 1 → 2',
      'c: 1 → 2',
      'd: 1 → 2',
      'e: 1 → 2',
      'f: 1 → 2',
      'x'.repeat(500),
    ];
    const content = alertContent(
      anAlert()
        .withDrift({ topColumns: [topColumns[6] ?? '', ...topColumns] })
        .build(),
    );
    const items = content.sections[0]?.list?.items ?? [];
    expect(items).toHaveLength(5);
    expect(items[0]).toBe(`${'x'.repeat(119)}…`);
    expect(items[4]).toBe('d: 1 → 2');
  });
});

describe('the data-quality alert', () => {
  const both = readBoth(anAlert().withDataQuality().build());

  it('counts cells per column and kind in a table, without row numbers', () => {
    expect(both.subject).toBe('PassCompass: problems in the imported data');
    expectInBoth(both, 'The check found 50 cells with problems in 3 columns of the Students sheet.');
    expect(both.html).toContain(
      'Column Problem How many absences left blank more often than in training 41 cells ' +
        'studytime not a valid value 6 cells Mjob a category the model never saw in training 3 cells ' +
        'whole roster students who could not be scored 2 students',
    );
    expect(renderAlertEmail(anAlert().withDataQuality().build()).body).toContain(
      '  absences      left blank more often than in training      41 cells\n',
    );
  });

  it('tells the reader to check the import, naming the columns with most cells first', () => {
    expectInBoth(
      both,
      'Check the import: in the Students sheet, look at “absences”, “studytime” and “Mjob”, correct the cells',
    );
  });

  it('names three columns in the step and counts the rest', () => {
    const problems = ['a', 'b', 'c', 'd', 'e'].map((column, i) => ({
      kind: 'out-of-range' as const,
      column,
      count: 10 - i,
    }));
    expectInBoth(
      readBoth(anAlert().withDataQuality(problems).build()),
      'look at “a”, “b”, “c” and 2 other columns,',
    );
  });

  it('shows the 12 lines with most cells and counts the rest', () => {
    const problems = Array.from({ length: 15 }, (_, i) => ({
      kind: 'blank' as const,
      column: `column ${i}`,
      count: i + 1,
    }));
    const content = alertContent(anAlert().withDataQuality(problems).build());
    const table = content.sections[0]?.table;
    expect(table?.rows).toHaveLength(12);
    expect(table?.rows[0]).toEqual(['column 14', 'left blank', '15 cells']);
    expect(content.sections[0]?.notes).toEqual(['3 more lines in the Monitoring sheet.']);
  });

  it('says "whole column" for a missing column and leaves it out of the cell count', () => {
    const both2 = readBoth(
      anAlert()
        .withDataQuality([
          { kind: 'missing-column', column: 'failures', count: 212 },
          { kind: 'blank', column: 'age', count: 1 },
        ])
        .build(),
    );
    expectInBoth(both2, 'The check found 1 cell with problems in 2 columns');
    expectInBoth(both2, 'A missing column leaves out what it measures for every student.');
    expect(both2.html).toContain('failures column missing from the roster whole column');
  });
});

describe('the accuracy alert', () => {
  const both = readBoth(anAlert().withAccuracy().build());

  it('compares the realised figures, with 95% intervals, with what cross-validation promised', () => {
    expect(both.subject).toBe('PassCompass: predictions were less accurate than expected');
    expectInBoth(both, 'Final grades are now known for 180 students');
    expectInBoth(both, '3 figures fell short of what was expected when this version was trained.');
    expect(both.html).toContain(
      'Measure This term (95% interval) Expected ' +
        'AUC: how well the scores ranked students 0.64 (0.55 to 0.72): below expected 0.79 ' +
        'Accuracy of the at-risk flag 71% (64% to 77%): below expected 80% ' +
        'Of the students who failed, share in the High tier 48% (36% to 60%) 62% ' +
        'Of the High tier, share who failed 55% (42% to 67%) 58% ' +
        'Fail rate (expected: the mean predicted risk) 27% (21% to 34%): not as predicted 18%',
    );
    expect(both.text).toContain(
      'AUC: how well the scores ranked students 0.64 (0.55 to 0.72): below expected 0.79',
    );
  });

  it('tells the reader to review the caseload and the model', () => {
    expectInBoth(both, 'Review the caseload');
    expectInBoth(both, 'Then review the model with your data lead');
  });

  it('says "not available" for a figure that cannot be measured', () => {
    const content = alertContent(anAlert().withAccuracy({ auc: null }).build());
    expect(content.sections[0]?.table?.rows[0]).toEqual([
      'AUC: how well the scores ranked students',
      'not available',
      '',
    ]);
  });

  it('highlights flagged rows in the HTML', () => {
    const { htmlBody } = renderAlertEmail(anAlert().withAccuracy().build());
    expect(htmlBody.match(/color:#b42318;font-weight:600;/g)).toHaveLength(9); // 3 rows × 3 cells
  });
});

describe('alerts about the check itself', () => {
  it('say at which stage a failed check stopped, and never the error message', () => {
    const both = readBoth(anAlert().withFailedCheck('reading the Students sheet').build());
    expect(both.subject).toBe('PassCompass: the daily check stopped with an error');
    expectInBoth(both, 'The check of 7 May 2025, 06:00 stopped while reading the Students sheet');
    expectInBoth(both, 'If the error comes back tomorrow, ask your data lead');
  });

  it('say how long no check has finished, and when the last one did', () => {
    const both = readBoth(anAlert().withMissedCheck({ hoursWithoutCheck: 50.7 }).build());
    expect(both.subject).toBe('PassCompass: the daily check did not run');
    expectInBoth(
      both,
      'No monitoring check has finished for 50 hours: the last one finished 5 May 2025, 06:02.',
    );
    expectInBoth(both, 'Ask your data lead to turn daily monitoring on again');
  });

  it('say when no check has ever finished', () => {
    const both = readBoth(anAlert().withMissedCheck({ lastFinishedAt: null, hoursWithoutCheck: 49 }).build());
    expectInBoth(
      both,
      'No monitoring check has finished since daily monitoring was turned on, 49 hours ago.',
    );
  });
});

describe('several findings in one alert', () => {
  const facts = anAlert().withMissedCheck().withAccuracy().withDrift().withDataQuality().build();
  const both = readBoth(facts);

  it('name the most serious in the subject and all of them in a summary, most serious first', () => {
    expect(both.subject).toBe('PassCompass: problems in the imported data, and 3 more');
    expectInBoth(
      both,
      "The check found 4 problems, most serious first: problems in the imported data, this term's roster no " +
        'longer looks like the training data, predictions were less accurate than expected and the daily check did not run.',
    );
  });

  it('give one section and one step per finding in the same order', () => {
    const content = alertContent(facts);
    expect(content.sections.map((section) => section.title)).toEqual([
      'Problems in the imported data',
      "This term's roster no longer looks like the training data",
      'Predictions were less accurate than expected',
      'The daily check did not run',
    ]);
    expect(content.nextSteps.map((step) => step.slice(0, 20))).toEqual([
      'Check the import: in',
      'Find out why these c',
      'Review the caseload:',
      'Ask your data lead t',
      'Open the spreadsheet',
    ]);
  });
});

describe('figures given without their verdict', () => {
  it('are shown as information after the problems', () => {
    const content = alertContent(
      anAlert()
        .withDataQuality()
        .asInformation()
        .withDrift({ columnsDrifted: 2, columnsDriftedCorrected: 0 })
        .build(),
    );
    expect(content.subject).toBe('PassCompass: problems in the imported data');
    expect(content.sections.map((s) => [s.tone, s.title])).toEqual([
      ['problem', 'Problems in the imported data'],
      ['information', 'Comparison with the training data'],
    ]);
    expect(content.sections[1]?.paragraphs[0]).toContain(
      '0 of the 18 columns tested have changed by more than chance explains (2 before allowing for testing many columns at once): not enough to count as drift.',
    );
  });
});

describe('the back-to-normal alert', () => {
  it('says what an earlier alert reported is gone, and that nothing needs doing', () => {
    const both = readBoth(
      anAlert()
        .backToNormal(['drift', 'data-quality'])
        .asInformation()
        .withDrift({ columnsDrifted: 1, columnsDriftedCorrected: 0 })
        .build(),
    );
    expect(both.subject).toBe('PassCompass: the daily check is back to normal');
    expectInBoth(
      both,
      'The latest check no longer finds what an earlier alert reported (drift from the training data and problems in the imported data). Nothing needs attention today.',
    );
    expectInBoth(
      both,
      '1. Nothing needs doing. The Monitoring sheet keeps the history of every check.'.slice(3),
    );
    expect(both.text).not.toContain("2. Open the spreadsheet's Monitoring sheet");
    expectInBoth(
      both,
      '0 of the 18 columns tested have changed by more than chance explains (1 before allowing for testing many columns at once): not enough to count as drift.',
    );
  });
});

describe('the context of every alert', () => {
  it('names the spreadsheet, the time of the check and the model version with its moment', () => {
    const both = readBoth(anAlert().withModel({ version: 12, moment: 'mid' }).withDrift().build());
    expect(both.html).toContain(
      'Spreadsheet Year 10 risk of failing 2024/25 Checked 7 May 2025, 06:00 Model version 12 (mid-term model)',
    );
    expect(both.text).toContain(
      'Spreadsheet: Year 10 risk of failing 2024/25 Checked: 7 May 2025, 06:00 Model: version 12 (mid-term model)',
    );
  });

  it('says when there is no champion model', () => {
    expectInBoth(
      readBoth(anAlert().withModel(null).withMissedCheck().build()),
      'Model: no champion model yet'.slice(7),
    );
  });

  it('puts the subject in the HTML title and nothing external in the page', () => {
    const { htmlBody } = renderAlertEmail(anAlert().withDrift().build());
    expect(htmlBody).toContain(
      '<title>PassCompass: this term&#39;s roster no longer looks like the training data</title>',
    );
    expect(htmlBody).not.toMatch(/<(script|img|link|iframe|style)\b/i);
    expect(htmlBody).not.toMatch(/\b(src|srcset|background)=/i);
    expect(htmlBody.match(/https?:\/\//g)).toHaveLength(2); // the link and its printed URL
  });
});

describe('the plain text and the HTML', () => {
  it.each([
    ['drift', anAlert().withDrift().build()],
    [
      'several findings',
      anAlert().withDataQuality().withDrift().withAccuracy().withFailedCheck().withMissedCheck().build(),
    ],
    ['back to normal', anAlert().backToNormal().build()],
  ])('carry the same facts (%s): every sentence, cell, item and step is in both', (_, facts) => {
    const content = alertContent(facts);
    const both = readBoth(facts);
    const facts_ = [
      content.heading,
      ...content.context.flat(),
      ...(content.summary ? [content.summary] : []),
      ...content.sections.flatMap((s) => [
        s.title,
        ...s.paragraphs,
        ...(s.table ? [s.table.caption, ...s.table.header, ...s.table.rows.flat()] : []),
        ...(s.list ? [s.list.title, ...s.list.items] : []),
        ...s.notes,
      ]),
      ...content.nextSteps,
      content.link.url,
      content.footer,
    ].filter((text) => text !== '');
    for (const text of facts_) expectInBoth(both, flatText(text));
  });
});

describe('the size of an alert', () => {
  it('is about 12 KB of HTML for a typical alert', () => {
    const email = renderAlertEmail(anAlert().withDrift().withDataQuality().build());
    expect(utf8Length(email.htmlBody)).toBeGreaterThan(8_000);
    expect(utf8Length(email.htmlBody)).toBeLessThan(20_000);
  });

  it('stays well under the 200 KB body limit with every finding and every free text far too long', () => {
    const long = (n: number) => '<&>"\'é→😀'.repeat(n);
    const facts = anAlert()
      .withSpreadsheet(long(20_000))
      .withCheckedAt(long(20_000))
      .withDrift({ topColumns: Array.from({ length: 1_000 }, () => long(1_000)) })
      .withDataQuality(
        Array.from({ length: 5_000 }, (_, i) => ({ kind: 'blank' as const, column: long(1_000), count: i })),
      )
      .withAccuracy()
      .withFailedCheck(long(10_000))
      .withMissedCheck({ lastFinishedAt: long(50) })
      .build();
    const email = renderAlertEmail(facts);
    expect(EMAIL_BODY_LIMIT_BYTES).toBe(204_800);
    expect(utf8Length(email.htmlBody)).toBeLessThan(EMAIL_BODY_LIMIT_BYTES / 4);
    expect(utf8Length(email.body)).toBeLessThan(EMAIL_BODY_LIMIT_BYTES / 4);
  });

  it('is counted in UTF-8 bytes: 1 for a, 2 for é, 3 for →, 4 for an emoji', () => {
    expect([
      utf8Length('a'),
      utf8Length('é'),
      utf8Length('→'),
      utf8Length('😀'),
      utf8Length('\ud800'),
    ]).toEqual([1, 2, 3, 4, 3]);
  });
});

describe('facts that cannot make an alert', () => {
  const base = anAlert().withDrift().build();
  it.each<[string, AlertFacts]>([
    ['no verdict', { ...base, verdicts: [] }],
    ['a repeated verdict', { ...base, verdicts: ['drift', 'drift'] }],
    ['back to normal beside a problem', { ...base, verdicts: ['drift', 'back-to-normal'] }],
    ['drift without drift figures', { ...base, drift: undefined }],
    ['data quality without a problem', anAlert().withDataQuality([]).build()],
    ['accuracy without figures', anAlert().withVerdicts(['accuracy']).build()],
    ['a failed check without its stage', anAlert().withVerdicts(['check-failed']).build()],
    ['a missed check without the heartbeat finding', anAlert().withVerdicts(['check-missed']).build()],
    ['a negative count', anAlert().withDrift({ columnsDrifted: -1 }).build()],
    ['a fractional count', anAlert().withDrift({ rowsCompared: 2.5 }).build()],
    [
      'a figure above 1',
      anAlert()
        .withAccuracy({ accuracy: { value: 71, low: 64, high: 77, expected: 80, flagged: false } })
        .build(),
    ],
    [
      'a NaN figure',
      anAlert()
        .withAccuracy({ accuracy: { value: NaN, low: 0, high: 1, expected: null, flagged: false } })
        .build(),
    ],
    ['an infinite number of hours', anAlert().withMissedCheck({ hoursWithoutCheck: Infinity }).build()],
    [
      'a link that is not https:',
      anAlert().withSpreadsheet('Year 10', 'javascript:alert(1)').withDrift().build(),
    ],
  ])('throw a RangeError: %s', (_, facts) => {
    expect(() => renderAlertEmail(facts)).toThrow(RangeError);
  });
});
