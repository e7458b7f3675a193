/**
 * Generated corpus, part 1: corrupted rosters in edited workbooks, through the menu of the built add-on.
 *
 * Generates: 20-80 rows of the UCI sample with columns missing, renamed, duplicated, reordered; blank rows and
 * columns; wrong types (text in numbers, booleans, dates, numbers in categories); 50,000-character cells;
 * formula-like text (=, +, -, @, tab and CR starts, HYPERLINK, DDE), typed or kept as text; other scripts,
 * RTL marks, combining marks, NUL; teacher columns and sheets named like PassCompass's own; a roster sheet with
 * the teacher's filter, frozen rows and columns, conditional formats and notes; odd saved settings.
 * Then clicks Check data, Train model and Score students (and sometimes Check now, or a second click).
 *
 * Asserts for each workbook: no click throws (each ends in success or a message that names what is wrong);
 * every cell of the teacher's sheets and of the roster's teacher columns is as it was (values, formulas, notes),
 * and so are their frozen panes, filters, conditional formats and protections; PassCompass's own sheets and
 * columns hold no formula.
 */
import fc from 'fast-check';
import type { LocalRuntime } from '../../src/local/runtime';
import type { LocalSheet } from '../../src/local/spreadsheet';
import {
  type Click,
  CORPUS_SEED,
  PROPERTY_TIMEOUT_MS,
  addOnForOneRun,
  click,
  runCorpus,
} from './support/corpus-run';
import { assertClicks } from './support/messages';
import { settingsText } from './support/property-recipes';
import { CLEAN_ROSTER, CLEAN_SETTINGS, buildRoster, rosterRecipe } from './support/rosters';
import { type WorkbookSnapshot, assertTeacherWorkbookKept, snapshotWorkbook } from './support/teacher-cells';
import { type RosterSheetRecipe, rosterSheetRecipe, teacherSheets } from './support/workbook-recipes';
import { writeRosterSheet, writeTeacherSheets } from './support/write-workbook';

const RUNS = 600;

const workbook = fc.record({
  roster: rosterRecipe(),
  sheet: rosterSheetRecipe,
  teacherSheets: fc.oneof({ weight: 2, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: teacherSheets }),
  /**
   * Where the champion comes from: trained on the corrupted roster itself, or on a clean roster before the
   * corrupted one replaced it (so that scoring and Check now meet the corruption with a model in place).
   */
  model: fc.constantFrom('trainedOnIt' as const, 'trainedBefore' as const),
  settings: fc.oneof(
    { weight: 6, arbitrary: fc.constant('{"mode":"early"}') },
    {
      weight: 2,
      arbitrary: fc.constantFrom(
        '{"mode":"early","folds":3}',
        '{"mode":"mid"}',
        '{"mode":"early","tierRule":"thresholds"}',
        '{"mode":"early","passMark":12}',
      ),
    },
    { weight: 1, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: settingsText },
  ),
  more: fc.array(fc.constantFrom('checkNow', 'scoreStudents', 'checkData', 'trainModel'), { maxLength: 2 }),
  freshBundle: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 24, arbitrary: fc.constant(false) },
  ),
});

type Workbook = typeof workbook extends fc.Arbitrary<infer T> ? T : never;

const isRoster = (sheet: LocalSheet) => sheet.getName().toLowerCase() === 'students';

function setSettings(runtime: LocalRuntime, settings: string | null): void {
  const store = runtime.PropertiesService.getDocumentProperties();
  if (settings === null) store?.deleteProperty('passcompass.settings');
  else store?.setProperty('passcompass.settings', settings);
}

/** Builds the workbook, clicks through the menu, and checks every promise; returns the clicks. */
function run(recipe: Workbook): Click[] {
  const started = addOnForOneRun(recipe.freshBundle);
  const { runtime } = started;
  const { spreadsheet } = runtime;
  writeTeacherSheets(spreadsheet, recipe.teacherSheets);
  const clicks: Click[] = [];
  let before: WorkbookSnapshot;
  if (recipe.model === 'trainedBefore') {
    writeRosterSheet(runtime, buildRoster(CLEAN_ROSTER), NO_SET_UP);
    setSettings(runtime, CLEAN_SETTINGS);
    const teachers = snapshotWorkbook(spreadsheet, (sheet) => !isRoster(sheet));
    clicks.push(click(started, 'trainModel'));
    spreadsheet.deleteSheet(spreadsheet.getSheetByName('Students') as LocalSheet);
    const id = writeRosterSheet(runtime, buildRoster(recipe.roster), recipe.sheet).getSheetId();
    const roster = snapshotWorkbook(spreadsheet, (sheet) => sheet.getSheetId() === id);
    before = { sheets: [...teachers.sheets, ...roster.sheets] };
  } else {
    writeRosterSheet(runtime, buildRoster(recipe.roster), recipe.sheet);
    before = snapshotWorkbook(spreadsheet);
  }
  setSettings(runtime, recipe.settings);
  const roster = spreadsheet.getSheetByName('Students');
  const entries =
    recipe.model === 'trainedBefore'
      ? ['checkData', 'scoreStudents']
      : ['checkData', 'trainModel', 'scoreStudents'];
  for (const entry of [...entries, ...recipe.more]) clicks.push(click(started, entry));
  assertClicks(clicks);
  assertTeacherWorkbookKept(before, spreadsheet, roster ? { rosterId: roster.getSheetId() } : {});
  return clicks;
}

const NO_SET_UP: RosterSheetRecipe = {
  name: 'Students',
  frozenRows: 0,
  frozenColumns: 0,
  filter: null,
  rules: [],
  notes: [],
};

describe(`corrupted rosters in edited workbooks, through the menu (seed ${CORPUS_SEED}, ${RUNS} workbooks)`, () => {
  it(
    'never throws, never changes a teacher cell, never writes a formula',
    () => {
      const scored = runCorpus(workbook, run, RUNS);
      // The corpus is not all refusals: a fair share of the workbooks get as far as scoring.
      expect(scored).toBeGreaterThan(RUNS / 4);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
