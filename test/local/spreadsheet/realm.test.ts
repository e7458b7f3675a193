import * as vm from 'node:vm';
import { isDate, nodeRealm, realmOfContext } from '../../../src/local/realm';
import { Charts } from '../../../src/local/spreadsheet';
import { aSpreadsheet } from './builders';

/** Runs `script` in a fresh vm context whose `SpreadsheetApp` is a local one made in that context's realm. */
function runInAddOnRealm(script: string, values: unknown[][] = [['x']]): unknown {
  const context = vm.createContext({});
  const { app } = aSpreadsheet().withValues(values).inRealm(realmOfContext(context)).build();
  Object.assign(context, { SpreadsheetApp: app, Charts });
  return vm.runInContext(script, context);
}

describe('values crossing into the add-on realm', () => {
  it('hands out Dates that pass instanceof Date inside the add-on realm', () => {
    const result = runInAddOnRealm(`
      const range = SpreadsheetApp.getActiveSheet().getRange('A1');
      range.setValue(new Date(Date.UTC(2024, 8, 2)));
      const value = range.getValue();
      [value instanceof Date, value.toISOString()];
    `);
    expect(result).toEqual([true, '2024-09-02T00:00:00.000Z']);
  });

  it('throws errors that pass instanceof RangeError and instanceof Error inside the add-on realm', () => {
    const result = runInAddOnRealm(`
      let caught;
      try { SpreadsheetApp.getActiveSheet().getRange(0, 1); } catch (e) { caught = e; }
      [caught instanceof RangeError, caught instanceof Error, caught.message];
    `);
    expect(result).toEqual([true, true, 'The starting row of the range is too small.']);
  });

  it('accepts the add-on realm arrays and Dates written with setValues', () => {
    const result = runInAddOnRealm(`
      const sheet = SpreadsheetApp.getActiveSheet();
      sheet.getRange('A1:B1').setValues([[new Date(0), [1, 2]]]);
      const values = sheet.getRange('A1:B1').getValues();
      [Array.isArray(values), values[0][0] instanceof Date, values[0][1]];
    `);
    expect(result).toEqual([true, true, '1,2']);
  });

  it('recognises Dates of any realm with isDate, and nothing else', () => {
    const foreignDate: unknown = vm.runInNewContext('new Date(0)');
    expect(foreignDate instanceof Date).toBe(false);
    expect(isDate(foreignDate)).toBe(true);
    expect(isDate(new Date())).toBe(true);
    expect(isDate('2024-01-01')).toBe(false);
    expect(isDate({ getTime: () => 0 })).toBe(false);
    expect(nodeRealm.Date).toBe(Date);
  });
});
