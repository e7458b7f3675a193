/**
 * Import BigQuery ML weights: the way back from a district's warehouse. A model trained with the CREATE MODEL
 * that `export-sql --create-model` wrote from version N is pasted in as the rows of `ML.WEIGHTS`
 * (`core/sql/bqml-weights.ts`), becomes a model with version N's encoding, is measured on the labelled rows of
 * this workbook's roster, and, if the publication rules accept it (`core/model/usefulness.ts`), is registered as
 * a new version and made the challenger. Never the champion: its figures were not cross-validated (the
 * district trained it, maybe on these very students), so a person promotes it, or not, after reading them.
 *
 * The version carries what a trained one carries, measured on these rows instead of out of fold: ROC AUC,
 * Brier, accuracy at 50%, the threshold-rule metrics at a threshold chosen on these rows (F1, as training
 * chooses it), top-K, the catch curve, and a reference sample for the daily drift check. It has no evidence
 * (intervals, calibration, equity are cross-validation's), and its model card says so. One Experiments row
 * records the import.
 */
import type { StudentRecord } from '../core/data/dictionary';
import { DataError } from '../core/errors';
import { encodeReferenceSample } from '../core/drift/reference-codec';
import { referenceSampleThatFits } from '../core/drift/reference-sample';
import type { LogisticModel } from '../core/model/logistic';
import { brierScore, metricsAtThreshold, rocAuc, topKMetrics } from '../core/model/metrics';
import { readModel } from '../core/model/model-schema';
import { riskOfFailing } from '../core/model/score';
import { chooseThreshold } from '../core/model/threshold';
import { type Usefulness, judgeUsefulness } from '../core/model/usefulness';
import { type AliasMove, SET_BY_IMPORT } from '../core/registry/aliases';
import { versionChecksum } from '../core/registry/integrity';
import type { ModelVersion } from '../core/registry/model-version';
import { catchCurve } from '../core/scoring/catch-curve';
import { modelAttributes, scoreability } from '../core/scoring/scoreability';
import type { Settings } from '../core/settings';
import { importedModel, readBigQueryWeights } from '../core/sql/bqml-weights';
import { PASSCOMPASS_VERSION } from '../version';
import { checkStudents } from './check-data';
import { EXPERIMENT_HEADER, nextRunId, versionsNamedIn } from './experiments';
import type { CellValue, Digests, RecordSheet, SheetTable } from './ports';
import { Registry, type RegistrySheets } from './registry';
import { fingerprint, trainingRows } from './training-rows';

export interface ImportWeightsDeps extends RegistrySheets {
  students: SheetTable;
  issues: SheetTable;
  experiments: RecordSheet;
  settings: Settings;
  digests: Digests;
  now: () => Date;
}

export type ImportResult =
  | {
      status: 'registered';
      runId: string;
      version: ModelVersion;
      /** The version whose inputs the weights were fitted on. */
      inputsOf: number;
      /** Labelled rows the model was measured on, and those left out because they cannot be scored. */
      measured: number;
      notScored: number;
      notes: string[];
    }
  | { status: 'refused'; runId: string; inputsOf: number; why: string; usefulness: Usefulness };

const round = (x: number, digits = 4) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : x);

/** The labelled rows `model` can score (`scoreability`), and how many it cannot. @throws DataError. */
function measurableRows(deps: ImportWeightsDeps, model: LogisticModel, inputsOf: number) {
  const checked = checkStudents(deps.students, deps.issues);
  const missing = modelAttributes(model).filter((a) => !checked.columns.byAttribute.has(a));
  if (missing.length > 0)
    throw new DataError(
      `The Students sheet has no column for ${missing.join(', ')}, which version ${inputsOf}'s inputs read.`,
      { row: 1, column: missing[0] },
    );
  const all = trainingRows(checked, deps.settings.passMark);
  const keep = all.records.map((record) => scoreability(model, record).ok);
  return {
    records: all.records.filter((_, i) => keep[i]),
    labels: all.labels.filter((_, i) => keep[i]),
    notScored: keep.filter((ok) => !ok).length,
  };
}

/** The metrics of the risks on these rows, in the keys a trained version uses (without spreads). */
function measuredMetrics(
  risks: readonly number[],
  labels: readonly number[],
  threshold: number,
  capacity: number,
) {
  const at = metricsAtThreshold(risks, labels, threshold);
  const topK = topKMetrics(risks, labels, Math.max(1, Math.min(capacity, risks.length)));
  return {
    auc: round(rocAuc(risks, labels)),
    brier: round(brierScore(risks, labels)),
    accuracyAtHalf: round(metricsAtThreshold(risks, labels, 0.5).accuracy),
    accuracy: round(at.accuracy),
    precision: round(at.precision),
    recall: round(at.recall),
    f1: round(at.f1),
    topKRecall: round(topK.recall),
    topKPrecision: round(topK.precision),
  };
}

/** Imports the weights in `text` (see the module comment). @throws DataError for anything the person must fix. */
export function importBigQueryWeights(deps: ImportWeightsDeps, text: string): ImportResult {
  const started = deps.now();
  const registry = Registry.read(deps, deps.digests);
  const experimentRows = deps.experiments.rows();
  const weights = readBigQueryWeights(text);
  const known = registry.versions.some((v) => 'version' in v && v.version === weights.version);
  const claimed = registry.versions.some((v) => 'claims' in v && v.claims === weights.version);
  if (!known && !claimed)
    throw new DataError(
      `These weights were fitted on the inputs of version ${weights.version} (their names start v${weights.version}_), ` +
        'which this spreadsheet has never registered: import them where export-sql --create-model was run.',
    );
  const source = registry.load(weights.version);
  const sourceModel = readModel(source.modelJson);
  // registry.load has checked the model JSON; this only narrows the type.
  if (typeof sourceModel === 'string')
    // Stryker disable next-line StringLiteral: unreachable, registry.load has already refused a model JSON readModel cannot read
    throw new DataError(`Version ${weights.version}'s model ${sourceModel}.`);
  // The encoding is all the import needs from the source; the counts are filled in once the rows are known.
  const probe = importedModel(sourceModel, weights, { rows: 1, failures: 0 });
  const { records, labels, notScored } = measurableRows(deps, probe, weights.version);
  const failures = labels.reduce((sum: number, label) => sum + label, 0);
  const model = importedModel(sourceModel, weights, { rows: records.length, failures });
  const risks = riskOfFailing(model, records);
  const usefulness = judgeUsefulness(risks, labels, 'ROC AUC on the graded students of this workbook');
  const runId = nextRunId(experimentRows);
  const dataFingerprint = fingerprint(records, labels, deps.digests);
  const row = (outcome: string, version: number | null, metrics: Record<string, number> | null) =>
    importRow({
      runId,
      at: started,
      dataFingerprint,
      records,
      failures,
      mode: source.mode,
      weights,
      deps,
      version,
      metrics,
      outcome,
    });

  if (usefulness.refusals.length > 0) {
    const turned =
      usefulness.outOfFoldAuc < 0.5
        ? ' The weights rank students who failed below those who passed: check that the model was trained on ' +
          'failed = 1 for a final grade below the pass mark, as the CREATE MODEL says.'
        : '';
    const why = usefulness.refusals.join(' ') + turned;
    deps.experiments.append([row(`refused, not registered: ${why}`, null, null)]);
    return { status: 'refused', runId, inputsOf: weights.version, why, usefulness };
  }

  const threshold = chooseThreshold(risks, labels, 'f1');
  const metrics = measuredMetrics(risks, labels, threshold, deps.settings.capacity);
  const candidate: ModelVersion = {
    version: registry.nextVersion(versionsNamedIn(experimentRows)),
    createdAt: deps.now().toISOString(),
    experimentId: runId,
    dataFingerprint,
    rows: records.length,
    mode: source.mode,
    features: model.encoding.features.map((f) => f.name),
    metrics,
    threshold,
    modelJson: JSON.stringify({ ...model, addOnVersion: PASSCOMPASS_VERSION }),
    // Stryker disable next-line StringLiteral: equivalent, the checksum covers no checksum cell and is set just below
    checksum: '',
    status: '',
    catchCurve: catchCurve(risks, labels),
    referenceSample: encodeReferenceSample(
      referenceSampleThatFits(records, modelAttributes(model), { seed: deps.settings.seed }),
    ),
    evidence: null,
  };
  const version: ModelVersion = {
    ...candidate,
    checksum: versionChecksum(candidate, deps.digests.sha256Hex),
  };
  const reason =
    `imported from BigQuery ML on the inputs of version ${weights.version}; measured on ${records.length} ` +
    'rows of this workbook, not cross-validated';
  const move: AliasMove = {
    at: version.createdAt,
    alias: 'challenger',
    from: registry.aliases().challenger,
    to: version.version,
    by: SET_BY_IMPORT,
    reason,
  };
  registry.commit(version, [move]);
  deps.experiments.append([row(`challenger: ${reason}`, version.version, metrics)]);
  const notes = [...registry.problems];
  if (notScored > 0)
    notes.push(
      `${notScored} graded row${notScored === 1 ? ' was' : 's were'} left out: they cannot be scored.`,
    );
  return {
    status: 'registered',
    runId,
    version,
    inputsOf: weights.version,
    measured: records.length,
    notScored,
    notes,
  };
}

interface ImportRecord {
  runId: string;
  at: Date;
  dataFingerprint: string;
  records: readonly StudentRecord[];
  failures: number;
  mode: string;
  weights: { version: number };
  deps: ImportWeightsDeps;
  version: number | null;
  metrics: Record<string, number> | null;
  outcome: string;
}

/** The Experiments row of an import: the measured figures where cross-validated ones would be, no per-fold. */
function importRow(r: ImportRecord): CellValue[] {
  const m = (name: string) => r.metrics?.[name] ?? '';
  const parameters = {
    importedFrom: 'BigQuery ML',
    inputsOf: r.weights.version,
    measuredOn: 'this workbook’s graded rows, not cross-validated',
    passMark: r.deps.settings.passMark,
    capacity: r.deps.settings.capacity,
    addOnVersion: PASSCOMPASS_VERSION,
  };
  const row: CellValue[] = [
    r.runId,
    r.at,
    r.dataFingerprint,
    r.records.length,
    r.failures,
    r.mode,
    JSON.stringify(parameters),
    m('auc'),
    '',
    m('accuracy'),
    m('precision'),
    m('recall'),
    m('f1'),
    m('brier'),
    m('topKRecall'),
    m('topKPrecision'),
    '[]',
    Number(((r.deps.now().getTime() - r.at.getTime()) / 1000).toFixed(2)),
    r.version ?? '',
    r.outcome,
  ];
  // Stryker disable next-line ConditionalExpression: invariant guard, the literal row above always has the header's length
  if (row.length !== EXPERIMENT_HEADER.length)
    // Stryker disable next-line StringLiteral: unreachable while the row literal matches EXPERIMENT_HEADER
    throw new Error('The import row does not fit the Experiments header.');
  return row;
}
