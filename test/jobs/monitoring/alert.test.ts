/** The alert email of a check: the facts it reports, from hand-made findings, and how it is sent. */
import { AlertPrivacyError } from '../../../src/core/alerts/roster-text-guard';
import type { AlertFacts } from '../../../src/core/alerts/alert-facts';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { type AlertSubject, type Where, alertFacts, sendAlert } from '../../../src/jobs/monitoring/alert';
import type { Findings } from '../../../src/jobs/monitoring/inspect';
import type { Mailer } from '../../../src/jobs/ports';
import { accuracy, column, drift, findings, none, problem, value } from './findings';

const WHERE: Where = {
  spreadsheet: { name: 'Year 10 maths', url: 'https://docs.google.com/spreadsheets/d/abc' },
  checkedAt: '1 December 2026, 07:00',
};

function subject(found: Findings | null, over: Partial<AlertSubject> = {}): AlertSubject {
  return { findings: found, failedStage: null, missed: null, previous: null, ...over };
}

const drifted = (kinds: string[]) => findings({}, { verdict: 'several', problemKinds: kinds });

describe('alertFacts', () => {
  it('reports the problem families among the kinds, in a fixed order, with the drift figures', () => {
    const found = findings(
      {
        rowsCompared: 80,
        drift: drift(
          [
            column('absences', { adjustedP: 0.01 }),
            column('G1', { adjustedP: 0.002 }),
            column('failures', { adjustedP: undefined }),
            column('Walc', { driftedCorrected: false, adjustedP: 0.001 }),
            column('health', { status: 'constant', adjustedP: 0.0001 }),
          ],
          {
            testedColumns: 4,
            raw: { driftedColumns: 4, share: 1, drifted: true },
            corrected: { driftedColumns: 3, share: 0.75, drifted: true },
          },
        ),
        moved: new Map([['absences', 'absences: median 4 → 11']]),
        quality: {
          rows: 80,
          columns: [],
          problems: [problem('a'), { ...problem('b'), kind: 'not-scored', column: null, count: 2 }],
        },
      },
      {
        verdict: 'several',
        problemKinds: ['accuracy:auc', 'data-quality:blank-share:absences', 'drift'],
      },
    );
    expect(alertFacts(subject(found), WHERE)).toEqual({
      spreadsheet: WHERE.spreadsheet,
      checkedAt: '1 December 2026, 07:00',
      model: { version: 3, moment: 'early' },
      verdicts: ['drift', 'data-quality', 'accuracy'],
      drift: {
        rowsCompared: 80,
        referenceRows: 200,
        columnsTested: 4,
        columnsDrifted: 4,
        columnsDriftedCorrected: 3,
        topColumns: ['G1', 'absences: median 4 → 11', 'failures'],
      },
      dataQuality: [
        { kind: 'blank-share', column: 'absences', count: 3 },
        { kind: 'not-scored', column: null, count: 2 },
      ],
    });
  });

  it('names a family only for its own kinds', () => {
    expect(alertFacts(subject(drifted(['data-quality:blank-share:absences'])), WHERE).verdicts).toEqual([
      'data-quality',
    ]);
    expect(alertFacts(subject(drifted(['drifting', 'accuracy'])), WHERE).verdicts).toEqual(['accuracy']);
  });

  it('shows at most five drifted columns, most drifted first', () => {
    const names = ['G1', 'G2', 'absences', 'failures', 'Walc', 'health'];
    const found = findings({
      drift: drift(names.map((name, i) => column(name, { adjustedP: 0.01 * (6 - i) }))),
    });
    expect(alertFacts(subject(found), WHERE).drift?.topColumns).toEqual([
      'health',
      'Walc',
      'failures',
      'absences',
      'G2',
    ]);
  });

  it('shows the raw-drifted columns when none drifted after correction', () => {
    const found = findings({
      drift: drift([
        column('G1', { driftedCorrected: false, adjustedP: 0.2 }),
        column('absences', { driftedCorrected: false, drifted: false, adjustedP: 0.5 }),
        column('Walc', { driftedCorrected: false, adjustedP: 0.1 }),
      ]),
    });
    expect(alertFacts(subject(found), WHERE).drift?.topColumns).toEqual(['Walc', 'G1']);
  });

  it('gives the realised figures, none for an undefined metric', () => {
    const found = findings({
      accuracy: accuracy({ students: 40, accuracy: none('one class only', 0.78) }),
    });
    expect(alertFacts(subject(found), WHERE).accuracy).toEqual({
      studentsWithFinalGrades: 40,
      auc: { value: 0.62, low: 0.5, high: 0.74, expected: 0.8, flagged: true },
      accuracy: null,
      highTierRecall: null,
      highTierPrecision: { value: 0.3, low: 0.1, high: 0.45, expected: 0.6, flagged: true },
      failRate: { value: 0.3, low: 0.18, high: 0.45, expected: 0.5, flagged: true },
    });
  });

  it('reports a failed check and missed checks, without findings', () => {
    const missed = { lastFinishedAt: '28 November 2026, 07:00', hoursWithoutCheck: 72 };
    const facts = alertFacts(subject(null, { failedStage: 'reading the Students sheet', missed }), WHERE);
    expect(Object.keys(facts)).toEqual([
      'spreadsheet',
      'checkedAt',
      'model',
      'verdicts',
      'failure',
      'missed',
    ]);
    expect(facts).toEqual({
      ...WHERE,
      model: null,
      verdicts: ['check-failed', 'check-missed'],
      failure: { stage: 'reading the Students sheet' },
      missed,
    });
  });

  it('says back to normal, with what an earlier alert reported, when nothing is wrong now', () => {
    const previous = {
      verdict: 'several' as const,
      problemKinds: ['drift', 'accuracy:auc'],
      missedCheck: true,
    };
    const facts = alertFacts(subject(findings({ drift: null }), { previous }), WHERE);
    expect(facts).toEqual({
      ...WHERE,
      model: { version: 3, moment: 'early' },
      verdicts: ['back-to-normal'],
      resolved: ['drift', 'accuracy', 'check-missed'],
    });
    expect(Object.keys(facts)).toEqual(['spreadsheet', 'checkedAt', 'model', 'verdicts', 'resolved']);
    const quiet = { verdict: 'drift' as const, problemKinds: ['drift'], missedCheck: false };
    expect(alertFacts(subject(null, { previous: quiet }), WHERE).resolved).toEqual(['drift']);
    expect(alertFacts(subject(null), WHERE).resolved).toEqual([]);
  });
});

class FakeMailer implements Mailer {
  readonly sent: { recipients: readonly string[]; subject: string; body: string }[] = [];
  constructor(private readonly quota: number) {}
  remainingQuota = () => this.quota;
  send = (recipients: readonly string[], message: { subject: string; htmlBody: string; body: string }) =>
    void this.sent.push({ recipients, subject: message.subject, body: message.body });
}

describe('sendAlert', () => {
  const facts: AlertFacts = alertFacts(
    subject(
      findings(
        {
          version: { version: 2, mode: 'mid', metrics: {} } as unknown as ModelVersion,
          accuracy: accuracy({ auc: value(0.6, 0.5, 0.7, 0.8, true) }),
        },
        { verdict: 'accuracy', problemKinds: ['accuracy:auc'] },
      ),
    ),
    WHERE,
  );
  const two = ['head@school.example', 'deputy@school.example'];

  it('sends one email to every recipient when the quota allows', () => {
    const mailer = new FakeMailer(2);
    expect(sendAlert(mailer, two, facts, ['Ana Lima'])).toEqual({ told: 2, words: 'Sent to 2' });
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.recipients).toEqual(two);
    expect(mailer.sent[0]?.subject).toBe('PassCompass: predictions were less accurate than expected');
    expect(mailer.sent[0]?.body).toContain('Year 10 maths');
  });

  it('sends nothing without recipients', () => {
    const mailer = new FakeMailer(100);
    expect(sendAlert(mailer, [], facts, [])).toEqual({
      told: 0,
      words: 'Not sent: no recipients in Settings',
    });
    expect(mailer.sent).toEqual([]);
  });

  it('records a used-up quota instead of sending', () => {
    const mailer = new FakeMailer(1);
    expect(sendAlert(mailer, two, facts, [])).toEqual({
      told: 0,
      words: 'Not sent: the daily mail quota is used up (1 left); tried again tomorrow',
    });
    expect(mailer.sent).toEqual([]);
  });

  it('refuses to send an email that shows roster text', () => {
    const mailer = new FakeMailer(10);
    expect(() => sendAlert(mailer, two, facts, ['Year 10 maths'])).toThrow(AlertPrivacyError);
    expect(mailer.sent).toEqual([]);
  });
});
