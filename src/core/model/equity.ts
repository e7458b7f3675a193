/**
 * Whether the High tier treats groups of students differently: for each sensitive attribute (sex, address,
 * school, mother's and father's education, course), per group, how many students, how many failed, the share
 * marked High, the false-negative rate (students who failed but were not High), the false-positive rate
 * (students who passed but were High) and the precision (of those High, how many failed). Computed on
 * out-of-fold risks, so no student is judged by a model that saw their grade, with the tier rule a school uses.
 *
 * For each figure, the largest gap between two groups large enough to compare (`MIN_GROUP` students), with a
 * percentile bootstrap interval (students resampled with replacement, the tiers recomputed each time). A gap
 * whose interval includes 0 may be chance.
 */
import type { StudentRecord } from '../data/dictionary';
import { seededRandom } from '../random';
import { type TierRule, tierAssignment } from '../scoring/tiers';

export const EQUITY_ATTRIBUTES = ['sex', 'address', 'school', 'Medu', 'Fedu', 'course'] as const;

/** Groups smaller than this are listed but not compared: a rate over a handful of students says little. */
export const MIN_GROUP = 20;

export const EQUITY_FIGURES = ['shareHigh', 'falseNegativeRate', 'falsePositiveRate', 'precision'] as const;
export type EquityFigure = (typeof EQUITY_FIGURES)[number];

export interface GroupFigures extends Record<EquityFigure, number> {
  readonly group: string;
  readonly size: number;
  readonly failures: number;
  readonly high: number;
}

export interface Gap {
  readonly figure: EquityFigure;
  /** The groups with the highest and the lowest value. */
  readonly highest: string;
  readonly lowest: string;
  readonly gap: number;
  /** 95% percentile bootstrap interval of the same two groups' difference; null without resamples. */
  readonly interval: { readonly low: number; readonly high: number } | null;
}

export interface AttributeEquity {
  readonly attribute: string;
  readonly groups: readonly GroupFigures[];
  /** One per figure, over the groups of at least `MIN_GROUP` students; none when fewer than two such groups. */
  readonly gaps: readonly Gap[];
}

export interface EquityOptions {
  readonly rule: TierRule;
  /** Bootstrap resamples for the intervals (0: none). */
  readonly resamples: number;
  readonly seed: number;
}

/** The figures of each group of `attribute` for the rows `rows` (indices into the arrays; repeats allowed). */
function groupFigures(
  keys: readonly string[],
  labels: readonly number[],
  high: readonly boolean[],
  rows: readonly number[],
): Map<string, GroupFigures> {
  const counts = new Map<string, { size: number; failures: number; high: number; caught: number }>();
  for (const row of rows) {
    const key = keys[row] as string;
    const c = counts.get(key) ?? { size: 0, failures: 0, high: 0, caught: 0 };
    c.size += 1;
    c.failures += labels[row] as number;
    if (high[row]) {
      c.high += 1;
      c.caught += labels[row] as number;
    }
    counts.set(key, c);
  }
  // Each numerator counts a subset of its denominator's students, so it is 0 when the denominator is: 0 / 0, NaN.
  const ratio = (a: number, b: number) => a / b;
  const figures = new Map<string, GroupFigures>();
  for (const [group, c] of counts) {
    figures.set(group, {
      group,
      size: c.size,
      failures: c.failures,
      high: c.high,
      shareHigh: ratio(c.high, c.size),
      falseNegativeRate: ratio(c.failures - c.caught, c.failures),
      falsePositiveRate: ratio(c.high - c.caught, c.size - c.failures),
      precision: ratio(c.caught, c.high),
    });
  }
  return figures;
}

/** High or not for each of `rows`, by `rule` applied to their risks as one roster. */
function highOf(risks: readonly number[], rows: readonly number[], rule: TierRule): boolean[] {
  const { tiers } = tierAssignment(
    rows.map((row) => risks[row] as number),
    rule,
  );
  return tiers.map((tier) => tier === 'High');
}

const valueText = (value: unknown) => (value === null || value === undefined ? '(blank)' : String(value));

export function equityReport(
  records: readonly StudentRecord[],
  labels: readonly number[],
  risks: readonly number[],
  options: EquityOptions,
  attributes: readonly string[] = EQUITY_ATTRIBUTES,
): AttributeEquity[] {
  const all = records.map((_, row) => row);
  const high = highOf(risks, all, options.rule);
  // The bootstrap resamples, shared by every attribute so that their intervals come from the same draws.
  const random = seededRandom(options.seed);
  const resamples = Array.from({ length: options.resamples }, () => {
    const rows = all.map(() => Math.floor(random() * all.length));
    return { rows, high: highOf(risks, rows, options.rule) };
  });
  return attributes
    .filter((attribute) => records.some((record) => attribute in record))
    .map((attribute) => {
      const keys = records.map((record) => valueText(record[attribute]));
      const groups = [...groupFigures(keys, labels, high, all).values()].sort((a, b) =>
        a.group.localeCompare(b.group, 'en', { numeric: true }),
      );
      const compared = groups.filter((g) => g.size >= MIN_GROUP);
      const gaps: Gap[] = [];
      // Each resample's group figures, counted once per attribute, when a first figure has a gap, and read for
      // every figure.
      let resampled: Map<string, GroupFigures>[] | undefined;
      for (const figure of EQUITY_FIGURES) {
        const defined = compared.filter((g) => Number.isFinite(g[figure]));
        if (defined.length < 2) continue;
        resampled ??= resamples.map(({ rows, high: resampledHigh }) =>
          // `high` of a resample is indexed by position in `rows`: count by position.
          groupFigures(
            rows.map((row) => keys[row] as string),
            rows.map((row) => labels[row] as number),
            resampledHigh,
            rows.map((_, i) => i),
          ),
        );
        const sorted = [...defined].sort((a, b) => b[figure] - a[figure]);
        const top = sorted[0] as GroupFigures;
        const bottom = sorted[sorted.length - 1] as GroupFigures;
        const differences = resampled
          .map(
            (figures) =>
              (figures.get(top.group)?.[figure] ?? NaN) - (figures.get(bottom.group)?.[figure] ?? NaN),
          )
          .filter(Number.isFinite)
          .sort((a, b) => a - b);
        // q < 1, so the index stays below the length.
        const at = (q: number) => differences[Math.floor(q * differences.length)];
        gaps.push({
          figure,
          highest: top.group,
          lowest: bottom.group,
          gap: top[figure] - bottom[figure],
          interval: differences.length === 0 ? null : { low: at(0.025) as number, high: at(0.975) as number },
        });
      }
      return { attribute, groups, gaps };
    });
}
