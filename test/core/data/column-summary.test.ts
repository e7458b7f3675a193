import { failRates, summariseColumns } from '../../../src/core/data/column-summary';
import type { StudentRecord } from '../../../src/core/data/dictionary';

describe('summariseColumns', () => {
  // Nine students; a missing key, null and '' are the three kinds of blank cell.
  const records: StudentRecord[] = [
    { age: 15, Mjob: 'services', famsup: 'yes' },
    { age: '16', Mjob: 'health', famsup: 'yes' },
    { age: null, Mjob: 'other', famsup: '' },
    { age: 17, Mjob: 'services', famsup: 'no' },
    { age: '', Mjob: 'health' },
    { age: 'unknown', Mjob: 'other', famsup: 'yes' },
    { age: 15, Mjob: 'other', famsup: 'yes' },
    { Mjob: 'teacher', famsup: 'yes' },
    { age: 18, Mjob: 'at_home', famsup: null },
  ];

  it('counts blanks and distinct values, and takes min, mean and max of the numbers only', () => {
    // Values 15, '16', 17, 'unknown', 15, 18: 3 blanks, 5 distinct; numbers 15, 16, 17, 15, 18 (sum 81).
    expect(summariseColumns(records, ['age'])).toEqual([
      {
        attribute: 'age',
        label: 'age',
        kind: 'numeric',
        blanks: 3,
        distinct: 5,
        min: 15,
        mean: 81 / 5,
        max: 18,
        topValues: '15 (2), 16 (1), 17 (1)',
      },
    ]);
  });

  it('lists the three most common categories, most common first, ties in alphabetical order', () => {
    // other 3, services 2 (seen first), health 2, teacher 1 (seen first), at_home 1.
    expect(summariseColumns(records, ['Mjob', 'famsup'])).toEqual([
      {
        attribute: 'Mjob',
        label: "mother's job",
        kind: 'nominal',
        blanks: 0,
        distinct: 5,
        min: null,
        mean: null,
        max: null,
        topValues: 'other (3), health (2), services (2)',
      },
      {
        attribute: 'famsup',
        label: 'family educational support',
        kind: 'binary',
        blanks: 3,
        distinct: 2,
        min: null,
        mean: null,
        max: null,
        topValues: 'yes (5), no (1)',
      },
    ]);
  });

  it('gives an all-blank column no numbers and no common values', () => {
    expect(summariseColumns(records, ['G1'])).toEqual([
      {
        attribute: 'G1',
        label: 'first-period grade',
        kind: 'numeric',
        blanks: 9,
        distinct: 0,
        min: null,
        mean: null,
        max: null,
        topValues: '',
      },
    ]);
  });

  it('throws RangeError for an attribute the dictionary lacks', () => {
    expect(() => summariseColumns(records, ['shoeSize'])).toThrow(RangeError);
  });
});

describe('failRates', () => {
  const records: StudentRecord[] = [
    { studytime: 3, sex: 'M', absences: 0 },
    { studytime: 1, sex: 'F', absences: 4 },
    { studytime: 2, sex: 'M', absences: 2 },
    { studytime: 1, sex: '', absences: 6 },
    { studytime: 3, sex: 'F', absences: 8 },
    { studytime: 1, sex: 'F', absences: 10 },
    { studytime: '', sex: 'M', absences: 12 },
    { studytime: 2, sex: 'M', absences: 14 },
  ];
  // The last student has no label, so counts nowhere.
  const labels = [0, 1, 0, 0, 1, 1, 1, null];

  it('gives each value its students, failures and fail rate, skipping blanks and unlabelled rows', () => {
    // studytime 1: students 2, 4, 6 (failed 2 of 3); 2: student 3 (0 of 1); 3: students 1, 5 (1 of 2).
    // sex F: students 2, 5, 6 (3 of 3); M: students 1, 3, 7 (1 of 3). absences has 7 values, Mjob none.
    expect(failRates(records, labels, ['studytime', 'sex', 'absences', 'Mjob'])).toEqual([
      { attribute: 'studytime', value: 1, students: 3, failed: 2, failRate: 2 / 3 },
      { attribute: 'studytime', value: 2, students: 1, failed: 0, failRate: 0 },
      { attribute: 'studytime', value: 3, students: 2, failed: 1, failRate: 0.5 },
      { attribute: 'sex', value: 'F', students: 3, failed: 3, failRate: 1 },
      { attribute: 'sex', value: 'M', students: 3, failed: 1, failRate: 1 / 3 },
    ]);
  });

  it('keeps an attribute with exactly maxValues values, in numeric order', () => {
    // Seen in the order 0, 4, 2, 6, 8, 10, 12 (14 is unlabelled); one student each.
    const row = (value: number, failed: number) => ({
      attribute: 'absences',
      value,
      students: 1,
      failed,
      failRate: failed,
    });
    expect(failRates(records, labels, ['absences'], 7)).toEqual([
      row(0, 0),
      row(2, 0),
      row(4, 1),
      row(6, 0),
      row(8, 1),
      row(10, 1),
      row(12, 1),
    ]);
    expect(failRates(records, labels, ['absences'], 6)).toEqual([]);
    expect(failRates(records, labels, ['sex'], 2)).toHaveLength(2);
    expect(failRates(records, labels, ['sex'], 1)).toEqual([]);
  });

  it('gives nothing for an attribute without any labelled value', () => {
    expect(failRates(records, labels, ['Mjob'])).toEqual([]);
    expect(failRates(records, [null, null, null, null, null, null, null, null], ['sex'])).toEqual([]);
  });
});
