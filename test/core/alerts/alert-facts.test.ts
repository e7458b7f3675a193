import { type AlertFacts, type AlertVerdict, assertAlertFacts } from '../../../src/core/alerts/alert-facts';
import { anAlert } from './alert-facts-builder';

/** Asserts that `facts` are refused with a `RangeError` saying exactly `message`. */
function expectRefused(facts: AlertFacts, message: string): void {
  expect(() => assertAlertFacts(facts)).toThrow(RangeError);
  expect(() => assertAlertFacts(facts)).toThrow(new RangeError(message));
}

describe('the verdicts of an alert', () => {
  const base = anAlert().withDrift().build();

  it.each<[string, AlertFacts, string]>([
    ['no verdict', { ...base, verdicts: [] }, 'An alert needs at least one verdict.'],
    [
      'an unknown verdict',
      { ...base, verdicts: ['drift', 'panic' as AlertVerdict] },
      'Unknown alert verdict "panic".',
    ],
    ['a repeated verdict', { ...base, verdicts: ['drift', 'drift'] }, 'An alert verdict is repeated.'],
    [
      'back to normal beside a problem',
      { ...base, verdicts: ['back-to-normal', 'drift'] },
      '"back-to-normal" cannot be sent beside a problem.',
    ],
  ])('are refused with a message when there is %s', (_, facts, message) => {
    expectRefused(facts, message);
  });

  it.each<[AlertVerdict, string]>([
    ['drift', 'An alert of kind "drift" needs drift figures.'],
    ['data-quality', 'An alert of kind "data-quality" needs at least one data-quality problem.'],
    ['accuracy', 'An alert of kind "accuracy" needs accuracy figures.'],
    ['check-failed', 'An alert of kind "check-failed" needs the stage that failed.'],
    ['check-missed', 'An alert of kind "check-missed" needs the heartbeat finding.'],
  ])('say which facts a "%s" alert given none of them lacks', (verdict, message) => {
    expectRefused(anAlert().withVerdicts([verdict]).build(), message);
  });

  it('accept every verdict alone with its facts, and back to normal alone', () => {
    for (const facts of [
      anAlert().withDrift().build(),
      anAlert().withDataQuality().build(),
      anAlert().withAccuracy().build(),
      anAlert().withFailedCheck().build(),
      anAlert().withMissedCheck().build(),
      anAlert().backToNormal().build(),
    ])
      expect(() => assertAlertFacts(facts)).not.toThrow();
  });
});

describe('the counts of an alert', () => {
  it.each<[string, AlertFacts, string]>([
    [
      'rows compared',
      anAlert().withDrift({ rowsCompared: 2.5 }).build(),
      'rowsCompared must be a whole number ≥ 0, got 2.5.',
    ],
    [
      'reference rows',
      anAlert().withDrift({ referenceRows: -1 }).build(),
      'referenceRows must be a whole number ≥ 0, got -1.',
    ],
    [
      'columns tested',
      anAlert().withDrift({ columnsTested: 0.5 }).build(),
      'columnsTested must be a whole number ≥ 0, got 0.5.',
    ],
    [
      'columns drifted',
      anAlert().withDrift({ columnsDrifted: -3 }).build(),
      'columnsDrifted must be a whole number ≥ 0, got -3.',
    ],
    [
      'columns drifted after correction',
      anAlert().withDrift({ columnsDriftedCorrected: NaN }).build(),
      'columnsDriftedCorrected must be a whole number ≥ 0, got NaN.',
    ],
    [
      'a data-quality count',
      anAlert()
        .withDataQuality([{ kind: 'blank', column: 'age', count: -2 }])
        .build(),
      'A data-quality count must be a whole number ≥ 0, got -2.',
    ],
    [
      'students with final grades',
      anAlert().withAccuracy({ studentsWithFinalGrades: 179.5 }).build(),
      'studentsWithFinalGrades must be a whole number ≥ 0, got 179.5.',
    ],
    [
      'the model version',
      anAlert().withModel({ version: 1.5, moment: 'mid' }).withDrift().build(),
      'The model version must be a whole number ≥ 0, got 1.5.',
    ],
    [
      'negative hours without a check',
      anAlert().withMissedCheck({ hoursWithoutCheck: -1 }).build(),
      'hoursWithoutCheck must be a finite number ≥ 0, got -1.',
    ],
    [
      'infinite hours without a check',
      anAlert().withMissedCheck({ hoursWithoutCheck: Infinity }).build(),
      'hoursWithoutCheck must be a finite number ≥ 0, got Infinity.',
    ],
  ])('name the field when %s is not allowed', (_, facts, message) => {
    expectRefused(facts, message);
  });

  it('accept zero everywhere, and a fraction of an hour', () => {
    const facts = anAlert()
      .withDrift({
        rowsCompared: 0,
        referenceRows: 0,
        columnsTested: 0,
        columnsDrifted: 0,
        columnsDriftedCorrected: 0,
      })
      .withDataQuality([{ kind: 'not-scored', column: null, count: 0 }])
      .withAccuracy({ studentsWithFinalGrades: 0 })
      .withMissedCheck({ hoursWithoutCheck: 0.25 })
      .withModel({ version: 0, moment: 'early' })
      .build();
    expect(() => assertAlertFacts(facts)).not.toThrow();
    expect(() => assertAlertFacts(anAlert().withMissedCheck({ hoursWithoutCheck: 0 }).build())).not.toThrow();
  });
});

describe('the realised figures of an alert', () => {
  it('accept the ends of [0, 1] and an interval of one point', () => {
    const facts = anAlert()
      .withAccuracy({
        auc: { value: 1, low: 1, high: 1, expected: 1, flagged: false },
        failRate: { value: 0, low: 0, high: 0, expected: 0, flagged: true },
        highTierPrecision: null,
      })
      .build();
    expect(() => assertAlertFacts(facts)).not.toThrow();
  });

  it.each([
    ['a value below 0', { value: -0.01, low: 0, high: 0.2, expected: 0.1, flagged: false }],
    ['a bound above 1', { value: 0.9, low: 0.8, high: 1.01, expected: null, flagged: false }],
    ['an expected value below 0', { value: 0.5, low: 0.4, high: 0.6, expected: -0.5, flagged: false }],
    ['low above high', { value: 0.5, low: 0.6, high: 0.4, expected: null, flagged: false }],
  ])('are refused, quoted in full, with %s', (_, figure) => {
    expectRefused(
      anAlert().withAccuracy({ highTierRecall: figure }).build(),
      `A realised figure must lie in [0, 1] with low ≤ high, got ${JSON.stringify(figure)}.`,
    );
  });

  it('quote the figure as JSON, in the order of its fields', () => {
    expectRefused(
      anAlert()
        .withAccuracy({ auc: { value: 0.5, low: 0.6, high: 0.4, expected: null, flagged: true } })
        .build(),
      'A realised figure must lie in [0, 1] with low ≤ high, got ' +
        '{"value":0.5,"low":0.6,"high":0.4,"expected":null,"flagged":true}.',
    );
  });
});
