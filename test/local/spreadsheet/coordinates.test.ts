import { aSpreadsheet, errorOf } from './builders';

describe('range coordinates', () => {
  it('counts rows and columns from 1', () => {
    const { sheet } = aSpreadsheet()
      .withValues([
        ['a', 'b'],
        ['c', 'd'],
      ])
      .build();
    expect(sheet.getRange(1, 1).getValue()).toBe('a');
    expect(sheet.getRange(2, 2).getValue()).toBe('d');
    expect(sheet.getRange(1, 2, 2).getValues()).toEqual([['b'], ['d']]);
  });

  it('accepts A1 notation for cells, rectangles, whole columns, whole rows and open-ended rectangles', () => {
    const { sheet } = aSpreadsheet().build();
    const shape = (a1: string) => {
      const r = sheet.getRange(a1);
      return [r.getRow(), r.getColumn(), r.getNumRows(), r.getNumColumns(), r.getA1Notation()];
    };
    expect(shape('B2')).toEqual([2, 2, 1, 1, 'B2']);
    expect(shape('A1:C3')).toEqual([1, 1, 3, 3, 'A1:C3']);
    expect(shape('c3:a1')).toEqual([1, 1, 3, 3, 'A1:C3']);
    expect(shape('$B$2:$C$4')).toEqual([2, 2, 3, 2, 'B2:C4']);
    expect(shape('A:A')).toEqual([1, 1, 1000, 1, 'A:A']);
    expect(shape('B2:C')).toEqual([2, 2, 999, 2, 'B2:C']);
    expect(shape('2:3')).toEqual([2, 1, 2, 26, '2:3']);
  });

  it('resolves a sheet name in A1 notation, quoted when it has spaces', () => {
    const { spreadsheet, sheet } = aSpreadsheet().build();
    const log = spreadsheet.insertSheet('Risk log');
    log.getRange('A1').setValue('here');
    expect(sheet.getRange("'Risk log'!A1").getValue()).toBe('here');
    expect(spreadsheet.getRange("'Risk log'!A1:B2").getSheet()).toBe(log);
    expect(spreadsheet.getRange('Sheet1!A1').getSheet()).toBe(sheet);
  });

  it('reports bad A1 notation as "Range not found"', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    expect(() => sheet.getRange('hello world')).toThrow('Range not found');
    expect(() => sheet.getRange('A')).toThrow('Range not found');
    expect(() => spreadsheet.getRange('Nowhere!A1')).toThrow('Range not found');
  });

  it('throws like Sheets for a start or size below 1', () => {
    const { sheet } = aSpreadsheet().build();
    expect(errorOf(() => sheet.getRange(0, 1))).toEqual(
      new RangeError('The starting row of the range is too small.'),
    );
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, -2)).toThrow(
      'The number of columns in the range must be at least 1.',
    );
  });

  it('refuses a non-integer coordinate as a type error', () => {
    const { sheet } = aSpreadsheet().build();
    expect(errorOf(() => sheet.getRange(1.5, 1))).toBeInstanceOf(TypeError);
  });

  it('refuses ranges past the last row or column of a new 1000 × 26 sheet', () => {
    const { sheet } = aSpreadsheet().build();
    expect(sheet.getMaxRows()).toBe(1000);
    expect(sheet.getMaxColumns()).toBe(26);
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
    const outside = 'The coordinates of the range are outside the dimensions of the sheet.';
    expect(() => sheet.getRange(1001, 1)).toThrow(outside);
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(outside);
    expect(() => sheet.getRange(1, 27)).toThrow(outside);
    expect(() => sheet.getRange('A1:AA1')).toThrow(outside);
  });

  it('grows the grid with insertRowsAfter and insertColumnsAfter, after which the range exists', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.insertRowsAfter(1000, 500);
    sheet.insertColumnsAfter(26, 4);
    expect(sheet.getMaxRows()).toBe(1500);
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getRange(1500, 30).getA1Notation()).toBe('AD1500');
  });

  it('moves existing rows down when rows are inserted above them', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['header'], ['first'], ['second']])
      .build();
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A5').getValues()).toEqual([['header'], [''], [''], ['first'], ['second']]);
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange('B4').getValue()).toBe('first');
  });

  it('deletes rows and columns, moving the rest up and left', () => {
    const { sheet } = aSpreadsheet()
      .withValues([
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
        ['g', 'h', 'i'],
      ])
      .build();
    sheet.deleteRows(2, 1);
    sheet.deleteColumns(1, 2);
    expect(sheet.getDataRange().getValues()).toEqual([['c'], ['i']]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(sheet.getMaxColumns()).toBe(24);
  });

  it('refuses to insert or delete outside the grid or to delete every non-frozen row', () => {
    const { sheet } = aSpreadsheet().build();
    expect(() => sheet.insertRowsAfter(1001, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteRows(990, 20)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.deleteColumns(27, 1)).toThrow('Those columns are out of bounds.');
    sheet.setFrozenRows(1);
    expect(() => sheet.deleteRows(2, 999)).toThrow(
      'Sorry, it is not possible to delete all non-frozen rows.',
    );
    sheet.deleteRows(2, 998);
    expect(sheet.getMaxRows()).toBe(2);
  });

  it('offsets a range and keeps it inside the sheet', () => {
    const { sheet } = aSpreadsheet().build();
    const range = sheet.getRange('B2:C3');
    expect(range.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(range.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(() => range.offset(-2, 0)).toThrow('The starting row of the range is too small.');
    expect(() => range.getCell(3, 1)).toThrow('Cell reference out of range');
  });
});
