import {
  assertHasColumns,
  columnLetter,
  findRosterColumns,
} from '../../../src/core/data/roster/roster-columns';
import { DataError } from '../../../src/core/errors';

/** The `DataError` that `action` throws. */
function dataErrorOf(action: () => void): DataError {
  try {
    action();
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('findRosterColumns', () => {
  it.each([
    'id',
    'ID',
    'Student ID',
    'student_id',
    'Student number',
    'Student No.',
    'Pupil ID',
    'Name',
    'Student name',
    'Student',
    'pupil',
    'Full Name',
  ])('takes a "%s" column as the row key', (header) => {
    const columns = findRosterColumns(['age', header, 'sex']);
    expect(columns.key).toEqual({ index: 1, header });
    expect([...columns.byAttribute]).toEqual([
      ['age', 0],
      ['sex', 2],
    ]);
  });

  it('takes no other column as the key', () => {
    expect(findRosterColumns(['Tutor group', 'age', 'Notes']).key).toBeNull();
  });

  it('takes the first of several key columns', () => {
    expect(findRosterColumns(['Tutor group', 'age', 'ID', 'Name']).key).toEqual({ index: 2, header: 'ID' });
  });

  it('keeps each header as written without its outer spaces, and a missing one as empty', () => {
    const columns = findRosterColumns(['  Absences ', null, undefined, ' Full name ', 42, '']);
    expect(columns.headers).toEqual(['Absences', '', '', 'Full name', '42', '']);
    expect([...columns.byAttribute]).toEqual([['absences', 0]]);
    expect(columns.key).toEqual({ index: 3, header: 'Full name' });
  });

  it('refuses two columns that mean the same attribute, pointing at the second', () => {
    const error = dataErrorOf(() => findRosterColumns(['absences', 'age', ' School absences ']));
    expect(error.message).toBe(
      'Columns "absences" (A) and "School absences" (C) both mean "absences". Rename or remove one.',
    );
    expect(error.location).toEqual({ row: 1, column: 'School absences' });
  });
});

describe('assertHasColumns', () => {
  const columns = findRosterColumns(['school', 'sex', 'age']);

  it('accepts a roster with every required column, in any order', () => {
    expect(() => assertHasColumns(columns, ['age', 'school'])).not.toThrow();
  });

  it('names the one missing column and points at row 1', () => {
    const error = dataErrorOf(() => assertHasColumns(columns, ['school', 'absences']));
    expect(error.message).toBe(
      'The roster has no column for "absences". Add it to the header row (row 1); ' +
        'column order and extra columns do not matter.',
    );
    expect(error.location).toEqual({ row: 1, column: 'absences' });
  });

  it('names every missing column, in the required order, and points at the first', () => {
    const error = dataErrorOf(() => assertHasColumns(columns, ['failures', 'age', 'absences', 'G1']));
    expect(error.message).toBe(
      'The roster has no column for "failures", "absences", "G1". Add them to the header row (row 1); ' +
        'column order and extra columns do not matter.',
    );
    expect(error.location).toEqual({ row: 1, column: 'failures' });
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [1, 'B'],
    [25, 'Z'],
    [26, 'AA'],
    [29, 'AD'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    // The last column of a Sheets or Excel grid: 24 × 26² + 6 × 26 + 4 = 16,384.
    [16383, 'XFD'],
  ])('names column index %i "%s"', (index, letters) => {
    expect(columnLetter(index)).toBe(letters);
  });
});
