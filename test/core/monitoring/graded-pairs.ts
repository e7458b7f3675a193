/**
 * A builder of graded predictions for realised-accuracy tests: the risks of the students who failed and of
 * those who passed, listed, with tiers by fixed thresholds, so a test reads as the data it uses and the same
 * lists can be pasted into a Python oracle.
 */
import type { GradedPrediction } from '../../../src/core/monitoring/realised-accuracy';
import type { Tier } from '../../../src/core/scoring/tiers';

/** High from 0.6, Medium from 0.3, else Low. */
export const tierOf = (risk: number): Tier => (risk >= 0.6 ? 'High' : risk >= 0.3 ? 'Medium' : 'Low');

/** The failing students first, then the passing ones, tiered by `tierOf`. */
export function gradedPairs(failRisks: readonly number[], passRisks: readonly number[]): GradedPrediction[] {
  return [
    ...failRisks.map((risk) => ({ risk, tier: tierOf(risk), failed: true })),
    ...passRisks.map((risk) => ({ risk, tier: tierOf(risk), failed: false })),
  ];
}
