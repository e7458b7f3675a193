import { CallLog } from '../../../src/local/call-log';
import { LocalSpreadsheet, LocalSpreadsheetApp, WrapStrategy } from '../../../src/local/spreadsheet';
import { aSpreadsheet } from './builders';

describe('the spreadsheet', () => {
  it('starts with one 1000 × 26 sheet called Sheet1 and knows its id, url, name and time zone', () => {
    const spreadsheet = new LocalSpreadsheet({
      calls: new CallLog(),
      name: 'Year 10',
      id: 'abc123',
      timeZone: 'Europe/Madrid',
    });
    expect(spreadsheet.getSheets().map((s) => [s.getName(), s.getMaxRows(), s.getMaxColumns()])).toEqual([
      ['Sheet1', 1000, 26],
    ]);
    expect(spreadsheet.getId()).toBe('abc123');
    expect(spreadsheet.getUrl()).toBe('https://docs.google.com/spreadsheets/d/abc123/edit');
    expect(spreadsheet.getName()).toBe('Year 10');
    expect(spreadsheet.getSpreadsheetTimeZone()).toBe('Europe/Madrid');
  });

  it('refuses an unknown time zone', () => {
    expect(() => new LocalSpreadsheet({ calls: new CallLog(), timeZone: 'Mars/Olympus' })).toThrow(
      RangeError,
    );
  });

  it('finds sheets by name, ignoring case, and returns null when absent', () => {
    const { spreadsheet, sheet } = aSpreadsheet().build();
    expect(spreadsheet.getSheetByName('sheet1')).toBe(sheet);
    expect(spreadsheet.getSheetByName('Missing')).toBeNull();
  });

  it('inserts sheets after the active one or at a 0-based index, and makes them active', () => {
    const { spreadsheet } = aSpreadsheet().build();
    spreadsheet.insertSheet('C');
    spreadsheet.insertSheet('A', 0);
    spreadsheet.getSheetByName('Sheet1')!.activate();
    const b = spreadsheet.insertSheet('B');
    const unnamed = spreadsheet.insertSheet();
    expect(spreadsheet.getSheets().map((s) => s.getName())).toEqual(['A', 'Sheet1', 'B', 'Sheet5', 'C']);
    expect(spreadsheet.getActiveSheet()).toBe(unnamed);
    expect([b.getMaxRows(), b.getMaxColumns()]).toEqual([1000, 26]);
    expect(() => spreadsheet.insertSheet('a')).toThrow(
      'A sheet with the name "a" already exists. Please enter another name.',
    );
  });

  it('copies a template sheet on insert', () => {
    const { spreadsheet, sheet } = aSpreadsheet()
      .withValues([['x', 1]])
      .build();
    const copy = spreadsheet.insertSheet('Copy', { template: sheet });
    expect(copy.getDataRange().getValues()).toEqual([['x', 1]]);
    copy.getRange('A1').setValue('changed');
    expect(sheet.getRange('A1').getValue()).toBe('x');
  });

  it('deletes a sheet but not the last one, and moves the active sheet away from it', () => {
    const { spreadsheet, sheet } = aSpreadsheet().build();
    const other = spreadsheet.insertSheet('Other');
    spreadsheet.deleteSheet(other);
    expect(spreadsheet.getSheets()).toEqual([sheet]);
    expect(spreadsheet.getActiveSheet()).toBe(sheet);
    expect(() => spreadsheet.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
    expect(() => other.getRange('A1')).toThrow('Sheet Other has been deleted.');
  });

  it('records toasts with Sheets default timeout of 5 seconds', () => {
    const { spreadsheet } = aSpreadsheet().build();
    spreadsheet.toast('Scored 120 students', 'PassCompass');
    spreadsheet.toast('Done', 'PassCompass', -1);
    expect(spreadsheet.toasts).toEqual([
      { message: 'Scored 120 students', title: 'PassCompass', timeout: 5 },
      { message: 'Done', title: 'PassCompass', timeout: -1 },
    ]);
  });

  it('names ranges and finds them again, or returns null', () => {
    const { spreadsheet, sheet } = aSpreadsheet().build();
    spreadsheet.setNamedRange('risk_column', sheet.getRange('D2:D'));
    expect(spreadsheet.getRangeByName('risk_column')!.getA1Notation()).toBe('D2:D');
    expect(spreadsheet.getRangeByName('nothing')).toBeNull();
    const [named] = spreadsheet.getNamedRanges();
    named!.setName('risk');
    expect(spreadsheet.getNamedRanges().map((n) => n.getName())).toEqual(['risk']);
    expect(() => spreadsheet.setNamedRange('A1', sheet.getRange('A1'))).toThrow(TypeError);
  });
});

describe('SpreadsheetApp', () => {
  it('is bound to one spreadsheet and hands out the injected ui', () => {
    const ui = { alert: () => undefined };
    const calls = new CallLog();
    const app = new LocalSpreadsheetApp({ calls, ui });
    expect(app.getActive()).toBe(app.getActiveSpreadsheet());
    expect(app.getActiveSheet().getName()).toBe('Sheet1');
    expect(app.getUi()).toBe(ui);
  });

  it('exposes the enums with their Apps Script member names', () => {
    const { app } = aSpreadsheet().build();
    expect(String(app.WrapStrategy.WRAP)).toBe('WRAP');
    expect(app.WrapStrategy).toBe(WrapStrategy);
    expect(Object.keys(app.ProtectionType)).toEqual(['RANGE', 'SHEET']);
    expect(Object.keys(app.Dimension)).toEqual(['COLUMNS', 'ROWS']);
    expect(Object.keys(app.InterpolationType)).toEqual(['NUMBER', 'PERCENT', 'PERCENTILE', 'MIN', 'MAX']);
    expect(Object.keys(app.BooleanCriteria)).toContain('NUMBER_GREATER_THAN_OR_EQUAL_TO');
  });

  it('counts flushes', () => {
    const { app, calls } = aSpreadsheet().build();
    app.flush();
    app.flush();
    expect(calls.count('SpreadsheetApp.SpreadsheetApp.flush')).toBe(2);
  });
});
