/**
 * The data-quality section of an alert: cells with problems counted per column and kind in a table, most cells
 * first, never which rows (the Monitoring and Data issues sheets say which).
 */
import type { AlertDataQualityKind, DataQualityCount } from './alert-facts';
import { type AlertSection, COLUMN_LABEL_LENGTH } from './alert-section';
import { clipText, countOf } from './figure-format';

/** Data-quality lines shown; the rest are counted. */
export const DATA_QUALITY_LINES_SHOWN = 12;

const PROBLEM_WORDS: Readonly<Record<AlertDataQualityKind, string>> = {
  blank: 'left blank',
  'blank-share': 'left blank more often than in training',
  'out-of-range': 'not a valid value',
  'unseen-category': 'a category the model never saw in training',
  'missing-column': 'column missing from the roster',
  'not-scored': 'students who could not be scored',
  other: 'another problem',
};

function howMany(problem: DataQualityCount): string {
  if (problem.kind === 'missing-column') return 'whole column';
  if (problem.kind === 'not-scored') return countOf(problem.count, 'student');
  return countOf(problem.count, 'cell');
}

/** The columns named in data-quality problems, most cells first, without repeats. */
export function problemColumns(problems: readonly DataQualityCount[]): string[] {
  const names = byCountDescending(problems)
    .map((problem) => problem.column)
    .filter((column): column is string => column !== null)
    .map((column) => clipText(column, COLUMN_LABEL_LENGTH));
  return [...new Set(names)];
}

function byCountDescending(problems: readonly DataQualityCount[]): DataQualityCount[] {
  // Array.prototype.sort is stable (ES2019, and so in Apps Script's V8), so tied counts keep the order found.
  return [...problems].sort((a, b) => b.count - a.count);
}

/** The section for `problems` (at least one). */
export function dataQualitySection(problems: readonly DataQualityCount[]): AlertSection {
  const cells = problems
    .filter((p) => p.kind !== 'missing-column' && p.kind !== 'not-scored')
    .reduce((sum, p) => sum + p.count, 0);
  const columns = problemColumns(problems).length;
  const shown = byCountDescending(problems).slice(0, DATA_QUALITY_LINES_SHOWN);
  const paragraphs = [
    `The check found ${countOf(cells, 'cell')} with problems in ${countOf(columns, 'column')} of the Students sheet. ` +
      'Cells that cannot be read are treated as blank, so the risk scores of the students concerned rest on less information.',
  ];
  if (problems.some((p) => p.kind === 'missing-column'))
    paragraphs.push('A missing column leaves out what it measures for every student.');
  return {
    tone: 'problem',
    title: 'Problems in the imported data',
    paragraphs,
    table: {
      caption: 'Data-quality problems',
      header: ['Column', 'Problem', 'How many'],
      rows: shown.map((p) => [
        p.column === null ? 'whole roster' : clipText(p.column, COLUMN_LABEL_LENGTH),
        PROBLEM_WORDS[p.kind],
        howMany(p),
      ]),
    },
    notes:
      problems.length > shown.length
        ? [`${countOf(problems.length - shown.length, 'more line')} in the Monitoring sheet.`]
        : [],
  };
}
