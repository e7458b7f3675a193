/**
 * Which attributes a school can act on, and which values read as a risk. A reason is only useful to a teacher
 * when it points at something the school can influence (attendance, study time, support, going out) and reads
 * the right way round: the model learns from past students, so a value can push the risk up through a pattern
 * of the data rather than a cause ("no absences recorded": see `absences` below), and naming such a value as
 * a reason misleads. Each attribute is therefore either `influenceable` (named first), `context` (who the
 * student is and where they come from: named only when it outweighs what the school can act on; see
 * `reasons.ts`), or `never` named; and, where one side of the scale is the worrying one, a value on the other
 * side is never a reason, whatever the model's sign.
 */
import { attributeNamed, isBlank, isCategorical, type StudentRecord } from '../data/dictionary';
import type { EncodedFeature } from '../model/encoding';
import { featureRawValue } from '../model/feature-value';

export type ReasonKind = 'influenceable' | 'context';

/**
 * Which values read as a risk: `higher` or `lower` than the training average (numbers and scales), or the
 * listed categories. Without it (categories only), any value but the commonest one reads as a risk: being
 * like most past students cannot explain why this student stands out.
 */
export type Worrying = 'higher' | 'lower' | readonly string[];

export interface ReasonClass {
  readonly kind: ReasonKind | 'never';
  /** Why, in one line: what a school can or cannot do about it. */
  readonly why: string;
  readonly worrying?: Worrying;
  /**
   * Categories of an influenceable attribute that are named as context instead: help the student already
   * gets, which marks a difficulty someone has seen rather than causing it.
   */
  readonly asContext?: readonly string[];
}

const influenceable = (why: string, worrying?: Worrying, asContext?: readonly string[]): ReasonClass => ({
  kind: 'influenceable',
  why,
  ...(worrying ? { worrying } : {}),
  ...(asContext ? { asContext } : {}),
});
const context = (why: string, worrying?: Worrying): ReasonClass => ({
  kind: 'context',
  why,
  ...(worrying ? { worrying } : {}),
});

/** Every attribute of the data dictionary, classified. A test keeps this table and the dictionary in step. */
export const REASON_CLASSES: Readonly<Record<string, ReasonClass>> = {
  // What the school can act on, or the evidence it acts on.
  absences: influenceable(
    // Zero absences is never a reason, as it is on the reassuring side. In the UCI data all 53 students with
    // a final grade of 0 (most likely they left the course) have no absence recorded, so the model learns
    // that "no absences" raises the risk; without them, students with none fail less often (31 of 306, 10%)
    // than the others (146 of 685, 21%). Zero there means "nobody recorded any", not "always there".
    'attendance is the first thing a school follows up',
    'higher',
  ),
  studytime: influenceable('study habits change with homework clubs and study plans', 'lower'),
  failures: influenceable('a past fact, but the gap it leaves is what catch-up support targets', 'higher'),
  schoolsup: influenceable(
    'the school decides who gets extra support; support already given answers a difficulty, it is context',
    ['no'],
    ['yes'],
  ),
  famsup: influenceable(
    "a school can involve the family; the family's help already given answers a difficulty, it is context",
    ['no'],
    ['yes'],
  ),
  activities: influenceable('the school offers clubs and activities', ['no']),
  higher: influenceable('ambitions move with careers guidance and mentoring', ['no']),
  internet: influenceable('a school can lend a device or open a study room', ['no']),
  freetime: influenceable('unstructured time after school can be filled with school activities', 'higher'),
  goout: influenceable('pastoral care and parents can talk about evenings out', 'higher'),
  Dalc: influenceable('health education and pastoral care address drinking', 'higher'),
  Walc: influenceable('health education and pastoral care address drinking', 'higher'),
  G1: influenceable("this term's evidence, which teaching and support respond to", 'lower'),
  G2: influenceable("this term's evidence, which teaching and support respond to", 'lower'),
  // Who the student is and where they come from: it explains a risk, it is not something to act on.
  school: context('the school a student attends is not changed for one student'),
  age: context('age is given; an older student has often repeated a year', 'higher'),
  address: context('where the family lives'),
  famsize: context('family background'),
  Pstatus: context('family background', ['A']),
  Medu: context('family background', 'lower'),
  Fedu: context('family background', 'lower'),
  Mjob: context('family background'),
  Fjob: context('family background'),
  reason: context("the family's choice of school, made before the student came"),
  guardian: context('family background'),
  traveltime: context('where the family lives', 'higher'),
  paid: context('classes the family pays for: a matter of means, and taken by students who already struggle'),
  nursery: context('early childhood, out of the school’s reach', ['no']),
  romantic: context('private life, not the school’s to act on', ['yes']),
  famrel: context('family relationships: a school may notice, not change them', 'lower'),
  health: context('a medical matter: a school can refer, not treat', 'lower'),
  // Never named.
  sex: {
    kind: 'never',
    why: 'a protected characteristic: naming it for one student invites stereotyping; nobody acts on it',
  },
  course: { kind: 'never', why: 'the subject of the row, not something about the student' },
  G3: { kind: 'never', why: 'the final grade is the outcome itself' },
};

/** The class of the attribute called `name`. Throws `RangeError` for a name the table lacks. */
export function reasonClass(name: string): ReasonClass {
  const found = Object.prototype.hasOwnProperty.call(REASON_CLASSES, name) ? REASON_CLASSES[name] : undefined;
  if (!found) throw new RangeError(`"${name}" has no reason class.`);
  return found;
}

/**
 * What the value of `attribute` in `record` may be named as, given the model's features of that attribute
 * (`features`, in model order): `influenceable`, `context`, or `null` when it is never a reason. Never: a
 * blank; an attribute that is never named; a number on the reassuring side of its scale, compared with the
 * training average (the centre of its first feature that is not "any at all"); a category that is not among
 * the worrying ones; and, where no category is singled out as worrying or the category is help already given,
 * a category the model reads as its reference (the commonest, or one it never saw). O(features). Throws
 * `RangeError` for an attribute the table lacks, `TypeError` for text in a numeric column.
 */
export function reasonKindOf(
  attribute: string,
  record: StudentRecord,
  features: readonly EncodedFeature[],
  row = 0,
): ReasonKind | null {
  const rule = reasonClass(attribute);
  const value = record[attribute];
  if (rule.kind === 'never' || isBlank(value)) return null;
  if (isCategorical(attributeNamed(attribute))) {
    const text = String(value).trim();
    const modelled = features.some((feature) => 'level' in feature && feature.level === text);
    if (rule.asContext?.includes(text)) return modelled ? 'context' : null;
    const worrying = rule.worrying;
    if (Array.isArray(worrying)) return worrying.includes(text) ? rule.kind : null;
    return modelled ? rule.kind : null;
  }
  // The value as it is (or its log), not "any at all", whose average says little about the scale.
  const scale = features.find((feature) => 'transform' in feature && feature.transform !== 'positive');
  const reference = scale ?? features[0];
  // Stryker disable next-line ConditionalExpression: every number or scale in the table has a worrying side (a test keeps it so)
  if (reference === undefined || (rule.worrying !== 'higher' && rule.worrying !== 'lower')) return null;
  const raw = featureRawValue(reference, record, row);
  if (raw === null) return null;
  const worrying = rule.worrying === 'higher' ? raw > reference.center : raw < reference.center;
  return worrying ? rule.kind : null;
}
