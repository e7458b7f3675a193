/**
 * Score students: the champion model scores every row of the roster in place. PassCompass writes only its own
 * columns (risk, tier, main reasons, model version, time), found by header, and appends each run's predictions to
 * the inference log. A roster too large for one execution is scored in blocks: the run's state is saved, the
 * next execution continues from the next row, and the tiers are assigned once every row has a risk, because the
 * capacity rule ("the K highest risks are High") needs all of them.
 */
import type { LogisticModel } from '../../core/model/logistic';
import { DataError } from '../../core/errors';
import { type RosterColumns, findRosterColumns } from '../../core/data/roster/roster-columns';
import type { ModelVersion } from '../../core/registry/model-version';
import { pseudonym } from '../../core/scoring/pseudonym';
import { sha256Hex } from '../../core/sha256';
import type { Settings } from '../../core/settings';
import type {
  CellValue,
  Dialogs,
  Digests,
  InferenceLog,
  KeyValueStore,
  RosterSheet,
  Scheduler,
} from '../ports';
import { Registry, type RegistrySheets } from '../registry';
import { modelAttributes } from '../../core/scoring/scoreability';
import { scoreBlock } from './score-block';
import { type ScoringRun, clearRun, loadRun, saveRun } from './scoring-run';
import { finishRun, type FinishedRun } from './finish-run';
import { LOG_HEADER } from './inference-log';

export const OWN_HEADERS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'] as const;
export const CONTINUE_HANDLER = 'continueScoring';
export const SALT_KEY = 'passcompass.salt';

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
  scheduler: Scheduler;
  dialogs: Dialogs;
  now: () => Date;
  uuid: () => string;
  /** Overrides the block size (tests use it to force several executions). */
  rowsPerExecution?: number;
}

export type ScoreResult =
  | { status: 'continuing'; runId: string; scored: number; dataRows: number }
  | ({ status: 'finished' } & FinishedRun);

/** Starts a run (or, from a follow-up execution, continues the saved one) and scores one block. */
export function scoreStudents(deps: ScoreDeps, continuation = false): ScoreResult {
  let run = loadRun(deps.store);
  if (run && !continuation) {
    const resume = deps.dialogs.confirm(
      'Continue scoring?',
      `A scoring run stopped after ${run.nextRow} of ${run.dataRows} rows. Yes continues it; No starts again from the first row.`,
    );
    if (!resume) run = null;
  }
  const registry = Registry.read(deps, deps.digests);
  const { header, dataRows } = deps.roster.layout();
  if (!run) run = startRun(deps, registry, header, dataRows);
  // Rows added at the bottom while a long run was under way are scored too.
  run.dataRows = Math.max(run.dataRows, dataRows);
  const version = registry.load(run.version);
  scoreNextBlock(deps, run, version, findRosterColumns(header));

  if (run.nextRow < run.dataRows) {
    saveRun(deps.store, run);
    deps.scheduler.continueLater(CONTINUE_HANDLER);
    deps.dialogs.toast(
      `Scored ${run.nextRow} of ${run.dataRows} rows; PassCompass continues in a few minutes.`,
      'PassCompass',
    );
    return { status: 'continuing', runId: run.runId, scored: run.nextRow, dataRows: run.dataRows };
  }
  const finished = finishRun(deps, run, version);
  clearRun(deps.store);
  deps.scheduler.cancel(CONTINUE_HANDLER);
  return { status: 'finished', ...finished };
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
  // The tier (the sixth column) is filled in by finishRun, once every row has a risk.
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
  if (logRows.length > 0) {
    const firstLogRow = deps.log.append(logRows);
    if (run.logFirstRow === null) run.logFirstRow = firstLogRow;
  }
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
  const [risk, tier, reasons, version, scoredAt] = deps.roster.ensureColumns(OWN_HEADERS, header) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const started = deps.now();
  return {
    runId: `S-${started.toISOString()}`,
    version: champion.version,
    startedAt: started.toISOString(),
    dataRows,
    width: header.length,
    nextRow: 0,
    columns: { risk, tier, reasons, version, scoredAt },
    logFirstRow: null,
  };
}

function saltOf(deps: ScoreDeps): string {
  const existing = deps.store.get(SALT_KEY);
  if (existing) return existing;
  const salt = deps.uuid();
  deps.store.set(SALT_KEY, salt);
  return salt;
}
