/**
 * Data-quality facts from the issues `checkRoster` lists for the Data issues sheet. An issue names its row and
 * quotes its cell, and its problem text can quote the cell too (`is written "Y"`), so only the column label and
 * a fixed kind are kept, and issues are counted per column and kind: the email says how many cells, the sheet
 * says which. Cells read after a correction are no problem and are left out. A summary line (`…and 12 more
 * cells where the value is not a number`) adds its count.
 */
import type { RosterIssue } from '../data/roster/check-roster';
import type { AlertDataQualityKind, DataQualityCount } from './alert-facts';

const KINDS: readonly (readonly [RegExp, AlertDataQualityKind | null])[] = [
  [/^is blank/, 'blank'],
  [
    /^is not a number|^is not a whole number|^is outside the valid range|^is a date|^is not one of/,
    'out-of-range',
  ],
  [/^is a number stored as text|^is written|^was written differently/, null],
];

const SUMMARY = /^…and (\d+) more cells where the value (.*)$/;

/**
 * The kind of a `checkRoster` problem text: `null` for a cell that was read after a correction (a number stored
 * as text, `Y` for yes), which is no problem for the scores; `other` for a text this module does not know.
 */
export function dataQualityKind(problem: string): AlertDataQualityKind | null {
  for (const [pattern, kind] of KINDS) if (pattern.test(problem)) return kind;
  return 'other';
}

/**
 * One count per column and kind, in the order first seen; corrected cells are left out. O(issues). Reads
 * only `column` and `problem` (never `row` or `value`), and keeps only the column label and a kind.
 */
export function dataQualityFromIssues(issues: readonly RosterIssue[]): DataQualityCount[] {
  const byKey = new Map<string, { kind: AlertDataQualityKind; column: string; count: number }>();
  for (const issue of issues) {
    const summary = SUMMARY.exec(issue.problem);
    // Stryker disable next-line StringLiteral: group 2, (.*), takes part in every match, so `?? ''` is never used
    const kind = dataQualityKind(summary ? (summary[2] ?? '') : issue.problem);
    if (kind === null) continue;
    const count = summary ? Number(summary[1]) : 1;
    const key = `${issue.column}\u0000${kind}`;
    const problem = byKey.get(key);
    if (problem) problem.count += count;
    else byKey.set(key, { kind, column: issue.column, count });
  }
  return [...byKey.values()];
}
