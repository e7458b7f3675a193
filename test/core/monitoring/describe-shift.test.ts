import { columnDrift } from '../../../src/core/drift/column-drift';
import type { DriftValue } from '../../../src/core/drift/column-table';
import { MIN_VALUES_DESCRIBED, describeShift } from '../../../src/core/monitoring/describe-shift';
import { counted, withBlanks } from '../drift/samples';

/** Each key (a number) repeated as many times as its count: `{ 1: 2, 3: 1 }` → 1, 1, 3. */
const codes = (counts: Readonly<Record<number, number>>): number[] =>
  Object.entries(counts).flatMap(([code, count]) => Array<number>(count).fill(Number(code)));

/** The whole numbers from..to, each `times` times. */
const spread = (from: number, to: number, times: number): number[] =>
  codes(Object.fromEntries(Array.from({ length: to - from + 1 }, (_, i) => [from + i, times])));

function phrase(column: string, reference: DriftValue[], current: DriftValue[], kind?: 'numeric'): string {
  return describeShift(columnDrift(column, reference, current, kind ? { kind } : {}), reference, current);
}

describe('describing a shift in a numeric column', () => {
  it('gives the medians, in the dictionary label', () => {
    // /usr/bin/python3 -c "import numpy as np; print(np.median([v for v in range(0,9) for _ in range(5)]),
    //   np.median([v for v in range(7,16) for _ in range(5)]))" → 4.0 11.0
    expect(phrase('absences', spread(0, 8, 5), spread(7, 15, 5))).toBe('absences: median 4 → 11');
  });

  it('gives the means to one decimal when the medians are equal', () => {
    // /usr/bin/python3 -c "import numpy as np; c=[0]*10+[4]*20+[14]*10; print(np.median(c), np.mean(c))" → 4.0 5.5
    const current = codes({ 0: 10, 4: 20, 14: 10 });
    expect(phrase('absences', spread(0, 8, 5), current)).toBe('absences: mean 4.0 → 5.5');
  });

  it('gives the middle half when median and mean are both unchanged', () => {
    const reference = codes({ 9: 20, 10: 20, 11: 20 });
    const current = codes({ 5: 20, 10: 20, 15: 20 });
    expect(phrase('G1', reference, current)).toBe('first-period grade: middle half 9-11 → 5-15');
  });

  it('finds the middle half whatever the order of the rows', () => {
    // the same values as above, interleaved: 9, 10, 11, 9, 10, 11, …
    const reference = Array.from({ length: 60 }, (_, i) => 9 + (i % 3));
    const current = Array.from({ length: 60 }, (_, i) => [15, 5, 10][i % 3] ?? 0);
    expect(phrase('G1', reference, current)).toBe('first-period grade: middle half 9-11 → 5-15');
  });

  it("never quotes one student's value: an outlier moves the mean but is not shown", () => {
    const current = [...codes({ 0: 10, 4: 20, 14: 10 }).slice(0, 39), 93];
    const described = phrase('absences', spread(0, 8, 5), current);
    expect(described).toBe('absences: mean 4.0 → 7.5'); // (0·10 + 4·20 + 14·9 + 93) / 40 = 7.475
    expect(described).not.toContain('93');
  });

  it('names a column the dictionary lacks as it is', () => {
    expect(phrase('homework done', spread(0, 8, 5), spread(7, 15, 5), 'numeric')).toBe(
      'homework done: median 4 → 11',
    );
  });
});

describe('describing a shift in an ordinal scale', () => {
  it("names the level whose share changed most, in the dictionary's words", () => {
    // shares of codes 1-4: 27/50/16/7 → 49/35/10/6 %: code 1 moved most (+22 points)
    const reference = codes({ 1: 27, 2: 50, 3: 16, 4: 7 });
    const current = codes({ 1: 49, 2: 35, 3: 10, 4: 6 });
    expect(phrase('studytime', reference, current)).toBe('weekly study time: "under 2 hours" 27% → 49%');
  });

  it('groups codes outside the scale instead of showing them', () => {
    const reference = codes({ 1: 27, 2: 50, 3: 16, 4: 7 });
    const current = codes({ 1: 27, 2: 30, 3: 16, 4: 7, 7: 20 });
    expect(phrase('studytime', reference, current)).toBe(
      'weekly study time: values outside the data dictionary 0% → 20%',
    );
  });
});

describe('describing a shift in a categorical column', () => {
  it('names the category that grew when a yes/no column shifts (both shares move alike)', () => {
    const described = phrase('paid', counted({ no: 70, yes: 30 }), counted({ no: 40, yes: 60 }));
    expect(described).toBe('extra paid classes in the subject: "yes" 30% → 60%');
    expect(phrase('paid', counted({ no: 40, yes: 60 }), counted({ no: 70, yes: 30 }))).toBe(
      'extra paid classes in the subject: "no" 40% → 70%',
    );
  });

  it('names the category that shrank most when it moved more than any other', () => {
    // at home −20 points, then health care +5, other +5, services +5, teacher +5
    const reference = counted({ at_home: 30, health: 10, other: 25, services: 20, teacher: 15 });
    const current = counted({ at_home: 10, health: 15, other: 30, services: 25, teacher: 20 });
    expect(phrase('Mjob', reference, current)).toBe('mother\'s job: "at home" 30% → 10%');
  });

  it('breaks a tie between two categories that shrank alike by sorted order', () => {
    // at home and health care both −10 points; other +7, services +7, teacher +6
    const reference = counted({ at_home: 30, health: 30, other: 20, services: 10, teacher: 10 });
    const current = counted({ at_home: 20, health: 20, other: 27, services: 17, teacher: 16 });
    expect(phrase('Mjob', reference, current)).toBe('mother\'s job: "at home" 30% → 20%');
  });

  it('breaks a tie between two categories that grew alike by sorted order', () => {
    // at home and health care both +10 points; other −7, services −7, teacher −6
    const reference = counted({ at_home: 20, health: 20, other: 27, services: 17, teacher: 16 });
    const current = counted({ at_home: 30, health: 30, other: 20, services: 10, teacher: 10 });
    expect(phrase('Mjob', reference, current)).toBe('mother\'s job: "at home" 20% → 30%');
  });

  it('names the first category when no share changed at all', () => {
    expect(phrase('paid', counted({ no: 70, yes: 30 }), counted({ no: 70, yes: 30 }))).toBe(
      'extra paid classes in the subject: "no" 70% → 70%',
    );
  });

  it('uses the category labels of the dictionary where it has them', () => {
    const reference = counted({ at_home: 15, health: 10, other: 35, services: 25, teacher: 15 });
    const current = counted({ at_home: 30, health: 10, other: 25, services: 20, teacher: 15 });
    expect(phrase('Mjob', reference, current)).toBe('mother\'s job: "at home" 15% → 30%');
    expect(phrase('sex', counted({ F: 50, M: 50 }), counted({ F: 80, M: 20 }))).toBe(
      'sex: "female" 50% → 80%',
    );
  });

  it('shows a category missing on one side as 0%', () => {
    expect(phrase('school', counted({ GP: 60 }), counted({ GP: 30, MS: 30 }))).toBe(
      'school: "Mousinho da Silveira" 0% → 50%',
    );
  });

  it('counts text outside the dictionary as one group and never quotes it', () => {
    const current = [...counted({ no: 40, yes: 30 }), ...counted({ 'ask Mr Brown': 20, 'N/A': 10 })];
    const described = phrase('paid', counted({ no: 70, yes: 30 }), current);
    expect(described).toBe('extra paid classes in the subject: values outside the data dictionary 0% → 30%');
    expect(described).not.toMatch(/Brown|N\/A/);
  });

  it('names no category of a categorical column the dictionary lacks', () => {
    const reference = counted({ 'Ms Lee': 50, 'Mr Park': 50 });
    const current = counted({ 'Ms Lee': 80, 'Mr Park': 20 });
    const drift = columnDrift('tutor', reference, current, { kind: 'categorical' });
    expect(describeShift(drift, reference, current)).toBe('tutor: the shares of its categories changed');
  });

  it('computes shares over the non-blank cells only, as the drift test does', () => {
    const current = withBlanks(counted({ no: 40, yes: 60 }), 100);
    expect(phrase('paid', counted({ no: 70, yes: 30 }), current)).toBe(
      'extra paid classes in the subject: "yes" 30% → 60%',
    );
  });
});

describe('describing degenerate columns', () => {
  it('says a constant column holds the same value, without naming it', () => {
    expect(phrase('failures', Array(40).fill(0), Array(40).fill(0))).toBe(
      'past class failures: the same value in every row on both sides',
    );
  });

  it('says a constant categorical column holds the same value, without naming it', () => {
    expect(phrase('paid', counted({ yes: 40 }), counted({ yes: 40 }))).toBe(
      'extra paid classes in the subject: the same value in every row on both sides',
    );
  });

  it('gives numbers from exactly the minimum on each side, and none with too few reference values', () => {
    expect(phrase('paid', counted({ no: 7, yes: 3 }), counted({ no: 4, yes: 6 }))).toBe(
      'extra paid classes in the subject: "yes" 30% → 60%',
    );
    expect(phrase('absences', spread(0, 8, 1), spread(7, 15, 5))).toBe(
      'absences: too few values to describe (45 current, 9 reference)',
    );
  });

  it('gives no numbers for an all-blank column, or for fewer values than the minimum', () => {
    expect(MIN_VALUES_DESCRIBED).toBe(10);
    expect(phrase('absences', spread(0, 8, 5), Array(40).fill(null))).toBe(
      'absences: too few values to describe (0 current, 45 reference)',
    );
    expect(phrase('paid', counted({ no: 70, yes: 30 }), counted({ yes: 9 }))).toBe(
      'extra paid classes in the subject: too few values to describe (9 current, 100 reference)',
    );
    expect(phrase('absences', [], [])).toBe('absences: too few values to describe (0 current, 0 reference)');
  });

  it('throws RangeError when the cells are not the ones the drift result was computed on', () => {
    const reference = spread(0, 8, 5);
    const drift = columnDrift('absences', reference, spread(7, 15, 5));
    expect(() => describeShift(drift, reference, spread(7, 15, 4))).toThrow(RangeError);
    expect(() => describeShift(drift, spread(0, 8, 4), spread(7, 15, 5))).toThrow(
      new RangeError('"absences" was tested on 45 reference and 45 current rows, but 36 and 45 were given.'),
    );
  });
});
