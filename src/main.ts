/**
 * The composition root: wires the real Apps Script services into the jobs and declares the add-on's entry
 * points. Apps Script only sees top-level functions, so the build appends one forwarding function per key of
 * `entryPoints` to the bundle. Nothing here runs at load time: the bundle is evaluated on every execution.
 */
import type { Course } from './core/data/sample';
import { DATA_ISSUES_SHEET, ISSUE_HEADER, checkData } from './jobs/check-data';
import { EXPERIMENTS_SHEET, EXPERIMENT_HEADER } from './jobs/experiments';
import { STUDENTS_SHEET, loadSample } from './jobs/load-sample';
import { promoteChallenger, rollBackChampion } from './jobs/promote';
import { ALIASES_SHEET, ALIAS_HEADER, VERSIONS_SHEET, VERSION_HEADER } from './jobs/registry';
import { SUMMARY_HEADER, SUMMARY_SHEET } from './jobs/summary';
import { trainModel } from './jobs/train';
import { writeCardOf, writeModelCard } from './jobs/model-card';
import { modelCardSheets } from './sheets/model-card-sheet';
import {
  type ScoreResult,
  type ScoringRequest,
  pendingRun,
  scoreStudents,
} from './jobs/score/score-students';
import { LOG_HEADER } from './jobs/score/inference-log';
import { scoringSummary } from './jobs/score/finish-run';
import { beginScoringAttempt, recordScoring, runTick, takeNotice } from './jobs/background/tick';
import { backgroundFailureRow, runMonitoringCheck } from './jobs/monitoring/run-check';
import {
  heartbeatNotice,
  monitoringStatus,
  moveMonitoringHour,
  turnOffMonitoring,
  turnOnMonitoring,
} from './jobs/monitoring/daily-monitoring';
import { digests, projectFiles } from './sheets/project-files';
import { SpreadsheetRecordSheet } from './sheets/record-sheet';
import { settingsStore } from './sheets/settings-store';
import { SpreadsheetTable } from './sheets/sheet-table';
import { summarySheet } from './sheets/summary-sheet';
import { SpreadsheetRosterSheet } from './sheets/roster-sheet';
import { documentStore } from './sheets/document-store';
import { removeTrigger, tickScheduler } from './sheets/tick-scheduler';
import { mailExecutionOwner } from './sheets/owner-mail';
import { withDocumentLock } from './sheets/document-lock';
import { spreadsheetDialogs } from './ui/dialogs';
import { buildAddonMenu } from './ui/menu';
import { runFromMenu } from './ui/run-from-menu';
import { answerSidebar, showSidebar, sidebarStatus } from './ui/sidebar';
import { workbookStatus } from './jobs/workbook-status';
import type { Dialogs } from './jobs/ports';
import { showSettingsDialog } from './ui/settings-dialog';
import { alertMailer } from './sheets/alert-mailer';
import { MONITORING_HEADER, MONITORING_SHEET, monitoringSheet } from './sheets/monitoring-sheet';
import { SheetOwnership, namedSheet } from './sheets/ownership';
import { spreadsheetClock } from './sheets/spreadsheet-clock';
import { reportTraining } from './ui/training-report';
import { importBigQueryWeights } from './jobs/import-weights';
import { reportImport } from './ui/import-report';
import {
  DOCUMENT_ID_KEY,
  INFERENCE_LOG_SHEET,
  ROWS_PER_EXECUTION_KEY,
  type Spreadsheet,
  activeSpreadsheet,
} from './active-spreadsheet';
import {
  type WebAppEvent,
  answerHealthRequest,
  answerPredictRequest,
  createWebApiToken,
  jsonOutput,
} from './web-app';

/**
 * The adapters every job may need, over `spreadsheet`. Built per execution, on demand. PassCompass's own sheets
 * and its roster columns are found through `owned`, the record of what it made, so a teacher's sheet or column
 * of the same name is never written to: PassCompass uses another name and says so once (sheets/ownership.ts).
 */
function services(
  spreadsheet: Spreadsheet = activeSpreadsheet(),
  dialogs: Dialogs = spreadsheetDialogs(spreadsheet),
) {
  const store = documentStore();
  const owned = new SheetOwnership(spreadsheet, store, (message) => dialogs.toast(message, 'PassCompass'));
  const record = (name: string, header: readonly string[]) =>
    new SpreadsheetRecordSheet(spreadsheet, owned.sheet(name, header), header);
  return {
    spreadsheet,
    owned,
    students: new SpreadsheetTable(namedSheet(spreadsheet, STUDENTS_SHEET), { columns: owned }),
    issues: new SpreadsheetTable(owned.sheet(DATA_ISSUES_SHEET, ISSUE_HEADER), {
      rewrittenByPassCompass: true,
    }),
    experiments: record(EXPERIMENTS_SHEET, EXPERIMENT_HEADER),
    versions: record(VERSIONS_SHEET, [...VERSION_HEADER]),
    aliases: record(ALIASES_SHEET, [...ALIAS_HEADER]),
    summary: summarySheet(owned.sheet(SUMMARY_SHEET, SUMMARY_HEADER)),
    roster: new SpreadsheetRosterSheet(spreadsheet, STUDENTS_SHEET, owned),
    log: record(INFERENCE_LOG_SHEET, LOG_HEADER),
    monitoring: monitoringSheet(spreadsheet, owned.sheet(MONITORING_SHEET, MONITORING_HEADER)),
    dialogs,
    store,
    digests,
    now: () => new Date(),
    clock: spreadsheetClock(spreadsheet),
  };
}

type Services = ReturnType<typeof services>;

/** What the background jobs need: the one trigger of this document, set by the execution `firingTriggerId`. */
function background(deps: Services, firingTriggerId: string | null = null) {
  const documentId = deps.spreadsheet.getId();
  const trigger = tickScheduler(documentId, firingTriggerId);
  return {
    store: deps.store,
    now: deps.now,
    scheduler: {
      wakeAt(at: Date) {
        if (deps.store.get(DOCUMENT_ID_KEY) !== documentId) deps.store.set(DOCUMENT_ID_KEY, documentId);
        trigger.wakeAt(at);
      },
      sleep() {
        trigger.sleep();
        // No trigger is left to need it.
        if (deps.store.get(DOCUMENT_ID_KEY) !== null) deps.store.remove(DOCUMENT_ID_KEY);
      },
    },
    withLock: withDocumentLock,
    reportFailure: mailExecutionOwner,
    continueScoring: () => score(deps, { kind: 'follow-up' }),
    runMonitoringCheck: () => runMonitoringCheck(monitoring(deps)),
    showFailure: (what: string, message: string, retryAt: Date) =>
      withDocumentLock(() =>
        deps.monitoring.note(backgroundFailureRow(deps.now(), what, message, deps.clock.formatTime(retryAt))),
      ),
    monitoringHour: () => settingsStore.read().settings.monitoringHour,
    offsetAt: deps.clock.offsetAt,
    formatTime: deps.clock.formatTime,
  };
}

/** What a monitoring check needs (call under the document lock). */
function monitoring(deps: Services) {
  return {
    ...deps,
    mailer: alertMailer,
    settings: settingsStore.read().settings,
    spreadsheet: { name: deps.spreadsheet.getName(), url: deps.spreadsheet.getUrl() },
    formatTime: deps.clock.formatTime,
  };
}

/** Check now: one monitoring check, its verdict shown. */
function checkNow(deps: Services = services()) {
  tellBackgroundNotice(deps);
  const { row, problem } = withDocumentLock(() => runMonitoringCheck(monitoring(deps)));
  const lines = [
    `Verdict: ${row.verdict}.`,
    row.notes,
    `Alert: ${row.alert}.`,
    `The ${deps.monitoring.name()} sheet has the details.`,
  ];
  deps.dialogs.inform(
    problem ? 'PassCompass: the check found problems' : 'PassCompass: check finished',
    lines.filter(Boolean).join('\n'),
  );
  return { verdict: row.verdict, alert: row.alert };
}

/** Turns daily monitoring on (`on`) or off for this spreadsheet; returns what to tell the person. */
function setDailyMonitoring(on: boolean): string {
  const deps = services();
  const jobs = background(deps);
  return withDocumentLock(() =>
    on
      ? turnOnMonitoring(
          jobs,
          Session.getActiveUser().getEmail(),
          settingsStore.read().settings.monitoringHour,
        )
      : turnOffMonitoring(jobs),
  );
}

/** One scoring block (call under the document lock). */
function score(deps: Services, request: ScoringRequest): ScoreResult {
  // Block size: computed from the cost model unless the property overrides it.
  const rowsPerExecution = Number(deps.store.get(ROWS_PER_EXECUTION_KEY)) || undefined;
  return scoreStudents(
    {
      ...deps,
      settings: settingsStore.read().settings,
      uuid: () => Utilities.getUuid(),
      ...(rowsPerExecution ? { rowsPerExecution } : {}),
    },
    request,
  );
}

/**
 * Shows what background work left for the teacher to know (a failure, an abandoned run) once, and, while daily
 * monitoring has missed its checks, says so at every menu action.
 */
function tellBackgroundNotice(deps: Pick<Services, 'store' | 'dialogs' | 'now' | 'clock'>): void {
  const notice = takeNotice(deps.store);
  if (notice) deps.dialogs.inform('PassCompass: background work', notice);
  const heartbeat = heartbeatNotice(deps.store, deps.now(), deps.clock.formatTime);
  if (heartbeat) deps.dialogs.inform('PassCompass: daily monitoring', heartbeat);
}

/**
 * Score students from the menu. The question about a saved run is asked before the lock is taken (a dialog
 * releases locks); the job re-checks, under the lock, that the run is still the one asked about.
 */
function scoreFromMenu(deps: Services = services()): ScoreResult {
  tellBackgroundNotice(deps);
  const pending = pendingRun(deps.store);
  const resume = pending
    ? {
        runId: pending.runId,
        continueIt: deps.dialogs.confirm(
          'Continue scoring?',
          `A scoring run stopped after ${pending.nextRow} of ${pending.dataRows} rows. Yes continues it; No starts again from the first row.`,
        ),
      }
    : null;
  const jobs = background(deps);
  beginScoringAttempt(jobs);
  let result: ScoreResult;
  try {
    result = withDocumentLock(() => score(deps, { kind: 'menu', resume }));
  } catch (error) {
    // Nothing is waiting for the trigger after a refused start; a failed block stays scheduled for a retry.
    if (!pendingRun(deps.store)) recordScoring(jobs, { status: 'idle', why: '' });
    throw error;
  }
  recordScoring(jobs, result);
  if (result.status === 'finished')
    deps.dialogs.inform('PassCompass: students scored', scoringSummary(result));
  else if (result.status === 'continuing')
    deps.dialogs.toast(
      `Scored ${result.scored} of ${result.dataRows} rows; PassCompass continues in a few minutes.`,
      'PassCompass',
    );
  else deps.dialogs.inform('PassCompass: Score students', result.why);
  return result;
}

/**
 * The background trigger: runs whatever is due. Never touches the UI (a trigger has none). An add-on's trigger
 * that cannot tell its spreadsheet (one left from an earlier version, or from before the work ended) has
 * nothing to do: it removes itself.
 */
function tick(event?: { triggerUid?: string }) {
  const firing = event?.triggerUid ?? null;
  const spreadsheet =
    (SpreadsheetApp.getActive() as Spreadsheet | null) ??
    (documentStore().get(DOCUMENT_ID_KEY) ? activeSpreadsheet() : null);
  if (!spreadsheet) {
    removeTrigger(firing);
    return { ran: [] };
  }
  return runTick(background(services(spreadsheet), firing));
}

function checkDataNow(deps: Services) {
  return withDocumentLock(() => checkData(deps));
}

function train(deps: Services) {
  tellBackgroundNotice(deps);
  const { settings, problems } = settingsStore.read();
  const result = withDocumentLock(() => {
    const trained = trainModel({ ...deps, settings });
    // A registered version gets its model card at once; a refused model has no version, so no card.
    if (trained.alias !== 'refused')
      writeCardOf(trained.version, {
        cards: modelCardSheets(deps.spreadsheet, deps.owned),
        settings,
        formatTime: deps.clock.formatTime,
      });
    return trained;
  });
  reportTraining(deps.dialogs, result, settings.capacity, problems);
  return { version: result.version.version, alias: result.alias, auc: result.version.metrics['auc'] };
}

/**
 * Model card…: (re)writes a version's card and brings its sheet to the front. From the menu, the version is
 * asked for (blank: the champion); from the sidebar (`ask` false), it is the champion's.
 */
function showModelCard(deps: Services, ask: boolean) {
  let which: number | 'champion' = 'champion';
  if (ask) {
    const answer = deps.dialogs.prompt(
      'PassCompass: model card',
      'Which version? Leave blank for the champion, the version that scores students.',
    );
    if (answer === null) return null;
    if (answer !== '') {
      const number = Number(answer.replace(/^v(ersion)?\s*/i, ''));
      if (!Number.isInteger(number) || number < 1) {
        deps.dialogs.inform('PassCompass: model card', `"${answer}" is not a version number.`);
        return null;
      }
      which = number;
    }
  }
  const { settings } = settingsStore.read();
  const cards = modelCardSheets(deps.spreadsheet, deps.owned);
  const written = withDocumentLock(() =>
    writeModelCard({ ...deps, cards, settings, formatTime: deps.clock.formatTime }, which),
  );
  cards.show?.(written.version);
  deps.dialogs.toast(
    `The model card of version ${written.version} is on the "${written.sheet}" sheet.`,
    'PassCompass',
  );
  return written;
}

/** The question of Import BigQuery ML weights…: what to paste. */
const IMPORT_QUESTION =
  'Paste the JSON of SELECT * FROM ML.WEIGHTS(MODEL …) (bq query --format=json, or Save results ▸ JSON in the ' +
  'BigQuery console) for a model made with passcompass export-sql --create-model. It becomes the challenger; ' +
  'the champion does not change.';

/**
 * Import BigQuery ML weights…: the pasted rows of ML.WEIGHTS become a version, the challenger, measured on this
 * workbook's graded students (jobs/import-weights.ts), with its model card.
 */
function importWeights(deps: Services) {
  tellBackgroundNotice(deps);
  const text = deps.dialogs.prompt('PassCompass: import BigQuery ML weights', IMPORT_QUESTION);
  if (text === null) return null;
  const { settings } = settingsStore.read();
  const result = withDocumentLock(() => {
    const imported = importBigQueryWeights({ ...deps, settings }, text);
    if (imported.status === 'registered')
      writeCardOf(imported.version, {
        cards: modelCardSheets(deps.spreadsheet, deps.owned),
        settings,
        formatTime: deps.clock.formatTime,
      });
    return imported;
  });
  reportImport(deps.dialogs, result);
  return result.status === 'registered'
    ? { status: result.status, version: result.version.version }
    : { status: result.status, version: null };
}

/** The sidebar's request, answered with the same jobs as the menu (see ui/sidebar.ts). */
function answerSidebarRequest(raw: unknown) {
  const spreadsheet = activeSpreadsheet();
  return answerSidebar(raw, {
    status() {
      const deps = services(spreadsheet);
      const { settings } = settingsStore.read();
      return sidebarStatus(workbookStatus({ ...deps, settings }), settings, deps.clock.formatTime);
    },
    asker: () => spreadsheetDialogs(spreadsheet),
    run(action, dialogs) {
      const deps = services(spreadsheet, dialogs);
      if (action === 'checkData') checkDataNow(deps);
      else if (action === 'train') train(deps);
      else if (action === 'score') scoreFromMenu(deps);
      else if (action === 'checkNow') checkNow(deps);
      else if (action === 'modelCard') showModelCard(deps, false);
      else entryPoints.showSettings();
    },
  });
}

function loadSampleFromMenu(courses: Course[]) {
  return runFromMenu(() => {
    const { students, dialogs } = services();
    return loadSample(courses, { files: projectFiles, digests, students, dialogs });
  });
}

export const entryPoints = {
  /**
   * Simple trigger: builds the menu. Under AuthMode.NONE (an add-on not yet enabled in this document) nothing
   * else is allowed, and only an add-on runs there; otherwise the install decides the kind of menu.
   */
  onOpen(event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    const bound =
      event?.authMode !== ScriptApp.AuthMode.NONE &&
      ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
    buildAddonMenu(SpreadsheetApp.getUi(), bound);
  },
  /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    entryPoints.onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
  },
  loadSampleMath: () => loadSampleFromMenu(['math']),
  loadSamplePortuguese: () => loadSampleFromMenu(['portuguese']),
  loadSampleBothCourses: () => loadSampleFromMenu(['math', 'portuguese']),
  checkData: () => runFromMenu(() => checkDataNow(services())),
  trainModel: () => runFromMenu(() => train(services())),
  /** Opens the sidebar: where PassCompass stands, the main jobs as buttons, and help for teachers. */
  showSidebar: () => showSidebar(),
  /** Called by the sidebar through google.script.run: a `SidebarRequest` in, a `SidebarReply` out. */
  sidebarRequest: (raw: unknown) => answerSidebarRequest(raw),
  showSettings: () => {
    const store = documentStore();
    const status = monitoringStatus(store);
    const timeZone = SpreadsheetApp.getActive().getSpreadsheetTimeZone();
    showSettingsDialog(settingsStore.read().settings, {
      on: status.on,
      turnedOnBy: status.turnedOnBy,
      timeZone,
    });
  },
  /** Called by the settings dialog through google.script.run: plain JSON in, plain JSON out. */
  saveSettings: (raw: unknown) => {
    const saved = settingsStore.save(
      typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {},
    );
    if (saved.saved) {
      const deps = services();
      withDocumentLock(() =>
        moveMonitoringHour(background(deps), settingsStore.read().settings.monitoringHour),
      );
    }
    return saved;
  },
  /** Called by the settings dialog: turns daily monitoring on or off; returns what to tell the person. */
  setDailyMonitoring: (on: unknown) => setDailyMonitoring(on === true),
  checkNow: () => runFromMenu(checkNow),
  turnOnDailyMonitoring: () =>
    runFromMenu(() => {
      const deps = services();
      tellBackgroundNotice(deps);
      deps.dialogs.inform('PassCompass: daily monitoring', setDailyMonitoring(true));
    }),
  turnOffDailyMonitoring: () =>
    runFromMenu(() => {
      const deps = services();
      deps.dialogs.inform('PassCompass: daily monitoring', setDailyMonitoring(false));
    }),
  scoreStudents: () => runFromMenu(scoreFromMenu),
  /** The one background trigger of this document (time-driven): runs whatever is due. */
  passCompassTick: (event?: { triggerUid?: string }) => tick(event),
  /** The background trigger's name in earlier versions; a trigger left from one runs the tick and is replaced. */
  continueScoring: (event?: { triggerUid?: string }) => tick(event),
  /** Model card…: (re)writes the card of the champion or a chosen version and shows its sheet. */
  showModelCard: () => runFromMenu(() => showModelCard(services(), true)),
  promoteChallenger: () =>
    runFromMenu(() =>
      promoteChallenger({
        ...services(),
        equityGapLimit: settingsStore.read().settings.equityGapLimit,
      }),
    ),
  rollBackChampion: () => runFromMenu(() => rollBackChampion(services())),
  /** Import BigQuery ML weights…: a model trained in the warehouse comes back as the challenger. */
  importBigQueryWeights: () => runFromMenu(() => importWeights(services())),
  /** Web API token…: creates or rotates the token of the web API and shows it once. */
  createWebApiToken: () => runFromMenu(createWebApiToken),
  /** The web app's POST: predictions as JSON (README, "Web API"). */
  doPost: (event?: WebAppEvent) => jsonOutput(answerPredictRequest(event)),
  /** The web app's GET: health, the champion's version and metrics; never student data. */
  doGet: () => answerHealthRequest(),
};
