/**
 * The catch curve: how many of the students who will fail a flagged group contains, measured on the
 * out-of-fold risks of cross-validation and stored with each model version, so that scoring can tell a
 * counsellor "the High tier should contain about 60% of the students who will fail". It is two recall curves
 * on a grid of 101 points, rounded to 4 decimals to keep the version record small: by the share of students
 * flagged (top i%), and by the risk threshold (risk ≥ i/100).
 *
 * Degenerate cases: with no failures among the rows (or no rows) recall is undefined; the curve is then all
 * zeros, so it stays plain JSON (`NaN` would not survive `JSON.stringify`), and `expectedCatch` returns `NaN`,
 * which callers report as "undefined".
 */
import { assertScoredLabels } from '../model/metrics';
import { type TierRule, assertTierRule } from './tiers';

export interface CatchCurve {
  /** `byShare[i]`: share of failures among the top i% of rows by risk, i = 0..100 (ties shared evenly). */
  readonly byShare: readonly number[];
  /** `byThreshold[i]`: share of failures among rows with risk ≥ i/100, i = 0..100. */
  readonly byThreshold: readonly number[];
  /** Failures / rows (0 for no rows). */
  readonly failRate: number;
  readonly rows: number;
}

/** Points on each curve: 0%, 1%, …, 100%. */
export const CATCH_CURVE_POINTS = 101;

const round4 = (x: number): number => Math.round(x * 1e4) / 1e4;

/**
 * The catch curve of `outOfFold` risks against `labels` (1 = fail). A share that falls inside a run of tied
 * risks, or between two rows (top 10% of 25 rows is 2.5 rows), counts that run's failures pro rata, as
 * `topKMetrics` does, so `byShare` is continuous and non-decreasing; `byThreshold` is non-increasing.
 * O(n log n). Throws `RangeError` for mismatched lengths, a label other than 0/1, or a risk outside [0, 1].
 */
export function catchCurve(outOfFold: readonly number[], labels: readonly number[]): CatchCurve {
  assertScoredLabels(outOfFold, labels);
  outOfFold.forEach((risk, row) => {
    if (!(risk >= 0 && risk <= 1)) throw new RangeError(`Row ${row + 1} has risk ${risk}, not in [0, 1].`);
  });
  const rows = outOfFold.length;
  const failures = labels.reduce((sum: number, label) => sum + label, 0);
  const zeros = new Array<number>(CATCH_CURVE_POINTS).fill(0);
  if (failures === 0) return { byShare: zeros, byThreshold: [...zeros], failRate: 0, rows };
  const order = outOfFold
    .map((_, i) => i)
    .sort((a, b) => (outOfFold[b] as number) - (outOfFold[a] as number));
  const risk = (position: number) => outOfFold[order[position] as number] as number;
  const failed = (position: number) => labels[order[position] as number] as number;

  const byShare: number[] = [];
  let start = 0; // the run of tied risks [start, end) holding the cut, with `before` failures above it
  let end = 0;
  let before = 0;
  let inRun = 0;
  for (let i = 0; i < CATCH_CURVE_POINTS; i += 1) {
    const cut = (i * rows) / 100;
    while (end < rows && end <= cut) {
      before += inRun;
      start = end;
      inRun = 0;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last row the risk is undefined, equal to none
      while (end < rows && risk(end) === risk(start)) inRun += failed(end++);
    }
    const caught = before + (inRun * (Math.min(cut, end) - start)) / (end - start);
    byShare.push(round4(caught / failures));
  }

  // Stryker disable next-line ArrayDeclaration: the loop below sets every one of the 101 points, so the initial length is never seen
  const byThreshold = new Array<number>(CATCH_CURVE_POINTS);
  let flagged = 0;
  let caught = 0;
  for (let i = CATCH_CURVE_POINTS - 1; i >= 0; i -= 1) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: past the last row the risk is undefined, at or above no threshold
    while (flagged < rows && risk(flagged) >= i / 100) caught += failed(flagged++);
    byThreshold[i] = round4(caught / failures);
  }
  return { byShare, byThreshold, failRate: round4(failures / rows), rows };
}

/** Throws `RangeError` unless both curves have 101 points, each a number in [0, 1] (a damaged record). */
export function assertCatchCurve(curve: CatchCurve): void {
  for (const [name, points] of [
    ['byShare', curve.byShare],
    ['byThreshold', curve.byThreshold],
  ] as const) {
    if (
      !Array.isArray(points) ||
      points.length !== CATCH_CURVE_POINTS ||
      !points.every((p) => typeof p === 'number' && p >= 0 && p <= 1)
    ) {
      throw new RangeError(`The catch curve's ${name} must hold ${CATCH_CURVE_POINTS} numbers in [0, 1].`);
    }
  }
}

/**
 * The schema of a stored catch curve: `value` (parsed JSON) as a `CatchCurve` with its fields in the order
 * `catchCurve` writes them, or why it is not one (a sentence fragment: "byShare must hold …"). Besides the shape
 * `assertCatchCurve` checks, the fail rate is a share in [0, 1] and the row count a whole number ≥ 0.
 */
export function readCatchCurve(value: unknown): CatchCurve | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'is not a catch curve (a JSON object with byShare, byThreshold, failRate and rows)';
  const { byShare, byThreshold, failRate, rows } = value as Record<string, unknown>;
  for (const [name, points] of [
    ['byShare', byShare],
    ['byThreshold', byThreshold],
  ] as const) {
    if (
      !Array.isArray(points) ||
      points.length !== CATCH_CURVE_POINTS ||
      !points.every((p) => typeof p === 'number' && p >= 0 && p <= 1)
    )
      return `must hold ${CATCH_CURVE_POINTS} numbers from 0 to 1 in ${name}`;
  }
  if (typeof failRate !== 'number' || !(failRate >= 0 && failRate <= 1))
    return 'must hold a fail rate from 0 to 1';
  if (typeof rows !== 'number' || !Number.isInteger(rows) || rows < 0)
    return 'must hold a row count (a whole number)';
  return {
    byShare: byShare as number[],
    byThreshold: byThreshold as number[],
    failRate,
    rows,
  };
}

/** `points` read at grid position `x` ∈ [0, 100], linearly interpolated between neighbours. */
function interpolate(points: readonly number[], x: number): number {
  const at = Math.round(x * 1e9) / 1e9; // 0.29 × 100 is 28.999…; read it as 29
  const lo = Math.floor(at);
  const low = points[lo] as number;
  return lo >= 100 ? low : low + (at - lo) * ((points[lo + 1] as number) - low);
}

/**
 * The expected share of failing students the High tier of `rule` holds, read off `curve`: for a capacity, at
 * the share capacity / `scoredRows` (capped at 100%); for thresholds, at `highFrom`; both interpolated
 * between grid points. It assumes this term's students resemble the training rows. `NaN` when the curve has
 * no failures (recall undefined) or no row is scored. Throws `RangeError` for an invalid rule, a damaged
 * curve, or `scoredRows` that is not a whole number ≥ 0.
 */
export function expectedCatch(curve: CatchCurve, rule: TierRule, scoredRows: number): number {
  assertTierRule(rule);
  assertCatchCurve(curve);
  if (!Number.isInteger(scoredRows) || scoredRows < 0) {
    throw new RangeError(
      `The number of scored rows must be a whole number of at least 0, not ${scoredRows}.`,
    );
  }
  if (curve.byShare[100] !== 1) return Number.NaN;
  if (rule.kind === 'thresholds') return interpolate(curve.byThreshold, rule.highFrom * 100);
  if (scoredRows === 0) return Number.NaN;
  return interpolate(curve.byShare, Math.min(rule.capacity / scoredRows, 1) * 100);
}
