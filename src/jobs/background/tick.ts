/**
 * The one background trigger's work: whatever is due in this spreadsheet, run under the document lock, then
 * the trigger set for the next due time (or removed when nothing waits). Nothing here touches the UI: a
 * trigger has no one to show it to.
 *
 * Apps Script can stop an execution at any point (six minutes, quota) and runs no `finally` then, so the retry
 * is scheduled before the work starts; a good block moves it to a minute later, the end of the work removes
 * it. A failure (the lock busy, an error) is recorded in the document's properties and retried with back-off;
 * after `FAILURES_BEFORE_REPORT` in a row it is reported once by email and at the next menu action.
 */
import { type OffsetAt, nextDailyRun } from '../../core/schedule/daily-hour';
import { FAILURES_BEFORE_REPORT, NEXT_BLOCK_AFTER_MS, retryDelayMs } from '../../core/schedule/retry';
import type { KeyValueStore, Scheduler } from '../ports';
import type { ScoreResult } from '../score/score-students';
import { type BackgroundState, loadBackground, nextDue, saveBackground } from './background-state';

export interface BackgroundDeps {
  store: KeyValueStore;
  scheduler: Scheduler;
  now: () => Date;
  /** Runs `job` under the document lock; throws when the lock cannot be had. */
  withLock<T>(job: () => T): T;
  /** Continues the saved scoring run by one block (called under the lock). */
  continueScoring: () => ScoreResult;
  /** Tells whoever should know about repeated failures, without student data; returns how many were told. */
  reportFailure: (subject: string, body: string) => number;
  /** Runs the monitoring check (called under the lock); it records its own outcome, failures included. */
  runMonitoringCheck: () => unknown;
  /** The hour of the daily check (Settings), in the spreadsheet's time zone. */
  monitoringHour: () => number;
  /** The spreadsheet's UTC offset at an instant. */
  offsetAt: OffsetAt;
  /**
   * Writes a failed attempt where editors can see it (a row of the Monitoring sheet), if the document lock can
   * be had; a failure to do so is ignored, since the email after repeated failures still goes out.
   */
  showFailure: (what: string, message: string, retryAt: Date) => void;
}

export interface TickReport {
  /** What ran: 'scoring' when a block was attempted, 'monitoring' when a check was. */
  ran: string[];
  /** The scoring result, when a block ran without error. */
  scoring?: ScoreResult;
  /** The error of a failed attempt, in words. */
  error?: string;
}

/** Runs what is due (see the module comment). */
export function runTick(deps: BackgroundDeps): TickReport {
  const now = deps.now().getTime();
  const state = loadBackground(deps.store);
  const report: TickReport = { ran: [] };
  const work = state.scoring;
  if (work && work.dueAt <= now) {
    report.ran.push('scoring');
    beginScoringAttempt(deps);
    try {
      const result = deps.withLock(() => deps.continueScoring());
      report.scoring = result;
      recordScoring(deps, result);
      return report;
    } catch (error) {
      report.error = errorText(error);
      recordFailure(deps, report.error);
      return report;
    }
  }
  const monitoring = state.monitoring;
  if (monitoring && monitoring.dueAt <= now) {
    report.ran.push('monitoring');
    // Tomorrow's check is set before this one starts: an execution stopped midway still leaves it, and the
    // heartbeat reports a day without a finished check.
    monitoring.dueAt = nextCheckAt(deps, now, report);
    saveBackground(deps.store, state);
    reschedule(deps, state);
    try {
      deps.withLock(() => deps.runMonitoringCheck());
    } catch (error) {
      report.error ??= errorText(error);
    }
    return report;
  }
  reschedule(deps, state);
  return report;
}

const DAY_MS = 86_400_000;

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * When the next daily check is due. Reading the hour (the Settings sheet) or the time zone can fail; the check
 * then stays at this time tomorrow, because a one-off trigger that is not replaced here would end monitoring
 * for good, with only the heartbeat two days later to say so.
 */
function nextCheckAt(deps: BackgroundDeps, now: number, report: TickReport): number {
  try {
    return nextDailyRun(now, deps.monitoringHour(), deps.offsetAt);
  } catch (error) {
    report.error = `The check's hour could not be read (${errorText(error)}); the next check is at this time tomorrow.`;
    return now + DAY_MS;
  }
}

/**
 * Counts a scoring attempt as started and sets the trigger for its retry, before any work: if the execution is
 * stopped midway, the retry still comes.
 */
export function beginScoringAttempt(deps: Pick<BackgroundDeps, 'store' | 'scheduler' | 'now'>): void {
  const state = loadBackground(deps.store);
  const now = deps.now().getTime();
  const work = state.scoring ?? { attempts: 0, dueAt: now, lastError: null, reportedAt: null };
  work.attempts += 1;
  work.dueAt = now + retryDelayMs(work.attempts);
  state.scoring = work;
  saveBackground(deps.store, state);
  reschedule(deps, state);
}

/** Records what a scoring block (from the menu or the trigger) left to do, and sets the trigger for it. */
export function recordScoring(
  deps: Pick<BackgroundDeps, 'store' | 'scheduler' | 'now'>,
  result: ScoreResult,
): void {
  const state = loadBackground(deps.store);
  const now = deps.now().getTime();
  if (result.status === 'continuing') {
    state.scoring = { attempts: 0, dueAt: now + NEXT_BLOCK_AFTER_MS, lastError: null, reportedAt: null };
  } else {
    state.scoring = null;
    // An unread notice (a run of failures, say) is kept: the next menu action shows both.
    if (result.status === 'abandoned') state.notice = joinNotices(state.notice, result.why);
    if (result.status === 'finished') {
      const { version, scored, notScored, tiers, expectedCatch } = result;
      const catchShare = Number.isFinite(expectedCatch) ? expectedCatch : null;
      state.lastScoring = {
        at: now,
        version,
        scored,
        notScored,
        tiers: { ...tiers },
        expectedCatch: catchShare,
      };
    }
  }
  saveBackground(deps.store, state);
  reschedule(deps, state);
}

function recordFailure(deps: BackgroundDeps, message: string): void {
  const state = loadBackground(deps.store);
  const work = state.scoring;
  if (!work) return;
  work.lastError = message;
  try {
    deps.showFailure(`Scoring in the background (attempt ${work.attempts})`, message, new Date(work.dueAt));
  } catch {
    // The lock is busy or the sheet cannot be written: the record in the properties and the email remain.
  }
  if (work.attempts >= FAILURES_BEFORE_REPORT && work.reportedAt === null) {
    state.notice =
      `Scoring in the background has failed ${work.attempts} times in a row. The last error: ` +
      `${sentence(message)} PassCompass keeps trying by itself, less often each time; Score students ` +
      'continues it now.';
    const told = deps.reportFailure(
      'PassCompass: scoring in the background keeps failing',
      `Scoring students in the background has failed ${work.attempts} times in a row. PassCompass keeps ` +
        'trying by itself, less often each time. Open the spreadsheet and choose PassCompass ▸ Score students ' +
        'to see why and to continue.',
    );
    // Nobody told (no recipient, no email quota left): the next failure tries again; the notice stays.
    if (told > 0) work.reportedAt = deps.now().getTime();
  }
  saveBackground(deps.store, state);
}

/** `message` ending in a full stop, so that the sentence after it reads as one. */
const sentence = (message: string): string =>
  /[.!?]$/.test(message.trim()) ? message.trim() : `${message.trim()}.`;

const joinNotices = (earlier: string | null, notice: string): string =>
  earlier === null || earlier === notice ? notice : `${earlier}\n\n${notice}`;

/** Sets this user's background trigger for the earliest due work, or removes it when nothing waits. */
export function reschedule(deps: Pick<BackgroundDeps, 'scheduler'>, state: BackgroundState): void {
  const due = nextDue(state);
  if (due === null) deps.scheduler.sleep();
  else deps.scheduler.wakeAt(new Date(due));
}

/** The notice the next menu action should show (and forget), or null. */
export function takeNotice(store: KeyValueStore): string | null {
  const state = loadBackground(store);
  if (state.notice === null) return null;
  const notice = state.notice;
  state.notice = null;
  saveBackground(store, state);
  return notice;
}
