import { columnOf, columnTable, tableRows } from '../../../src/core/drift/column-table';

describe('column table', () => {
  it('turns records into columns, a missing value reading as blank', () => {
    expect(columnTable([{ age: 16, Mjob: 'teacher' }, { age: 17 }], ['age', 'Mjob'])).toEqual({
      age: [16, 17],
      Mjob: ['teacher', null],
    });
  });

  it('counts the rows of a table, 0 for a table without columns', () => {
    expect(tableRows({ age: [16, 17, 18], G1: [10, null, 12] }, 'reference')).toBe(3);
    expect(tableRows({}, 'reference')).toBe(0);
  });

  it('names the table and the column whose length differs', () => {
    expect(() => tableRows({ age: [16, 17, 18], G1: [10, 11] }, 'current')).toThrow(
      new RangeError('Every column of the current table needs 3 rows; "G1" has 2.'),
    );
  });

  it('gives a named column, and names the table and the column it lacks', () => {
    expect(columnOf({ age: [16, 17] }, 'age', 'reference')).toEqual([16, 17]);
    expect(() => columnOf({ age: [16, 17] }, 'G1', 'reference')).toThrow(
      new RangeError('The reference table has no column "G1".'),
    );
  });
});
