/**
 * Risk tiers for triage: each scored student is High, Medium or Low. A counsellor either states a capacity
 * ("we can see 25 students": the 25 highest risks are High) or fixed probability thresholds. Rows that were not
 * scored have no tier.
 *
 * Equal risks get equal tiers. A capacity rule never gives more High students than the capacity, so a caseload
 * stays predictable; when the cut-off falls inside a group of students who share exactly the same risk (the
 * capacity would take some of them but not all), none of that group is High: the model cannot tell them apart,
 * and choosing by row order would rank students by where they sit in the sheet. They take the tier their risk
 * gives below High (Medium or Low), the High tier holds fewer than the capacity, and the tie is reported
 * (`TieAtCut`) so the scoring summary can say how many students share that risk and how many places were left;
 * counsellors with room can start with them. In the extreme, when every student has the same risk, nobody is High.
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

/** A group of equal risks that the capacity cut would have split: none of it is High. */
export interface TieAtCut {
  /** The shared risk. */
  readonly risk: number;
  /** How many scored students share it. */
  readonly students: number;
  /** How many High places were left for them (fewer than `students`). */
  readonly placesLeft: number;
}

export interface TierAssignment {
  readonly tiers: (Tier | null)[];
  /** The group of equal risks at the capacity cut-off, when there is one; always null for thresholds. */
  readonly tie: TieAtCut | null;
}

/**
 * The tier of each risk under `rule` (see `TierRule` and the module comment on ties); `null` risk (a row not
 * scored) → `null` tier. With a capacity above the number of scored rows, every scored row is High. O(n log n)
 * for a capacity rule, O(n) for thresholds. Throws `RangeError` for an invalid rule or a risk that is not a
 * probability in [0, 1].
 */
export function tierAssignment(risks: readonly (number | null)[], rule: TierRule): TierAssignment {
  assertTierRule(rule);
  risks.forEach((risk, row) => {
    if (risk !== null && !isProbability(risk)) {
      throw new RangeError(`Row ${row + 1} has risk ${risk}; a risk must be a probability in [0, 1].`);
    }
  });
  if (rule.kind === 'thresholds') {
    const tiers = risks.map((risk) =>
      risk === null ? null : risk >= rule.highFrom ? 'High' : belowHigh(risk, rule.mediumFrom),
    );
    return { tiers, tie: null };
  }
  const scored: number[] = [];
  risks.forEach((risk, row) => {
    if (risk !== null) scored.push(row);
  });
  // The order within equal risks does not matter: the cut below never splits them.
  scored.sort((a, b) => (risks[b] as number) - (risks[a] as number));
  let cut = Math.min(rule.capacity, scored.length);
  let tie: TieAtCut | null = null;
  const riskAt = (position: number) => risks[scored[position] as number] as number;
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: each bound alone keeps an empty roster out; past either end the risk is undefined, equal to none
  if (cut > 0 && cut < scored.length && riskAt(cut - 1) === riskAt(cut)) {
    // The cut splits a group of equal risks: the whole group stays out of High.
    const shared = riskAt(cut);
    let start = cut;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: before the first row the risk is undefined, equal to none
    while (start > 0 && riskAt(start - 1) === shared) start -= 1;
    let end = cut;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last row the risk is undefined, equal to none
    while (end < scored.length && riskAt(end) === shared) end += 1;
    tie = { risk: shared, students: end - start, placesLeft: cut - start };
    cut = start;
  }
  const high = new Set(scored.slice(0, cut));
  const tiers = risks.map((risk, row) =>
    risk === null ? null : high.has(row) ? 'High' : belowHigh(risk, rule.mediumFrom),
  );
  return { tiers, tie };
}

/** The tiers of `tierAssignment`, without the report of a tie. */
export function assignTiers(risks: readonly (number | null)[], rule: TierRule): (Tier | null)[] {
  return tierAssignment(risks, rule).tiers;
}
