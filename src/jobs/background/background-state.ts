/**
 * PassCompass's record of background work for one spreadsheet, kept in the document's properties (shared by
 * every editor): a scoring run waiting for its next block, with how its attempts went, and (once monitoring
 * exists) the daily check. The one background trigger reads it to know what is due; menus read it to tell the
 * teacher about failures. A value that cannot be read is replaced by an empty record, never trusted.
 */
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

export interface BackgroundState {
  scoring: ScoringWork | null;
  /** Something the next menu action must tell the teacher (a run abandoned, repeated failures), or null. */
  notice: string | null;
}

export const EMPTY_BACKGROUND: Readonly<BackgroundState> = { scoring: null, notice: null };

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
  if (!text) return { ...EMPTY_BACKGROUND };
  try {
    const raw = JSON.parse(text) as Partial<BackgroundState> | null;
    return {
      scoring: isScoringWork(raw?.scoring) ? raw.scoring : null,
      notice: typeof raw?.notice === 'string' ? raw.notice : null,
    };
  } catch {
    return { ...EMPTY_BACKGROUND };
  }
}

/** Saves `state`; an empty record is removed rather than kept. */
export function saveBackground(store: KeyValueStore, state: BackgroundState): void {
  if (state.scoring === null && state.notice === null) {
    if (store.get(BACKGROUND_KEY) !== null) store.remove(BACKGROUND_KEY);
  } else store.set(BACKGROUND_KEY, JSON.stringify(state));
}

/** The earliest time any background work is due, or null when none is waiting. */
export function nextDue(state: BackgroundState): number | null {
  const times = [state.scoring?.dueAt].filter((t): t is number => t !== undefined);
  return times.length === 0 ? null : Math.min(...times);
}
