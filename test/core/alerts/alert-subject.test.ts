import { alertSubject, mostSeriousFirst } from '../../../src/core/alerts/alert-subject';

describe('alert subject lines', () => {
  it.each([
    ['drift', "PassCompass: this term's roster no longer looks like the training data"],
    ['data-quality', 'PassCompass: problems in the imported data'],
    ['accuracy', 'PassCompass: predictions were less accurate than expected'],
    ['check-failed', 'PassCompass: the daily check stopped with an error'],
    ['check-missed', 'PassCompass: the daily check did not run'],
    ['back-to-normal', 'PassCompass: the daily check is back to normal'],
  ] as const)('say in words what a %s alert is about', (verdict, subject) => {
    expect(alertSubject([verdict])).toBe(subject);
  });

  it('name the most serious problem and count the others, whatever their order', () => {
    expect(alertSubject(['check-missed', 'drift', 'data-quality'])).toBe(
      'PassCompass: problems in the imported data, and 2 more',
    );
    expect(alertSubject(['accuracy', 'drift'])).toBe(
      "PassCompass: this term's roster no longer looks like the training data, and 1 more",
    );
  });

  it('order problems from bad input data down to a missed check', () => {
    expect(mostSeriousFirst(['check-missed', 'check-failed', 'accuracy', 'drift', 'data-quality'])).toEqual([
      'data-quality',
      'drift',
      'accuracy',
      'check-failed',
      'check-missed',
    ]);
  });

  it('refuse to make a subject without a verdict', () => {
    expect(() => alertSubject([])).toThrow(RangeError);
    expect(() => alertSubject([])).toThrow(new RangeError('An alert needs at least one verdict.'));
  });
});
