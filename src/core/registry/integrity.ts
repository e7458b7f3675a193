/**
 * Integrity of the registry. Each version's checksum is the SHA-256 of one canonical text (`canonicalVersionText`)
 * that covers every field PassCompass later trusts: the version number, the experiment, the data fingerprint, the
 * number of training rows, the mode, the features, the cross-validated metrics, the threshold, the model JSON,
 * the catch curve, the reference sample and the evidence (what the model card shows). Only the creation time and
 * the `Status` mirror are left out (the time is shown, never used, and a spreadsheet may round it; the status is
 * rewritten from the Aliases history). A version whose row no longer matches its checksum is never loaded; the
 * error names the version and says why, so a data lead can roll back.
 *
 * Rows written before the evidence existed were checksummed under format 2, the same text without it; such a
 * row still verifies in full (`all`) as long as its evidence cell is blank, which is how it was written.
 *
 * Rows written before this rule hold the SHA-256 of the model JSON only. They still load, but only the model
 * JSON is vouched for: what can be recomputed from it (the mode, the features, the number of training rows) is
 * taken from it, and the rest (metrics, threshold, catch curve, reference sample, fingerprint) is untrusted.
 * The promotion gate never compares with such a version's AUC, and scoring promises no share of failures caught
 * from its catch curve (see `trustOfLegacyVersion`).
 *
 * Version numbers are never reused, even when rows have been deleted from the Versions sheet.
 */
import type { AliasMove } from './aliases';
import { evidenceText } from './evidence-codec';
import { type ModelVersion, type TermMode, catchCurveText, featuresText, metricsText } from './model-version';

export class TamperedVersionError extends Error {
  constructor(
    readonly version: number,
    readonly why: string,
  ) {
    super(
      `Model version ${version} was not loaded: ${why}. Roll back to an earlier version or train a new one.`,
    );
    this.name = 'TamperedVersionError';
  }
}

/** The tag that starts every canonical text, so that a later layout cannot be mistaken for this one. */
export const CANONICAL_FORMAT = 'passcompass-version/3';
/** The format before the evidence was covered (and existed). */
export const CANONICAL_FORMAT_2 = 'passcompass-version/2';

/**
 * The one canonical serialisation of a version: a JSON array of the covered fields in a fixed order, each as its
 * cell holds it (metrics, catch curve, features and evidence in the text `versionToRow` writes). Reading a row
 * back and serialising it again gives the same text, so the checksum can be recomputed from the sheet.
 */
export function canonicalVersionText(v: ModelVersion): string {
  return JSON.stringify([...format2Fields(v, CANONICAL_FORMAT), evidenceText(v.evidence)]);
}

/** The canonical text of format 2: every covered field but the evidence. */
export function canonicalVersionText2(v: ModelVersion): string {
  return JSON.stringify(format2Fields(v, CANONICAL_FORMAT_2));
}

function format2Fields(v: ModelVersion, format: string): (string | number)[] {
  return [
    format,
    v.version,
    v.experimentId,
    v.dataFingerprint,
    v.rows,
    v.mode,
    featuresText(v.features),
    metricsText(v.metrics),
    v.threshold,
    v.modelJson,
    catchCurveText(v.catchCurve),
    v.referenceSample,
  ];
}

/** The checksum Train model stores: SHA-256 (hex) of `canonicalVersionText(v)`. */
export function versionChecksum(v: ModelVersion, sha256Hex: (text: string) => string): string {
  return sha256Hex(canonicalVersionText(v));
}

/**
 * What `version`'s checksum covers: `all` when it matches `versionChecksum`, or the format-2 checksum of a row
 * without evidence; `model` when it is the checksum an earlier PassCompass wrote (of the model JSON only) and
 * that still matches. Throws `TamperedVersionError` when it matches none: some covered cell was changed.
 */
export function verifyChecksum(version: ModelVersion, sha256Hex: (text: string) => string): 'all' | 'model' {
  const stored = version.checksum.trim().toLowerCase();
  if (versionChecksum(version, sha256Hex) === stored) return 'all';
  // Evidence added to a format-2 row is covered by nothing: only a blank evidence cell keeps it whole.
  if (version.evidence === null && sha256Hex(canonicalVersionText2(version)) === stored) return 'all';
  if (sha256Hex(version.modelJson) === stored) return 'model';
  throw new TamperedVersionError(
    version.version,
    'its row no longer matches its checksum: a cell the checksum covers was changed (model JSON, mode, ' +
      'features, metrics, threshold, catch curve, reference sample, evidence, rows, fingerprint or version number)',
  );
}

/** What a model's own JSON says about it, for rows whose checksum covers only that JSON. */
export interface ModelFacts {
  mode: TermMode;
  features: string[];
  rows: number;
}

/**
 * A version whose checksum covers only its model JSON (`verifyChecksum` gave `model`), made safe to use: the
 * mode, features and row count are replaced by what the model JSON says (`facts`), the catch curve, which
 * nothing can recompute, is dropped, and `notes` say, in words naming the row, what was replaced and what is
 * not trusted. The metrics stay for display; the promotion gate refuses to compare with them.
 */
export function trustOfLegacyVersion(
  version: ModelVersion,
  facts: ModelFacts,
  sheetRow: number,
): { version: ModelVersion; notes: string[] } {
  const where = `Versions row ${sheetRow}`;
  const notes = [
    `Model version ${version.version} (${where}) was recorded by an earlier PassCompass, whose checksum covers ` +
      'only its model JSON: its metrics, threshold, catch curve and reference sample cannot be verified, so its ' +
      'AUC is never used to replace a champion automatically and no share of failures caught is promised ' +
      'from it. Train a new version to have every field checked.',
  ];
  const replaced: string[] = [];
  if (version.mode !== facts.mode)
    replaced.push(`Mode reads "${version.mode}" but the model is ${facts.mode}-term`);
  if (featuresText(version.features) !== featuresText(facts.features))
    replaced.push('Features do not list the features of the model');
  if (version.rows !== facts.rows)
    replaced.push(`Rows reads ${version.rows} but the model was trained on ${facts.rows}`);
  if (replaced.length > 0)
    notes.push(`${where}: ${replaced.join('; ')}. PassCompass uses what the model JSON says.`);
  return {
    version: {
      ...version,
      mode: facts.mode,
      features: facts.features,
      rows: facts.rows,
      catchCurve: null,
      // Nothing vouches for evidence on such a row (an earlier PassCompass never wrote any).
      evidence: null,
      checksumCovers: 'model',
    },
    notes,
  };
}

/** One more than any version number seen in the Versions sheet, the alias history or the experiments. */
export function nextVersionNumber(
  versions: readonly number[],
  history: readonly AliasMove[],
  experimentVersions: readonly number[] = [],
): number {
  const seen = [...versions, ...experimentVersions];
  for (const move of history) {
    if (move.from !== null) seen.push(move.from);
    if (move.to !== null) seen.push(move.to);
  }
  return seen.reduce((max, v) => Math.max(max, v), 0) + 1;
}
