/**
 * PassCompass's record of background work for one spreadsheet, kept in the document's properties (shared by
 * every editor): a scoring run waiting for its next block, with how its attempts went, and the daily
 * monitoring check: who turned it on, when it is next due, and what the alert decision remembers. The one background trigger reads it to know what is due; menus read it to tell the
 * teacher about failures. A value that cannot be read is replaced by an empty record, never trusted.
 */
import type { CheckState } from '../../core/monitoring/alert-decision';
import type { KeyValueStore } from '../ports';

export const BACKGROUND_KEY = 'passcompass.background';

export interface ScoringWork {
  /** Attempts started in a row without success (0 after a good block). */
  attempts: number;
  /** When the next block is due, in ms since the epoch. */
  dueAt: number;
  /** Why the last attempt failed, in words; null after a good block. */
  lastError: string | null;
  /** When repeated failures were reported by email; null until then. */
  reportedAt: number | null;
}

/** Daily monitoring while it is on. */
export interface MonitoringWork {
  /** When daily monitoring was turned on (ms since the epoch), and by whom (an editor's address). */
  onSince: number;
  onBy: string;
  /** When the next check is due. */
  dueAt: number;
}

/** What checks remember between them, whether they ran from the menu or the daily trigger. */
export interface CheckMemory {
  /** When a check last finished, with or without problems; null before the first. */
  lastFinishedAt: number | null;
  /** When the last alert was sent; null before the first. */
  lastAlertAt: number | null;
  /** The state the next alert decision compares with (`decideAlert`'s `compareNextWith`). */
  compareWith: CheckState | null;
  /** The scoring run the last check compared, so the next one knows whether anything new was scored. */
  lastComparedRun: string | null;
}

export const NO_CHECKS_YET: Readonly<CheckMemory> = {
  lastFinishedAt: null,
  lastAlertAt: null,
  compareWith: null,
  lastComparedRun: null,
};

/** How the last scoring run that finished turned out, for the sidebar. Counts only: no student's data. */
export interface LastScoring {
  /** When it finished, in ms since the epoch. */
  at: number;
  version: number;
  scored: number;
  notScored: number;
  tiers: { High: number; Medium: number; Low: number };
  /** The share of the students who will fail that the High tier should hold; null when unknown. */
  expectedCatch: number | null;
}

/** The last monitoring check that ran (finished or failed), for the sidebar. */
export interface LastCheck {
  at: number;
  /** The verdict in words, as the Monitoring sheet shows it. */
  verdict: string;
  /** What happened to the alert, in words. */
  alert: string;
}

export interface BackgroundState {
  scoring: ScoringWork | null;
  /** Daily monitoring; null while it is off. */
  monitoring: MonitoringWork | null;
  checks: CheckMemory;
  /** Something the next menu action must tell the teacher (a run abandoned, repeated failures), or null. */
  notice: string | null;
  /** The last finished scoring run and the last check; null before the first (or in a record from before them). */
  lastScoring: LastScoring | null;
  lastCheck: LastCheck | null;
}

export const EMPTY_BACKGROUND: Readonly<BackgroundState> = {
  scoring: null,
  monitoring: null,
  checks: NO_CHECKS_YET,
  notice: null,
  lastScoring: null,
  lastCheck: null,
};

const isTime = (value: unknown): boolean => value === null || Number.isFinite(value);

function isCheckState(value: unknown): value is CheckState {
  const v = value as Partial<CheckState> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof v.verdict === 'string' &&
    Array.isArray(v.problemKinds) &&
    v.problemKinds.every((kind) => typeof kind === 'string') &&
    typeof v.missedCheck === 'boolean'
  );
}

function isMonitoringWork(value: unknown): value is MonitoringWork {
  const v = value as Partial<MonitoringWork> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(v.onSince) &&
    typeof v.onBy === 'string' &&
    Number.isFinite(v.dueAt)
  );
}

function isCheckMemory(value: unknown): value is CheckMemory {
  const v = value as Partial<CheckMemory> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    isTime(v.lastFinishedAt) &&
    isTime(v.lastAlertAt) &&
    (v.compareWith === null || isCheckState(v.compareWith)) &&
    (v.lastComparedRun === null || typeof v.lastComparedRun === 'string')
  );
}

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;

function isLastScoring(value: unknown): value is LastScoring {
  const v = value as Partial<LastScoring> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(v.at) &&
    isCount(v.version) &&
    isCount(v.scored) &&
    isCount(v.notScored) &&
    typeof v.tiers === 'object' &&
    v.tiers !== null &&
    isCount(v.tiers.High) &&
    isCount(v.tiers.Medium) &&
    isCount(v.tiers.Low) &&
    (v.expectedCatch === null || (Number.isFinite(v.expectedCatch) && (v.expectedCatch as number) >= 0))
  );
}

function isLastCheck(value: unknown): value is LastCheck {
  const v = value as Partial<LastCheck> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isFinite(v.at) &&
    typeof v.verdict === 'string' &&
    typeof v.alert === 'string'
  );
}

function isScoringWork(value: unknown): value is ScoringWork {
  const v = value as Partial<ScoringWork> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    Number.isInteger(v.attempts) &&
    Number.isFinite(v.dueAt) &&
    (v.lastError === null || typeof v.lastError === 'string') &&
    (v.reportedAt === null || Number.isFinite(v.reportedAt))
  );
}

export function loadBackground(store: KeyValueStore): BackgroundState {
  const text = store.get(BACKGROUND_KEY);
  if (!text) return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
  try {
    const raw = JSON.parse(text) as Partial<BackgroundState> | null;
    return {
      scoring: isScoringWork(raw?.scoring) ? raw.scoring : null,
      monitoring: isMonitoringWork(raw?.monitoring) ? raw.monitoring : null,
      checks: isCheckMemory(raw?.checks) ? raw.checks : { ...NO_CHECKS_YET },
      notice: typeof raw?.notice === 'string' ? raw.notice : null,
      lastScoring: isLastScoring(raw?.lastScoring) ? raw.lastScoring : null,
      lastCheck: isLastCheck(raw?.lastCheck) ? raw.lastCheck : null,
    };
  } catch {
    return { ...EMPTY_BACKGROUND, checks: { ...NO_CHECKS_YET } };
  }
}

/** Saves `state`; an empty record is removed rather than kept. */
export function saveBackground(store: KeyValueStore, state: BackgroundState): void {
  const remembers =
    Object.values(state.checks).some((value) => value !== null) ||
    state.lastScoring !== null ||
    state.lastCheck !== null;
  if (state.scoring === null && state.monitoring === null && state.notice === null && !remembers) {
    if (store.get(BACKGROUND_KEY) !== null) store.remove(BACKGROUND_KEY);
  } else store.set(BACKGROUND_KEY, JSON.stringify(state));
}

/** The earliest time any background work is due, or null when none is waiting. */
export function nextDue(state: BackgroundState): number | null {
  const times = [state.scoring?.dueAt, state.monitoring?.dueAt].filter((t): t is number => t !== undefined);
  return times.length === 0 ? null : Math.min(...times);
}
