/**
 * Loads the roster file, whatever its format, into a local spreadsheet built on the runtime's call log and
 * realm (the add-on must receive values of its own realm), with a `Students` sheet the add-on can read.
 */
import type { RuntimeBase } from '../runtime';
import { ROSTER_SHEET, loadCsvRoster } from './load-csv';
import { type LoadedWorkbook, loadWorkbookRoster } from './load-workbook';
import type { RunPaths } from './run-paths';

/** Reads `paths.input`; `shown` names it in messages. @throws InputError when it cannot be used. */
export async function loadRoster(paths: RunPaths, shown: string, base: RuntimeBase): Promise<LoadedWorkbook> {
  const deps = { calls: base.calls, realm: base.realm };
  // A CSV file has no properties: the run starts from the default settings, as a new spreadsheet does.
  if (paths.format === 'csv') {
    return { ...loadCsvRoster(paths.input, shown, deps), properties: {} };
  }
  return loadWorkbookRoster(paths.input, shown, deps);
}

/** `Read roster.csv: 150 students, 38 columns, 1 sheet.` */
export function describeLoaded(loaded: LoadedWorkbook, shown: string): string {
  const sheets = loaded.spreadsheet.getSheets();
  const students = loaded.spreadsheet.getSheetByName(ROSTER_SHEET);
  const rows = Math.max(0, (students?.getLastRow() ?? 0) - 1);
  const columns = students?.getLastColumn() ?? 0;
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  return `Read ${shown}: ${count(rows, 'student row')}, ${count(columns, 'column')}, ${count(sheets.length, 'sheet')}.`;
}
