/**
 * Aliases name the versions that matter: `champion` scores students, `challenger` is the best newer candidate.
 * The alias table is an append-only history of moves (from which version to which, when, by what and why);
 * where each alias points now is derived from it, so nothing can change an alias without leaving a trace.
 */

export type AliasName = 'champion' | 'challenger';

export interface AliasMove {
  /** ISO 8601 time. */
  at: string;
  alias: AliasName;
  /** The version the alias pointed to before, or null for its first move. */
  from: number | null;
  /** The version it points to now, or null when the alias is cleared. */
  to: number | null;
  /** What moved it: `training gate`, `promote`, `roll back`. */
  by: string;
  reason: string;
}

export const ALIAS_HEADER = ['Time', 'Alias', 'From version', 'To version', 'Moved by', 'Reason'] as const;

export function aliasMoveToRow(move: AliasMove): (string | number | Date)[] {
  return [new Date(move.at), move.alias, move.from ?? '', move.to ?? '', move.by, move.reason];
}

/** Reads a history row; rows that are not moves (blank, unknown alias) are skipped by returning null. */
export function aliasMoveFromRow(row: readonly unknown[]): AliasMove | null {
  const [at, alias, from, to, by, reason] = row;
  if (alias !== 'champion' && alias !== 'challenger') return null;
  const version = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) ? v : null);
  return {
    at: at instanceof Date ? at.toISOString() : String(at),
    alias,
    from: version(from),
    to: version(to),
    by: String(by),
    reason: String(reason),
  };
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
 * The version a roll back returns the champion to. Champions form a stack: a promotion or a training-gate move
 * pushes, a roll back pops, so rolling back twice from v3 (after v1 → v2 → v3) gives v2, then v1. Null when
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
