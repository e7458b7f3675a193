/**
 * When the runner stops, nothing is saved, so the `Data issues` sheet Check data just filled would never be seen:
 * its problems are printed instead, by row and column, with what PassCompass does about each. The cell values
 * are left out (they are the teacher's data; the row and column find them in the input file).
 */
import { DATA_ISSUES_SHEET } from '../../jobs/check-data';
import type { LocalRuntime } from '../runtime';
import { ownedSheet, runtimeOwnership } from './owned-sheets';

/** How many problems are printed; the rest are counted. */
export const ISSUES_PRINTED = 20;

/** The lines to print, or none when the sheet lists no problem with a row or column. */
export function stoppedIssueLines(runtime: LocalRuntime): string[] {
  // Only the sheet Check data wrote in this run: when it stopped before writing one, there is nothing to print.
  const sheet = ownedSheet(runtime.spreadsheet, runtimeOwnership(runtime), DATA_ISSUES_SHEET, true);
  if (!sheet || sheet.getLastRow() < 2) return [];
  const [, ...rows] = sheet.getDataRange().getValues();
  const issues = rows
    .filter(([row, column]) => row !== '' || column !== '')
    .map(([row, column, , problem, action]) => {
      const where = [row !== '' ? `row ${String(row)}` : '', column !== '' ? `column ${String(column)}` : '']
        .filter(Boolean)
        .join(', ');
      return `    ${where}: ${String(problem)}${action ? ` (${String(action)})` : ''}`;
    });
  if (issues.length === 0) return [];
  const more = issues.length - ISSUES_PRINTED;
  return [
    `  Data issues (${issues.length}; the sheet is not saved, since PassCompass stopped):`,
    ...issues.slice(0, ISSUES_PRINTED),
    ...(more > 0 ? [`    … and ${more} more.`] : []),
  ];
}
