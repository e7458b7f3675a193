/**
 * Recipes for the workbook around a roster: how the teacher set up the roster sheet (its name, frozen rows and
 * columns, filter, conditional formats, notes) and the teacher's other sheets, named like PassCompass's.
 */
import fc from 'fast-check';
import { ALIAS_HEADER } from '../../../src/core/registry/aliases';
import { VERSION_HEADER } from '../../../src/core/registry/model-version';
import { ISSUE_HEADER } from '../../../src/jobs/check-data';
import { EXPERIMENT_HEADER } from '../../../src/jobs/experiments';
import { LOG_HEADER } from '../../../src/jobs/score/inference-log';
import { SUMMARY_HEADER } from '../../../src/jobs/summary';
import { MONITORING_HEADER } from '../../../src/sheets/monitoring-sheet';
import type { Cell } from './cells';

/** The roster sheet's set-up by the teacher: its name, frozen panes, filter, conditional formats and notes. */
export interface RosterSheetRecipe {
  name: string;
  frozenRows: number;
  frozenColumns: number;
  filter: null | { lastColumn: number; criteria: boolean };
  rules: ('number' | 'tierText' | 'text' | 'notEmpty')[];
  notes: { row: number; column: number }[];
}

export const rosterSheetRecipe: fc.Arbitrary<RosterSheetRecipe> = fc.record({
  name: fc.oneof(
    { weight: 12, arbitrary: fc.constant('Students') },
    { weight: 1, arbitrary: fc.constantFrom('students', 'STUDENTS', 'Students ', ' Students', 'Roster') },
  ),
  frozenRows: fc.nat(3),
  frozenColumns: fc.nat(2),
  filter: fc.option(fc.record({ lastColumn: fc.integer({ min: 1, max: 40 }), criteria: fc.boolean() }), {
    nil: null,
  }),
  rules: fc.array(
    fc.constantFrom('number' as const, 'tierText' as const, 'text' as const, 'notEmpty' as const),
    {
      maxLength: 2,
    },
  ),
  notes: fc.array(fc.record({ row: fc.nat(90), column: fc.nat(40) }), { maxLength: 3 }),
});

/**
 * A sheet of the teacher's, named like one of PassCompass's (or close), possibly with PassCompass's own header
 * row. Its protection is none, the teacher's own (warning-only, described by the teacher) or a full one: never
 * the warning-only protection PassCompass gives its sheets, which together with its header is, by design, how
 * PassCompass recognises a sheet an earlier version of it made (sheets/ownership.ts), so not a teacher's sheet.
 */
export interface TeacherSheetRecipe {
  name: string;
  content: 'lessons' | 'ownHeader' | 'formulas' | 'long' | 'empty';
  protection: 'none' | 'mine' | 'locked';
}

export const TEACHER_SHEET_NAMES = [
  'Summary',
  'summary',
  'Data issues',
  'Experiments',
  'Versions',
  'Aliases',
  'Inference log',
  'Monitoring',
  'Summary (PassCompass)',
  'Versions (PassCompass)',
  'Data Issues ',
  'PassCompass properties',
];

export const teacherSheets: fc.Arbitrary<TeacherSheetRecipe[]> = fc.uniqueArray(
  fc.record({
    name: fc.constantFrom(...TEACHER_SHEET_NAMES),
    content: fc.constantFrom<TeacherSheetRecipe['content']>(
      'lessons',
      'ownHeader',
      'formulas',
      'long',
      'empty',
    ),
    protection: fc.constantFrom<TeacherSheetRecipe['protection']>('none', 'mine', 'locked'),
  }),
  { maxLength: 3, selector: (s) => s.name.trim().toLowerCase() },
);

/** PassCompass's header for the sheet it usually names `name`, if it has one. */
function ownHeaderFor(name: string): readonly string[] {
  const usual = name
    .replace(/ \(PassCompass\)$/, '')
    .trim()
    .toLowerCase();
  const headers: Record<string, readonly string[]> = {
    summary: SUMMARY_HEADER,
    'data issues': ISSUE_HEADER,
    experiments: EXPERIMENT_HEADER,
    versions: VERSION_HEADER,
    aliases: ALIAS_HEADER,
    'inference log': LOG_HEADER,
    monitoring: MONITORING_HEADER,
  };
  return headers[usual] ?? ['Key', 'Value'];
}

/** The cells of a teacher's sheet: always a header row and at least one row below. */
export function teacherSheetCells(recipe: TeacherSheetRecipe): Cell[][] {
  switch (recipe.content) {
    case 'ownHeader': {
      // A teacher who copied PassCompass's header row, with rows of their own below it.
      const header = [...ownHeaderFor(recipe.name)];
      return [header, header.map((_, i) => (i === 0 ? 7 : `mine ${i}`)), header.map(() => '')];
    }
    case 'formulas':
      return [
        ['Week', 'Total', 'Link'],
        [1, '=SUM(1,2)', '=HYPERLINK("http://example.com","notes")'],
        [2, '=B2*2', "'=not a formula"],
      ];
    case 'long':
      return [
        ['Week', 'Notes'],
        [1, 'x'.repeat(50_000)],
      ];
    case 'empty':
      return [['']];
    default:
      return [
        ['Week', 'What we covered'],
        [1, 'fractions'],
        [2, '学校 🎓'],
      ];
  }
}
