import { a1Of, columnLetters, columnNumber, parseA1 } from '../../../src/local/spreadsheet';
import { formatDate, formatNumber } from '../../../src/local/spreadsheet/display';
import { interpretText } from '../../../src/local/spreadsheet/input';
import { errorsFor } from '../../../src/local/spreadsheet/errors';
import { nodeRealm } from '../../../src/local/realm';

describe('A1 notation', () => {
  it('converts between column letters and numbers', () => {
    expect([1, 26, 27, 52, 703, 18278].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'AAA', 'ZZZ']);
    expect(['A', 'z', 'AA', 'ZZZ'].map(columnNumber)).toEqual([1, 26, 27, 18278]);
  });

  it('parses sheet names with quotes and escaped apostrophes', () => {
    expect(parseA1("'Teacher''s notes'!B2")).toEqual({
      sheetName: "Teacher's notes",
      startRow: 2,
      endRow: 2,
      startColumn: 2,
      endColumn: 2,
    });
  });

  it('rejects mixed or half references', () => {
    expect(['A:3', 'A1:3', 'C:A2', '', 'A0', '1A'].map(parseA1)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('prints rectangles the way getA1Notation does', () => {
    expect(a1Of({ row: 1, column: 1, numRows: 1, numColumns: 1 })).toBe('A1');
    expect(a1Of({ row: 2, column: 3, numRows: 5, numColumns: 2 })).toBe('C2:D6');
    expect(a1Of({ row: 1, column: 2, numRows: 1000, numColumns: 1, endRowOpen: true })).toBe('B:B');
    expect(a1Of({ row: 4, column: 1, numRows: 1, numColumns: 26, endColumnOpen: true })).toBe('4:4');
  });
});

describe('display formatting', () => {
  it('drops optional decimals down to the required ones', () => {
    expect(formatNumber(2, '0.0#')).toBe('2.0');
    expect(formatNumber(2.456, '0.0#')).toBe('2.46');
    expect(formatNumber(0.5, '0%')).toBe('50%');
    expect(formatNumber(-0.001, '0.00')).toBe('0.00');
  });

  it('tells minutes from months in date patterns', () => {
    const wall = { year: 2024, month: 3, day: 5, hour: 15, minute: 7, second: 9, millisecond: 0 };
    expect(formatDate(wall, 'm/d/yyyy h:mm')).toBe('3/5/2024 15:07');
    expect(formatDate(wall, 'mm:ss')).toBe('07:09');
    expect(formatDate(wall, 'h:mm AM/PM')).toBe('3:07 PM');
  });
});

describe('input interpretation', () => {
  const errors = errorsFor(nodeRealm);

  it('reads US dates and refuses impossible ones', () => {
    expect(interpretText('9/2/2024', undefined, errors)).toEqual({ value: 45537, numberFormat: 'M/d/yyyy' });
    expect(interpretText('2024-02-30', undefined, errors)).toEqual({ value: '2024-02-30' });
  });

  it('keeps the cell format when one is set', () => {
    expect(interpretText('50%', '0.0', errors)).toEqual({ value: 0.5 });
  });
});
