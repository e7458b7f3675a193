/** Check data: what it writes in the Data issues sheet, what its toast says, and what it refuses. */
import { DataError } from '../../src/core/errors';
import { DATA_ISSUES_SHEET, ISSUE_HEADER, checkData, checkSummary } from '../../src/jobs/check-data';
import type { CellValue } from '../../src/jobs/ports';
import { InMemoryTable, ScriptedDialogs } from '../support/fakes';
import { mathRoster } from './trained';

/** A Data issues sheet that has a name, as the Sheets adapter gives it. */
class NamedTable extends InMemoryTable {
  constructor(private readonly sheetName: string) {
    super();
  }
  name = () => this.sheetName;
}

/** The Math roster with `cells` changed: [sheet row, header, value]. */
function rosterWith(...cells: [number, string, CellValue][]): InMemoryTable {
  return mathRoster((rows) => {
    const header = rows[0] as string[];
    for (const [row, column, value] of cells) (rows[row - 1] as CellValue[])[header.indexOf(column)] = value;
    return rows;
  });
}

/** Dialogs that keep each toast's title too. */
class ToastTitles extends ScriptedDialogs {
  titles: (string | undefined)[] = [];
  override toast(message: string, title?: string) {
    this.titles.push(title);
    super.toast(message);
  }
}

describe('Check data', () => {
  it('writes one line saying nothing was found, and a toast with the count, when the roster is clean', () => {
    const students = mathRoster();
    const issues = new NamedTable(DATA_ISSUES_SHEET);
    const dialogs = new ToastTitles();
    const checked = checkData({ students, issues, dialogs });

    expect(checked.records).toHaveLength(395);
    expect(issues.values).toEqual([
      ['Row', 'Column', 'Value', 'Problem', 'What PassCompass does'],
      ['', '', '', 'No problems found in 395 rows.', ''],
    ]);
    expect(dialogs.toasts).toEqual(['Checked 395 rows: no problems.']);
    expect(dialogs.titles).toEqual(['PassCompass: Check data']);
    // The Students sheet is only read, once; the issues sheet written once.
    expect([students.reads, students.writes, issues.writes]).toEqual([1, 0, 1]);
  });

  it('lists each problem with its row, column, value and what PassCompass does', () => {
    const students = rosterWith([5, 'absences', 'lots'], [9, 'age', 3]);
    const issues = new NamedTable('Data issues 2');
    const dialogs = new ToastTitles();
    const checked = checkData({ students, issues, dialogs });

    expect(issues.values[0]).toEqual([...ISSUE_HEADER]);
    const rows = issues.values.slice(1);
    expect(rows).toEqual(
      checked.issues.map((issue) => [issue.row, issue.column, issue.value, issue.problem, issue.action]),
    );
    expect(rows.map((row) => [row[0], row[1], row[2]])).toEqual([
      [5, 'absences (AD)', 'lots'],
      [9, 'age (C)', '3'],
    ]);
    // The toast names the sheet the issues went to, which is not "Data issues" when the teacher has one.
    expect(dialogs.toasts).toEqual(['Checked 395 rows: 2 issues listed in Data issues 2.']);
  });

  it('counts the rows without a final grade, which are scored but not trained on', () => {
    const students = rosterWith([2, 'G3', ''], [3, 'G3', ''], [4, 'G3', '']);
    const issues = new InMemoryTable();
    const checked = checkData({ students, issues, dialogs: new ScriptedDialogs() });
    expect(checked.rowsWithFinalGrade).toBe(392);
    expect(checkSummary(checked)).toBe(
      'Checked 395 rows: no problems; 3 without a final grade (scored, not trained on).',
    );
  });

  it('says "1 issue" for one, and names Data issues when the sheet has no name', () => {
    const checked = checkData({
      students: rosterWith([7, 'absences', 'lots']),
      issues: new InMemoryTable(),
      dialogs: new ScriptedDialogs(),
    });
    expect(checkSummary(checked)).toBe('Checked 395 rows: 1 issue listed in Data issues.');
    const dialogs = new ScriptedDialogs();
    checkData({ students: rosterWith([7, 'absences', 'lots']), issues: new InMemoryTable(), dialogs });
    expect(dialogs.toasts).toEqual(['Checked 395 rows: 1 issue listed in Data issues.']);
  });

  it('refuses an empty Students sheet before writing anything', () => {
    const issues = new InMemoryTable([['kept']]);
    const run = () => checkData({ students: new InMemoryTable(), issues, dialogs: new ScriptedDialogs() });
    expect(run).toThrow(DataError);
    expect(run).toThrow(
      'The Students sheet is empty. Load sample data, or paste your roster into it with its header row.',
    );
    expect(issues.values).toEqual([['kept']]);
    expect(issues.writes).toBe(0);
  });
});
