/**
 * The composition root: wires the real Apps Script services into the jobs and declares the add-on's entry
 * points. Apps Script only sees top-level functions, so the build appends one forwarding function per key of
 * `entryPoints` to the bundle. Nothing here runs at load time: the bundle is evaluated on every execution.
 */
import type { Course } from './core/data/sample';
import { DATA_ISSUES_SHEET, checkData } from './jobs/check-data';
import { EXPERIMENTS_SHEET, EXPERIMENT_HEADER } from './jobs/experiments';
import { STUDENTS_SHEET, loadSample } from './jobs/load-sample';
import { promoteChallenger, rollBackChampion } from './jobs/promote';
import { ALIASES_SHEET, ALIAS_HEADER, VERSIONS_SHEET, VERSION_HEADER } from './jobs/registry';
import { SUMMARY_SHEET } from './jobs/summary';
import { trainModel } from './jobs/train';
import { scoreStudents } from './jobs/score/score-students';
import { LOG_HEADER } from './jobs/score/inference-log';
import { scoringSummary } from './jobs/score/finish-run';
import { digests, projectFiles } from './sheets/project-files';
import { SpreadsheetRecordSheet } from './sheets/record-sheet';
import { settingsStore } from './sheets/settings-store';
import { SpreadsheetTable } from './sheets/sheet-table';
import { summarySheet } from './sheets/summary-sheet';
import { SpreadsheetRosterSheet } from './sheets/roster-sheet';
import { documentStore } from './sheets/document-store';
import { triggerScheduler } from './sheets/trigger-scheduler';
import { withDocumentLock } from './sheets/document-lock';
import { spreadsheetDialogs } from './ui/dialogs';
import { buildAddonMenu } from './ui/menu';
import { runFromMenu } from './ui/run-from-menu';
import { showSettingsDialog } from './ui/settings-dialog';
import { reportTraining } from './ui/training-report';

const INFERENCE_LOG_SHEET = 'Inference log';
/** Overrides the scoring block size; a document property, so tests on the local runtime can force several blocks. */
const ROWS_PER_EXECUTION_KEY = 'passcompass.rowsPerExecution';

/** The adapters every job may need, over the active spreadsheet. Built per execution, on demand. */
function services() {
  const spreadsheet = SpreadsheetApp.getActive();
  return {
    spreadsheet,
    students: new SpreadsheetTable(spreadsheet, STUDENTS_SHEET),
    issues: new SpreadsheetTable(spreadsheet, DATA_ISSUES_SHEET, true),
    experiments: new SpreadsheetRecordSheet(spreadsheet, EXPERIMENTS_SHEET, EXPERIMENT_HEADER),
    versions: new SpreadsheetRecordSheet(spreadsheet, VERSIONS_SHEET, [...VERSION_HEADER]),
    aliases: new SpreadsheetRecordSheet(spreadsheet, ALIASES_SHEET, [...ALIAS_HEADER]),
    summary: summarySheet(spreadsheet, SUMMARY_SHEET),
    roster: new SpreadsheetRosterSheet(spreadsheet, STUDENTS_SHEET),
    log: new SpreadsheetRecordSheet(spreadsheet, INFERENCE_LOG_SHEET, LOG_HEADER),
    dialogs: spreadsheetDialogs(spreadsheet),
    digests,
    now: () => new Date(),
  };
}

/** Scores a block of the roster; `continuation` is a follow-up execution started by a trigger, with no one to ask. */
function runScoring(continuation: boolean) {
  const deps = services();
  const { settings } = settingsStore.read();
  const quiet = { ...deps.dialogs, toast: () => undefined, confirm: () => true };
  const store = documentStore();
  // Block size: computed from the cost model unless the property overrides it.
  const rowsPerExecution = Number(store.get(ROWS_PER_EXECUTION_KEY)) || undefined;
  const result = withDocumentLock(() =>
    scoreStudents(
      {
        ...deps,
        dialogs: continuation ? quiet : deps.dialogs,
        settings,
        store,
        scheduler: triggerScheduler,
        uuid: () => Utilities.getUuid(),
        ...(rowsPerExecution ? { rowsPerExecution } : {}),
      },
      continuation,
    ),
  );
  if (result.status === 'finished' && !continuation)
    deps.dialogs.inform('PassCompass: students scored', scoringSummary(result));
  return result;
}

function loadSampleFromMenu(courses: Course[]) {
  return runFromMenu(() => {
    const { students, dialogs } = services();
    return loadSample(courses, { files: projectFiles, digests, students, dialogs });
  });
}

export const entryPoints = {
  /** Simple trigger: builds the menu (the only thing allowed under AuthMode.NONE). */
  onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    buildAddonMenu(SpreadsheetApp.getUi());
  },
  /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    entryPoints.onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
  },
  loadSampleMath: () => loadSampleFromMenu(['math']),
  loadSamplePortuguese: () => loadSampleFromMenu(['portuguese']),
  loadSampleBothCourses: () => loadSampleFromMenu(['math', 'portuguese']),
  checkData: () => runFromMenu(() => checkData(services())),
  trainModel: () =>
    runFromMenu(() => {
      const deps = services();
      const { settings, problems } = settingsStore.read();
      const result = trainModel({ ...deps, settings });
      reportTraining(deps.dialogs, result, settings.capacity, problems);
      return { version: result.version.version, alias: result.alias, auc: result.version.metrics['auc'] };
    }),
  showSettings: () => showSettingsDialog(settingsStore.read().settings),
  /** Called by the settings dialog through google.script.run: plain JSON in, plain JSON out. */
  saveSettings: (raw: unknown) =>
    settingsStore.save(typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}),
  scoreStudents: () => runFromMenu(() => runScoring(false)),
  /** Time-driven trigger: continues a scoring run that did not fit in one execution. */
  continueScoring: () => runScoring(true),
  promoteChallenger: () => runFromMenu(() => promoteChallenger(services())),
  rollBackChampion: () => runFromMenu(() => rollBackChampion(services())),
};
