/**
 * One registered model version: what a row of the `Versions` sheet holds. Rows are appended, never rewritten,
 * except for the `status` column, which only mirrors the alias table for people reading the sheet. The model JSON
 * lives in one cell, so it must fit the 50,000-character cell limit, and its checksum (`integrity.ts`) is what
 * makes an edited row detectable.
 *
 * Reading a row back is a schema check of every cell (`versionFromRow`): a row whose cells are not what
 * PassCompass writes is not a version, and the problem names the column. The contents that are expensive to
 * check (the model JSON, the reference sample) are checked when a version is loaded (`jobs/registry.ts`).
 */
import type { VersionEvidence } from '../model/evidence';
import { type CatchCurve, readCatchCurve } from '../scoring/catch-curve';
import { evidenceText, readEvidenceCell } from './evidence-codec';

export const CELL_CHARACTER_LIMIT = 50_000;

export type TermMode = 'early' | 'mid';

export interface ModelVersion {
  version: number;
  /** ISO 8601 time of registration. */
  createdAt: string;
  experimentId: string;
  /** SHA-256 over the training rows, so two versions can be compared on the same data. */
  dataFingerprint: string;
  rows: number;
  mode: TermMode;
  features: string[];
  /** Cross-validated means, e.g. `{ auc: 0.81, brier: 0.11 }`; NaN where a metric was undefined. */
  metrics: Record<string, number>;
  /** The probability at and above which a student counts as at risk. */
  threshold: number;
  modelJson: string;
  /**
   * SHA-256, hex, of the version's canonical text (`versionChecksum` in `integrity.ts`), which covers every
   * field PassCompass later trusts. Rows written by earlier versions hold the SHA-256 of `modelJson` only.
   */
  checksum: string;
  /** Display only: `champion`, `challenger` or `archived`, mirrored from the alias table. */
  status: string;
  /**
   * Recall of the out-of-fold risks by share flagged and by threshold (see `core/scoring/catch-curve.ts`), so
   * scoring can say how many future failures a tier should contain. Null for a row without it.
   */
  catchCurve: CatchCurve | null;
  /**
   * A seeded sample of the training inputs (`core/drift/reference-codec.ts` format), sized to fit one cell: what
   * the monitoring check compares new students with. Empty for a row without it.
   */
  referenceSample: string;
  /**
   * What the model card says: cross-validated metrics with intervals, calibration before and after, equity per
   * sensitive attribute (`core/model/evidence.ts`). Null for a row written before it existed.
   */
  evidence: VersionEvidence | null;
  /**
   * What the checksum vouched for when the version was loaded: `all` (every field above but `createdAt` and
   * `status`), or `model` for a row written before checksums covered more than the model JSON; absent for a
   * version that was never read from a sheet. See `integrity.ts` for what a `model` row is still trusted with.
   */
  checksumCovers?: 'all' | 'model';
}

export const VERSION_HEADER = [
  'Version',
  'Created',
  'Experiment',
  'Data fingerprint',
  'Rows',
  'Mode',
  'Features',
  'CV ROC AUC',
  'CV Brier',
  'Threshold',
  'Metrics (JSON)',
  'Model (JSON)',
  'Checksum (SHA-256)',
  'Status',
  'Catch curve (JSON)',
  'Reference sample (JSON)',
  'Evidence (JSON)',
] as const;

export const STATUS_COLUMN = VERSION_HEADER.indexOf('Status');

export type VersionRow = (string | number | Date)[];

/** The metrics as the `Metrics (JSON)` cell holds them (NaN, which JSON cannot hold, becomes null). */
export function metricsText(metrics: Readonly<Record<string, number>>): string {
  return JSON.stringify(metrics);
}

/** The catch curve as the `Catch curve (JSON)` cell holds it; '' for none. */
export function catchCurveText(curve: CatchCurve | null): string {
  return curve === null ? '' : JSON.stringify(curve);
}

/** The features as the `Features` cell holds them. */
export function featuresText(features: readonly string[]): string {
  return features.join(', ');
}

/** A display cell (`CV ROC AUC`, `CV Brier`): the metric, or blank when it is missing or undefined. */
function displayMetric(value: number | undefined): number | string {
  return value === undefined || !Number.isFinite(value) ? '' : value;
}

/** Throws `RangeError` when the model JSON or the evidence would not fit in one cell. */
export function versionToRow(v: ModelVersion): VersionRow {
  if (v.modelJson.length > CELL_CHARACTER_LIMIT) {
    throw new RangeError(
      `Model version ${v.version} is ${v.modelJson.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`,
    );
  }
  const evidence = evidenceText(v.evidence);
  if (evidence.length > CELL_CHARACTER_LIMIT) {
    throw new RangeError(
      `The evidence of model version ${v.version} is ${evidence.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`,
    );
  }
  return [
    v.version,
    // A Date, not the ISO text: Sheets would otherwise guess at the text's meaning.
    new Date(v.createdAt),
    v.experimentId,
    v.dataFingerprint,
    v.rows,
    v.mode,
    featuresText(v.features),
    displayMetric(v.metrics['auc']),
    displayMetric(v.metrics['brier']),
    v.threshold,
    metricsText(v.metrics),
    v.modelJson,
    v.checksum,
    v.status,
    catchCurveText(v.catchCurve),
    v.referenceSample,
    evidence,
  ];
}

/** Why a row is not a version: the column (a `VERSION_HEADER` name) and what is wrong with its cell. */
export interface RowProblem {
  column: string;
  problem: string;
}

const isWhole = (x: unknown, min: number): x is number =>
  typeof x === 'number' && Number.isInteger(x) && x >= min;

/** A cell for a message: text in quotes (cut short), a number as it is, a blank as "blank". */
export function describeCell(value: unknown): string {
  if (value === '' || value === null || value === undefined) return 'blank';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'not a valid date' : value.toISOString();
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 37)}…` : value}"`;
  return String(value);
}

/** True for a Date, from this realm or another (Sheets hands out dates of the script's own realm). */
const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** A time cell: a Date, or text a date can be read from; the ISO text, or null. */
export function timeOf(value: unknown): string | null {
  if (isDate(value)) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  // Blank or whitespace-only text parses as NaN, so it reads as no time without a test of its own.
  if (typeof value === 'string') {
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : new Date(ms).toISOString();
  }
  return null;
}

/** Parses the `Metrics (JSON)` cell: an object of numbers (null for an undefined metric, read as NaN). */
function readMetrics(text: unknown): Record<string, number> | string {
  if (typeof text !== 'string' || text.trim() === '') return 'is blank, not the JSON of the metrics';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    return 'is not a JSON object of metrics';
  const metrics: Record<string, number> = {};
  for (const [name, value] of Object.entries(parsed as Record<string, unknown>)) {
    if (value === null) metrics[name] = Number.NaN;
    else if (typeof value === 'number' && Number.isFinite(value)) metrics[name] = value;
    else return `holds ${JSON.stringify(value)} for "${name}", not a number`;
  }
  return metrics;
}

/** Parses the `Catch curve (JSON)` cell: blank, or a catch curve of the right shape. */
function readCatchCurveCell(text: unknown): CatchCurve | null | string {
  if (text === undefined || text === '') return null;
  if (typeof text !== 'string') return 'is not JSON text';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return 'is not valid JSON';
  }
  return readCatchCurve(parsed);
}

/**
 * Reads a row back, checking every cell against what PassCompass writes (the schema of a version row): a
 * version number ≥ 1, a creation time, text for the experiment, fingerprint and features, a row count ≥ 1, the
 * mode `early` or `mid`, display metrics that are numbers or blank, a threshold in [0, 1], metrics that are a JSON
 * object of numbers, model JSON within the cell limit, a 64-digit hex checksum, and a catch curve of 101 + 101
 * points in [0, 1] (or blank), and evidence of the shape `evidence-codec.ts` reads (or blank). Rows written
 * before the catch curve, reference sample and evidence columns existed have those cells blank. Returns the
 * version, or the first column that is wrong and why.
 */
export function versionFromRow(row: readonly unknown[]): ModelVersion | RowProblem {
  const [
    version,
    createdAt,
    experimentId,
    dataFingerprint,
    rows,
    mode,
    features,
    aucCell,
    brierCell,
    threshold,
    metrics,
    modelJson,
    checksum,
    status,
    catchCurveJson,
    referenceSample,
    evidenceJson,
  ] = row;
  const wrong = (column: (typeof VERSION_HEADER)[number], problem: string): RowProblem => ({
    column,
    problem,
  });
  if (!isWhole(version, 1))
    return wrong('Version', `is ${describeCell(version)}, not a version number (a whole number from 1)`);
  const created = timeOf(createdAt);
  if (created === null) return wrong('Created', `is ${describeCell(createdAt)}, not a time`);
  if (typeof experimentId !== 'string' || experimentId.trim() === '')
    return wrong('Experiment', `is ${describeCell(experimentId)}, not a run id`);
  if (typeof dataFingerprint !== 'string' || dataFingerprint.trim() === '')
    return wrong('Data fingerprint', `is ${describeCell(dataFingerprint)}, not a fingerprint`);
  if (!isWhole(rows, 1))
    return wrong('Rows', `is ${describeCell(rows)}, not a number of students (a whole number from 1)`);
  if (mode !== 'early' && mode !== 'mid') return wrong('Mode', `is ${describeCell(mode)}, not early or mid`);
  if (typeof features !== 'string' || features.trim() === '')
    return wrong('Features', `is ${describeCell(features)}, not a list of features`);
  for (const [column, cell] of [
    ['CV ROC AUC', aucCell],
    ['CV Brier', brierCell],
  ] as const) {
    // Display only (a copy of the metric); blank when the metric is undefined.
    if (cell !== '' && cell !== undefined && typeof cell !== 'number')
      return wrong(column, `is ${describeCell(cell)}, not a number`);
  }
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1))
    return wrong('Threshold', `is ${describeCell(threshold)}, not a probability from 0 to 1`);
  const parsedMetrics = readMetrics(metrics);
  if (typeof parsedMetrics === 'string') return wrong('Metrics (JSON)', parsedMetrics);
  if (typeof modelJson !== 'string' || modelJson.trim() === '')
    return wrong('Model (JSON)', `is ${describeCell(modelJson)}, not the JSON of a model`);
  if (modelJson.length > CELL_CHARACTER_LIMIT)
    return wrong('Model (JSON)', `is over the ${CELL_CHARACTER_LIMIT}-character cell limit`);
  if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/i.test(checksum.trim()))
    return wrong(
      'Checksum (SHA-256)',
      `is ${describeCell(checksum)}, not a SHA-256 checksum (64 hex digits)`,
    );
  const curve = readCatchCurveCell(catchCurveJson);
  if (typeof curve === 'string') return wrong('Catch curve (JSON)', curve);
  if (referenceSample !== undefined && typeof referenceSample !== 'string')
    return wrong('Reference sample (JSON)', `is ${describeCell(referenceSample)}, not JSON text`);
  const evidence = readEvidenceCell(evidenceJson);
  if (typeof evidence === 'string') return wrong('Evidence (JSON)', evidence);
  return {
    version,
    createdAt: created,
    experimentId,
    dataFingerprint,
    rows,
    mode,
    features: features
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean),
    metrics: parsedMetrics,
    threshold,
    modelJson,
    checksum: checksum.trim().toLowerCase(),
    status: typeof status === 'string' ? status : String(status ?? ''),
    catchCurve: curve,
    referenceSample: referenceSample ?? '',
    evidence,
  };
}

/** True for a row with nothing in it (left by hand between records), which is skipped without a word. */
export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every((cell) => cell === '' || cell === null || cell === undefined);
}
