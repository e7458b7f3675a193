import { MAX_CELL_CHARS, MAX_CELLS } from '../../../src/local/spreadsheet';
import { aSpreadsheet, errorOf } from './builders';

describe('Sheets limits', () => {
  it('holds 50,000 characters in a cell and refuses one more, with Sheets message', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1').setValue('x'.repeat(MAX_CELL_CHARS));
    expect((sheet.getRange('A1').getValue() as string).length).toBe(50_000);
    const error = errorOf(() => sheet.getRange('A2').setValue('x'.repeat(MAX_CELL_CHARS + 1)));
    expect(error).toBeInstanceOf(RangeError);
    expect(error.message).toBe(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
  });

  it('leaves every cell unchanged when one value of a setValues is too long', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['old', 'old']])
      .build();
    expect(() => sheet.getRange('A1:B1').setValues([['new', 'y'.repeat(50_001)]])).toThrow(RangeError);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['old', 'old']]);
  });

  it('counts every sheet grid toward 10 million cells and refuses inserts past it', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    const message =
      'This action would increase the number of cells in the workbook above the limit of 10000000 cells.';
    // 1000 rows × 9,974 columns leave exactly room for one more default 1000 × 26 sheet.
    sheet.insertColumnsAfter(26, 9974 - 26);
    expect(sheet.getMaxRows() * sheet.getMaxColumns()).toBe(MAX_CELLS - 26_000);
    spreadsheet.insertSheet('Fits');
    expect(() => spreadsheet.insertSheet('Too many')).toThrow(message);
    expect(() => sheet.insertRowsAfter(1, 1)).toThrow(message);
    expect(() => sheet.insertColumnsAfter(26, 1)).toThrow(message);
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Fits']);
  });

  it('frees room when columns are deleted', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    sheet.insertColumnsAfter(26, 10_000 - 26);
    expect(() => spreadsheet.insertSheet()).toThrow(RangeError);
    sheet.deleteColumns(1, 26);
    expect(spreadsheet.insertSheet().getMaxRows()).toBe(1000);
  });
});
