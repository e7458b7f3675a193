/**
 * Integrity of the registry. A version whose model JSON no longer matches its checksum (edited by hand, pasted
 * over, truncated) is never loaded; the error names the version and says why, so a data lead can roll back.
 * Version numbers are never reused, even when rows have been deleted from the Versions sheet.
 */
import type { AliasMove } from './aliases';
import type { ModelVersion } from './model-version';

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

/** Returns `version` when its checksum matches its model JSON; throws `TamperedVersionError` otherwise. */
export function assertChecksumMatches(
  version: ModelVersion,
  sha256Hex: (text: string) => string,
): ModelVersion {
  const actual = sha256Hex(version.modelJson);
  if (actual !== version.checksum.trim().toLowerCase()) {
    throw new TamperedVersionError(
      version.version,
      'its model JSON does not match its checksum (the row was changed)',
    );
  }
  return version;
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
