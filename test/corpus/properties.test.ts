/**
 * Generated corpus, part 3: document properties edited behind PassCompass's back, through the menu of the
 * built add-on and its background trigger.
 *
 * Generates: a clean 80-row roster (with or without period grades) and saved settings that are JSON objects
 * with null, wrong types, fractional or out-of-range numbers and unknown keys, or JSON that is not an object, or
 * not JSON at all, saved before or after training; `passcompass.rowsPerExecution` at odd values (so scoring may
 * go on in blocks, run by the background trigger); the ownership record, the student-key salt, the background
 * state and a saved scoring run damaged before training, after training or after scoring; daily monitoring
 * turned on. Then Check data, Train model, Settings, Score students; the background trigger runs whatever is
 * due; then Score students and Check now again.
 *
 * Asserts for each workbook: no click throws, and every stop names what is wrong; no background execution
 * fails; the teacher's cells are as they were; PassCompass's sheets and columns hold no formula.
 */
import fc from 'fast-check';
import type { LocalRuntime } from '../../src/local/runtime';
import {
  type Click,
  CORPUS_SEED,
  PROPERTY_TIMEOUT_MS,
  addOnForOneRun,
  click,
  runCorpus,
} from './support/corpus-run';
import { assertClicks } from './support/messages';
import {
  OTHER_PROPERTY_KEYS,
  otherPropertyText,
  rowsPerExecutionText,
  settingsText,
} from './support/property-recipes';
import { CLEAN_ROSTER, CLEAN_SETTINGS, buildRoster } from './support/rosters';
import { assertTeacherWorkbookKept, snapshotWorkbook } from './support/teacher-cells';
import { writeRosterSheet } from './support/write-workbook';

const RUNS = 200;

type Moment = 'beforeTraining' | 'afterTraining' | 'afterScoring';

const edited = fc.record({
  // With period grades, the default moment (auto) is mid-term, whose training takes about three times longer.
  periodGrades: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 3, arbitrary: fc.constant(false) },
  ),
  settings: settingsText,
  settingsAt: fc.constantFrom<Moment>('beforeTraining', 'afterTraining'),
  rowsPerExecution: fc.option(rowsPerExecutionText, { nil: null }),
  other: fc.array(
    fc.record({
      key: fc.constantFrom(...OTHER_PROPERTY_KEYS),
      value: otherPropertyText,
      at: fc.constantFrom<Moment>('beforeTraining', 'afterTraining', 'afterScoring'),
    }),
    { maxLength: 2 },
  ),
  dailyMonitoring: fc.boolean(),
  freshBundle: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 24, arbitrary: fc.constant(false) },
  ),
});

type Edited = typeof edited extends fc.Arbitrary<infer T> ? T : never;

/** Background work for at most this long after the first scoring click, and at most this many executions. */
const BACKGROUND_MS = 26 * 60 * 60 * 1000;
const BACKGROUND_EXECUTIONS = 60;

/**
 * Runs the background trigger whenever it is next due (moving the runtime's clock there), as Apps Script would,
 * until nothing is due within `BACKGROUND_MS`; fails when an execution fails (its error would reach nobody).
 */
function runBackground(runtime: LocalRuntime): void {
  const { clock } = runtime.google;
  const until = clock.now() + BACKGROUND_MS;
  for (let i = 0; i < BACKGROUND_EXECUTIONS; i += 1) {
    const next = runtime.ScriptApp.allTriggers()
      .filter((t) => t.nextRunAt !== null && t.nextRunAt <= until)
      .sort((a, b) => (a.nextRunAt ?? 0) - (b.nextRunAt ?? 0))[0];
    if (!next) return;
    const wait = (next.nextRunAt ?? 0) - clock.now();
    if (wait > 0) clock.advance(wait);
    const ran = runtime.google.fire(next);
    if (ran?.status === 'failed')
      throw new Error(`The background trigger ${next.spec.handler} failed: ${String(ran.error)}`);
  }
}

function run(recipe: Edited): Click[] {
  const started = addOnForOneRun(recipe.freshBundle);
  const { runtime } = started;
  const { spreadsheet } = runtime;
  const properties = runtime.PropertiesService.getDocumentProperties();
  if (!properties) throw new Error('no document properties');
  // 80 rows: enough for a model to be published with the default 5 folds, as odd settings fall back to them.
  const roster = buildRoster({
    ...CLEAN_ROSTER,
    start: 0,
    rows: 80,
    ops: recipe.periodGrades
      ? []
      : [
          { op: 'rename', column: 30, to: { typed: 'first period' } },
          { op: 'rename', column: 31, to: { typed: 'second period' } },
        ],
  });
  const rosterId = writeRosterSheet(runtime, roster, {
    name: 'Students',
    frozenRows: 0,
    frozenColumns: 0,
    filter: null,
    rules: [],
    notes: [],
  }).getSheetId();
  const teachers = snapshotWorkbook(spreadsheet);
  const damage = (at: Moment) => {
    for (const edit of recipe.other) if (edit.at === at) properties.setProperty(edit.key, edit.value);
  };

  properties.setProperty(
    'passcompass.settings',
    recipe.settingsAt === 'beforeTraining' ? recipe.settings : CLEAN_SETTINGS,
  );
  damage('beforeTraining');
  const clicks = [click(started, 'checkData'), click(started, 'trainModel')];
  if (recipe.settingsAt === 'afterTraining') properties.setProperty('passcompass.settings', recipe.settings);
  if (recipe.rowsPerExecution !== null)
    properties.setProperty('passcompass.rowsPerExecution', recipe.rowsPerExecution);
  damage('afterTraining');
  if (recipe.dailyMonitoring) clicks.push(click(started, 'turnOnDailyMonitoring'));
  clicks.push(click(started, 'showSettings'), click(started, 'scoreStudents'));
  damage('afterScoring');
  runBackground(runtime);
  clicks.push(click(started, 'scoreStudents'), click(started, 'checkNow'));
  runBackground(runtime);
  assertClicks(clicks);
  assertTeacherWorkbookKept(teachers, spreadsheet, { rosterId });
  return clicks;
}

describe(`document properties edited behind PassCompass's back (seed ${CORPUS_SEED}, ${RUNS} workbooks)`, () => {
  it(
    'never throws, never fails in the background, never changes a teacher cell, never writes a formula',
    () => {
      const scored = runCorpus(edited, run, RUNS);
      expect(scored).toBeGreaterThan(RUNS / 4);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
