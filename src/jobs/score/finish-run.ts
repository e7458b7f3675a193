/**
 * The last step of a scoring run, once every row has a risk: tiers for the whole roster (the capacity rule needs
 * every risk), written to the Tier column and to this run's rows of the inference log; PassCompass's colours and
 * filter; the log trimmed to its bound; and a summary for the teacher with the share of future failures the
 * High tier is expected to contain, from the version's cross-validation.
 */
import { type CatchCurve, expectedCatch } from '../../core/scoring/catch-curve';
import { type Tier, type TierRule, assignTiers } from '../../core/scoring/tiers';
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

export function finishRun(deps: FinishDeps, run: ScoringRun, version: ModelVersion): FinishedRun {
  const cells = deps.roster.readColumn(run.columns.risk, run.dataRows);
  const risks = cells.map((cell) => (typeof cell === 'number' ? cell : null));
  // Every row with something in it got a reason (or why it was not scored); empty rows got nothing and no log row.
  const reasons = deps.roster.readColumn(run.columns.reasons, run.dataRows);
  const inLog = reasons.map((cell) => cell !== '');
  const rule = tierRuleOf(deps.settings);
  const tiers = assignTiers(risks, rule);
  deps.roster.writeColumns(
    [run.columns.tier],
    0,
    tiers.map((tier) => [tier ?? '']),
  );
  // This run's log rows, found by its id (other runs' rows may sit between them), are in roster order, one per
  // row that had something in it.
  const logRows = deps.log.rowsWhere(LOG_RUN_COLUMN, run.runId);
  const logged = tiers.filter((_, i) => inLog[i]);
  if (logRows.length !== logged.length) {
    throw new RangeError(
      `Scoring run ${run.runId} has ${logRows.length} inference-log rows for ${logged.length} scored rows.`,
    );
  }
  deps.log.writeCells(
    LOG_TIER_COLUMN,
    logRows,
    logged.map((t) => t ?? ''),
  );
  deps.roster.style(
    { risk: run.columns.risk, tier: run.columns.tier, reasons: run.columns.reasons },
    run.dataRows,
  );
  const logRowsDeleted = deps.log.trim(MAX_LOG_ROWS);
  const scored = risks.filter((r) => r !== null).length;
  const notScored = inLog.filter(Boolean).length - scored;
  const counts: Record<Tier, number> = { High: 0, Medium: 0, Low: 0 };
  for (const tier of tiers) if (tier) counts[tier] += 1;
  const caught = version.catchCurve
    ? expectedCatch(version.catchCurve as CatchCurve, rule, scored)
    : Number.NaN;
  const finished: FinishedRun = {
    runId: run.runId,
    version: version.version,
    scored,
    notScored,
    tiers: counts,
    expectedCatch: caught,
    logRowsDeleted,
  };
  return finished;
}

export function scoringSummary(f: FinishedRun): string {
  const catchText = Number.isFinite(f.expectedCatch)
    ? ` From cross-validation, the High tier should contain about ${Math.round(f.expectedCatch * 100)}% of the students who will fail.`
    : '';
  return (
    `Scored ${f.scored} students with model version ${f.version}: ${f.tiers.High} High, ${f.tiers.Medium} Medium, ${f.tiers.Low} Low` +
    (f.notScored > 0 ? `; ${f.notScored} rows not scored (see Main reasons).` : '.') +
    catchText
  );
}
