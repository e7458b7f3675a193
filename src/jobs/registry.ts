/**
 * The model registry as jobs see it: the `Versions` and `Aliases` record sheets read once, parsed, and written
 * back in one write each. Versions are only ever added; the one column rewritten is `Status`, which mirrors the
 * aliases for people reading the sheet. Loading a version checks its checksum first.
 */
import {
  ALIAS_HEADER,
  type AliasMove,
  type AliasName,
  aliasMoveFromRow,
  aliasMoveToRow,
  currentAliases,
  statusOf,
} from '../core/registry/aliases';
import { TamperedVersionError, assertChecksumMatches, nextVersionNumber } from '../core/registry/integrity';
import {
  type ModelVersion,
  VERSION_HEADER,
  versionFromRow,
  versionToRow,
} from '../core/registry/model-version';
import type { CellValue, Digests, RecordSheet } from './ports';

export const VERSIONS_SHEET = 'Versions';
export const ALIASES_SHEET = 'Aliases';
export { ALIAS_HEADER, VERSION_HEADER };

export interface RegistrySheets {
  versions: RecordSheet;
  aliases: RecordSheet;
}

export class Registry {
  readonly versions: (ModelVersion | { problem: string; row: number })[];
  readonly history: AliasMove[];

  private constructor(
    private readonly sheets: RegistrySheets,
    private readonly digests: Digests,
    private readonly versionRows: CellValue[][],
    aliasRows: CellValue[][],
  ) {
    this.versions = versionRows.map((row, i) => {
      const parsed = versionFromRow(row);
      return 'problem' in parsed ? { ...parsed, row: i + 2 } : parsed;
    });
    this.history = aliasRows.map(aliasMoveFromRow).filter((m): m is AliasMove => m !== null);
  }

  /** Reads both sheets (one read each). */
  static read(sheets: RegistrySheets, digests: Digests): Registry {
    return new Registry(sheets, digests, sheets.versions.rows(), sheets.aliases.rows());
  }

  aliases(): Record<AliasName, number | null> {
    return currentAliases(this.history);
  }

  nextVersion(experimentVersions: readonly number[] = []): number {
    const numbers = this.versions.flatMap((v) => ('version' in v ? [v.version] : []));
    return nextVersionNumber(numbers, this.history, experimentVersions);
  }

  /** The version with checksum verified. Throws `TamperedVersionError` when it is missing, malformed or altered. */
  load(version: number): ModelVersion {
    const found = this.versions.find((v) => 'version' in v && v.version === version);
    if (!found || !('version' in found)) {
      throw new TamperedVersionError(version, 'its row is missing from the Versions sheet or unreadable');
    }
    return assertChecksumMatches(found, (text) => this.digests.sha256Hex(text));
  }

  /** The champion, verified; null when there is none yet. */
  champion(): ModelVersion | null {
    const number = this.aliases().champion;
    return number === null ? null : this.load(number);
  }

  /**
   * Writes a new version (if any) and alias moves: appends the moves to Aliases, and rewrites Versions in one
   * write so that every row's Status mirrors the aliases after the moves.
   */
  commit(added: ModelVersion | null, moves: AliasMove[]): void {
    this.history.push(...moves);
    if (added) this.versions.push(added);
    const aliases = this.aliases();
    // Only the Status cell of a readable row changes; an unreadable row is written back exactly as it was read.
    const rows = this.versions.map((v, i) =>
      'version' in v
        ? versionToRow({ ...v, status: statusOf(v.version, aliases) })
        : (this.versionRows[i] ?? []),
    );
    if (moves.length > 0) this.sheets.aliases.append(moves.map(aliasMoveToRow));
    this.sheets.versions.rewrite(rows);
  }
}
