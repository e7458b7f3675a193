/**
 * What one monitoring check finds, before anything is written or sent: the champion's reference sample against
 * this term's rows (drift), the `Students` sheet against the data dictionary and the training sample (data
 * quality), and, once final grades exist, the champion's logged predictions against them (realised accuracy).
 *
 * Drift compares the inputs of the latest scoring run when one was scored with the champion since the last
 * check (exactly what the model saw), otherwise the `Students` sheet as it stands. Data quality always reads
 * the `Students` sheet, since its problems are about the import and must name sheet rows a teacher can open.
 */
import { decodeReferenceSample } from '../../core/drift/reference-codec';
import { type ColumnTable, type DriftValue, columnOf } from '../../core/drift/column-table';
import { type DatasetDrift, datasetDrift } from '../../core/drift/dataset-drift';
import { ANY_DRIFTED_COLUMN, type CheckSummary, checkVerdict } from '../../core/monitoring/check-verdict';
import { type DataQualityReport, dataQuality } from '../../core/monitoring/data-quality';
import { describeShift } from '../../core/monitoring/describe-shift';
import {
  type CrossValidatedExpectations,
  type GradedPrediction,
  type RealisedAccuracy,
  realisedAccuracy,
} from '../../core/monitoring/realised-accuracy';
import type { LogisticModel } from '../../core/model/logistic';
import type { ModelVersion } from '../../core/registry/model-version';
import { type CatchCurve, expectedCatch } from '../../core/scoring/catch-curve';
import { pseudonym } from '../../core/scoring/pseudonym';
import { scoreability, modelAttributes } from '../../core/scoring/scoreability';
import type { Tier } from '../../core/scoring/tiers';
import type { Settings } from '../../core/settings';
import { tierRuleOf } from '../score/finish-run';
import { latestLoggedRun, predictionsByKey, readStudents, tableOfRows } from './current-rows';
import type { CellValue } from '../ports';

export interface CheckData {
  champion: ModelVersion;
  /** The `Students` sheet, header first. */
  students: CellValue[][];
  /** The inference log's rows below its header. */
  log: CellValue[][];
  /** The run the previous check compared; a later run is new. */
  lastComparedRun: string | null;
  settings: Settings;
  /** The salt of the pseudonymous keys, or null before anything was scored. */
  salt: string | null;
  sha256Hex: (text: string) => string;
}

export interface Findings {
  version: ModelVersion;
  /** What drift compared, in words. */
  source: string;
  /** The run compared, when drift read the log. */
  comparedRun: string | null;
  rowsCompared: number;
  drift: DatasetDrift | null;
  /** Per tested column, what moved in words. */
  moved: Map<string, string>;
  quality: DataQualityReport;
  accuracy: RealisedAccuracy | null;
  summary: CheckSummary;
}

/**
 * What cross-validation promised for this version. The High tier's recall is read off the catch curve for the
 * tier rule in settings (see `expectedCatch`); its precision follows for a capacity rule (recall × fail rate ÷
 * share flagged) and is not known for a threshold rule.
 */
function expectations(version: ModelVersion, settings: Settings, scored: number): CrossValidatedExpectations {
  const expected: { -readonly [K in keyof CrossValidatedExpectations]: CrossValidatedExpectations[K] } = {
    auc: version.metrics['auc'] ?? 0.5,
    accuracy: version.metrics['accuracy'] ?? 0.5,
    threshold: version.threshold,
  };
  const curve = version.catchCurve as CatchCurve | null;
  // `scored` is at least 1 here: it counts the logged predictions, and expectations are only asked for pairs.
  if (curve) {
    const rule = tierRuleOf(settings);
    const recall = expectedCatch(curve, rule, scored);
    if (Number.isFinite(recall)) expected.highRecall = recall;
    if (rule.kind === 'capacity' && Number.isFinite(recall)) {
      const share = Math.min(1, rule.capacity / scored);
      expected.highPrecision = Math.min(1, (recall * curve.failRate) / share);
    }
  }
  return expected;
}

function driftOf(reference: ColumnTable | null, current: ColumnTable, attributes: readonly string[]) {
  if (!reference) return { drift: null, moved: new Map<string, string>() };
  const drift = datasetDrift(reference, current, { columns: attributes, driftShare: ANY_DRIFTED_COLUMN });
  const moved = new Map<string, string>();
  for (const column of drift.columns)
    if (column.status === 'tested')
      moved.set(
        column.column,
        describeShift(
          column,
          // Stryker disable next-line StringLiteral: datasetDrift has read this column from both tables, so columnOf never throws and never names a table
          columnOf(reference, column.column, 'reference'),
          // Stryker disable next-line StringLiteral: as above, the current table has every column datasetDrift tested
          columnOf(current, column.column, 'current'),
        ),
      );
  return { drift, moved };
}

/**
 * What stands in for the reference sample of a version that has none (saved before samples were kept, or its
 * sample unreadable): each categorical input's levels the model learned, its reference level and one per
 * indicator, so a category the training rows held is not reported as unseen. Numeric columns stay empty, so a
 * blank share is measured against none. O(features).
 */
function learnedLevels(model: LogisticModel, attributes: readonly string[]): ColumnTable {
  const table: Record<string, DriftValue[]> = Object.fromEntries(attributes.map((name) => [name, []]));
  for (const [attribute, level] of Object.entries(model.encoding.references)) table[attribute]?.push(level);
  for (const feature of model.encoding.features)
    if ('level' in feature) table[feature.attribute]?.push(feature.level);
  return table;
}

/** The findings of one check on `data` (see the module comment). O(rows × attributes + log rows). */
export function inspect(data: CheckData): Findings {
  const version = data.champion;
  const model = JSON.parse(version.modelJson) as LogisticModel;
  const attributes = modelAttributes(model);
  const reference = version.referenceSample ? decodeReferenceSample(version.referenceSample).table : null;
  const students = readStudents(data.students, attributes);

  const run = latestLoggedRun(data.log, (v) => (v === version.version ? attributes : null));
  const fresh = run !== null && run.runId !== data.lastComparedRun;
  const current = fresh ? run.table : tableOfRows(students.rows, attributes);
  const source = fresh ? `Inference log, run ${run.runId}` : 'Students sheet';
  const rowsCompared = fresh ? run.rows : students.rows.length;
  const { drift, moved } = driftOf(reference, current, attributes);

  // Read as scoring reads them: an invalid cell is blank there, and too many blanks stop a row being scored.
  const notScored = students.rows
    .filter((row) => !scoreability(model, row.asScored).ok)
    .map((r) => r.sheetRow);
  const quality = dataQuality({
    attributes,
    reference: reference ?? learnedLevels(model, attributes),
    rows: students.rows,
    rosterHeaders: students.header,
    notScoredRows: notScored,
  });

  const accuracy = realised(data, students.rows, version);
  const summary = checkVerdict({ drift, dataQuality: quality.problems, accuracy });
  return {
    version,
    source,
    comparedRun: fresh ? run.runId : data.lastComparedRun,
    rowsCompared,
    drift,
    moved,
    quality,
    accuracy,
    summary,
  };
}

/** Final grades joined with the version's logged predictions through the pseudonymous key; null without grades. */
function realised(
  data: CheckData,
  rows: ReturnType<typeof readStudents>['rows'],
  version: ModelVersion,
): RealisedAccuracy | null {
  const graded = rows.filter((row) => row.finalGrade !== null);
  if (data.salt === null) return null;
  const predictions = predictionsByKey(data.log, version.version);
  const pairs: GradedPrediction[] = [];
  for (const row of graded) {
    const logged = predictions.get(pseudonym(row.key, data.salt, data.sha256Hex));
    if (!logged) continue;
    const tier = [
      'High',
      // Stryker disable next-line StringLiteral: realisedAccuracy counts only the High tier, so a Medium pair read as no tier ('') measures the same
      'Medium',
      // Stryker disable next-line StringLiteral: likewise for a Low pair
      'Low',
    ].includes(logged.tier)
      ? (logged.tier as Tier)
      : '';
    pairs.push({ risk: logged.risk, tier, failed: (row.finalGrade as number) < data.settings.passMark });
  }
  if (pairs.length === 0) return null;
  return realisedAccuracy(pairs, expectations(version, data.settings, predictions.size));
}
