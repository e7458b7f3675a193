/**
 * Turning daily monitoring on and off, and the heartbeat the menus show. Monitoring is one entry in the
 * document's background record, shared by every editor, and runs through the document's one background trigger
 * (see jobs/background/tick.ts): turning it on twice, or by two editors, changes nothing the second time, and
 * the second editor is told who turned it on. The check's hour is the spreadsheet's.
 */
import { HEARTBEAT_LIMIT_MS, checkWasMissed } from '../../core/monitoring/alert-decision';
import { type OffsetAt, nextDailyRun } from '../../core/schedule/daily-hour';
import { loadBackground, saveBackground } from '../background/background-state';
import { reschedule } from '../background/tick';
import type { KeyValueStore, Scheduler } from '../ports';

export interface SwitchDeps {
  store: KeyValueStore;
  scheduler: Scheduler;
  now: () => Date;
  /** The spreadsheet's UTC offset at an instant, for the daily hour. */
  offsetAt: OffsetAt;
  /** Formats a time in the spreadsheet's time zone, in words. */
  formatTime: (at: Date) => string;
}

export interface MonitoringStatus {
  on: boolean;
  turnedOnBy: string | null;
  /** When the next check is due; null while off. */
  nextCheck: Date | null;
}

const hourText = (hour: number): string => `${String(hour).padStart(2, '0')}:00`;

/** Whether monitoring is on, who turned it on and when the next check is due. */
export function monitoringStatus(store: KeyValueStore): MonitoringStatus {
  const { monitoring } = loadBackground(store);
  return {
    on: monitoring !== null,
    turnedOnBy: monitoring?.onBy ?? null,
    nextCheck: monitoring ? new Date(monitoring.dueAt) : null,
  };
}

/** Turns daily monitoring on at `hour` (of the spreadsheet's time zone) for `user`; returns what to tell them. */
export function turnOnMonitoring(deps: SwitchDeps, user: string, hour: number): string {
  const state = loadBackground(deps.store);
  const now = deps.now().getTime();
  if (state.monitoring) {
    const { onBy, onSince, dueAt } = state.monitoring;
    return (
      `Daily monitoring is already on: ${onBy || 'another editor'} turned it on on ${deps.formatTime(new Date(onSince))}. ` +
      `The next check runs at ${deps.formatTime(new Date(dueAt))}; nothing was changed.`
    );
  }
  const dueAt = nextDailyRun(now, hour, deps.offsetAt);
  state.monitoring = { onSince: now, onBy: user, dueAt };
  saveBackground(deps.store, state);
  reschedule(deps, state);
  return (
    `Daily monitoring is on. A check runs every day at about ${hourText(hour)} (the spreadsheet's time zone), ` +
    `first at ${deps.formatTime(new Date(dueAt))}; its results go to the Monitoring sheet, and an alert goes to ` +
    'the recipients in Settings when something changes.'
  );
}

/** Turns daily monitoring off; returns what to tell the person. */
export function turnOffMonitoring(deps: Pick<SwitchDeps, 'store' | 'scheduler'>): string {
  const state = loadBackground(deps.store);
  if (!state.monitoring) return 'Daily monitoring was already off.';
  state.monitoring = null;
  saveBackground(deps.store, state);
  reschedule(deps, state);
  return 'Daily monitoring is off. Check now still runs a check whenever you choose it.';
}

/**
 * Moves the next check to `hour` when monitoring is on (after Settings changed the hour). A check already due
 * (its trigger runs late, or a tick is under way) is left to run: moving it would skip that day's check, and
 * the tick schedules the one after it at the new hour.
 */
export function moveMonitoringHour(deps: SwitchDeps, hour: number): void {
  const state = loadBackground(deps.store);
  const now = deps.now().getTime();
  if (!state.monitoring || state.monitoring.dueAt <= now) return;
  const dueAt = nextDailyRun(now, hour, deps.offsetAt);
  if (dueAt === state.monitoring.dueAt) return;
  state.monitoring.dueAt = dueAt;
  saveBackground(deps.store, state);
  reschedule(deps, state);
}

/** What a menu action should say when monitoring is on and no check has finished for 48 hours; else null. */
export function heartbeatNotice(
  store: KeyValueStore,
  now: Date,
  formatTime: (at: Date) => string,
): string | null {
  const { monitoring, checks } = loadBackground(store);
  const missed = checkWasMissed({
    monitoringOnSince: monitoring?.onSince ?? null,
    lastFinishedCheckAt: checks.lastFinishedAt,
    now: now.getTime(),
  });
  if (!missed) return null;
  const last =
    checks.lastFinishedAt === null
      ? 'since it was turned on'
      : `since ${formatTime(new Date(checks.lastFinishedAt))}`;
  return (
    `Daily monitoring is on, but no check has finished ${last} (over ${HEARTBEAT_LIMIT_MS / 3_600_000} hours). ` +
    `The Monitoring sheet shows the last one. Choose PassCompass ▸ Check now to run one; if it keeps happening, ` +
    `turn daily monitoring off and on again (it may belong to an editor who no longer has access).`
  );
}
