/**
 * The data dictionary: every column PassCompass understands, in the project's own words. It is the one place
 * that says what an attribute is (a count, a coded scale, yes/no, or a set of categories), which values are
 * valid, which header spellings a roster may use for it, and the words a teacher reads when the attribute is
 * a reason for a student's risk. It follows the UCI Student Performance data (Cortez and Silva, 2008: 33
 * attributes) plus the `course` column added when both courses are joined. Encoding, validation and
 * explanations read this table; none of them hard-codes a column. The wording itself lives in
 * `describe-value.ts`.
 */

/** `numeric`: a count or measure; `ordinal`: a coded scale; `binary`: two categories; `nominal`: several. */
export type AttributeKind = 'numeric' | 'ordinal' | 'binary' | 'nominal';

interface AttributeCommon {
  /** The canonical column name, as in the UCI files (case matters: `Medu`, `G1`). */
  readonly name: string;
  /** What the column holds, in a few words a teacher understands ("family educational support"). */
  readonly label: string;
  /** Other header spellings for this column; headers are compared by `normaliseHeader`. */
  readonly aliases: readonly string[];
  /** Where the data and its published description disagree, when they do. */
  readonly note?: string;
}

export interface NumericAttribute extends AttributeCommon {
  readonly kind: 'numeric' | 'ordinal';
  /** Inclusive bounds of a valid value; valid values are whole numbers. */
  readonly min: number;
  readonly max: number;
  /** For an ordinal scale, the meaning of each code from `min` upwards. */
  readonly levels?: readonly string[];
}

export interface CategoricalAttribute extends AttributeCommon {
  readonly kind: 'binary' | 'nominal';
  /** The valid values, exactly as the UCI files spell them. */
  readonly categories: readonly string[];
  /** How a category reads to a teacher, where it differs from the raw value. */
  readonly categoryLabels?: Readonly<Record<string, string>>;
  /** `presence`: a yes/no read as "family educational support" / "no family educational support". */
  readonly phrasing?: 'presence';
}

export type Attribute = NumericAttribute | CategoricalAttribute;

type Labels = Record<string, string>;
const num = (name: string, label: string, aliases: string[], min: number, max: number, note?: string) =>
  ({ name, label, aliases, kind: 'numeric', min, max, ...(note ? { note } : {}) }) as NumericAttribute;
const ord = (
  name: string,
  label: string,
  aliases: string[],
  levels: string[],
  min = 1,
): NumericAttribute => ({
  name,
  label,
  aliases,
  kind: 'ordinal',
  min,
  max: min + levels.length - 1,
  levels,
});
const cat = (name: string, label: string, aliases: string[], categories: string[], categoryLabels?: Labels) =>
  ({
    name,
    label,
    aliases,
    kind: categories.length === 2 ? 'binary' : 'nominal',
    categories,
    ...(categoryLabels ? { categoryLabels } : {}),
  }) as CategoricalAttribute;
const yesNo = (name: string, label: string, aliases: string[], presence = false): CategoricalAttribute => ({
  name,
  label,
  aliases,
  kind: 'binary',
  categories: ['no', 'yes'],
  ...(presence ? { phrasing: 'presence' } : {}),
});

const education = [
  'none',
  'primary school (4th grade)',
  '5th to 9th grade',
  'secondary school',
  'higher education',
];
const jobs = ['teacher', 'health', 'services', 'at_home', 'other'];
const jobLabels = { health: 'health care', services: 'civil services', at_home: 'at home' };
const scale = (low: string, high: string) => [low, 'low', 'medium', 'high', high];

/** Every attribute, in the column order of the UCI files, then `course`. */
export const ATTRIBUTES: readonly Attribute[] = [
  cat('school', 'school', [], ['GP', 'MS'], { GP: 'Gabriel Pereira', MS: 'Mousinho da Silveira' }),
  cat('sex', 'sex', ['gender'], ['F', 'M'], { F: 'female', M: 'male' }),
  num('age', 'age', ['student age'], 15, 22),
  cat('address', 'home address', ['address type', 'home address'], ['U', 'R'], { U: 'urban', R: 'rural' }),
  cat('famsize', 'family size', ['family size'], ['LE3', 'GT3'], { LE3: '3 or fewer', GT3: 'more than 3' }),
  cat('Pstatus', "parents' living situation", ['parent status', 'parents status'], ['T', 'A'], {
    T: 'together',
    A: 'apart',
  }),
  ord('Medu', "mother's education", ['mother education', 'mothers education'], education, 0),
  ord('Fedu', "father's education", ['father education', 'fathers education'], education, 0),
  cat('Mjob', "mother's job", ['mother job', 'mothers job'], jobs, jobLabels),
  cat('Fjob', "father's job", ['father job', 'fathers job'], jobs, jobLabels),
  cat(
    'reason',
    'reason for choosing the school',
    ['school choice reason'],
    ['home', 'reputation', 'course', 'other'],
    { home: 'close to home', reputation: "the school's reputation", course: 'course preference' },
  ),
  cat('guardian', 'guardian', [], ['mother', 'father', 'other']),
  ord(
    'traveltime',
    'travel time to school',
    ['travel time'],
    ['under 15 min', '15-30 min', '30-60 min', 'over 1 hour'],
  ),
  ord(
    'studytime',
    'weekly study time',
    ['study time'],
    ['under 2 hours', '2-5 hours', '5-10 hours', 'over 10 hours'],
  ),
  num(
    'failures',
    'past class failures',
    ['past failures', 'class failures'],
    0,
    4,
    'The UCI files hold 0-3; their description codes "3 or more" as 4, so 4 is accepted too.',
  ),
  yesNo('schoolsup', 'extra educational support from the school', ['school support'], true),
  yesNo('famsup', 'family educational support', ['family support'], true),
  yesNo('paid', 'extra paid classes in the subject', ['paid classes'], true),
  yesNo('activities', 'extra-curricular activities', ['extracurricular activities'], true),
  yesNo('nursery', 'attended nursery school', ['nursery school']),
  yesNo('higher', 'wants to take higher education', ['wants higher education', 'higher education']),
  yesNo('internet', 'internet access at home', ['internet access'], true),
  yesNo('romantic', 'in a romantic relationship', ['relationship']),
  ord('famrel', 'quality of family relationships', ['family relationships'], scale('very bad', 'excellent')),
  ord('freetime', 'free time after school', ['free time'], scale('very low', 'very high')),
  ord('goout', 'going out with friends', ['going out', 'go out'], scale('very low', 'very high')),
  ord(
    'Dalc',
    'alcohol use on school days',
    ['workday alcohol', 'weekday alcohol'],
    scale('very low', 'very high'),
  ),
  ord('Walc', 'alcohol use at weekends', ['weekend alcohol'], scale('very low', 'very high')),
  ord('health', 'current health', ['health status'], scale('very bad', 'very good')),
  num(
    'absences',
    'absences',
    ['absence count', 'school absences'],
    0,
    93,
    'The description allows 0-93; the UCI files reach 75 (Math) and 32 (Portuguese).',
  ),
  num('G1', 'first-period grade', ['grade 1', 'period 1 grade', 'first period grade'], 0, 20),
  num('G2', 'second-period grade', ['grade 2', 'period 2 grade', 'second period grade'], 0, 20),
  num('G3', 'final grade', ['grade 3', 'final grade'], 0, 20),
  cat('course', 'course', ['subject'], ['math', 'portuguese'], { math: 'Math', portuguese: 'Portuguese' }),
];

/** The grades, in term order. G3, the final grade, defines the target and is never a model input. */
export const GRADE_ATTRIBUTES: readonly string[] = ['G1', 'G2', 'G3'];
export const FINAL_GRADE = 'G3';

/**
 * The 13 attributes that identify one student across the two course files (the dataset's own matching rule).
 */
export const MATCH_ATTRIBUTES: readonly string[] = [
  'school',
  'sex',
  'age',
  'address',
  'famsize',
  'Pstatus',
  'Medu',
  'Fedu',
  'Mjob',
  'Fjob',
  'reason',
  'nursery',
  'internet',
];

/**
 * A student's row as the model reads it: attribute name → value; `null` (or `''`) means the cell was blank.
 */
export type StudentRecord = Readonly<Record<string, string | number | null>>;

const byName = new Map(ATTRIBUTES.map((attribute) => [attribute.name, attribute]));

/** The attribute called `name` (canonical spelling). Throws `RangeError` for a name the dictionary lacks. */
export function attributeNamed(name: string): Attribute {
  const attribute = byName.get(name);
  if (!attribute) throw new RangeError(`"${name}" is not an attribute in the data dictionary.`);
  return attribute;
}

/** True for the kinds encoded as categories (`binary`, `nominal`). */
export function isCategorical(attribute: Attribute): attribute is CategoricalAttribute {
  return attribute.kind === 'binary' || attribute.kind === 'nominal';
}

/** A header reduced for matching: lower case, without spaces, `_`, `-`, `.` or apostrophes. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[\s_\-.'’]/g, '');
}

const byHeader = new Map<string, Attribute>();
for (const attribute of ATTRIBUTES) {
  for (const spelling of [attribute.name, ...attribute.aliases])
    byHeader.set(normaliseHeader(spelling), attribute);
}

/** The attribute a roster header means (its canonical name or an alias, in any case), or `undefined`. */
export function attributeForHeader(header: string): Attribute | undefined {
  return byHeader.get(normaliseHeader(header));
}

/** True when a record's value counts as blank: `null`, `undefined`, or only whitespace. */
export function isBlank(value: string | number | null | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}
