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
  /** How many inference-log rows this run has written; more in the log means a block died after its append. */
  logged: number;
  /** The roster's header row when the run started, joined; a different header means the roster changed. */
  header: string;
}

/** A run older than this is never resumed: the roster has likely changed since (marked abandoned instead). */
export const ABANDON_AFTER_MS = 24 * 60 * 60 * 1000;

/** Why a saved run cannot be resumed, or null when it can. */
export function whyNotResumable(
  run: ScoringRun,
  now: Date,
  layout: { header: readonly unknown[]; dataRows: number },
): string | null {
  if (now.getTime() - Date.parse(run.startedAt) > ABANDON_AFTER_MS)
    return 'it started more than a day ago, and the roster may have changed since';
  if (layout.header.map(String).join('\t') !== run.header)
    return "the Students sheet's columns changed while it was under way";
  if (layout.dataRows < run.nextRow)
    return 'rows were deleted from the Students sheet while it was under way';
  return null;
}

/** The saved run, or null; a value that is not a run of this version's shape is dropped. */
export function loadRun(store: KeyValueStore): ScoringRun | null {
  const text = store.get(RUN_KEY);
  if (!text) return null;
  try {
    const run = JSON.parse(text) as Partial<ScoringRun> | null;
    if (
      run &&
      typeof run.runId === 'string' &&
      typeof run.logged === 'number' &&
      typeof run.header === 'string'
    )
      return run as ScoringRun;
  } catch {
    // fall through: an unreadable run is dropped like one from an older version
  }
  store.remove(RUN_KEY);
  return null;
}

export function saveRun(store: KeyValueStore, run: ScoringRun): void {
  store.set(RUN_KEY, JSON.stringify(run));
}

export function clearRun(store: KeyValueStore): void {
  store.remove(RUN_KEY);
}
