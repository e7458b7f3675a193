/**
 * Score students: the champion model scores every row of the roster in place. PassCompass writes only its own
 * columns (risk, tier, main reasons, model version, time), found by header, and appends each run's predictions to
 * the inference log. A roster too large for one execution is scored in blocks: the run's state is saved, the
 * background trigger continues from the next row, and the tiers are assigned once every row has a risk, because
 * the capacity rule ("the K highest risks are High") needs all of them.
 *
 * Runs survive Apps Script's rules: nothing here asks a question (a dialog releases the lock, so the menu asks
 * before the lock is taken and this job re-checks what it was asked about); a run has an id and its log rows
 * are found by it, never by position; a block that died after appending its log rows is repaired before the
 * next block; and a follow-up never starts a run, nor resumes one whose roster changed or that is over a day old.
 */
import type { LogisticModel } from '../../core/model/logistic';
import { DataError } from '../../core/errors';
import { type RosterColumns, findRosterColumns } from '../../core/data/roster/roster-columns';
import type { ModelVersion } from '../../core/registry/model-version';
import { pseudonym } from '../../core/scoring/pseudonym';
import { sha256Hex } from '../../core/sha256';
import type { Settings } from '../../core/settings';
import type { Tier } from '../../core/scoring/tiers';
import type { CellValue, Digests, InferenceLog, KeyValueStore, OwnColumn, RosterSheet } from '../ports';
import { Registry, type RegistrySheets } from '../registry';
import { modelAttributes } from '../../core/scoring/scoreability';
import { scoreBlock } from './score-block';
import {
  RUN_KEY,
  type ScoringRun,
  clearRun,
  loadRun,
  readRun,
  saveRun,
  headerDigest,
  whyNotResumable,
} from './scoring-run';
import { finishRun, type FinishedRun } from './finish-run';
import { LOG_HEADER, LOG_RUN_COLUMN, LOG_TIER_COLUMN } from './inference-log';

export const OWN_HEADERS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'] as const;

const TIERS: Record<Tier, true> = { High: true, Medium: true, Low: true };
const isDate = (cell: CellValue): boolean => Object.prototype.toString.call(cell) === '[object Date]';
/** What PassCompass writes in each of its columns, a blank included (a blank reason: an empty row). */
const WRITES: Record<(typeof OWN_HEADERS)[number], (cell: CellValue) => boolean> = {
  'Risk of failing': (cell) => cell === '' || (typeof cell === 'number' && cell >= 0 && cell <= 1),
  Tier: (cell) =>
    cell === '' || (typeof cell === 'string' && Object.prototype.hasOwnProperty.call(TIERS, cell)),
  'Main reasons': (cell) => typeof cell === 'string',
  'Model version': (cell) => cell === '' || (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1),
  'Scored at': (cell) => cell === '' || isDate(cell),
};
/**
 * PassCompass's own roster columns, with what it writes in them: a column of the same name holding anything else
 * is not PassCompass's to write (sheets/ownership.ts), and PassCompass adds its own beside it.
 */
export const OWN_COLUMNS: readonly OwnColumn[] = OWN_HEADERS.map((header) => ({
  header,
  holds: WRITES[header],
}));
export const SALT_KEY = 'passcompass.salt';
/** What the Tier column of the inference log says for the rows of a run that never finished. */
export const ABANDONED_TIER = 'Not finished';

/**
 * Cells one execution may read and write while scoring, under the pessimistic cost model (0.1 ms a cell):
 * about 150 s, well inside the 6-minute limit with room for the final pass.
 */
export const CELLS_PER_EXECUTION = 1_500_000;

export interface ScoreDeps extends RegistrySheets {
  roster: RosterSheet;
  log: InferenceLog;
  settings: Settings;
  digests: Digests;
  store: KeyValueStore;
  now: () => Date;
  uuid: () => string;
  /**
   * Overrides the block size (tests use it to force several executions); without it, the document property
   * `ROWS_PER_EXECUTION_KEY` is read. Either must be a whole number ≥ 1, or it is ignored with a note.
   */
  rowsPerExecution?: number;
}

/**
 * What started this execution. From the menu, `resume` is the teacher's answer, given before the lock was
 * taken, about the saved run they were shown (null when there was none); a `follow-up` is the background trigger.
 */
export type ScoringRequest =
  { kind: 'menu'; resume: { runId: string; continueIt: boolean } | null } | { kind: 'follow-up' };

export type ScoreResult =
  | { status: 'continuing'; runId: string; scored: number; dataRows: number }
  | ({ status: 'finished' } & FinishedRun)
  /** Nothing was done; `why` says so in a sentence for the teacher. */
  | { status: 'idle'; why: string }
  | { status: 'abandoned'; runId: string; why: string };

/**
 * The document property that overrides the block size (a whole number of rows ≥ 1); tests on the local runtime
 * set it to force several executions.
 */
export const ROWS_PER_EXECUTION_KEY = 'passcompass.rowsPerExecution';

/** The saved run a menu click should ask about ("continue or start again?"), or null (none, or damaged). */
export function pendingRun(store: KeyValueStore): ScoringRun | null {
  return loadRun(store);
}

/**
 * The block size to use: `deps.rowsPerExecution`, or else the document property, when it is a whole number
 * ≥ 1; otherwise the cost model's (null), with a note saying why the override was not used.
 */
function rowsPerExecution(deps: ScoreDeps, notes: string[]): number | null {
  const given = deps.rowsPerExecution ?? deps.store.get(ROWS_PER_EXECUTION_KEY);
  if (given === undefined || given === null || given === '') return null;
  // Stryker disable next-line MethodExpression: Number() skips the same leading and trailing white space that trim() removes
  const value = typeof given === 'number' ? given : Number(given.trim());
  if (Number.isInteger(value) && value >= 1) return value;
  notes.push(
    `The document property ${ROWS_PER_EXECUTION_KEY} is ${JSON.stringify(given)}, not a whole number of rows ` +
      'from 1; it was ignored, and each execution scored as many rows as the cost model allows.',
  );
  return null;
}

/** Scores one block: starts a run (menu), or continues the saved one; see the module comment. */
export function scoreStudents(deps: ScoreDeps, request: ScoringRequest): ScoreResult {
  const saved = readRun(deps.store);
  if (saved.kind === 'damaged') {
    if (saved.runId !== null) markNotFinished(deps, saved.runId);
    clearRun(deps.store);
    return {
      status: 'abandoned',
      runId: saved.runId ?? '',
      why:
        `The saved state of a scoring run (document property ${RUN_KEY}) could not be read: ${saved.why}. ` +
        `That run was ended${saved.runId === null ? '' : ' (its rows in the Inference log say Not finished)'}; ` +
        'the Students sheet keeps what was written. Score again to start from the first row.',
    };
  }
  let run = saved.kind === 'run' ? saved.run : null;
  const notes: string[] = [];
  const layout = deps.roster.layout();
  if (request.kind === 'follow-up') {
    if (!run) return { status: 'idle', why: 'No scoring run is waiting.' };
  } else if (run && run.runId !== request.resume?.runId) {
    return {
      status: 'idle',
      why: 'Another scoring run started while you were deciding. It continues by itself; try again when it has finished.',
    };
  } else if (!run && request.resume?.continueIt) {
    return { status: 'idle', why: 'The scoring run you asked to continue has finished meanwhile.' };
  } else if (run && request.resume && !request.resume.continueIt) {
    abandonRun(deps, run);
    run = null;
  }
  if (run) {
    const why = whyNotResumable(run, deps.now(), layout);
    if (why) {
      abandonRun(deps, run);
      return {
        status: 'abandoned',
        runId: run.runId,
        why: `The scoring run was not finished: ${why}. Score again.`,
      };
    }
  }
  const registry = Registry.read(deps, deps.digests);
  if (run) repairInterruptedBlock(deps, run);
  else {
    run = startRun(deps, registry, layout.header, layout.dataRows);
    // Saved before its first block, so a first block that dies is repaired and continued like any other.
    saveRun(deps.store, run);
  }
  // Rows added at the bottom while a long run was under way are scored too.
  run.dataRows = Math.max(run.dataRows, layout.dataRows);
  const version = registry.load(run.version);
  scoreNextBlock(deps, run, version, findRosterColumns(layout.header), rowsPerExecution(deps, notes));

  if (run.nextRow < run.dataRows) {
    saveRun(deps.store, run);
    return { status: 'continuing', runId: run.runId, scored: run.nextRow, dataRows: run.dataRows };
  }
  const finished = finishRun(deps, run, version, [...registry.problems, ...notes]);
  clearRun(deps.store);
  return { status: 'finished', ...finished };
}

/** Writes Not finished in the Tier column of `runId`'s inference-log rows. */
function markNotFinished(deps: ScoreDeps, runId: string): void {
  const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, runId);
  deps.log.writeCells(
    LOG_TIER_COLUMN,
    rows,
    rows.map(() => ABANDONED_TIER),
  );
}

/** Ends a run that will not be resumed: its log rows say so, and the saved state is cleared. */
function abandonRun(deps: ScoreDeps, run: ScoringRun): void {
  markNotFinished(deps, run.runId);
  clearRun(deps.store);
}

/**
 * A block that died after appending its log rows but before saving how far it got (the execution was stopped,
 * or lost its lock) left rows that the retry would write again: they are deleted first.
 */
function repairInterruptedBlock(deps: ScoreDeps, run: ScoringRun): void {
  const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
  if (rows.length > run.logged) deps.log.deleteRows(rows.slice(run.logged));
}

/** Scores the rows from `run.nextRow` that fit in this execution: own columns written, log rows appended. */
function scoreNextBlock(
  deps: ScoreDeps,
  run: ScoringRun,
  version: ModelVersion,
  columns: RosterColumns,
  override: number | null,
): void {
  // Per row: the roster read, PassCompass's columns written, the log row written and given its number formats.
  const perRow = run.width + OWN_HEADERS.length + 2 * LOG_HEADER.length;
  const perExecution = override ?? Math.max(1, Math.floor(CELLS_PER_EXECUTION / perRow));
  const count = Math.min(perExecution, run.dataRows - run.nextRow);
  if (count <= 0) return;
  const model = JSON.parse(version.modelJson) as LogisticModel;
  const scored = scoreBlock(model, columns, deps.roster.readRows(run.nextRow, count, run.width), run.nextRow);
  const at = deps.now();
  const c = run.columns;
  deps.roster.writeColumns(
    [c.risk, c.reasons, c.version, c.scoredAt],
    run.nextRow,
    scored.map((s) => (s.empty ? ['', '', '', ''] : [s.risk ?? '', s.reasons, version.version, at])),
  );
  const salt = saltOf(deps);
  // The tier is filled in by finishRun, once every row has a risk.
  const logRows = scored
    .filter((s) => !s.empty)
    .map((s) => [
      at,
      run.runId,
      version.version,
      pseudonym(s.key, salt, sha256Hex),
      s.risk ?? '',
      '',
      JSON.stringify(s.inputs),
    ]);
  if (logRows.length > 0) deps.log.append(logRows);
  run.logged += logRows.length;
  run.nextRow += count;
}

function startRun(deps: ScoreDeps, registry: Registry, header: CellValue[], dataRows: number): ScoringRun {
  const champion = registry.champion();
  if (!champion) {
    // Rows of Versions or Aliases that were ignored may be why there is none: say which.
    const why = registry.problems.map((problem) => ` ${problem}`).join('');
    throw new DataError(`There is no model to score with yet.${why} Run Train model first.`);
  }
  if (dataRows === 0)
    throw new DataError('The Students sheet has no student rows below its header row.', { row: 2 });
  const columns = findRosterColumns(header);
  const model = JSON.parse(champion.modelJson) as LogisticModel;
  const missing = modelAttributes(model).filter((name) => !columns.byAttribute.has(name));
  if (missing.length > 0) {
    throw new DataError(
      `Model version ${champion.version} needs ${missing.length === 1 ? 'a column' : 'columns'} the roster lacks: ${missing.map((m) => `"${m}"`).join(', ')}.`,
      { row: 1 },
    );
  }
  const own = deps.roster.ensureColumns(OWN_COLUMNS, header, dataRows);
  const [risk, tier, reasons, version, scoredAt] = own.columns as [number, number, number, number, number];
  const started = deps.now();
  // The header as it will read from now on, PassCompass's columns included (under the names they have, which
  // may not be the usual ones), for whyNotResumable.
  const after = [...header.map(String)];
  own.columns.forEach((index, i) => {
    after[index] = own.headers[i] ?? '';
  });
  return {
    runId: `S-${started.toISOString()}-${deps.uuid().slice(0, 8)}`,
    version: champion.version,
    startedAt: started.toISOString(),
    dataRows,
    width: header.length,
    nextRow: 0,
    columns: { risk, tier, reasons, version, scoredAt },
    logged: 0,
    // Stryker disable next-line StringLiteral: every element of `after` is a string and map skips holes, so the fallback is never read
    header: headerDigest(after.map((h) => h ?? '')),
  };
}

function saltOf(deps: ScoreDeps): string {
  const existing = deps.store.get(SALT_KEY);
  if (existing) return existing;
  const salt = deps.uuid();
  deps.store.set(SALT_KEY, salt);
  return salt;
}
