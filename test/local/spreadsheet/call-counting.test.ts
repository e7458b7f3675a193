import { aSpreadsheet } from './builders';

describe('call counting', () => {
  it('records one call and the cells of the range for a getValues of 100 × 5', () => {
    const { sheet, calls } = aSpreadsheet().withStudents(99).build();
    const range = sheet.getRange(1, 1, 100, 5);
    calls.reset();
    range.getValues();
    expect(calls.count('SpreadsheetApp.Range.getValues')).toBe(1);
    expect(calls.total()).toBe(1);
    expect(calls.cells()).toBe(500);
  });

  it('records one call per method, each with the cells it touched', () => {
    const { sheet, calls } = aSpreadsheet().build();
    sheet.getRange('A1:C2').setValues([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    sheet.getRange('A1').getValue();
    sheet.getRange('A1:C2').setBackground('#ff0000');
    expect(calls.records()).toEqual([
      { service: 'SpreadsheetApp', method: 'Sheet.getRange', cells: 0 },
      { service: 'SpreadsheetApp', method: 'Range.setValues', cells: 6 },
      { service: 'SpreadsheetApp', method: 'Sheet.getRange', cells: 0 },
      { service: 'SpreadsheetApp', method: 'Range.getValue', cells: 1 },
      { service: 'SpreadsheetApp', method: 'Sheet.getRange', cells: 0 },
      { service: 'SpreadsheetApp', method: 'Range.setBackground', cells: 6 },
    ]);
  });

  it('shows the cost of cell-by-cell writes against one batched write', () => {
    const batched = aSpreadsheet().build();
    batched.sheet.getRange(1, 1, 100, 1).setValues(Array.from({ length: 100 }, (_, i) => [i]));
    const oneByOne = aSpreadsheet().build();
    for (let i = 1; i <= 100; i += 1) oneByOne.sheet.getRange(i, 1).setValue(i);
    expect(batched.calls.total()).toBe(2);
    expect(oneByOne.calls.total()).toBe(200);
    expect(oneByOne.calls.estimatedMs()).toBeGreaterThan(10 * batched.calls.estimatedMs());
  });

  it('does not record builder calls, which touch no document', () => {
    const { app, calls } = aSpreadsheet().build();
    app.newConditionalFormatRule().whenCellEmpty().setBackground('#ff0000');
    app.newFilterCriteria().whenTextEqualTo('x').build();
    expect(calls.total()).toBe(0);
  });
});
