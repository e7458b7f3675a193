/**
 * The state of one scoring run, kept in the document's properties between executions so that a roster too large
 * for one 6-minute execution is scored in blocks without losing or repeating a row. A run knows its model
 * version, where PassCompass's columns are, how far it got, and where its rows start in the inference log.
 */
import { sha256Hex } from '../../core/sha256';
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
  /**
   * The roster's header row when the run started, as `headerDigest` gives it; a different header means the
   * roster changed. Runs saved by earlier versions hold the header text itself, joined with tabs.
   */
  header: string;
}

/**
 * What a run keeps of the roster's header row: the SHA-256 of its cells joined with tabs. Never the text itself,
 * which a teacher's long headers could make larger than a document property may hold (9 KB in Apps Script).
 */
export function headerDigest(header: readonly unknown[]): string {
  return `sha256:${sha256Hex(header.map(String).join('\t'))}`;
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
  const joined = layout.header.map(String).join('\t');
  if (run.header !== headerDigest(layout.header) && run.header !== joined)
    return "the Students sheet's columns changed while it was under way";
  if (layout.dataRows < run.nextRow)
    return 'rows were deleted from the Students sheet while it was under way';
  return null;
}

/** What the document's properties hold for a run: nothing, a valid run, or a damaged one (and why). */
export type SavedRun =
  | { kind: 'none' }
  | { kind: 'run'; run: ScoringRun }
  /** `runId` is the damaged run's id when it could still be read, so its log rows can be found. */
  | { kind: 'damaged'; why: string; runId: string | null };

const isWhole = (x: unknown, min: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min;

/** A value for a message: as JSON, cut short. */
const shown = (value: unknown): string => {
  const text = value === undefined ? 'missing' : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
};

/**
 * The schema of a saved run: every field `startRun` writes, each of the right kind and in range (whole numbers,
 * `nextRow` and `logged` within `dataRows`, five distinct column indexes, a start time that reads as a time).
 * Returns the first field that is wrong and why, or null.
 */
function runProblem(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return `it holds ${shown(value)}, not a scoring run`;
  const run = value as Record<string, unknown>;
  if (typeof run['runId'] !== 'string' || run['runId'] === '')
    return `"runId" is ${shown(run['runId'])}, not a run id`;
  if (!isWhole(run['version'], 1)) return `"version" is ${shown(run['version'])}, not a version number`;
  if (typeof run['startedAt'] !== 'string' || Number.isNaN(Date.parse(run['startedAt'])))
    return `"startedAt" is ${shown(run['startedAt'])}, not a time`;
  if (!isWhole(run['dataRows'], 0))
    return `"dataRows" is ${shown(run['dataRows'])}, not a whole number of rows`;
  const dataRows = run['dataRows'];
  if (!isWhole(run['width'], 1)) return `"width" is ${shown(run['width'])}, not a whole number of columns`;
  if (!isWhole(run['nextRow'], 0) || run['nextRow'] > dataRows)
    return `"nextRow" is ${shown(run['nextRow'])}, not a whole number from 0 to ${dataRows}`;
  if (!isWhole(run['logged'], 0) || run['logged'] > dataRows)
    return `"logged" is ${shown(run['logged'])}, not a whole number from 0 to ${dataRows}`;
  if (typeof run['header'] !== 'string') return `"header" is ${shown(run['header'])}, not the header text`;
  const columns = run['columns'];
  if (typeof columns !== 'object' || columns === null)
    return `"columns" is ${shown(columns)}, not the columns`;
  const names = ['risk', 'tier', 'reasons', 'version', 'scoredAt'] as const;
  const indexes = names.map((name) => (columns as Record<string, unknown>)[name]);
  const bad = names.find((_, i) => !isWhole(indexes[i], 0));
  if (bad)
    return `"columns.${bad}" is ${shown((columns as Record<string, unknown>)[bad])}, not a column index`;
  if (new Set(indexes).size !== names.length) return '"columns" names the same column twice';
  return null;
}

/**
 * The saved run, read through its schema (`runProblem`). A damaged value is reported, never used: the caller
 * ends it (its log rows, when its id can be read, are marked not finished) and tells the teacher.
 */
export function readRun(store: KeyValueStore): SavedRun {
  const text = store.get(RUN_KEY);
  if (text === null || text === '') return { kind: 'none' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { kind: 'damaged', why: 'it is not valid JSON', runId: null };
  }
  const problem = runProblem(parsed);
  if (problem === null) return { kind: 'run', run: parsed as ScoringRun };
  const runId = (parsed as { runId?: unknown } | null)?.runId;
  return { kind: 'damaged', why: problem, runId: typeof runId === 'string' && runId !== '' ? runId : null };
}

/** The saved run when it is valid, else null (a damaged one is left for `scoreStudents` to end and report). */
export function loadRun(store: KeyValueStore): ScoringRun | null {
  const saved = readRun(store);
  return saved.kind === 'run' ? saved.run : null;
}

export function saveRun(store: KeyValueStore, run: ScoringRun): void {
  store.set(RUN_KEY, JSON.stringify(run));
}

export function clearRun(store: KeyValueStore): void {
  store.remove(RUN_KEY);
}
