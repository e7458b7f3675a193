/**
 * The card's "Equity": whether the High tier treats groups of students differently. Per sensitive attribute,
 * the largest gap between two groups for each figure, with its bootstrap interval, flagged when it is above the
 * acceptable gap the school set; then each group's own figures; and, when the school left attributes out of the
 * inputs, how the model trained with them would have ranked and treated the groups.
 */
import { notRecordedWhy } from './model-json-facts';
import { ATTRIBUTES, isCategorical } from '../data/dictionary';
import { type AttributeEquity, type EquityFigure, type Gap, MIN_GROUP } from '../model/equity';
import type { EquityEvidence, VersionEvidence } from '../model/evidence';
import { type CardRow, type CardSection, fact, figure, header } from './card-types';
import { listed, pct, points, score } from './card-words';

/** Each figure in a few words, as the card's rows name it. */
export const FIGURE_WORDS: Record<EquityFigure, string> = {
  shareHigh: 'share marked High',
  falseNegativeRate: 'failing students missed',
  falsePositiveRate: 'passing students marked High',
  precision: 'High students who failed',
};

/** "female (F)", "3: secondary school", "(blank)". */
export function groupLabel(attribute: string, group: string): string {
  const found = ATTRIBUTES.find((a) => a.name === attribute);
  // Stryker disable next-line StringLiteral: '(blank)' reads the same either way (no category label, NaN code); blank cells are read as null, so no group is ''.
  if (!found || group === '(blank)') return group;
  if (isCategorical(found)) {
    const label = found.categoryLabels?.[group];
    return label ? `${label} (${group})` : group;
  }
  // A code first, as the roster has it, then its meaning: "1: primary school (4th grade)".
  const level = found.levels?.[Number(group) - found.min];
  return level ? `${group}: ${level}` : group;
}

export const labelOf = (name: string): string => ATTRIBUTES.find((a) => a.name === name)?.label ?? name;

export const includesZero = (gap: Gap) =>
  gap.interval !== null && gap.interval.low <= 0 && gap.interval.high >= 0;

/** The words on one gap: which groups, how far apart, and whether that is within the acceptable gap. */
export function gapVerdict(attribute: AttributeEquity, gap: Gap, limit: number): string {
  const value = (group: string) => attribute.groups.find((g) => g.group === group)?.[gap.figure];
  const between =
    `${groupLabel(attribute.attribute, gap.highest)} ${pct(value(gap.highest))} vs ` +
    `${groupLabel(attribute.attribute, gap.lowest)} ${pct(value(gap.lowest))}`;
  if (Math.round(gap.gap * 100) === 0) return `${between}: no gap.`;
  const chance = includesZero(gap) ? ' Its interval includes 0: it may be chance.' : '';
  return gap.gap > limit
    ? `${between}: above the acceptable gap of ${points(limit)}.${chance}`
    : `${between}: within the acceptable gap of ${points(limit)}.${chance}`;
}

/**
 * The gap the sidebar names: the largest whose interval leaves out 0 (a gap that is unlikely to be chance),
 * else the largest of all, which the words then say may be chance; null when no group could be compared. The
 * largest raw gap alone is most often a figure over a handful of High students, whose interval spans half the
 * scale.
 */
export function largestGap(equity: EquityEvidence): { attribute: AttributeEquity; gap: Gap } | null {
  const all = equity.attributes.flatMap((attribute) => attribute.gaps.map((gap) => ({ attribute, gap })));
  const largest = (items: typeof all) =>
    items.reduce<(typeof all)[number] | null>(
      (best, item) => (best === null || item.gap.gap > best.gap.gap ? item : best),
      null,
    );
  return largest(all.filter(({ gap }) => gap.interval !== null && !includesZero(gap))) ?? largest(all);
}

function gapRows(attributes: readonly AttributeEquity[], limit: number): CardRow[] {
  const rows: CardRow[] = [header('Largest gap', 'Between which groups', 'Gap', '95% from', '95% to')];
  for (const attribute of attributes) {
    if (attribute.gaps.length === 0) {
      rows.push(
        fact(attribute.attribute, `Fewer than two groups of at least ${MIN_GROUP} students: not compared.`),
      );
      continue;
    }
    for (const gap of attribute.gaps) {
      rows.push({
        ...fact(
          `${attribute.attribute}: ${FIGURE_WORDS[gap.figure]}`,
          gapVerdict(attribute, gap, limit),
          figure(gap.gap, 'percent'),
          figure(gap.interval?.low, 'percent'),
          figure(gap.interval?.high, 'percent'),
        ),
        flagged: gap.gap > limit,
      });
    }
  }
  return rows;
}

function groupRows(attributes: readonly AttributeEquity[]): CardRow[] {
  const rows: CardRow[] = [
    header('Group', 'Students and outcomes', 'Students', 'Marked High', 'Missed', 'Passing, High'),
  ];
  for (const attribute of attributes) {
    for (const g of attribute.groups) {
      const caught = Number.isFinite(g.precision) ? Math.round(g.precision * g.high) : 0;
      const small = g.size < MIN_GROUP ? ` Under ${MIN_GROUP} students: listed, not compared.` : '';
      rows.push(
        fact(
          `${attribute.attribute} = ${groupLabel(attribute.attribute, g.group)}`,
          `${g.failures} failed; ${g.high} marked High, of whom ${caught} failed.${small}`,
          figure(g.size, 'count'),
          figure(g.shareHigh, 'percent'),
          figure(g.falseNegativeRate, 'percent'),
          figure(g.falsePositiveRate, 'percent'),
        ),
      );
    }
  }
  return rows;
}

function withLeftOutRows(evidence: VersionEvidence): CardRow[] {
  const { equity } = evidence;
  if (equity.withLeftOut === null) return [];
  const other = equity.withLeftOut;
  const rows: CardRow[] = [
    header(
      'With those left out',
      'The same training with them as inputs, for comparison',
      'Value',
      '95% from',
      '95% to',
    ),
    fact(
      'ROC AUC with them',
      `With ${listed(equity.leftOut)} as ${equity.leftOut.length === 1 ? 'an input' : 'inputs'}: ${score(other.auc.mean)}; without (this version): ` +
        `${score(evidence.metrics.auc.mean)}.`,
      figure(other.auc.mean, 'score'),
      figure(other.auc.low, 'score'),
      figure(other.auc.high, 'score'),
    ),
  ];
  for (const mine of equity.attributes) {
    const theirs = other.attributes.find((a) => a.attribute === mine.attribute);
    const top = (a: AttributeEquity | undefined) => [...(a?.gaps ?? [])].sort((x, y) => y.gap - x.gap)[0];
    const [now, then] = [top(mine), top(theirs)];
    if (!now || !then) continue;
    rows.push(
      fact(
        `${mine.attribute}: largest gap`,
        `Without them: ${FIGURE_WORDS[now.figure]}, ${points(now.gap)}. With them: ${FIGURE_WORDS[then.figure]}, ` +
          `${points(then.gap)}.`,
        figure(then.gap, 'percent'),
      ),
    );
  }
  return rows;
}

export function equitySection(evidence: VersionEvidence | null, imported = false): CardSection {
  const title = 'Equity: does the High tier treat groups of students differently?';
  if (evidence === null) {
    return {
      title,
      rows: [
        fact(
          'Not recorded',
          `${notRecordedWhy('equity figures', imported)} How it treats each group of students is unknown.`,
        ),
      ],
    };
  }
  const { equity } = evidence;
  const attributes = equity.attributes.map((a) => labelOf(a.attribute));
  return {
    title,
    rows: [
      fact(
        'How to read it',
        `High here means ${equity.rule}, from out-of-fold risks (students the model had not seen). For each of ` +
          `${listed(attributes)}: the share of each group marked High; of those who failed, the share missed ` +
          '(not High); of those who passed, the share marked High; and of the High, the share who failed. ' +
          `Groups under ${MIN_GROUP} students are listed but not compared. An interval that includes 0 means ` +
          'the gap may be chance.',
      ),
      fact(
        'Acceptable gap',
        'A gap between two groups above this is flagged (in red, and in words). Set in Settings; this is the ' +
          'value when the version was trained.',
        figure(equity.gapLimit, 'percent'),
      ),
      ...gapRows(equity.attributes, equity.gapLimit),
      ...groupRows(equity.attributes),
      ...withLeftOutRows(evidence),
    ],
  };
}
