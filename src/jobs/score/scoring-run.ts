/**
 * The state of one scoring run, kept in the document's properties between executions so that a roster too large
 * for one 6-minute execution is scored in blocks without losing or repeating a row. A run knows its model
 * version, where PassCompass's columns are, how far it got, and where its rows start in the inference log.
 */
import type { KeyValueStore } from '../ports';

export const RUN_KEY = 'passcompass.scoringRun';

export interface OwnColumns {
  risk: number;
  tier: number;
  reasons: number;
  version: number;
  scoredAt: number;
}

export interface ScoringRun {
  runId: string;
  version: number;
  startedAt: string;
  /** Data rows (below the header) when the run started; rows added at the bottom meanwhile are scored too. */
  dataRows: number;
  /** Width of the roster read, in columns. */
  width: number;
  /** The next data row to score (0-based). */
  nextRow: number;
  columns: OwnColumns;
  /** Sheet row of this run's first row in the inference log, or null before any was written. */
  logFirstRow: number | null;
}

export function loadRun(store: KeyValueStore): ScoringRun | null {
  const text = store.get(RUN_KEY);
  if (!text) return null;
  try {
    return JSON.parse(text) as ScoringRun;
  } catch {
    store.remove(RUN_KEY);
    return null;
  }
}

export function saveRun(store: KeyValueStore, run: ScoringRun): void {
  store.set(RUN_KEY, JSON.stringify(run));
}

export function clearRun(store: KeyValueStore): void {
  store.remove(RUN_KEY);
}
