/**
 * The promotion warning on equity. A version is flagged when, for some sensitive attribute and figure of the
 * High tier, its largest gap between two groups is above the school's acceptable gap AND wider than the
 * champion's gap for the same attribute and figure (or the champion has no such figure to compare with).
 *
 * A gap above the limit that the new version does not widen is not a warning: promoting it makes nothing worse,
 * and warning on every retraining about a gap the school already lives with would teach people to skip the
 * warnings. It is still said, once, as a quieter note (`standing`), so the gap is never hidden.
 */
import type { EquityFigure, Gap } from '../model/equity';
import type { VersionEvidence } from '../model/evidence';

export interface EquityVersion {
  readonly version: number;
  readonly evidence: VersionEvidence | null;
}

export interface EquityWarnings {
  /** Gaps above the limit that the candidate widens, one sentence each with its figures. */
  readonly warnings: string[];
  /** Gaps above the limit that the candidate does not widen, in one sentence; null when there are none. */
  readonly standing: string | null;
  /** The warnings in a few words, for the Experiments outcome; null when there are none. */
  readonly brief: string | null;
}

const FIGURE_BRIEF: Record<EquityFigure, string> = {
  shareHigh: 'share flagged High',
  falseNegativeRate: 'false-negative rate',
  falsePositiveRate: 'false-positive rate',
  precision: 'precision',
};

const FIGURE_TEXT: Record<EquityFigure, string> = {
  shareHigh: 'the share flagged High',
  falseNegativeRate: 'the share of failing students not flagged High (false-negative rate)',
  falsePositiveRate: 'the share of passing students flagged High (false-positive rate)',
  precision: 'the share of students flagged High who failed (precision)',
};

const ATTRIBUTE_TEXT: Record<string, string> = {
  Medu: "mother's education",
  Fedu: "father's education",
};

/** A share as whole percentage points: 0.137 → "14". */
const points = (x: number) => String(Math.round(x * 100));
/** The limit as the school set it, to a tenth of a point: 0.125 → "12.5". */
const limitPoints = (x: number) => String(Number((x * 100).toFixed(1)));

function gapOf(evidence: VersionEvidence | null, attribute: string, figure: EquityFigure): Gap | undefined {
  return evidence?.equity.attributes
    .find((a) => a.attribute === attribute)
    ?.gaps.find((g) => g.figure === figure);
}

/** "the share flagged High differs by 14 points between sex F and M (95% interval 6 to 22)". */
export function describeGap(attribute: string, gap: Gap): string {
  const name = ATTRIBUTE_TEXT[attribute] ?? attribute;
  const interval = gap.interval
    ? ` (95% interval ${points(gap.interval.low)} to ${points(gap.interval.high)}` +
      (gap.interval.low <= 0 ? ', so it may be chance)' : ')')
    : '';
  return (
    `${FIGURE_TEXT[gap.figure]} differs by ${points(gap.gap)} points between ${name} ` +
    `${gap.highest} and ${gap.lowest}${interval}`
  );
}

/**
 * The warnings for registering or promoting `candidate` over `champion` (null: there is none), with
 * `limit` the acceptable gap (a share). A candidate without evidence (a row of an earlier PassCompass) gives
 * none: there is nothing to judge it by. O(attributes × figures).
 */
export function equityWarnings(
  candidate: EquityVersion,
  champion: EquityVersion | null,
  limit: number,
): EquityWarnings {
  const warnings: string[] = [];
  const standing: string[] = [];
  const brief: string[] = [];
  if (candidate.evidence === null) return { warnings, standing: null, brief: null };
  for (const attribute of candidate.evidence.equity.attributes) {
    for (const gap of attribute.gaps) {
      if (!(gap.gap > limit)) continue;
      const theirs = champion ? gapOf(champion.evidence, attribute.attribute, gap.figure) : undefined;
      const described = describeGap(attribute.attribute, gap);
      if (theirs !== undefined && champion && !(gap.gap > theirs.gap)) {
        standing.push(`${described}; champion v${champion.version} had ${points(theirs.gap)}`);
        continue;
      }
      const compared =
        champion === null
          ? 'there is no champion to compare with'
          : champion.evidence === null
            ? `champion v${champion.version} has no equity figures to compare with`
            : theirs === undefined
              ? `champion v${champion.version} has no figure for it`
              : `champion v${champion.version} had ${points(theirs.gap)}`;
      brief.push(`${FIGURE_BRIEF[gap.figure]} by ${attribute.attribute} ${points(gap.gap)} points`);
      warnings.push(`Equity: ${described}, above the acceptable ${limitPoints(limit)} points; ${compared}.`);
    }
  }
  return {
    warnings,
    standing:
      standing.length === 0
        ? null
        : `Equity: gaps above the acceptable ${limitPoints(limit)} points that this version does not widen: ` +
          `${standing.join('; ')}.`,
    brief:
      brief.length === 0
        ? null
        : `equity gaps above the acceptable ${limitPoints(limit)} points, widened: ${brief.join(', ')}`,
  };
}
