import { BooleanCriteria } from '../../../src/local/spreadsheet';
import { aSpreadsheet, errorOf } from './builders';

describe('filters', () => {
  it('creates one filter per sheet and refuses a second, as Sheets does', () => {
    const { sheet } = aSpreadsheet().withStudents(5).build();
    const filter = sheet.getDataRange().createFilter();
    expect(filter.getRange().getA1Notation()).toBe('A1:C6');
    expect(sheet.getFilter()).not.toBeNull();
    expect(sheet.getRange('Z1').getFilter()!.getRange().getA1Notation()).toBe('A1:C6');
    const error = errorOf(() => sheet.getRange('A1:B2').createFilter());
    expect(error.message).toBe("You can't create a filter in a sheet that already has a filter.");
  });

  it('removes the filter so that a new one can be created', () => {
    const { sheet } = aSpreadsheet().withStudents(5).build();
    sheet.getDataRange().createFilter().remove();
    expect(sheet.getFilter()).toBeNull();
    expect(sheet.getRange('A1:B3').createFilter().getRange().getA1Notation()).toBe('A1:B3');
  });

  it('keeps criteria per sheet column and removes them with null', () => {
    const { app, sheet } = aSpreadsheet().withStudents(5).build();
    const filter = sheet.getDataRange().createFilter();
    const criteria = app.newFilterCriteria().whenNumberGreaterThan(3).build();
    filter.setColumnFilterCriteria(3, criteria);
    filter.setColumnFilterCriteria(2, app.newFilterCriteria().setHiddenValues(['Student 1']).build());
    expect(filter.getColumnFilterCriteria(3)!.getCriteriaType()).toBe(BooleanCriteria.NUMBER_GREATER_THAN);
    expect(filter.getColumnFilterCriteria(3)!.getCriteriaValues()).toEqual([3]);
    expect(filter.getColumnFilterCriteria(2)!.getHiddenValues()).toEqual(['Student 1']);
    expect(filter.getColumnFilterCriteria(2)!.getCriteriaType()).toBeNull();
    expect(filter.getColumnFilterCriteria(1)).toBeNull();
    filter.setColumnFilterCriteria(3, null);
    expect(filter.getColumnFilterCriteria(3)).toBeNull();
  });

  it('refuses criteria for a column outside the filter range', () => {
    const { app, sheet } = aSpreadsheet().withStudents(5).build();
    const filter = sheet.getRange('B1:C6').createFilter();
    expect(() =>
      filter.setColumnFilterCriteria(1, app.newFilterCriteria().whenCellNotEmpty().build()),
    ).toThrow(RangeError);
  });

  it('fails on a removed filter', () => {
    const { sheet } = aSpreadsheet().withStudents(2).build();
    const filter = sheet.getDataRange().createFilter();
    filter.remove();
    expect(() => filter.getRange()).toThrow('This filter has been removed from the sheet.');
  });
});
