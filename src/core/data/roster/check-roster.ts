/**
 * Check data: reads a roster table (header row, then one row per student) into normalised student records,
 * and lists every problem found, cell by cell, for the `Data issues` sheet. The roster itself is never changed:
 * the records are PassCompass's reading of it. A missing final grade is not a problem: that row is a student to
 * score rather than to train on.
 */
import { DataError } from '../../errors';
import { ATTRIBUTES, FINAL_GRADE, type StudentRecord, attributeNamed } from '../dictionary';
import { normaliseValue } from './normalise-value';
import { type RosterColumns, assertHasColumns, columnLetter, findRosterColumns } from './roster-columns';

export interface RosterIssue {
  /** Sheet row number (the header is row 1). */
  row: number;
  /** The column's header as the teacher wrote it, with its letter: `absences (AD)`. */
  column: string;
  value: string;
  problem: string;
  action: string;
}

export interface CheckedRoster {
  columns: RosterColumns;
  /** One record per data row, in sheet order (record i is sheet row i + 2). */
  records: StudentRecord[];
  /** The key column's value, or `row N` where there is none. */
  rowKeys: string[];
  issues: RosterIssue[];
  /** Blank cells per attribute present. */
  blankCounts: Record<string, number>;
  rowsWithFinalGrade: number;
}

/** At most this many issues of one kind in one column are listed one by one; the rest are counted in one line. */
export const ISSUES_LISTED_PER_KIND = 20;

/**
 * An issue quotes at most this many characters of its cell (and of its column's header): enough to find the
 * cell, and a quoted cell of up to 50,000 characters would not fit in a Sheets cell once escaped.
 */
export const ISSUE_QUOTE_CHARS = 1000;

/** All attributes except the period and final grades: what a roster must have to be checked. */
export const REQUIRED_INPUTS: readonly string[] = ATTRIBUTES.filter(
  (a) => !['G1', 'G2', 'G3', 'course'].includes(a.name),
).map((a) => a.name);

/** Checks `table`. Throws `DataError` for an empty table or missing required columns. */
export function checkRoster(
  table: readonly (readonly unknown[])[],
  required: readonly string[] = REQUIRED_INPUTS,
): CheckedRoster {
  const [headerRow, ...rows] = table;
  if (!headerRow || rows.length === 0)
    throw new DataError('The roster has no student rows below its header row.', { row: 2 });
  const columns = findRosterColumns(headerRow);
  assertHasColumns(columns, required);

  const issues = new IssueList();
  const blankCounts: Record<string, number> = {};
  const records = rows.map((row, index) => {
    const sheetRow = index + 2;
    const record: Record<string, string | number | null> = {};
    for (const [name, column] of columns.byAttribute) {
      const cell = row[column];
      const reading = normaliseValue(attributeNamed(name), cell);
      record[name] = reading.value;
      const where = `${cut(columns.headers[column] ?? name)} (${columnLetter(column)})`;
      if (reading.kind === 'normalised')
        issues.add(where, sheetRow, cell, reading.problem, `read as ${String(reading.value)}`);
      if (reading.kind === 'invalid') issues.add(where, sheetRow, cell, reading.problem, blankAction(name));
      if (reading.value === null) {
        blankCounts[name] = (blankCounts[name] ?? 0) + 1;
        if (reading.kind === 'ok' && name !== FINAL_GRADE)
          issues.add(where, sheetRow, '', 'is blank', blankAction(name));
      }
    }
    return record;
  });

  const key = columns.key;
  const rowKeys = rows.map((row, index) => {
    const value = key ? String(row[key.index] ?? '').trim() : '';
    return value || `row ${index + 2}`;
  });
  const rowsWithFinalGrade = records.filter(
    (r) => r[FINAL_GRADE] !== null && r[FINAL_GRADE] !== undefined,
  ).length;
  return { columns, records, rowKeys, issues: issues.list(), blankCounts, rowsWithFinalGrade };
}

function blankAction(attribute: string): string {
  return attribute === FINAL_GRADE
    ? 'treated as blank: the student is scored but not used for training'
    : 'treated as blank: the model uses the training average';
}

/** `text`, cut to its first `ISSUE_QUOTE_CHARS` characters (never in the middle of a surrogate pair). */
function cut(text: string): string {
  if (text.length <= ISSUE_QUOTE_CHARS) return text;
  const end = /[\uD800-\uDBFF]/.test(text.charAt(ISSUE_QUOTE_CHARS - 1))
    ? ISSUE_QUOTE_CHARS - 1
    : ISSUE_QUOTE_CHARS;
  return `${text.slice(0, end)}…`;
}

/** `50000` as `50,000`. */
function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** Collects issues, listing the first few of each kind per column and counting the rest. */
class IssueList {
  private readonly issues: RosterIssue[] = [];
  private readonly overflow = new Map<string, { count: number; sample: RosterIssue }>();
  private readonly listed = new Map<string, number>();

  add(column: string, row: number, value: unknown, problem: string, action: string): void {
    // Stryker disable next-line StringLiteral: the key all written-differently issues share need only differ from other problems, which are never '', so '' for 'is written' groups the same
    const kind = `${column}\u0000${problem.startsWith('is written') ? 'is written' : problem}`;
    // Stryker disable next-line StringLiteral: every caller passes a cell that is neither null nor undefined (or ''), so the fallback '' is never read
    const issue = { row, column, value: String(value ?? ''), problem, action };
    const n = this.listed.get(kind) ?? 0;
    if (n < ISSUES_LISTED_PER_KIND) {
      this.listed.set(kind, n + 1);
      const length = issue.value.length;
      if (length > ISSUE_QUOTE_CHARS) {
        issue.value = cut(issue.value);
        issue.problem += ` (value shown cut to ${grouped(ISSUE_QUOTE_CHARS)} of its ${grouped(length)} characters)`;
      }
      this.issues.push(issue);
      return;
    }
    const extra = this.overflow.get(kind);
    if (extra) extra.count += 1;
    else this.overflow.set(kind, { count: 1, sample: issue });
  }

  list(): RosterIssue[] {
    const summaries = [...this.overflow.values()].map(({ count, sample }) => ({
      ...sample,
      value: '',
      problem: `…and ${count} more cells where the value ${sample.problem.startsWith('is written') ? 'was written differently' : sample.problem}`,
    }));
    return [...this.issues, ...summaries].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
  }
}
