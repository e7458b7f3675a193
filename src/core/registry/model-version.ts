/**
 * One registered model version: what a row of the `Versions` sheet holds. Rows are appended, never rewritten,
 * except for the `status` column, which only mirrors the alias table for people reading the sheet. The model JSON
 * lives in one cell, so it must fit the 50,000-character cell limit, and its checksum is what makes an edited row
 * detectable.
 */

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
  /** Cross-validated means, e.g. `{ auc: 0.81, brier: 0.11 }`. */
  metrics: Record<string, number>;
  /** The probability at and above which a student counts as at risk. */
  threshold: number;
  modelJson: string;
  /** SHA-256 of `modelJson`, hex. */
  checksum: string;
  /** Display only: `champion`, `challenger` or `archived`, mirrored from the alias table. */
  status: string;
  /**
   * Recall of the out-of-fold risks by share flagged and by threshold (see `core/scoring/catch-curve.ts`), so
   * scoring can say how many future failures a tier should contain. Plain JSON; null for a row without it.
   */
  catchCurve: unknown;
  /**
   * A seeded sample of the training inputs (`core/drift/reference-codec.ts` format), sized to fit one cell: what
   * the monitoring check compares new students with. Empty for a row without it.
   */
  referenceSample: string;
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
] as const;

export const STATUS_COLUMN = VERSION_HEADER.indexOf('Status');

export type VersionRow = (string | number | Date)[];

/** Throws `RangeError` when the model JSON would not fit in one cell. */
export function versionToRow(v: ModelVersion): VersionRow {
  if (v.modelJson.length > CELL_CHARACTER_LIMIT) {
    throw new RangeError(
      `Model version ${v.version} is ${v.modelJson.length} characters of JSON, over the ${CELL_CHARACTER_LIMIT}-character cell limit.`,
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
    v.features.join(', '),
    v.metrics['auc'] ?? '',
    v.metrics['brier'] ?? '',
    v.threshold,
    JSON.stringify(v.metrics),
    v.modelJson,
    v.checksum,
    v.status,
    v.catchCurve === null ? '' : JSON.stringify(v.catchCurve),
    v.referenceSample,
  ];
}

/** Reads a row back; returns a reason instead of a version when the row is not a well-formed record. */
export function versionFromRow(row: readonly unknown[]): ModelVersion | { problem: string } {
  const [
    version,
    createdAt,
    experimentId,
    dataFingerprint,
    rows,
    mode,
    features,
    ,
    ,
    threshold,
    metrics,
    modelJson,
    checksum,
    status,
    catchCurveJson,
    referenceSample,
  ] = row;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { problem: 'no version number' };
  if (mode !== 'early' && mode !== 'mid') return { problem: `unknown mode "${String(mode)}"` };
  if (typeof modelJson !== 'string' || typeof checksum !== 'string')
    return { problem: 'model JSON or checksum missing' };
  let parsedMetrics: Record<string, number>;
  try {
    parsedMetrics = JSON.parse(String(metrics)) as Record<string, number>;
  } catch {
    return { problem: 'metrics are not valid JSON' };
  }
  return {
    version,
    createdAt: createdAt instanceof Date ? createdAt.toISOString() : String(createdAt),
    experimentId: String(experimentId),
    dataFingerprint: String(dataFingerprint),
    rows: Number(rows),
    mode,
    features: String(features)
      .split(',')
      .map((f) => f.trim())
      .filter(Boolean),
    metrics: parsedMetrics,
    threshold: Number(threshold),
    modelJson,
    checksum,
    status: String(status),
    catchCurve: parseOrNull(catchCurveJson),
    referenceSample: typeof referenceSample === 'string' ? referenceSample : '',
  };
}

function parseOrNull(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
