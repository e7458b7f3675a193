/**
 * Generated corpus, part 2: workbooks whose registry, log and scores were edited by hand after a first training
 * and scoring, through the menu of the built add-on.
 *
 * Generates: a model trained (once or twice) and the roster scored, then one to four edits: Versions cells (AUC,
 * threshold, status, mode, model JSON, catch curve, checksum, any other column) set to odd values or almost-right
 * JSON, or changed by one number with the checksum left, recomputed over the row, or recomputed the way an
 * earlier PassCompass did; a second champion row; a deleted Versions row; Aliases cells and rows; sheets cleared,
 * deleted or renamed; PassCompass's Students columns written in, renamed or deleted; Inference log cells. Then
 * one to three clicks of Score students, Train model, Check now, Check data, Promote challenger or Roll back
 * champion (a prompt answered with a reason, possibly formula-like, or closed).
 *
 * Asserts for each workbook: no click throws, and every stop names what is wrong; the teacher's sheets and
 * roster columns are as they were before PassCompass first ran; a cell the teacher wrote in one of PassCompass's
 * Students columns that PassCompass would never have written there is left as the teacher wrote it; a header
 * the teacher gave one of those columns stays; PassCompass's sheets and columns hold no formula but those the
 * teacher typed.
 */
import fc from 'fast-check';
import { sha256Hex } from '../../src/core/sha256';
import { ALIAS_HEADER } from '../../src/core/registry/aliases';
import { versionChecksum } from '../../src/core/registry/integrity';
import { VERSION_HEADER, versionFromRow } from '../../src/core/registry/model-version';
import { OWN_COLUMNS } from '../../src/jobs/score/score-students';
import type { LocalSheet, LocalSpreadsheet } from '../../src/local/spreadsheet';
import { cellValue } from './support/cells';
import {
  type Click,
  CORPUS_SEED,
  PROPERTY_TIMEOUT_MS,
  addOnForOneRun,
  click,
  runCorpus,
} from './support/corpus-run';
import { assertClicks } from './support/messages';
import { type RegistryEdit, registryEdit } from './support/registry-edits';
import { CLEAN_ROSTER, CLEAN_SETTINGS, buildRoster } from './support/rosters';
import {
  type KeptCell,
  assertCellsKept,
  assertTeacherWorkbookKept,
  formulasTypedByTeacher,
  keptCell,
  snapshotWorkbook,
} from './support/teacher-cells';
import { writeRosterSheet } from './support/write-workbook';

const RUNS = 200;

const edited = fc.record({
  trainings: fc.integer({ min: 1, max: 2 }),
  edits: fc.array(registryEdit, { minLength: 1, maxLength: 4 }),
  clicks: fc.array(
    fc.constantFrom(
      'scoreStudents',
      'trainModel',
      'checkNow',
      'checkData',
      'promoteChallenger',
      'rollBackChampion',
    ),
    { minLength: 1, maxLength: 3 },
  ),
  reason: fc.constantFrom(
    null,
    'better on this term',
    '=HYPERLINK("http://example.com","why")',
    '+1',
    '学校 🎓 \u202E',
  ),
  freshBundle: fc.oneof(
    { weight: 1, arbitrary: fc.constant(true) },
    { weight: 24, arbitrary: fc.constant(false) },
  ),
});

/** Structural edits first, so that the cells later edits record stay where they were recorded. */
const ORDER: RegistryEdit['edit'][] = [
  'deleteOwnColumn',
  'deleteSheet',
  'renameSheet',
  'clearSheet',
  'deleteVersionRow',
];
const rank = (edit: RegistryEdit) => {
  const i = ORDER.indexOf(edit.edit);
  return i < 0 ? ORDER.length : i;
};

function headerIndex(sheet: LocalSheet, header: string): number {
  const width = sheet.getLastColumn();
  if (width === 0) return -1;
  const row = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  return row.findIndex((h) => h === header) + 1 || -1;
}

/** One number in `value` changed: a number plus one, a date a day later, the first digit of a text replaced. */
function tweaked(value: unknown): unknown {
  if (typeof value === 'number') return value + 1;
  if (Object.prototype.toString.call(value) === '[object Date]')
    return new Date((value as Date).getTime() + 86_400_000);
  const text = String(value);
  const at = text.search(/\d/);
  if (at < 0) return `${text}1`;
  const digit = text[at] === '9' ? '1' : String(Number(text[at]) + 1);
  return text.slice(0, at) + digit + text.slice(at + 1);
}

/** Rewrites the checksum of Versions row `row` as `how` says (see `VersionValue`). */
function rechecksum(versions: LocalSheet, row: number, how: 'full' | 'legacy'): void {
  const width = VERSION_HEADER.length;
  const cells = versions.getRange(row, 1, 1, width).getValues()[0] ?? [];
  const checksum = versions.getRange(row, VERSION_HEADER.indexOf('Checksum (SHA-256)') + 1);
  if (how === 'legacy') {
    checksum.setValue(sha256Hex(String(cells[VERSION_HEADER.indexOf('Model (JSON)')])));
    return;
  }
  const version = versionFromRow(cells);
  if ('version' in version && 'modelJson' in version) checksum.setValue(versionChecksum(version, sha256Hex));
}

/** Applies `edit` to the workbook; returns the teacher's cells PassCompass has promised to leave as written. */
function applyEdit(spreadsheet: LocalSpreadsheet, edit: RegistryEdit): KeptCell[] {
  const sheet = (name: string) => spreadsheet.getSheetByName(name);
  const students = sheet('Students');
  switch (edit.edit) {
    case 'versionCell': {
      const versions = sheet('Versions');
      if (!versions || versions.getLastRow() < edit.row) return [];
      const cell = versions.getRange(edit.row, VERSION_HEADER.indexOf(edit.column) + 1);
      const { value } = edit;
      if ('cell' in value) cell.setValue(cellValue(value.cell));
      else if ('json' in value) cell.setValue(`'${value.json}`);
      else {
        cell.setValue(tweaked(cell.getValue()));
        if (value.checksum !== 'none') rechecksum(versions, edit.row, value.checksum);
      }
      return [];
    }
    case 'secondChampion': {
      const versions = sheet('Versions');
      if (!versions || versions.getLastRow() < 2) return [];
      const row = versions.getRange(2, 1, 1, VERSION_HEADER.length).getValues()[0] ?? [];
      row[0] = edit.version;
      row[VERSION_HEADER.indexOf('Status')] = 'champion';
      versions.appendRow(row);
      return [];
    }
    case 'deleteVersionRow': {
      const versions = sheet('Versions');
      if (versions && versions.getLastRow() >= 2) versions.deleteRow(2);
      return [];
    }
    case 'aliasCell': {
      const aliases = sheet('Aliases');
      if (!aliases || aliases.getLastRow() < edit.row) return [];
      aliases.getRange(edit.row, ALIAS_HEADER.indexOf(edit.column) + 1).setValue(cellValue(edit.value));
      return [];
    }
    case 'aliasRow':
      sheet('Aliases')?.appendRow([new Date(), edit.alias, edit.from, edit.to, edit.by, 'edited by hand']);
      return [];
    case 'clearSheet':
      sheet(edit.sheet)?.clear();
      return [];
    case 'deleteSheet': {
      const found = sheet(edit.sheet);
      if (found) spreadsheet.deleteSheet(found);
      return [];
    }
    case 'renameSheet': {
      const found = sheet(edit.sheet);
      if (found && !sheet(edit.to)) found.setName(edit.to);
      return [];
    }
    case 'ownColumnCell': {
      const column = students ? headerIndex(students, edit.header) : -1;
      if (!students || column < 0 || students.getLastRow() < edit.row) return [];
      students.getRange(edit.row, column).setValue(cellValue(edit.value));
      const written = students.getRange(edit.row, column).getValue();
      const own = OWN_COLUMNS.find((c) => c.header === edit.header);
      // A value PassCompass would never write in that column makes the column the teacher's (README: "a column
      // PassCompass made and the teacher then wrote in is left with what the teacher wrote").
      return own && !own.holds(written as never)
        ? [keptCell(students, edit.row, column, `written in PassCompass's "${edit.header}" column`)]
        : [];
    }
    case 'ownColumnHeader': {
      const column = students ? headerIndex(students, edit.header) : -1;
      if (!students || column < 0) return [];
      students.getRange(1, column).setValue(edit.to);
      return [
        keptCell(students, 1, column, `the header the teacher gave PassCompass's "${edit.header}" column`),
      ];
    }
    case 'deleteOwnColumn': {
      const column = students ? headerIndex(students, edit.header) : -1;
      if (students && column > 0) students.deleteColumn(column);
      return [];
    }
    case 'logCell': {
      const log = sheet('Inference log');
      if (!log || log.getLastRow() < edit.row) return [];
      log.getRange(edit.row, edit.column).setValue(cellValue(edit.value));
      return [];
    }
  }
}

type Edited = typeof edited extends fc.Arbitrary<infer T> ? T : never;

function run(recipe: Edited): Click[] {
  const started = addOnForOneRun(recipe.freshBundle);
  const { runtime } = started;
  const { spreadsheet } = runtime;
  const roster = writeRosterSheet(runtime, buildRoster(CLEAN_ROSTER), {
    name: 'Students',
    frozenRows: 1,
    frozenColumns: 0,
    filter: null,
    rules: [],
    notes: [],
  });
  runtime.PropertiesService.getDocumentProperties()?.setProperty('passcompass.settings', CLEAN_SETTINGS);
  const teachers = snapshotWorkbook(spreadsheet);
  const rosterId = roster.getSheetId();
  const clicks: Click[] = [];
  for (let i = 0; i < recipe.trainings; i += 1) clicks.push(click(started, 'trainModel'));
  clicks.push(click(started, 'scoreStudents'));
  assertClicks(clicks);
  assertTeacherWorkbookKept(teachers, spreadsheet, { rosterId });

  const kept = [...recipe.edits]
    .sort((a, b) => rank(a) - rank(b))
    .flatMap((edit) => applyEdit(spreadsheet, edit));
  const teacherFormulas = formulasTypedByTeacher(teachers, spreadsheet, rosterId);
  const width = teachers.sheets.find((s) => s.id === rosterId)?.columns ?? 0;
  const knownHeaders =
    roster.getLastColumn() > width
      ? (roster.getRange(1, width + 1, 1, roster.getLastColumn() - width).getValues()[0] ?? [])
      : [];
  started.promptAnswer = recipe.reason;
  for (const entry of recipe.clicks) clicks.push(click(started, entry));
  assertClicks(clicks);
  assertTeacherWorkbookKept(teachers, spreadsheet, { rosterId, teacherFormulas, knownHeaders });
  assertCellsKept(kept, spreadsheet);
  return clicks;
}

describe(`registries, logs and scores edited by hand, through the menu (seed ${CORPUS_SEED}, ${RUNS} workbooks)`, () => {
  it(
    'never throws, never changes a teacher cell, never writes a formula',
    () => {
      // Only the clicks after the edits count: the first training and scoring always succeed.
      const scored = runCorpus(edited, run, RUNS, (clicks, recipe) => clicks.slice(-recipe.clicks.length));
      // Some edited registries still score: the corpus is not all refusals.
      expect(scored).toBeGreaterThan(RUNS / 10);
    },
    PROPERTY_TIMEOUT_MS,
  );
});
