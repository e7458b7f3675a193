/**
 * Promote and roll back: the two ways a person moves the `champion` alias. Promote makes the challenger the
 * champion; roll back returns the champion to the version it replaced. Both ask why, record the answer in the
 * Aliases history, and refuse a version whose checksum does not match. Anything damaged in the registry is
 * said in the question, before the person answers, and so is an equity gap the challenger widens beyond the
 * school's acceptable gap (`core/registry/equity-warning.ts`), as Train model warns when it registers it.
 */
import { ROLL_BACK, type AliasMove, rollBackTarget } from '../core/registry/aliases';
import { DataError } from '../core/errors';
import { equityWarnings } from '../core/registry/equity-warning';
import { DEFAULT_SETTINGS } from '../core/settings';
import type { Dialogs, Digests } from './ports';
import { Registry, type RegistrySheets } from './registry';

export interface AliasJobDeps extends RegistrySheets {
  digests: Digests;
  dialogs: Dialogs;
  now: () => Date;
  /** The acceptable equity gap (the `equityGapLimit` setting); the default when not given. */
  equityGapLimit?: number;
}

export type AliasJobResult =
  | { status: 'moved'; champion: number; previous: number | null; warnings: string[] }
  | { status: 'cancelled' };

/** The registry's problems (damaged rows, a Status mirror out of date), for the question before a move. */
function problemsText(registry: Registry): string {
  return registry.problems.map((problem) => `\n\nNote: ${problem}`).join('');
}

export function promoteChallenger(deps: AliasJobDeps): AliasJobResult {
  const registry = Registry.read(deps, deps.digests);
  const { champion, challenger } = registry.aliases();
  if (challenger === null) throw new DataError('There is no challenger to promote. Train a model first.');
  const candidate = registry.load(challenger);
  const current = registry.championForGate();
  const { warnings } = equityWarnings(
    candidate,
    current === null ? null : 'unusable' in current ? { version: current.version, evidence: null } : current,
    deps.equityGapLimit ?? DEFAULT_SETTINGS.equityGapLimit,
  );
  const reason = deps.dialogs.prompt(
    `Promote version ${challenger}?`,
    `Version ${challenger} will score students from now on${champion === null ? '' : ` instead of version ${champion}`}. Why? (kept in the Aliases history)` +
      warnings.map((warning) => `\n\n${warning}`).join('') +
      problemsText(registry),
  );
  if (reason === null) return { status: 'cancelled' };
  const at = deps.now().toISOString();
  const why = reason || 'promoted by hand';
  const moves: AliasMove[] = [
    { at, alias: 'champion', from: champion, to: challenger, by: 'promote', reason: why },
    { at, alias: 'challenger', from: challenger, to: null, by: 'promote', reason: `became champion: ${why}` },
  ];
  registry.commit(null, moves);
  deps.dialogs.toast(`Version ${challenger} is now the champion.`, 'PassCompass');
  return { status: 'moved', champion: challenger, previous: champion, warnings };
}

export function rollBackChampion(deps: AliasJobDeps): AliasJobResult {
  const registry = Registry.read(deps, deps.digests);
  const current = registry.aliases().champion;
  const previous = rollBackTarget(registry.history);
  if (current === null || previous === null) {
    throw new DataError('There is no earlier champion to roll back to.');
  }
  registry.load(previous);
  const reason = deps.dialogs.prompt(
    `Roll back to version ${previous}?`,
    `Version ${previous} will score students again instead of version ${current}. Why? (kept in the Aliases history)` +
      problemsText(registry),
  );
  if (reason === null) return { status: 'cancelled' };
  registry.commit(null, [
    {
      at: deps.now().toISOString(),
      alias: 'champion',
      from: current,
      to: previous,
      by: ROLL_BACK,
      reason: reason || 'rolled back by hand',
    },
  ]);
  deps.dialogs.toast(`Rolled back: version ${previous} is the champion again.`, 'PassCompass');
  return { status: 'moved', champion: previous, previous: current, warnings: [] };
}
