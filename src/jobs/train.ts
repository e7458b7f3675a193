/**
 * Train model: check the roster, cross-validate a logistic model on the rows that have a final grade, fit it on
 * all of them, and register the result. Every run is a row in `Experiments`; every model the publication rules
 * accept (`core/model/usefulness.ts`) a new version in `Versions`, whose checksum covers every field PassCompass
 * later trusts (`core/registry/integrity.ts`), and which becomes champion only through the promotion gate. The
 * version carries its evidence (`core/model/version-evidence.ts`: intervals, calibration, equity), and the
 * result warns when it widens an equity gap beyond the school's acceptable gap
 * (`core/registry/equity-warning.ts`).
 * Sensitive attributes the school chose to leave out (`leaveOutAttributes`) are taken out of the inputs here,
 * and cross-validated once more with them kept, so the evidence shows the figures both ways. The roster is read
 * once and each sheet written once, whatever the number of rows.
 */
import type { CheckedRoster } from '../core/data/roster/check-roster';
import { DataError } from '../core/errors';
import { type CalibratedModel, trainCalibrated } from '../core/model/calibrated-training';
import { crossValidate } from '../core/model/cross-validation';
import { type FeatureSet, featureSetFor, type TermMoment } from '../core/model/feature-sets';
import { versionEvidence } from '../core/model/version-evidence';
import { type Usefulness, judgeUsefulness } from '../core/model/usefulness';
import { type AliasMove, SET_BY_TRAINING } from '../core/registry/aliases';
import { equityWarnings } from '../core/registry/equity-warning';
import { versionChecksum } from '../core/registry/integrity';
import { catchCurve } from '../core/scoring/catch-curve';
import { modelAttributes } from '../core/scoring/scoreability';
import { encodeReferenceSample } from '../core/drift/reference-codec';
import { referenceSampleThatFits } from '../core/drift/reference-sample';
import type { ModelVersion } from '../core/registry/model-version';
import { decidePromotion } from '../core/registry/promotion-gate';
import type { Settings } from '../core/settings';
import { PASSCOMPASS_VERSION } from '../version';
import { checkStudents } from './check-data';
import { fingerprint, trainingRows } from './training-rows';
import { type ExperimentRecord, experimentRow, nextRunId, versionsNamedIn } from './experiments';
import type { Dialogs, Digests, RecordSheet, SheetTable } from './ports';
import { Registry, type RegistrySheets } from './registry';
import { tierRuleOf } from './score/finish-run';
import { type SummaryReport, writeSummary } from './summary';

export interface TrainDeps extends RegistrySheets {
  students: SheetTable;
  issues: SheetTable;
  experiments: RecordSheet;
  summary: SummaryReport;
  settings: Settings;
  digests: Digests;
  dialogs: Dialogs;
  now: () => Date;
}

export interface TrainResult {
  runId: string;
  /**
   * The version registered; for a refused model (`alias` is `refused`), the candidate as it would have been
   * registered, which was not: no Versions row, no alias move, and its number is not taken.
   */
  version: ModelVersion;
  validated: CalibratedModel;
  alias: 'champion' | 'challenger' | 'refused';
  /** Why the gate chose the alias; for a refused model, why it was refused (`usefulness.refusals`, joined). */
  gateReason: string;
  /** The publication rules' figures: outcome counts, out-of-fold ROC AUC and its interval, refusals. */
  usefulness: Usefulness;
  /** The champion after the run (unchanged when the model was refused). */
  champion: number | null;
  /**
   * What the person must weigh before relying on the version: equity gaps above the acceptable gap that it
   * widens, compared with the champion it was measured against (`core/registry/equity-warning.ts`).
   */
  warnings: string[];
  notes: string[];
}

/**
 * Runs the whole training workflow. Throws `DataError` (friendly) for anything wrong with the roster. A model
 * that the publication rules refuse (`judgeUsefulness`: too few students of an outcome, or an out-of-fold ROC
 * AUC not clearly above 0.5) is recorded in Experiments with the reasons and is not registered: no Versions row
 * (a version is something that may score students; this model must not, even by a later promotion), no alias
 * move, and the champion stays as it was.
 */
export function trainModel(deps: TrainDeps): TrainResult {
  const started = deps.now();
  // Every read before the first write: in Sheets a read after a write forces the pending writes out first.
  const registry = Registry.read(deps, deps.digests);
  const experimentRows = deps.experiments.rows();
  const checked = checkStudents(deps.students, deps.issues);
  const { records, labels, groups } = trainingRows(checked, deps.settings.passMark);
  const moment = chooseMoment(checked, deps.settings);
  const allInputs = featureSetFor(moment, [...checked.columns.byAttribute.keys()]);
  const { featureSet, leftOut } = leavingOut(allInputs, deps.settings.leaveOutAttributes);
  const options = {
    folds: deps.settings.folds,
    seed: deps.settings.seed,
    topKShare: Math.min(1, deps.settings.capacity / Math.max(1, checked.records.length)),
  };
  // Platt scaling is folded into the model when it makes the cross-validated percentages more accurate.
  const validated = trainCalibrated({ records, labels, groups, featureSet }, options);
  // With attributes left out, the same cross-validation with them (same folds, seed and step choice), so the
  // school sees what leaving them out changes: the AUC, and the equity gaps it was meant to narrow.
  const withLeftOut =
    leftOut.length === 0 ? null : crossValidate({ records, labels, groups, featureSet: allInputs }, options);
  const evidence = versionEvidence({
    records,
    labels,
    trained: validated,
    withLeftOut,
    leftOut,
    rule: tierRuleOf(deps.settings),
    capacity: deps.settings.capacity,
    gapLimit: deps.settings.equityGapLimit,
    seed: deps.settings.seed,
  });
  writeSummary(deps.summary, checked, deps.settings.passMark);

  const notes: string[] = [];
  const dropped = validated.model.encoding.dropped;
  if (dropped.length > 0) {
    notes.push(`Not used, because every training row has the same value or none: ${dropped.join(', ')}.`);
  }
  const usefulness = judgeUsefulness(validated.validation.outOfFold, labels);
  const runId = nextRunId(experimentRows);
  // The add-on's version goes with the model, under the version's checksum: which code trained it.
  const modelJson = JSON.stringify({ ...validated.model, addOnVersion: PASSCOMPASS_VERSION });
  const candidate: ModelVersion = {
    version: registry.nextVersion(versionsNamedIn(experimentRows)),
    createdAt: deps.now().toISOString(),
    experimentId: runId,
    dataFingerprint: fingerprint(records, labels, deps.digests),
    rows: records.length,
    mode: moment,
    features: validated.model.encoding.features.map((f) => f.name),
    metrics: flatMetrics(validated),
    threshold: validated.threshold,
    modelJson,
    checksum: '',
    status: '',
    catchCurve: catchCurve(validated.validation.outOfFold, labels),
    referenceSample: encodeReferenceSample(
      referenceSampleThatFits(records, modelAttributes(validated.model), { seed: deps.settings.seed }),
    ),
    evidence,
  };
  const record = (outcome: string, version: number | null): ExperimentRecord => ({
    runId,
    at: started,
    dataFingerprint: candidate.dataFingerprint,
    rows: candidate.rows,
    mode: candidate.mode,
    version,
    validated,
    settings: deps.settings,
    seconds: (deps.now().getTime() - started.getTime()) / 1000,
    outcome,
  });

  if (usefulness.refusals.length > 0) {
    const why = usefulness.refusals.join(' ');
    notes.push(...registry.problems);
    deps.experiments.append([experimentRow(record(`refused, not registered: ${why}`, null))]);
    return {
      runId,
      version: candidate,
      validated,
      alias: 'refused',
      gateReason: why,
      usefulness,
      champion: registry.aliases().champion,
      warnings: [],
      notes,
    };
  }

  const version: ModelVersion = {
    ...candidate,
    checksum: versionChecksum(candidate, deps.digests.sha256Hex),
  };
  const champion = registry.championForGate();
  const decision = decidePromotion(version, champion);
  // Compared with the champion before this run, whichever alias the new version takes.
  const equity = equityWarnings(
    version,
    champion === null
      ? null
      : 'unusable' in champion
        ? { version: champion.version, evidence: null }
        : champion,
    deps.settings.equityGapLimit,
  );
  if (equity.standing) notes.push(equity.standing);
  notes.push(...registry.problems);
  const current = registry.aliases();
  const move: AliasMove = {
    at: version.createdAt,
    alias: decision.alias,
    from: current[decision.alias],
    to: version.version,
    by: SET_BY_TRAINING,
    reason: decision.reason,
  };
  registry.commit(version, [move]);
  const outcome = `${decision.alias}: ${decision.reason}${equity.brief ? `; ${equity.brief}` : ''}`;
  deps.experiments.append([experimentRow(record(outcome, version.version))]);
  return {
    runId,
    version,
    validated,
    alias: decision.alias,
    gateReason: decision.reason,
    usefulness,
    champion: registry.aliases().champion,
    warnings: equity.warnings,
    notes,
  };
}

/**
 * The feature set without the attributes the school chose to leave out (`leaveOutAttributes`), and those of
 * them it actually removed (an attribute the roster lacks was never an input).
 */
function leavingOut(
  inputs: FeatureSet,
  names: readonly string[],
): { featureSet: FeatureSet; leftOut: string[] } {
  const leftOut = inputs.attributes.filter((attribute) => names.includes(attribute));
  return {
    featureSet: { ...inputs, attributes: inputs.attributes.filter((a) => !leftOut.includes(a)) },
    leftOut,
  };
}

/** `auto`: mid-term when most rows have a first-period grade, early-term otherwise. */
function chooseMoment(checked: CheckedRoster, settings: Settings): TermMoment {
  if (settings.mode === 'mid' && !checked.columns.byAttribute.has('G1')) {
    throw new DataError(
      'The mid-term setting needs a first-period grade column ("G1"). Add it, or choose early term in Settings.',
      { row: 1, column: 'G1' },
    );
  }
  if (settings.mode !== 'auto') return settings.mode;
  // With a G1 column every record has a G1 value or null (blank); without one the count is not used below.
  const withG1 = checked.records.filter((r) => r['G1'] !== null).length;
  return checked.columns.byAttribute.has('G1') && withG1 >= checked.records.length / 2 ? 'mid' : 'early';
}

function flatMetrics(validated: CalibratedModel): Record<string, number> {
  const metrics: Record<string, number> = {};
  for (const [name, summary] of Object.entries(validated.validation.summary)) {
    metrics[name] = round(summary.mean);
    metrics[`${name}Sd`] = round(summary.sd);
  }
  // The Brier score before the calibration decision, and the correction when one was made (see
  // core/model/calibrated-training.ts): what the model card and the training report show.
  metrics['brierUncalibrated'] = round(validated.calibration.brierBefore);
  if (validated.calibration.platt) {
    metrics['plattA'] = round(validated.calibration.platt.a, 6);
    metrics['plattB'] = round(validated.calibration.platt.b, 6);
  }
  return metrics;
}

function round(x: number, digits = 4): number {
  return Number.isFinite(x) ? Number(x.toFixed(digits)) : x;
}
