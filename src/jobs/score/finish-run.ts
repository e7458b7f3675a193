/**
 * The last step of a scoring run, once every row has a risk: tiers for the whole roster (the capacity rule needs
 * every risk), written to the Tier column and to this run's rows of the inference log; PassCompass's colours,
 * filter and header notes (the Tier note says how this run's tiers were chosen); the log trimmed to its bound;
 * and a summary for the teacher with the share of future failures the High tier is expected to contain, from
 * the version's cross-validation, the students who share the risk at the High tier's cut-off (none of them
 * High; see `core/scoring/tiers.ts`), and anything damaged on the way.
 */
import { expectedCatch } from '../../core/scoring/catch-curve';
import { rosterNotes } from '../../core/scoring/roster-notes';
import { type TieAtCut, type Tier, type TierRule, tierAssignment } from '../../core/scoring/tiers';
import { reasonsCellForTier } from '../../core/scoring/reasons-cell';
import type { Settings } from '../../core/settings';
import type { ModelVersion } from '../../core/registry/model-version';
import type { InferenceLog, RosterSheet } from '../ports';
import { LOG_RUN_COLUMN, LOG_TIER_COLUMN } from './inference-log';
import type { ScoringRun } from './scoring-run';

/** The inference log keeps at most this many rows (7 cells each); older rows are deleted first. */
export const MAX_LOG_ROWS = 50_000;

export interface FinishedRun {
  runId: string;
  version: number;
  scored: number;
  notScored: number;
  tiers: Record<Tier, number>;
  /** Expected share of the students who will fail that the High tier contains; NaN when unknown. */
  expectedCatch: number;
  /** Students who share the risk at the capacity cut-off, none of them High (see `core/scoring/tiers.ts`). */
  tie: TieAtCut | null;
  /** Things the teacher should know, one sentence each (damaged records, ignored settings). */
  notes: string[];
  logRowsDeleted: number;
}

export interface FinishDeps {
  roster: RosterSheet;
  log: InferenceLog;
  settings: Settings;
}

export function tierRuleOf(settings: Settings): TierRule {
  return settings.tierRule === 'capacity'
    ? { kind: 'capacity', capacity: settings.capacity, mediumFrom: settings.mediumFrom }
    : { kind: 'thresholds', highFrom: settings.highFrom, mediumFrom: settings.mediumFrom };
}

/**
 * Tiers for the whole roster and the summary's figures. `notes` (from earlier steps) are passed on; this step
 * adds its own: a version whose catch curve cannot be trusted, and an inference log whose rows for this run
 * do not match the scored rows (their tiers are then left as they are, rather than written to the wrong rows).
 */
export function finishRun(
  deps: FinishDeps,
  run: ScoringRun,
  version: ModelVersion,
  notes: readonly string[] = [],
): FinishedRun {
  const said = [...notes];
  const cells = deps.roster.readColumn(run.columns.risk, run.dataRows);
  const risks = cells.map((cell) => (typeof cell === 'number' && cell >= 0 && cell <= 1 ? cell : null));
  // Every row with something in it got a reason (or why it was not scored); empty rows got nothing and no log row.
  const reasons = deps.roster.readColumn(run.columns.reasons, run.dataRows);
  const inLog = reasons.map((cell) => cell !== '');
  const rule = tierRuleOf(deps.settings);
  const assignment = tierAssignment(risks, rule);
  const { tiers, tie } = assignment;
  // Reasons were written block by block, before the tiers existed; a Low-tier row names none (its note on
  // blank values stays). One write with the tiers: the two columns sit side by side unless a user moved them.
  deps.roster.writeColumns(
    [run.columns.tier, run.columns.reasons],
    0,
    tiers.map((tier, i) => [tier ?? '', reasonsCellForTier(String(reasons[i] ?? ''), tier)]),
  );
  // This run's log rows, found by its id (other runs' rows may sit between them), are in roster order, one per
  // row that had something in it.
  const logRows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
  const logged = tiers.filter((_, i) => inLog[i]);
  if (logRows.length === logged.length) {
    deps.log.writeCells(
      LOG_TIER_COLUMN,
      logRows,
      logged.map((t) => t ?? ''),
    );
  } else {
    said.push(
      `The Inference log holds ${rowsText(logRows.length)} of this run (${run.runId}) for ${logged.length} ` +
        `${logged.length === 1 ? 'student' : 'students'} ` +
        'scored: rows were deleted or edited meanwhile. The tiers are in the Students sheet; the log rows keep ' +
        'a blank Tier rather than one that could belong to another student.',
    );
  }
  deps.roster.style(run.columns, run.dataRows, rosterNotes(rule, risks, assignment, deps.settings.passMark));
  const logRowsDeleted = deps.log.trim(MAX_LOG_ROWS);
  const scored = risks.filter((r) => r !== null).length;
  // Rows with something in them but no risk. Not "rows with a reason minus rows scored": a reason cell a
  // teacher cleared would make that negative.
  const notScored = inLog.filter((logged, i) => logged && risks[i] === null).length;
  const counts: Record<Tier, number> = { High: 0, Medium: 0, Low: 0 };
  for (const tier of tiers) if (tier) counts[tier] += 1;
  // The share is read for the High tier as marked: with a tie at the cut, fewer than the capacity.
  const marked: TierRule = rule.kind === 'capacity' ? { ...rule, capacity: counts.High } : rule;
  const caught =
    version.catchCurve && !(marked.kind === 'capacity' && marked.capacity === 0)
      ? expectedCatch(version.catchCurve, marked, scored)
      : Number.NaN;
  if (version.checksumCovers === 'model') {
    said.push(
      `No share of failures caught is given: version ${version.version} was recorded by an earlier PassCompass ` +
        'and its catch curve is not covered by its checksum. Train a new version to have one.',
    );
  }
  return {
    runId: run.runId,
    version: version.version,
    scored,
    notScored,
    tiers: counts,
    expectedCatch: caught,
    tie,
    notes: said,
    logRowsDeleted,
  };
}

const percent = (risk: number) => `${(risk * 100).toFixed(1)}%`;

/** What a tie at the cut-off means for the High tier, in words. */
function tieText(f: FinishedRun): string {
  const tie = f.tie;
  if (!tie) return '';
  if (tie.students === f.scored) {
    return (
      ` Every scored student has the same risk (${percent(tie.risk)}): the model cannot rank them, so none is ` +
      'marked High.'
    );
  }
  return (
    ` ${tie.students} students share the risk at the High tier's cut-off (${percent(tie.risk)}) and only ` +
    `${tie.placesLeft} High place${tie.placesLeft === 1 ? ' was' : 's were'} left: none of them is marked High ` +
    '(equal risks get equal tiers; PassCompass does not choose among them by row order). Counsellors with room ' +
    'can start with them.'
  );
}

const rowsText = (n: number): string => `${n} ${n === 1 ? 'row' : 'rows'}`;

export function scoringSummary(f: FinishedRun): string {
  const catchText = Number.isFinite(f.expectedCatch)
    ? ` From cross-validation, the High tier should contain about ${Math.round(f.expectedCatch * 100)}% of the students who will fail.`
    : '';
  return (
    `Scored ${f.scored} students with model version ${f.version}: ${f.tiers.High} High, ${f.tiers.Medium} Medium, ${f.tiers.Low} Low` +
    (f.notScored > 0 ? `; ${rowsText(f.notScored)} not scored (see Main reasons).` : '.') +
    tieText(f) +
    catchText +
    f.notes.map((note) => `\n${note}`).join('')
  );
}
