/**
 * The words a teacher reads for one attribute's value, used when that value is a reason for a student's risk:
 * "3 past class failures", "14 absences", "no family educational support", "does not want to go on to higher
 * education". The phrasing comes from the data dictionary (labels, scale levels, category labels), so a new
 * attribute needs no code here unless it deserves a sentence of its own.
 */
import { type Attribute, attributeNamed, isBlank, isCategorical } from './dictionary';

/** `table[key]` when it is the table's own entry: a cell holding "constructor" must not read Object's. */
const own = <T>(table: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  table && Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;

const counted = (n: number, one: string, many: string): string =>
  n === 0 ? `no ${many}` : `${n} ${n === 1 ? one : many}`;

/** Attributes whose value reads as a counted phrase rather than "label: value". */
const SENTENCES: Readonly<Record<string, (n: number) => string>> = {
  // The UCI description codes "3 or more" failures as 4.
  failures: (n) =>
    n >= 4 ? '3 or more past class failures' : counted(n, 'past class failure', 'past class failures'),
  // Never a reason (`core/scoring/reason-kinds.ts`), but worded for completeness: the roster records none.
  absences: (n) => (n === 0 ? 'no absences recorded' : counted(n, 'absence', 'absences')),
  age: (n) => `age ${n}`,
  G1: (n) => `first-period grade ${n} of 20`,
  G2: (n) => `second-period grade ${n} of 20`,
  G3: (n) => `final grade ${n} of 20`,
};

/**
 * Categories whose "label: value" would read awkwardly or the wrong way round as a reason. Help a student
 * already gets is worded as such: it answers a difficulty someone has seen, it does not cause the risk.
 */
const CATEGORY_SENTENCES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  schoolsup: { yes: 'already receives extra educational support from the school' },
  famsup: { yes: 'already receives family educational support' },
  paid: { yes: 'already takes extra paid classes in the subject' },
  higher: { no: 'does not want to go on to higher education', yes: 'wants to go on to higher education' },
  romantic: { no: 'not in a romantic relationship', yes: 'in a romantic relationship' },
  nursery: { no: 'did not attend nursery school', yes: 'attended nursery school' },
};

/**
 * Describes `value` of the attribute called `name` (or given as an `Attribute`) in plain words. A blank value
 * reads "<label>: blank"; a value outside the dictionary's codes or categories is shown as it is. Throws
 * `RangeError` for a name the dictionary lacks.
 */
export function describeValue(attributeOrName: Attribute | string, value: string | number | null): string {
  const attribute = typeof attributeOrName === 'string' ? attributeNamed(attributeOrName) : attributeOrName;
  if (isBlank(value)) return `${attribute.label}: blank`;
  const raw = typeof value === 'string' ? value.trim() : value;
  if (isCategorical(attribute)) {
    const text = String(raw);
    const sentence = own(own(CATEGORY_SENTENCES, attribute.name), text);
    if (sentence) return sentence;
    if (attribute.phrasing === 'presence' && (text === 'yes' || text === 'no')) {
      return text === 'yes' ? attribute.label : `no ${attribute.label}`;
    }
    return `${attribute.label}: ${own(attribute.categoryLabels, text) ?? text}`;
  }
  const n = typeof raw === 'number' ? raw : Number(raw);
  const sentence = own(SENTENCES, attribute.name);
  if (sentence && Number.isFinite(n)) return sentence(n);
  const level = Number.isInteger(n) ? attribute.levels?.[n - attribute.min] : undefined;
  return `${attribute.label}: ${level ?? String(raw)}`;
}
