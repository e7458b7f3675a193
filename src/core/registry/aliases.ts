/**
 * Aliases name the versions that matter: `champion` scores students, `challenger` is the best newer candidate.
 * The alias table is an append-only history of moves (from which version to which, when, by what and why);
 * where each alias points now is derived from it, so nothing can change an alias without leaving a trace.
 */

import { type RowProblem, describeCell, isBlankRow, timeOf } from './model-version';

export type AliasName = 'champion' | 'challenger';

export interface AliasMove {
  /** ISO 8601 time. */
  at: string;
  alias: AliasName;
  /** The version the alias pointed to before, or null for its first move. */
  from: number | null;
  /** The version it points to now, or null when the alias is cleared. */
  to: number | null;
  /**
   * What moved it: `set by training` (`training gate` in earlier rows), `import` (weights fitted elsewhere),
   * `promote`, `roll back`.
   */
  by: string;
  reason: string;
}

export const ALIAS_HEADER = ['Time', 'Alias', 'From version', 'To version', 'Moved by', 'Reason'] as const;

export function aliasMoveToRow(move: AliasMove): (string | number | Date)[] {
  return [new Date(move.at), move.alias, move.from ?? '', move.to ?? '', move.by, move.reason];
}

/**
 * What may move an alias: training (the promotion gate), an import of weights fitted elsewhere (challenger only),
 * a person promoting, a person rolling back.
 */
export const MOVED_BY: readonly string[] = ['set by training', 'import', 'promote', 'roll back'];
/** What training wrote in `Moved by` before it said `set by training`; still read, never written. */
const EARLIER_MOVED_BY: readonly string[] = ['training gate'];
/** What training writes in `Moved by`. */
export const SET_BY_TRAINING = 'set by training';
/** What an import of BigQuery ML weights writes in `Moved by` (`jobs/import-weights.ts`). */
export const SET_BY_IMPORT = 'import';

/**
 * Reads a history row, checking every cell against what PassCompass writes (the schema of an alias move): a
 * time, the alias `champion` or `challenger`, version numbers (whole numbers from 1) or blank in From and To,
 * one of `MOVED_BY` (or what an earlier PassCompass wrote), and any reason. A blank row (nothing in any cell)
 * gives null; a row that breaks the schema gives the first column that is wrong and why, and is not a move.
 */
export function aliasMoveFromRow(row: readonly unknown[]): AliasMove | RowProblem | null {
  if (isBlankRow(row)) return null;
  const [at, alias, from, to, by, reason] = row;
  const time = timeOf(at);
  if (time === null) return { column: 'Time', problem: `is ${describeCell(at)}, not a time` };
  if (alias !== 'champion' && alias !== 'challenger')
    return { column: 'Alias', problem: `is ${describeCell(alias)}, not champion or challenger` };
  const version = (v: unknown): number | null | undefined =>
    v === '' || v === undefined || v === null
      ? null
      : typeof v === 'number' && Number.isInteger(v) && v >= 1
        ? v
        : undefined;
  const fromVersion = version(from);
  if (fromVersion === undefined)
    return { column: 'From version', problem: `is ${describeCell(from)}, not a version number or blank` };
  const toVersion = version(to);
  if (toVersion === undefined)
    return { column: 'To version', problem: `is ${describeCell(to)}, not a version number or blank` };
  if (typeof by !== 'string' || !(MOVED_BY.includes(by) || EARLIER_MOVED_BY.includes(by)))
    return { column: 'Moved by', problem: `is ${describeCell(by)}, not one of ${MOVED_BY.join(', ')}` };
  return {
    at: time,
    alias,
    from: fromVersion,
    to: toVersion,
    by,
    reason: reason === undefined || reason === null ? '' : String(reason),
  };
}

/** True when `read` (from `aliasMoveFromRow`) is a move rather than a problem or a blank row. */
export function isAliasMove(read: AliasMove | RowProblem | null): read is AliasMove {
  return read !== null && 'alias' in read;
}

/** Where each alias points after the whole history, in order. */
export function currentAliases(history: readonly AliasMove[]): Record<AliasName, number | null> {
  const current: Record<AliasName, number | null> = { champion: null, challenger: null };
  for (const move of history) current[move.alias] = move.to;
  return current;
}

/** The alias a version holds now, for the `Status` column of the Versions sheet. */
export function statusOf(version: number, aliases: Record<AliasName, number | null>): string {
  if (aliases.champion === version) return 'champion';
  if (aliases.challenger === version) return 'challenger';
  return 'archived';
}

/**
 * The version a roll back returns the champion to. Champions form a stack: a promotion or a move set by
 * training pushes, a roll back pops, so rolling back twice from v3 (after v1 → v2 → v3) gives v2, then v1. Null when
 * there is nothing earlier.
 */
export function rollBackTarget(history: readonly AliasMove[]): number | null {
  const stack: number[] = [];
  for (const move of history) {
    if (move.alias !== 'champion' || move.to === null) continue;
    if (move.by === ROLL_BACK) stack.pop();
    else stack.push(move.to);
  }
  return stack.length >= 2 ? (stack[stack.length - 2] as number) : null;
}

export const ROLL_BACK = 'roll back';
