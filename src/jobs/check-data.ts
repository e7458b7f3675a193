/**
 * Check data: validates and normalises the Students sheet and lists every problem in the `Data issues` sheet.
 * The Students sheet is only read. A roster without a required column stops here with a message naming it,
 * before anything is written.
 */
import { type CheckedRoster, checkRoster } from '../core/data/roster/check-roster';
import { DataError } from '../core/errors';
import type { CellValue, Dialogs, SheetTable } from './ports';

export const DATA_ISSUES_SHEET = 'Data issues';
export const ISSUE_HEADER = ['Row', 'Column', 'Value', 'Problem', 'What PassCompass does'] as const;

export interface CheckDataDeps {
  students: SheetTable;
  issues: SheetTable;
  dialogs: Dialogs;
}

/** Reads and checks the roster, then writes the issues sheet (one read, one write). */
export function checkStudents(students: SheetTable, issues: SheetTable): CheckedRoster {
  const table = students.read();
  if (table.length === 0) {
    throw new DataError(
      'The Students sheet is empty. Load sample data, or paste your roster into it with its header row.',
    );
  }
  const checked = checkRoster(table);
  const rows: CellValue[][] = checked.issues.map((i) => [i.row, i.column, i.value, i.problem, i.action]);
  if (rows.length === 0) rows.push(['', '', '', `No problems found in ${checked.records.length} rows.`, '']);
  issues.replace([[...ISSUE_HEADER], ...rows]);
  return checked;
}

export function checkData(deps: CheckDataDeps): CheckedRoster {
  const checked = checkStudents(deps.students, deps.issues);
  deps.dialogs.toast(checkSummary(checked, deps.issues.name?.()), 'PassCompass: Check data');
  return checked;
}

/**
 * One line for a toast: rows read, issues found (in `issuesSheet`, which is not `Data issues` when the teacher
 * has a sheet of that name), rows that will be scored but not trained on.
 */
export function checkSummary(checked: CheckedRoster, issuesSheet = DATA_ISSUES_SHEET): string {
  const n = checked.records.length;
  const issues = checked.issues.length;
  const toScore = n - checked.rowsWithFinalGrade;
  return (
    `Checked ${n} rows: ${issues === 0 ? 'no problems' : `${issues} issue${issues === 1 ? '' : 's'} listed in ${issuesSheet}`}` +
    (toScore > 0 ? `; ${toScore} without a final grade (scored, not trained on).` : '.')
  );
}
