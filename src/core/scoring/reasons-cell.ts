/**
 * What the Main reasons cell says once a student's tier is known. A Low-tier student gets no reasons: three
 * small pushes named beside a 17% risk read as a diagnosis where the model sees nothing out of the ordinary,
 * so the cell says so in neutral words. A student above Low with nothing worth naming gets a different
 * sentence, because that student's risk is real but spread over many small things.
 *
 * Tiers are only known at the end of a scoring run (the capacity rule needs every risk), after the reasons
 * were written block by block; `reasonsCellForTier` therefore rewrites a cell written while scoring.
 */
import type { Tier } from './tiers';
import { type Reason, reasonsText } from './reasons';

/** Main reasons for a Low-tier student. */
export const NO_STRONG_RISK_FACTORS = 'No strong risk factors';
/** Main reasons for a student above Low when no value is worth naming. */
export const NO_SINGLE_FACTOR = 'No single factor stands out';

/**
 * The reasons part of the cell for a scored student of `tier` (`null`: not known yet, as while scoring):
 * `NO_STRONG_RISK_FACTORS` for Low, else the reasons joined by `reasonsText`, or `NO_SINGLE_FACTOR` when
 * there is none.
 */
export function reasonsForTier(reasons: readonly Reason[], tier: Tier | null): string {
  if (tier === 'Low') return NO_STRONG_RISK_FACTORS;
  return reasonsText(reasons) || NO_SINGLE_FACTOR;
}

/**
 * `cell`, as written while scoring (the reasons part of `reasonsForTier(reasons, null)`, then possibly ". "
 * and a note on blank values), as it should read for `tier`: for Low the reasons part becomes
 * `NO_STRONG_RISK_FACTORS` and the note stays; any other tier, or an empty cell, is returned as it is (a row
 * that was not scored has no tier). No reason wording contains ". " (`describe-value.ts` is tested for it),
 * so the first ". " ends the reasons part.
 */
export function reasonsCellForTier(cell: string, tier: Tier | null): string {
  if (tier !== 'Low' || cell === '') return cell;
  const end = cell.indexOf('. ');
  // Stryker disable next-line EqualityOperator: the reasons part is never empty (see `reasonsForTier`), so ". " never starts the cell
  return end < 0 ? NO_STRONG_RISK_FACTORS : `${NO_STRONG_RISK_FACTORS}${cell.slice(end)}`;
}
