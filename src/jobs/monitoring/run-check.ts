/**
 * One monitoring check, from the menu (Check now) or the daily trigger (call under the document lock): find
 * what changed (`inspect`), decide whether that is news worth an email (`decideAlert`), send it, and write the
 * check to the `Monitoring` sheet. A check that throws is a finding too: it is written to the sheet with the
 * stage it was in and alerted like any other problem, so a broken check cannot pass for a quiet one. The
 * heartbeat (no check finished for 48 hours while monitoring is on) rides on the next check's email.
 */
import { checkWasMissed, decideAlert, type CheckState } from '../../core/monitoring/alert-decision';
import type { Settings } from '../../core/settings';
import { Registry, type RegistrySheets } from '../registry';
import { sha256Hex } from '../../core/sha256';
import { SALT_KEY } from '../score/score-students';
import type {
  Digests,
  KeyValueStore,
  Mailer,
  MonitoringHistoryRow,
  MonitoringSheet,
  RecordSheet,
  SheetTable,
} from '../ports';
import { loadBackground, saveBackground } from '../background/background-state';
import { type AlertSubject, alertFacts, sendAlert } from './alert';
import { VERDICT_WORDS, checkDetail, historyRow } from './check-report';
import { readStudents } from './current-rows';
import { type Findings, inspect } from './inspect';

export interface MonitoringDeps extends RegistrySheets {
  students: SheetTable;
  log: RecordSheet;
  monitoring: MonitoringSheet;
  mailer: Mailer;
  store: KeyValueStore;
  digests: Digests;
  settings: Settings;
  now: () => Date;
  spreadsheet: { name: string; url: string };
  /** A time in words in the spreadsheet's time zone, for the email. */
  formatTime: (at: Date) => string;
}

export interface CheckOutcome {
  row: MonitoringHistoryRow;
  /** Whether the check found anything worth a look (any verdict other than OK or nothing to check). */
  problem: boolean;
}

const HOUR_MS = 3_600_000;

/** Runs one check (see the module comment) and records it; never throws for a problem in the data. */
export function runMonitoringCheck(deps: MonitoringDeps): CheckOutcome {
  const at = deps.now();
  const now = at.getTime();
  const state = loadBackground(deps.store);
  const memory = state.checks;
  const missed = checkWasMissed({
    monitoringOnSince: state.monitoring?.onSince ?? null,
    lastFinishedCheckAt: memory.lastFinishedAt,
    now,
  });

  let stage = 'reading the model registry';
  let findings: Findings | null = null;
  let failure: string | null = null;
  let nothing = false;
  // Stryker disable next-line ArrayDeclaration: kept only when no roster was read, and no email then holds a placeholder text
  let identifying: string[] = [];
  // Versions or Aliases rows PassCompass could not trust (edited by hand): said in the row's notes, so the check
  // never quietly compares with a champion other than the one the sheets seem to name.
  let registryProblems: string[] = [];
  try {
    const registry = Registry.read(deps, deps.digests);
    const champion = registry.champion();
    registryProblems = registry.problems;
    if (champion === null) nothing = true;
    else {
      stage = 'reading the Students sheet';
      const students = deps.students.read();
      stage = 'reading the Inference log';
      const log = deps.log.rows();
      stage = "comparing this term's rows with the training data";
      findings = inspect({
        champion,
        students,
        log,
        lastComparedRun: memory.lastComparedRun,
        settings: deps.settings,
        salt: deps.store.get(SALT_KEY),
        // The bundle's own SHA-256, as scoring uses: one Utilities.computeDigest call per graded student
        // would make the check's service calls grow with the roster.
        sha256Hex,
      });
      // Stryker disable next-line ArrayDeclaration: the attributes read change the rows' values, never their keys
      identifying = readStudents(students, []).rows.map((row) => row.key);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
  }

  const current: CheckState = failure
    ? { verdict: 'check-failed', problemKinds: ['check-failed'], missedCheck: missed }
    : {
        verdict: findings?.summary.verdict ?? 'ok',
        problemKinds: findings?.summary.problemKinds ?? [],
        missedCheck: missed,
      };
  const decision = decideAlert({
    current,
    previous: memory.compareWith,
    lastAlertAt: memory.lastAlertAt,
    now,
  });
  let alert = `Not sent: ${decision.reason}`;
  let compareWith = decision.compareNextWith;
  if (decision.send) {
    const subject: AlertSubject = {
      findings,
      failedStage: failure === null ? null : stage,
      missed: missed
        ? {
            lastFinishedAt:
              memory.lastFinishedAt === null ? null : deps.formatTime(new Date(memory.lastFinishedAt)),
            hoursWithoutCheck: Math.floor(
              (now - (memory.lastFinishedAt ?? state.monitoring?.onSince ?? now)) / HOUR_MS,
            ),
          }
        : null,
      previous: memory.compareWith,
    };
    try {
      const sent = sendAlert(
        deps.mailer,
        deps.settings.alertRecipients,
        alertFacts(subject, { spreadsheet: deps.spreadsheet, checkedAt: deps.formatTime(at) }),
        identifying,
      );
      alert = sent.words;
      if (sent.told > 0) memory.lastAlertAt = now;
      // Nobody told: the news stays news, for the next check to send.
      else compareWith = memory.compareWith;
    } catch (error) {
      alert = `Not sent: ${error instanceof Error ? error.message : String(error)}`;
      compareWith = memory.compareWith;
    }
  }

  const found: MonitoringHistoryRow = findings
    ? { ...historyRow(findings, at), alert }
    : emptyRow(
        at,
        nothing ? VERDICT_WORDS.nothing : VERDICT_WORDS['check-failed'],
        alert,
        nothing
          ? 'No champion model yet: train one, then the check compares new students with its training data.'
          : `Failed while ${stage}: ${failure ?? ''}`,
      );
  const row: MonitoringHistoryRow =
    registryProblems.length === 0
      ? found
      : { ...found, notes: [found.notes, ...registryProblems].filter(Boolean).join(' ') };
  deps.monitoring.record(row, findings ? checkDetail(findings, at) : null);

  // Saved last, re-read: the check ran under the lock, but the sheet writes above may have taken a while.
  const latest = loadBackground(deps.store);
  latest.checks = {
    lastFinishedAt: failure === null ? now : memory.lastFinishedAt,
    lastAlertAt: memory.lastAlertAt,
    compareWith,
    lastComparedRun: findings?.comparedRun ?? memory.lastComparedRun,
  };
  latest.lastCheck = { at: now, verdict: row.verdict, alert: row.alert };
  saveBackground(deps.store, latest);
  return { row, problem: failure !== null || (findings !== null && findings.summary.verdict !== 'ok') };
}

/** The Monitoring row of a background job's failed attempt (no check ran): what failed, why, and when it retries. */
export function backgroundFailureRow(
  at: Date,
  what: string,
  message: string,
  retryAt: string,
): MonitoringHistoryRow {
  return emptyRow(
    at,
    'Background work failed',
    'Not sent: repeated failures are emailed to the trigger owner',
    `${what} failed: ${message} It is tried again at ${retryAt}.`,
  );
}

function emptyRow(at: Date, verdict: string, alert: string, notes: string): MonitoringHistoryRow {
  return {
    checkedAt: at,
    version: null,
    source: '',
    rowsCompared: null,
    columnsTested: null,
    driftedRaw: null,
    driftedCorrected: null,
    driftedShare: null,
    dataQualityProblems: null,
    studentsWithGrades: null,
    realisedAuc: null,
    expectedAuc: null,
    verdict,
    alert,
    notes,
  };
}
