/**
 * The boolean criteria shared by conditional-format rules and filter criteria: which `BooleanCriteria` a
 * `when...` method sets and how many arguments it takes. Both builders call `criteriaOf` so that the two APIs
 * agree on names and on checking their arguments.
 */
import { BooleanCriteria, enumMember } from './enums';
import type { Errors } from './errors';

type CriteriaName = keyof typeof BooleanCriteria;

/** A criteria name with its arguments, as Sheets reports them from `getCriteriaValues()`. */
export interface Criteria {
  criteria: CriteriaName;
  values: unknown[];
}

const NUMBER_ARGS: Partial<Record<CriteriaName, number>> = {
  NUMBER_BETWEEN: 2,
  NUMBER_NOT_BETWEEN: 2,
  NUMBER_EQUAL_TO: 1,
  NUMBER_NOT_EQUAL_TO: 1,
  NUMBER_GREATER_THAN: 1,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 1,
  NUMBER_LESS_THAN: 1,
  NUMBER_LESS_THAN_OR_EQUAL_TO: 1,
};

const TEXT_ARGS: Partial<Record<CriteriaName, number>> = {
  TEXT_CONTAINS: 1,
  TEXT_DOES_NOT_CONTAIN: 1,
  TEXT_EQUAL_TO: 1,
  TEXT_STARTS_WITH: 1,
  TEXT_ENDS_WITH: 1,
  CUSTOM_FORMULA: 1,
};

/**
 * The criteria `name` with `args`, checked: numbers for number criteria, text for text criteria and formulas,
 * nothing for the empty/not-empty criteria.
 * @throws TypeError for a wrong argument type or count.
 */
export function criteriaOf(name: CriteriaName, args: readonly unknown[], errors: Errors): Criteria {
  const numbers = NUMBER_ARGS[name];
  const texts = TEXT_ARGS[name];
  const expected = numbers ?? texts ?? (name === 'CELL_EMPTY' || name === 'CELL_NOT_EMPTY' ? 0 : args.length);
  if (args.length !== expected)
    throw errors.type(`${name} takes ${expected} argument(s), got ${args.length}.`);
  for (const arg of args) {
    if (numbers !== undefined && (typeof arg !== 'number' || !Number.isFinite(arg))) {
      throw errors.type(`${name} needs numbers, got ${String(arg)}.`);
    }
    if (texts !== undefined && typeof arg !== 'string')
      throw errors.type(`${name} needs text, got ${String(arg)}.`);
  }
  return { criteria: name, values: [...args] };
}

/** `withCriteria(criteria, args)`: the enum value (or its name) with its arguments. */
export function criteriaFromEnum(criteria: unknown, args: unknown, errors: Errors): Criteria {
  const member = enumMember(BooleanCriteria, criteria);
  if (member === undefined) throw errors.type(`Unknown BooleanCriteria: ${String(criteria)}.`);
  if (!Array.isArray(args)) throw errors.type('withCriteria needs an array of arguments.');
  return criteriaOf(String(member) as CriteriaName, args, errors);
}
