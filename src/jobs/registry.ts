/**
 * The model registry as jobs see it: the `Versions` and `Aliases` record sheets read once, parsed, and written
 * back in one write each. Versions are only ever added; the one column rewritten is `Status`, which mirrors the
 * aliases for people reading the sheet.
 *
 * One source of truth: where `champion` and `challenger` point is read from the Aliases history only. The
 * Status column is a mirror; when it disagrees (two rows saying champion, say), the Aliases decide, the
 * problem is reported, and the next commit rewrites the mirror.
 *
 * Every row is checked against its schema when read (`versionFromRow`, `aliasMoveFromRow`): a Versions row that
 * breaks it is never loaded, an Aliases row that breaks it is ignored, and `problems` says so in words naming the
 * sheet, the row and the column, and what PassCompass uses instead. Loading a version then checks its checksum
 * (`integrity.ts`), its model JSON (`readModel`) and its reference sample before anything uses it.
 */
import { decodeReferenceSample } from '../core/drift/reference-codec';
import { momentOfModel, readModel } from '../core/model/model-schema';
import {
  ALIAS_HEADER,
  type AliasMove,
  type AliasName,
  aliasMoveFromRow,
  aliasMoveToRow,
  currentAliases,
  isAliasMove,
  statusOf,
} from '../core/registry/aliases';
import {
  TamperedVersionError,
  nextVersionNumber,
  trustOfLegacyVersion,
  verifyChecksum,
} from '../core/registry/integrity';
import {
  type ModelVersion,
  type RowProblem,
  VERSION_HEADER,
  featuresText,
  isBlankRow,
  versionFromRow,
  versionToRow,
} from '../core/registry/model-version';
import type { UnusableChampion } from '../core/registry/promotion-gate';
import type { CellValue, Digests, RecordSheet } from './ports';

export const VERSIONS_SHEET = 'Versions';
export const ALIASES_SHEET = 'Aliases';
export { ALIAS_HEADER, VERSION_HEADER };

export interface RegistrySheets {
  versions: RecordSheet;
  aliases: RecordSheet;
}

/** A Versions row that is not a version, with its sheet row and the number in its Version cell, if any. */
export type UnreadableRow = RowProblem & { row: number; claims: number | null };

const AUC_COLUMN = VERSION_HEADER.indexOf('CV ROC AUC');
const BRIER_COLUMN = VERSION_HEADER.indexOf('CV Brier');

/** "version 2", or "no version" for an alias that points nowhere. */
const named = (version: number | null) => (version === null ? 'no version' : `version ${version}`);

export class Registry {
  readonly versions: (ModelVersion | UnreadableRow)[];
  readonly history: AliasMove[];
  /** Problems found in the sheets, one sentence each, naming sheet, row and column and what is used instead. */
  readonly problems: string[] = [];
  /** Sheet rows of the versions read, by position in `versions`. */
  private readonly sheetRows: number[];

  private constructor(
    private readonly sheets: RegistrySheets,
    private readonly digests: Digests,
    private readonly versionRows: CellValue[][],
    aliasRows: CellValue[][],
  ) {
    this.sheetRows = versionRows.map((_, i) => i + 2);
    this.versions = versionRows.map((row, i) => {
      const parsed = versionFromRow(row);
      if (!('problem' in parsed)) return parsed;
      const claims = typeof row[0] === 'number' && Number.isInteger(row[0]) ? row[0] : null;
      return { ...parsed, row: i + 2, claims };
    });
    this.history = [];
    const ignored: string[] = [];
    aliasRows.forEach((row, i) => {
      const read = aliasMoveFromRow(row);
      if (isAliasMove(read)) this.history.push(read);
      else if (read !== null) ignored.push(`Aliases row ${i + 2}: "${read.column}" ${read.problem}`);
    });
    const aliases = this.aliases();
    if (ignored.length > 0) {
      this.problems.push(
        `${ignored.join('; ')}. ${ignored.length === 1 ? 'That row is' : 'Those rows are'} ignored: from the ` +
          `other rows, the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}.`,
      );
    }
    this.versions.forEach((v, i) => {
      // Stryker disable next-line ArrayDeclaration: every position of versions read here has its row in versionRows
      if ('problem' in v && !isBlankRow(versionRows[i] ?? [])) {
        this.problems.push(
          `Versions row ${v.row}: "${v.column}" ${v.problem}, so the row is not a version and is never loaded.`,
        );
      }
    });
    this.checkStatusMirror(aliases);
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

  /**
   * The version, checked: its row well formed, its checksum matching (`verifyChecksum`), its model JSON a model
   * of the mode and features the row names, its reference sample readable. A row whose checksum covers only the
   * model JSON (written by an earlier PassCompass) is made safe with `trustOfLegacyVersion`, and the notes go to
   * `problems`. Throws `TamperedVersionError`, naming the row and column, when the version cannot be used.
   */
  load(version: number): ModelVersion {
    const matches = this.versions
      .map((v, i) => ({ v, row: this.sheetRows[i] as number }))
      .filter(({ v }) => 'version' in v && v.version === version);
    if (matches.length === 0) {
      const unreadable = this.versions.filter((v): v is UnreadableRow => 'problem' in v);
      const own = unreadable.find((u) => u.claims === version);
      throw new TamperedVersionError(
        version,
        own
          ? `Versions row ${own.row}, "${own.column}" ${own.problem}`
          : unreadable.length > 0
            ? `no readable row of the Versions sheet holds it (${unreadable.map((u) => `row ${u.row}: "${u.column}" ${u.problem}`).join('; ')})`
            : 'its row is missing from the Versions sheet',
      );
    }
    if (matches.length > 1) {
      throw new TamperedVersionError(
        version,
        `rows ${matches.map((m) => m.row).join(' and ')} of the Versions sheet both claim it; delete the copy`,
      );
    }
    const { v, row } = matches[0] as { v: ModelVersion; row: number };
    const where = `Versions row ${row}`;
    let covers: 'all' | 'model';
    try {
      covers = verifyChecksum(v, (text) => this.digests.sha256Hex(text));
    } catch (error) {
      if (error instanceof TamperedVersionError)
        throw new TamperedVersionError(version, `${where}: ${error.why}`);
      throw error;
    }
    const model = readModel(v.modelJson);
    if (typeof model === 'string')
      throw new TamperedVersionError(version, `${where}, "Model (JSON)" ${model}`);
    const facts = {
      mode: momentOfModel(model),
      features: model.encoding.features.map((f) => f.name),
      rows: model.training.rows,
    };
    let loaded: ModelVersion;
    if (covers === 'model') {
      const legacy = trustOfLegacyVersion(v, facts, row);
      this.note(...legacy.notes);
      loaded = legacy.version;
    } else {
      const disagree =
        v.mode !== facts.mode
          ? `"Mode" says ${v.mode} but its model is ${facts.mode}-term`
          : featuresText(v.features) !== featuresText(facts.features)
            ? '"Features" does not list the features of its model'
            : v.rows !== facts.rows
              ? `"Rows" says ${v.rows} but its model was trained on ${facts.rows}`
              : null;
      if (disagree) throw new TamperedVersionError(version, `${where}: ${disagree}`);
      loaded = { ...v, checksumCovers: 'all' };
      this.checkDisplayCells(loaded, row);
    }
    if (loaded.referenceSample !== '') {
      try {
        decodeReferenceSample(loaded.referenceSample);
      } catch (error) {
        // The decoder's reason is a sentence; its full stop would double the one each message below adds.
        const why = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
        if (covers === 'all')
          throw new TamperedVersionError(version, `${where}, "Reference sample (JSON)" is damaged: ${why}`);
        this.note(
          `${where}, "Reference sample (JSON)" is damaged (${why}); monitoring has no training rows to compare with for this version.`,
        );
        loaded = { ...loaded, referenceSample: '' };
      }
    }
    return loaded;
  }

  /** The champion, checked; null when there is none yet. Throws as `load` does. */
  champion(): ModelVersion | null {
    const number = this.aliases().champion;
    return number === null ? null : this.load(number);
  }

  /** The champion for the promotion gate: loaded, or which version could not be loaded and why, or null. */
  championForGate(): ModelVersion | UnusableChampion | null {
    try {
      return this.champion();
    } catch (error) {
      if (!(error instanceof TamperedVersionError)) throw error;
      return { version: error.version, unusable: error.why };
    }
  }

  /**
   * Writes a new version (if any) and alias moves: appends the moves to Aliases, and rewrites Versions in one
   * write so that every row's Status mirrors the aliases after the moves.
   */
  commit(added: ModelVersion | null, moves: AliasMove[]): void {
    this.history.push(...moves);
    if (added) {
      this.versions.push(added);
      this.sheetRows.push(this.versions.length + 1);
    }
    const aliases = this.aliases();
    // Only the Status cell of a readable row changes (and the display copies of its metrics, which are rewritten
    // from the metrics); an unreadable row is written back exactly as it was read.
    const rows = this.versions.map((v, i) =>
      'version' in v
        ? versionToRow({ ...v, status: statusOf(v.version, aliases) })
        : // Stryker disable next-line ArrayDeclaration: an unreadable row was read from the sheet, so its row is there
          (this.versionRows[i] ?? []),
    );
    if (moves.length > 0) this.sheets.aliases.append(moves.map(aliasMoveToRow));
    this.sheets.versions.rewrite(rows);
  }

  private note(...notes: string[]): void {
    for (const note of notes) if (!this.problems.includes(note)) this.problems.push(note);
  }

  /** Reports Status cells that disagree with the Aliases history, which decides. */
  private checkStatusMirror(aliases: Record<AliasName, number | null>): void {
    const wrong: string[] = [];
    this.versions.forEach((v, i) => {
      if (!('version' in v)) return;
      const says = v.status.trim().toLowerCase();
      const is = statusOf(v.version, aliases);
      if (says !== is)
        wrong.push(`row ${this.sheetRows[i]} says ${says === '' ? 'nothing' : `"${says}"`} for ${is}`);
    });
    if (wrong.length === 0) return;
    this.problems.push(
      `Versions: the Status column disagrees with the Aliases history (${wrong.join('; ')}). The Aliases decide: ` +
        `the champion is ${named(aliases.champion)} and the challenger ${named(aliases.challenger)}; the Status ` +
        'column is rewritten to match at the next Train model, Promote or Roll back.',
    );
  }

  /** Notes display cells (CV ROC AUC, CV Brier) that differ from the checksummed metrics they copy. */
  private checkDisplayCells(v: ModelVersion, row: number): void {
    // Stryker disable next-line ArrayDeclaration: a version added since the read has no cells; any array without the display columns reads the same
    const cells = this.versionRows[row - 2] ?? [];
    for (const [column, metric] of [
      [AUC_COLUMN, 'auc'],
      [BRIER_COLUMN, 'brier'],
    ] as const) {
      const cell = cells[column];
      const value = v.metrics[metric];
      if (cell === '' || cell === undefined || !Number.isFinite(value)) continue;
      if (cell !== value) {
        this.note(
          `Versions row ${row}, "${VERSION_HEADER[column]}" reads ${String(cell)}, but the metrics its checksum ` +
            `covers say ${value}; PassCompass uses ${value}, and the cell is rewritten at the next change.`,
        );
      }
    }
  }
}
