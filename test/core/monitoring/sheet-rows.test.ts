import {
  FIRST_ROWS_LISTED,
  assertSheetRow,
  firstRows,
  rowsPhrase,
} from '../../../src/core/monitoring/sheet-rows';

describe('sheet row numbers', () => {
  it('accepts row 1 and every whole number above it', () => {
    expect(() => assertSheetRow(1, 'The first row')).not.toThrow();
    expect(() => assertSheetRow(250, 'A row')).not.toThrow();
  });

  it('throws RangeError naming the row for 0, a negative or a fractional row', () => {
    expect(() => assertSheetRow(0, 'The header row')).toThrow(
      new RangeError('The header row must be a sheet row number (a whole number ≥ 1), got 0.'),
    );
    expect(() => assertSheetRow(-3, 'A row')).toThrow(RangeError);
    expect(() => assertSheetRow(4.5, 'A row')).toThrow(RangeError);
  });

  it('lists the five smallest distinct rows, ascending', () => {
    expect(FIRST_ROWS_LISTED).toBe(5);
    expect(firstRows([30, 12, 7, 7, 19, 3, 25])).toEqual([3, 7, 12, 19, 25]);
  });
});

describe('phrases for the rows affected', () => {
  it('says nothing when no row is listed', () => {
    expect(rowsPhrase([], 0)).toBe('');
    expect(rowsPhrase([], 12)).toBe('');
  });

  it('names one row, two rows, or the listed rows and how many more', () => {
    expect(rowsPhrase([4], 1)).toBe('row 4');
    expect(rowsPhrase([4, 9], 2)).toBe('rows 4 and 9');
    expect(rowsPhrase([4, 9, 12, 15, 20], 5)).toBe('rows 4, 9, 12, 15 and 20');
    expect(rowsPhrase([4, 9, 12, 15, 20], 12)).toBe('rows 4, 9, 12, 15, 20 and 7 more');
  });
});
