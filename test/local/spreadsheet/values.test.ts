import { FORMULA_VALUE } from '../../../src/local/spreadsheet';
import { aSpreadsheet, errorOf } from './builders';

describe('reading and writing values', () => {
  it('returns a fresh copy from getValues, so mutating it changes nothing', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['a', 1]])
      .build();
    const first = sheet.getRange('A1:B1').getValues();
    first[0]![0] = 'changed';
    first.push(['extra']);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 1]]);
    expect(sheet.getRange('A1:B1').getValues()).not.toBe(first);
  });

  it('does not keep a reference to the array given to setValues', () => {
    const { sheet } = aSpreadsheet().build();
    const data = [['x', 'y']];
    sheet.getRange('A1:B1').setValues(data);
    data[0]![0] = 'mutated';
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('throws with Sheets message when the data has the wrong number of rows or columns', () => {
    const { sheet } = aSpreadsheet().build();
    const range = sheet.getRange(1, 1, 3, 2);
    const rows = errorOf(() => range.setValues([['a', 'b']]));
    expect(rows).toBeInstanceOf(RangeError);
    expect(rows.message).toBe(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
    expect(() => range.setValues([['a', 'b'], ['c'], ['d', 'e']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 1 but the range has 2.',
    );
    expect(sheet.getLastRow()).toBe(0);
  });

  it('refuses something that is not an array of arrays as a type error', () => {
    const { sheet } = aSpreadsheet().build();
    const range = sheet.getRange('A1');
    expect(errorOf(() => range.setValues('a' as unknown as unknown[][]))).toBeInstanceOf(TypeError);
    expect(errorOf(() => range.setValues(['a'] as unknown as unknown[][]))).toBeInstanceOf(TypeError);
  });

  it('reads empty cells as empty strings and keeps numbers, booleans and text as they are', () => {
    const { sheet } = aSpreadsheet()
      .withValues([[3.5, true, 'text', null, undefined, '']])
      .build();
    expect(sheet.getRange('A1:G1').getValues()).toEqual([[3.5, true, 'text', '', '', '', '']]);
  });

  it('gives getDataRange, getLastRow and getLastColumn the extent of the content', () => {
    const { sheet } = aSpreadsheet().build();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getLastColumn()).toBe(0);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C5').setValue('x');
    sheet.getRange('B2').setValue(1);
    sheet.getRange('Z9').setBackground('#ff0000');
    expect(sheet.getLastRow()).toBe(5);
    expect(sheet.getLastColumn()).toBe(3);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C5');
    sheet.getRange('C5').clearContent();
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B2');
  });

  it('returns Dates as Date objects, at the wall-clock time of the spreadsheet time zone', () => {
    const { sheet } = aSpreadsheet().inTimeZone('Europe/London').build();
    const when = new Date(Date.UTC(2024, 6, 1, 8, 30));
    sheet.getRange('A1').setValue(when);
    const back = sheet.getRange('A1').getValue() as Date;
    expect(back).toBeInstanceOf(Date);
    expect(back.getTime()).toBe(when.getTime());
    expect(sheet.getRange('A1').getDisplayValue()).toBe('7/1/2024 9:30:00');
    sheet.getRange('A1').setNumberFormat('0.00');
    expect(sheet.getRange('A1').getValue()).toBeCloseTo(45474.3958, 3);
  });

  it('keeps a date at the same wall-clock reading when the spreadsheet time zone changes, as Sheets does', () => {
    const { sheet, spreadsheet } = aSpreadsheet().inTimeZone('Etc/GMT').build();
    sheet.getRange('A1').setValue('2024-09-02');
    spreadsheet.setSpreadsheetTimeZone('Asia/Tokyo');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-09-01T15:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('2024-09-02');
  });

  it('reads date-like text as a date, and a number in a date-formatted cell as a date', () => {
    const { sheet } = aSpreadsheet().inTimeZone('America/New_York').build();
    sheet.getRange('A1').setValue('2024-09-02');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2024-09-02T04:00:00.000Z');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('yyyy-mm-dd');
    sheet.getRange('A1').setValue(45000);
    expect(sheet.getRange('A1').getValue()).toBeInstanceOf(Date);
  });

  it('reads a number no Date can hold as the number, in a date-formatted cell too, rather than throwing', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:A2').setNumberFormat('yyyy-mm-dd H:mm');
    sheet.getRange('A1:A2').setValues([[9_007_199_254_740_991], [45_000]]);
    const [[huge], [date]] = sheet.getRange('A1:A2').getValues() as [[unknown], [unknown]];
    expect(huge).toBe(9_007_199_254_740_991);
    expect(date).toBeInstanceOf(Date);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('9007199254740991');
  });

  it('stores a string starting with = as a formula, with #NAME? as its value for lack of a formula engine', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:B1').setValues([['=SUM(1,2)', 'plain']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(1,2)');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(1,2)', '']]);
    expect(sheet.getRange('A1').getValue()).toBe(FORMULA_VALUE);
    expect(sheet.getLastColumn()).toBe(2);
  });

  it('treats text that starts with + or - and is not a number as a broken formula', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:C1').setValues([['+57 301 555', '-5', '-']]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['#ERROR!', -5, '-']]);
    expect(sheet.getRange('A1').getFormula()).toBe('=+57 301 555');
  });

  it('keeps text after a leading apostrophe literally, without the apostrophe', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:C1').setValues([["'=A1", "'007", "'TRUE"]]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['=A1', '007', 'TRUE']]);
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('converts text that looks like a number or a boolean, as Sheets does', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:G1').setValues([['12', '007', 'TRUE', 'false', '1,234.5', '12.5%', '1e3']]);
    expect(sheet.getRange('A1:G1').getValues()).toEqual([[12, 7, true, false, 1234.5, 0.125, 1000]]);
    expect(sheet.getRange('F1').getNumberFormat()).toBe('0.00%');
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[12, 7]]);
  });

  it('keeps number-like text as text in a plain-text cell', () => {
    const { sheet } = aSpreadsheet().build();
    sheet
      .getRange('A1:B1')
      .setNumberFormat('@')
      .setValues([['007', 'TRUE']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['007', 'TRUE']]);
  });

  it('writes the same value to every cell with setValue and reads the top-left cell with getValue', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:B2').setValue('same');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['same', 'same'],
      ['same', 'same'],
    ]);
    sheet.getRange('A1').setValue('top');
    expect(sheet.getRange('A1:B2').getValue()).toBe('top');
  });

  it('sets formulas by matrix and clears a cell with an empty formula', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['x', 'y']])
      .build();
    sheet.getRange('A1:B1').setFormulas([['=1+1', '']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+1', '']]);
    expect(sheet.getRange('B1').getValue()).toBe('');
  });

  it('appends a row after the last row with content, growing a full sheet', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['header']])
      .build();
    sheet.appendRow(['a', 2, '=A1']);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['a', 2, FORMULA_VALUE]]);
    sheet.deleteRows(3, 998);
    sheet.appendRow(['b']);
    expect(sheet.getMaxRows()).toBe(3);
    expect(sheet.getRange('A3').getValue()).toBe('b');
  });
});
