/**
 * The reasons of the UCI sample's High tier, read against the rules a head of year needs (issue 11, item 6):
 * what the school can act on first, background only when it dominates, nothing that reads the wrong way
 * round, and no reasons in the Low tier. The model is the early-term one, trained on both courses the way
 * Train model trains it (`trainVersion`), and tiers are the default capacity rule (25 High, Medium from 30%).
 */
import type { StudentRecord } from '../../../src/core/data/dictionary';
import { contributions, riskOfFailing } from '../../../src/core/model/score';
import type { LogisticModel } from '../../../src/core/model/logistic';
import { REASON_CLASSES } from '../../../src/core/scoring/reason-kinds';
import { CONTEXT_DOMINANCE, type Reason, mainReasons } from '../../../src/core/scoring/reasons';
import { NO_STRONG_RISK_FACTORS, reasonsForTier } from '../../../src/core/scoring/reasons-cell';
import { type Tier, tierAssignment } from '../../../src/core/scoring/tiers';
import { DEFAULT_SETTINGS } from '../../../src/core/settings';
import { sheetRecords, trainVersion, uciSheet } from '../../support/fresh-rosters';

/** Texts a head of year must never read as a reason, whatever the model learnt. */
const FORBIDDEN = [
  // Students who left the course have none recorded: see core/scoring/reason-kinds.ts.
  /^no absences/,
  // The commonest guardian: being like most students explains nothing.
  /^guardian: mother$/,
  // Never named: a protected characteristic, and the subject of the row.
  /^sex:/,
  /^course:/,
  // Help already given, worded as if it caused the risk (it is worded "already receives …").
  /^(extra educational support from the school|family educational support)$/,
  /^extra paid classes in the subject$/,
  // A bare yes or no reads as a form, not a reason.
  /: (yes|no)$/,
  // The reassuring end of a scale or a yes/no, which reads the wrong way round as a risk.
  /^(no past class failures|wants to go on to higher education|internet access at home)$/,
  /^(extra-curricular activities|attended nursery school|not in a romantic relationship)$/,
  /: (under 15 min|over 10 hours|very good|excellent)$/,
  /education: higher education$/,
  /^alcohol use .*: very low$/,
];

/** `values` counted, most frequent first (equal counts alphabetically), as [value, count] pairs. */
function frequencies(values: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1));
}

/** The rule before issue 11: the three largest summed pushes above 0.05, any attribute but the course. */
function formerReasons(model: LogisticModel, record: StudentRecord): string[] {
  const byFeature = contributions(model, record);
  const sums = new Map<string, number>();
  for (const feature of model.encoding.features) {
    if (feature.attribute === 'course' || record[feature.attribute] === null) continue;
    sums.set(feature.attribute, (sums.get(feature.attribute) ?? 0) + (byFeature[feature.name] ?? 0));
  }
  return [...sums]
    .filter(([, sum]) => sum > 0.05)
    .sort(([, a], [, b]) => b - a)
    .slice(0, 3)
    .map(([attribute]) => `${attribute}=${String(record[attribute])}`);
}

/** Every rule of a student's reasons; the first broken one as a sentence, or null. */
function brokenRule(reasons: readonly Reason[], tier: Tier | null): string | null {
  if (tier !== 'Low' && (reasons.length < 1 || reasons.length > 3)) return `${reasons.length} reasons`;
  const firstContext = reasons.findIndex((reason) => reason.kind === 'context');
  if (firstContext >= 0 && firstContext !== reasons.length - 1)
    return 'a context reason before an influenceable one';
  const strongest = reasons[0]?.kind === 'influenceable' ? reasons[0].contribution : 0;
  for (const reason of reasons) {
    const rule = REASON_CLASSES[reason.attribute];
    if (reason.kind === 'influenceable' && rule?.kind !== 'influenceable')
      return `${reason.attribute} is not influenceable`;
    if (reason.kind === 'context' && reason.contribution < CONTEXT_DOMINANCE * strongest)
      return `"${reason.text}" does not dominate`;
    const forbidden = FORBIDDEN.find((pattern) => pattern.test(reason.text));
    if (forbidden) return `"${reason.text}" matches ${String(forbidden)}`;
  }
  return null;
}

describe('the reasons of the UCI sample, early-term model, capacity 25', () => {
  const records = sheetRecords(uciSheet(['math', 'portuguese']));
  const { model } = trainVersion(records, 'early');
  const risks = riskOfFailing(model, records);
  const { tiers } = tierAssignment(risks, {
    kind: 'capacity',
    capacity: DEFAULT_SETTINGS.capacity,
    mediumFrom: DEFAULT_SETTINGS.mediumFrom,
  });
  const reasons = records.map((record) => mainReasons(model, record));
  const high = records.map((_, i) => i).filter((i) => tiers[i] === 'High');
  const cells = reasons.map((given, i) => reasonsForTier(given, tiers[i] ?? null));

  it('scores all 1,044 students, 25 of them High', () => {
    expect(records).toHaveLength(1044);
    expect(high).toHaveLength(25);
  });

  it('gave, under the former rule, the reasons the issue lists: background and values read backwards', () => {
    const former = frequencies(records.flatMap((record) => formerReasons(model, record)));
    // The issue counted these with the model of the time, which also had an "any absence at all" input (since
    // removed, see core/model/feature-sets.ts) and so gave "no absences" to 198 students; today's model (its
    // steps chosen on inner folds) still leads with the same background: relationship, school, father's job,
    // guardian.
    expect(former.slice(0, 5)).toEqual([
      ['romantic=yes', 277],
      ['school=MS', 272],
      ['Fjob=services', 269],
      ['guardian=mother', 237],
      ['goout=4', 204],
    ]);
    expect(Object.fromEntries(former)).toMatchObject({ 'schoolsup=yes': 119 });
  });

  it('gives every High-tier student one to three reasons that follow the rules', () => {
    const broken = high
      .map((i) => ({ row: i + 2, why: brokenRule(reasons[i] ?? [], 'High') }))
      .filter(({ why }) => why !== null);
    expect(broken).toEqual([]);
  });

  it('names in the High tier past failures, ambitions, going out, study time, internet and absences', () => {
    expect(frequencies(high.flatMap((i) => (reasons[i] ?? []).map((reason) => reason.text)))).toEqual([
      ['3 past class failures', 13],
      ['does not want to go on to higher education', 13],
      ['going out with friends: very high', 12],
      ['2 past class failures', 7],
      ['weekly study time: under 2 hours', 7],
      ['going out with friends: high', 6],
      ['1 past class failure', 5],
      ['no internet access at home', 3],
      ['10 absences', 1],
      ['11 absences', 1],
      ['15 absences', 1],
      ['16 absences', 1],
      ['22 absences', 1],
      ['8 absences', 1],
    ]);
  });

  it('gives no reasons in the Low tier, and follows the rules in every tier', () => {
    const low = cells.filter((_, i) => tiers[i] === 'Low');
    expect(low).toHaveLength(772);
    expect(new Set(low)).toEqual(new Set([NO_STRONG_RISK_FACTORS]));
    const broken = reasons
      .map((given, i) => brokenRule(given, tiers[i] ?? null))
      .filter((why) => why !== null);
    expect(broken).toEqual([]);
  });

  it('names the school only where it dominates; never the relationship, the father’s job or the guardian', () => {
    const named = frequencies(cells.flatMap((cell) => cell.split('; ')));
    expect(named.slice(0, 10)).toEqual([
      [NO_STRONG_RISK_FACTORS, 772],
      ['1 past class failure', 108],
      ['weekly study time: under 2 hours', 93],
      ['does not want to go on to higher education', 73],
      ['going out with friends: high', 70],
      ['going out with friends: very high', 67],
      ['no internet access at home', 55],
      ['2 past class failures', 30],
      ['3 past class failures', 30],
      ['school: Mousinho da Silveira', 19],
    ]);
    const counts = Object.fromEntries(named);
    expect(counts['in a romantic relationship']).toBeUndefined();
    expect(counts["father's job: civil services"]).toBeUndefined();
    expect(counts['guardian: mother']).toBeUndefined();
    expect(counts['no absences recorded']).toBeUndefined();
    // Each time the school is named, nothing the school can act on pushes even half as hard.
    const bySchool = reasons.filter((_, i) => tiers[i] !== 'Low' && cells[i]?.includes('school: '));
    expect(bySchool).toHaveLength(19);
    for (const given of bySchool) {
      const school = given.find((reason) => reason.attribute === 'school');
      const strongest = given.find((reason) => reason.kind === 'influenceable')?.contribution ?? 0;
      expect(school?.contribution).toBeGreaterThanOrEqual(CONTEXT_DOMINANCE * strongest);
    }
  });
});

describe('the reasons of the UCI sample, mid-term model, capacity 25', () => {
  const records = sheetRecords(uciSheet(['math', 'portuguese']));
  const { model } = trainVersion(records, 'mid');
  const risks = riskOfFailing(model, records);
  const { tiers } = tierAssignment(risks, { kind: 'capacity', capacity: 25, mediumFrom: 0.3 });

  it('follows the same rules in every tier, naming this term’s grades', () => {
    const reasons = records.map((record) => mainReasons(model, record));
    const broken = reasons
      .map((given, i) => brokenRule(given, tiers[i] ?? null))
      .filter((why) => why !== null);
    expect(broken).toEqual([]);
    const high = reasons.filter((_, i) => tiers[i] === 'High');
    expect(high).toHaveLength(25);
    expect(high.every((given) => given[0]?.attribute === 'G2' || given[0]?.attribute === 'G1')).toBe(true);
  });
});
