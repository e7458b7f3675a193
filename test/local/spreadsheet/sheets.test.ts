import { Charts, ProtectionType } from '../../../src/local/spreadsheet';
import { aSpreadsheet } from './builders';

describe('sheets', () => {
  it('renames a sheet and refuses a name another sheet has, whatever its case', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    spreadsheet.insertSheet('Versions');
    sheet.setName('Students');
    expect(sheet.getName()).toBe('Students');
    expect(() => sheet.setName('versions')).toThrow(
      'A sheet with the name "versions" already exists. Please enter another name.',
    );
    sheet.setName('STUDENTS');
    expect(sheet.getName()).toBe('STUDENTS');
  });

  it('has a stable id that is not its position, and a 1-based index', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    const second = spreadsheet.insertSheet('Two');
    expect(sheet.getSheetId()).toBe(0);
    expect(second.getSheetId()).not.toBe(1);
    expect([sheet.getIndex(), second.getIndex()]).toEqual([1, 2]);
    expect(spreadsheet.getSheetById(second.getSheetId())).toBe(second);
  });

  it('activates a sheet', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    spreadsheet.insertSheet('Two');
    expect(spreadsheet.getActiveSheet().getName()).toBe('Two');
    sheet.activate();
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
  });

  it('freezes rows and columns', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    expect([sheet.getFrozenRows(), sheet.getFrozenColumns()]).toEqual([1, 2]);
    expect(() => sheet.setFrozenRows(-1)).toThrow(TypeError);
  });

  it('clears content and formats with clear, only content with clearContents', () => {
    const { sheet } = aSpreadsheet()
      .withValues([['a', 'b']])
      .build();
    sheet.getRange('A1').setBackground('#ff0000').setNote('keep me');
    sheet.clearContents();
    expect(sheet.getLastRow()).toBe(0);
    expect(sheet.getRange('A1').getBackground()).toBe('#ff0000');
    sheet.clear();
    expect(sheet.getRange('A1').getBackground()).toBe('#ffffff');
    expect(sheet.getRange('A1').getNote()).toBe('keep me');
  });

  it('hides a sheet but never the last visible one', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
    const other = spreadsheet.insertSheet('Other');
    other.hideSheet();
    expect(other.isSheetHidden()).toBe(true);
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
    other.showSheet();
    expect(other.isSheetHidden()).toBe(false);
  });

  it('returns the existing protection when a protected sheet is protected again', () => {
    const { sheet, spreadsheet } = aSpreadsheet().build();
    const protection = sheet.protect().setDescription('PassCompass data').setWarningOnly(true);
    expect(sheet.protect().getDescription()).toBe('PassCompass data');
    expect(sheet.getProtections(ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(ProtectionType.SHEET)[0]!.isWarningOnly()).toBe(true);
    expect(spreadsheet.getProtections(ProtectionType.SHEET)[0]!.getProtectionType()).toBe(
      ProtectionType.SHEET,
    );
    protection.remove();
    expect(sheet.getProtections(ProtectionType.SHEET)).toEqual([]);
  });

  it('adds a range protection for each range protected', () => {
    const { sheet } = aSpreadsheet().build();
    sheet.getRange('A1:B2').protect();
    sheet.getRange('A1:B2').protect().setDescription('second');
    const protections = sheet.getProtections(ProtectionType.RANGE);
    expect(protections.map((p) => p.getDescription())).toEqual(['', 'second']);
    expect(protections[0]!.getRange().getA1Notation()).toBe('A1:B2');
    expect(sheet.getProtections(ProtectionType.SHEET)).toEqual([]);
  });

  it('records column widths and auto-resizes without error', () => {
    const { sheet, calls } = aSpreadsheet().build();
    sheet.setColumnWidth(2, 240);
    sheet.autoResizeColumns(1, 5);
    expect([sheet.getColumnWidth(1), sheet.getColumnWidth(2)]).toEqual([100, 240]);
    expect(calls.count('SpreadsheetApp.Sheet.autoResizeColumns')).toBe(1);
    expect(() => sheet.autoResizeColumns(20, 10)).toThrow('Those columns are out of bounds.');
  });

  it('hides and shows columns, inside the grid only, keeping their cells', () => {
    const { sheet, calls } = aSpreadsheet().withStudents(2).build();
    sheet.hideColumns(2, 2);
    sheet.hideColumns(5);
    expect([1, 2, 3, 4, 5].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([
      false,
      true,
      true,
      false,
      true,
    ]);
    sheet.showColumns(3);
    expect([2, 3].map((c) => sheet.isColumnHiddenByUser(c))).toEqual([true, false]);
    expect(sheet.getRange('B2').getValue()).toBe('Student 1');
    expect(calls.count('SpreadsheetApp.Sheet.hideColumns')).toBe(2);
    expect(() => sheet.hideColumns(26, 2)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.hideColumns(1, 0)).toThrow(TypeError);
  });

  it('records charts: built, inserted with an id, listed, updated and removed', () => {
    const { sheet } = aSpreadsheet().withStudents(4).build();
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.COLUMN)
      .addRange(sheet.getRange('B1:C5'))
      .setPosition(2, 6, 0, 0)
      .setOption('title', 'Risk by student')
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [inserted] = sheet.getCharts();
    expect(inserted!.getChartId()).toBe(1);
    expect(inserted!.getRanges().map((r) => r.getA1Notation())).toEqual(['B1:C5']);
    expect(inserted!.getOptions().get('title')).toBe('Risk by student');
    sheet.updateChart(
      inserted!.modify().setOption('title', 'Updated').setChartType(Charts.ChartType.BAR).build(),
    );
    expect(sheet.getCharts()[0]!.getOptions().get('title')).toBe('Updated');
    expect(sheet.getCharts()[0]!.modify().getChartType()).toBe(Charts.ChartType.BAR);
    sheet.removeChart(sheet.getCharts()[0]!);
    expect(sheet.getCharts()).toEqual([]);
  });
});
