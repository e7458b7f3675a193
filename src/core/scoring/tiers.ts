/**
 * Risk tiers for triage: each scored student is High, Medium or Low. A counsellor either states a capacity
 * ("we can see 25 students": the 25 highest risks are High) or fixed probability thresholds. A capacity rule
 * gives exactly that many High students, never more, so a caseload is predictable: when risks tie at the cut,
 * the earlier row wins (order: risk descending, then row ascending). Rows that were not scored have no tier.
 */

export type Tier = 'High' | 'Medium' | 'Low';

/**
 * `capacity`: the `capacity` highest risks are High, the others Medium from `mediumFrom`, else Low.
 * `thresholds`: High from `highFrom`, Medium from `mediumFrom`, else Low. Bounds are inclusive (risk ≥ bound).
 */
export type TierRule =
  | { readonly kind: 'capacity'; readonly capacity: number; readonly mediumFrom: number }
  | { readonly kind: 'thresholds'; readonly highFrom: number; readonly mediumFrom: number };

const isProbability = (x: number): boolean => Number.isFinite(x) && x >= 0 && x <= 1;

/**
 * Throws `RangeError` unless the rule is usable: thresholds are probabilities in [0, 1] with
 * `mediumFrom` ≤ `highFrom`, and a capacity is a whole number ≥ 0.
 */
export function assertTierRule(rule: TierRule): void {
  if (!isProbability(rule.mediumFrom)) {
    throw new RangeError(`The Medium tier must start at a probability in [0, 1], not ${rule.mediumFrom}.`);
  }
  if (rule.kind === 'capacity') {
    if (!Number.isInteger(rule.capacity) || rule.capacity < 0) {
      throw new RangeError(`The capacity must be a whole number of at least 0, not ${rule.capacity}.`);
    }
    return;
  }
  if (!isProbability(rule.highFrom)) {
    throw new RangeError(`The High tier must start at a probability in [0, 1], not ${rule.highFrom}.`);
  }
  if (rule.mediumFrom > rule.highFrom) {
    throw new RangeError(
      `The Medium tier (from ${rule.mediumFrom}) cannot start above the High tier (from ${rule.highFrom}).`,
    );
  }
}

/** Medium or Low by the `mediumFrom` bound. */
const belowHigh = (risk: number, mediumFrom: number): Tier => (risk >= mediumFrom ? 'Medium' : 'Low');

/**
 * The tier of each risk under `rule` (see `TierRule`); `null` risk (a row not scored) → `null` tier. With a
 * capacity above the number of scored rows, every scored row is High. O(n log n) for a capacity rule, O(n) for
 * thresholds. Throws `RangeError` for an invalid rule or a risk that is not a probability in [0, 1].
 */
export function assignTiers(risks: readonly (number | null)[], rule: TierRule): (Tier | null)[] {
  assertTierRule(rule);
  risks.forEach((risk, row) => {
    if (risk !== null && !isProbability(risk)) {
      throw new RangeError(`Row ${row + 1} has risk ${risk}; a risk must be a probability in [0, 1].`);
    }
  });
  if (rule.kind === 'thresholds') {
    return risks.map((risk) =>
      risk === null ? null : risk >= rule.highFrom ? 'High' : belowHigh(risk, rule.mediumFrom),
    );
  }
  const scored: number[] = [];
  risks.forEach((risk, row) => {
    if (risk !== null) scored.push(row);
  });
  scored.sort((a, b) => (risks[b] as number) - (risks[a] as number) || a - b);
  const high = new Set(scored.slice(0, rule.capacity));
  return risks.map((risk, row) =>
    risk === null ? null : high.has(row) ? 'High' : belowHigh(risk, rule.mediumFrom),
  );
}
