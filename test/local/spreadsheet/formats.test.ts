import { WrapStrategy } from '../../../src/local/spreadsheet';
import { aSpreadsheet } from './builders';

describe('formats', () => {
  it('reports the Automatic number format for unformatted cells and keeps formats set', () => {
    const { sheet } = aSpreadsheet().build();
    expect(sheet.getRange('A1').getNumberFormat()).toBe('0.###############');
    sheet.getRange('A1:B1').setNumberFormat('0.0%');
    sheet.getRange('A2:B2').setNumberFormats([['@', 'yyyy-mm-dd']]);
    expect(sheet.getRange('A1:B2').getNumberFormats()).toEqual([
      ['0.0%', '0.0%'],
      ['@', 'yyyy-mm-dd'],
    ]);
  });

  it('sets wrapping and vertical alignment cell by cell, the bottom being the default', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:B1').setWraps([[true, false]]);
    sheet.getRange('A2:B2').setVerticalAlignments([['top', null]]);
    sheet.getRange('C1').setVerticalAlignment('middle');
    expect(sheet.getRange('A1:B1').getWraps()).toEqual([[true, false]]);
    expect(sheet.getRange('A2:C2').getVerticalAlignments()).toEqual([['top', 'bottom', 'bottom']]);
    expect(sheet.getRange('C1').getVerticalAlignment()).toBe('middle');
    expect(() => sheet.getRange('A1:B1').setWraps([[true]])).toThrow(RangeError);
    expect(() => sheet.getRange('A1').setVerticalAlignment('up' as never)).toThrow(TypeError);
  });

  it('renders display values with simple number and date formats', () => {
    const { sheet } = aSpreadsheet().build();
    const cases: [unknown, string, string][] = [
      [0.4567, '0.0%', '45.7%'],
      [1234567.891, '#,##0.00', '1,234,567.89'],
      [3.14159, '0.00', '3.14'],
      [2.5, '0.##', '2.5'],
      [-12, '"$"#,##0.00', '-$12.00'],
      [12345, '0.00E+00', '1.23E+04'],
      [1 / 3, '0.###############', '0.3333333333'],
      [true, '0.###############', 'TRUE'],
      [new Date(Date.UTC(2024, 8, 2, 14, 5, 9)), 'yyyy-mm-dd hh:mm:ss', '2024-09-02 14:05:09'],
      [new Date(Date.UTC(2024, 8, 2)), 'mmm d, yyyy (dddd)', 'Sep 2, 2024 (Monday)'],
    ];
    cases.forEach(([value, format], i) =>
      sheet
        .getRange(i + 1, 1)
        .setValue(value)
        .setNumberFormat(format),
    );
    expect(
      sheet
        .getRange(1, 1, cases.length, 1)
        .getDisplayValues()
        .map((row) => row[0]),
    ).toEqual(cases.map((c) => c[2]));
  });

  it('reads backgrounds as lower-case hex, white when unset, and resets them with null', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1').setBackground('#F4CCCC');
    sheet.getRange('B1:C1').setBackgrounds([['red', null]]);
    expect(sheet.getRange('A1:C1').getBackgrounds()).toEqual([['#f4cccc', '#ff0000', '#ffffff']]);
    sheet.getRange('A1').setBackground(null);
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
  });

  it('reads font colours as lower-case hex, black when unset, and resets them with null', () => {
    const { sheet } = aSpreadsheet().build();
    expect(sheet.getRange('A1').getFontColor()).toBe('#000000');
    sheet.getRange('A1:B2').setFontColors([
      ['#7F1D1D', null],
      [null, 'red'],
    ]);
    expect(sheet.getRange('A1:B2').getFontColors()).toEqual([
      ['#7f1d1d', '#000000'],
      ['#000000', '#ff0000'],
    ]);
    sheet.getRange('A1').setFontColor(null);
    expect(sheet.getRange('A1').getFontColor()).toBe('#000000');
  });

  it('sets font weights, alignment, wrapping and notes per cell', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.getRange('A2:B2').setFontWeights([['bold', 'normal']]);
    expect(sheet.getRange('A1:B2').getFontWeights()).toEqual([
      ['bold', 'bold'],
      ['bold', 'normal'],
    ]);
    sheet.getRange('A1').setHorizontalAlignment('center').setWrap(true).setNote('why');
    expect(sheet.getRange('A1').getHorizontalAlignment()).toBe('center');
    expect(sheet.getRange('B1').getHorizontalAlignment()).toBe('general');
    expect(sheet.getRange('A1:B1').getWraps()).toEqual([[true, false]]);
    expect(sheet.getRange('B1').getWrapStrategy()).toBe(WrapStrategy.OVERFLOW);
    sheet.getRange('B1').setWrapStrategy(WrapStrategy.CLIP);
    expect(sheet.getRange('B1').getWrapStrategy()).toBe(WrapStrategy.CLIP);
    expect(sheet.getRange('A1:B1').getNotes()).toEqual([['why', '']]);
    expect(() => sheet.getRange('A1').setFontWeight('heavy' as 'bold')).toThrow(TypeError);
  });

  it('clears formats but keeps content with clearFormat, and the opposite with clearContent', () => {
    const { sheet } = aSpreadsheet()
      .withValues([[0.5]])
      .build();
    const cell = sheet.getRange('A1').setNumberFormat('0%').setBackground('#ff0000');
    cell.clearContent();
    expect([cell.getValue(), cell.getNumberFormat(), cell.getBackground()]).toEqual(['', '0%', '#ff0000']);
    cell.setValue(0.25).clearFormat();
    expect([cell.getValue(), cell.getNumberFormat(), cell.getBackground()]).toEqual([
      0.25,
      '0.###############',
      '#ffffff',
    ]);
    cell.setBackground('#00ff00').clear({ contentsOnly: true });
    expect([cell.getValue(), cell.getBackground()]).toEqual(['', '#00ff00']);
  });

  it('keeps the number-format shape check of setValues for formats too', () => {
    const { sheet } = aSpreadsheet().build();
    expect(() => sheet.getRange('A1:B2').setBackgrounds([['#ffffff']])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
  });
});
