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
import type { CellValue, Digests, InferenceLog, KeyValueStore, RosterSheet } from '../ports';
import { Registry, type RegistrySheets } from '../registry';
import { modelAttributes } from '../../core/scoring/scoreability';
import { scoreBlock } from './score-block';
import { type ScoringRun, clearRun, loadRun, saveRun, whyNotResumable } from './scoring-run';
import { finishRun, type FinishedRun } from './finish-run';
import { LOG_HEADER, LOG_RUN_COLUMN, LOG_TIER_COLUMN } from './inference-log';

export const OWN_HEADERS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'] as const;
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
  /** Overrides the block size (tests use it to force several executions). */
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

/** The saved run a menu click should ask about ("continue or start again?"), or null. */
export function pendingRun(store: KeyValueStore): ScoringRun | null {
  return loadRun(store);
}

/** Scores one block: starts a run (menu), or continues the saved one; see the module comment. */
export function scoreStudents(deps: ScoreDeps, request: ScoringRequest): ScoreResult {
  let run = loadRun(deps.store);
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
  scoreNextBlock(deps, run, version, findRosterColumns(layout.header));

  if (run.nextRow < run.dataRows) {
    saveRun(deps.store, run);
    return { status: 'continuing', runId: run.runId, scored: run.nextRow, dataRows: run.dataRows };
  }
  const finished = finishRun(deps, run, version);
  clearRun(deps.store);
  return { status: 'finished', ...finished };
}

/** Ends a run that will not be resumed: its log rows say so, and the saved state is cleared. */
function abandonRun(deps: ScoreDeps, run: ScoringRun): void {
  const rows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
  deps.log.writeCells(
    LOG_TIER_COLUMN,
    rows,
    rows.map(() => ABANDONED_TIER),
  );
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
): void {
  const perExecution =
    deps.rowsPerExecution ??
    Math.max(1, Math.floor(CELLS_PER_EXECUTION / (run.width + OWN_HEADERS.length + LOG_HEADER.length)));
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
  if (!champion) throw new DataError('There is no model to score with yet. Run Train model first.');
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
  const own = deps.roster.ensureColumns(OWN_HEADERS, header);
  const [risk, tier, reasons, version, scoredAt] = own as [number, number, number, number, number];
  const started = deps.now();
  // The header as it will read from now on, PassCompass's columns included, for whyNotResumable.
  const after = [...header.map(String)];
  OWN_HEADERS.forEach((name, i) => {
    after[own[i] as number] = name;
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
    header: after.map((h) => h ?? '').join('\t'),
  };
}

function saltOf(deps: ScoreDeps): string {
  const existing = deps.store.get(SALT_KEY);
  if (existing) return existing;
  const salt = deps.uuid();
  deps.store.set(SALT_KEY, salt);
  return salt;
}
