/**
 * Reads one roster cell as the data dictionary expects it. Spreadsheets arrive messy: `Yes`, `Y`, `TRUE` and `1`
 * for yes; numbers stored as text, with stray spaces or a decimal comma; category labels instead of codes
 * (`urban` for `U`). Each cell either reads cleanly, reads after a stated normalisation, or is unreadable and is
 * treated as blank; the caller reports the last two in the Data issues sheet.
 */
import {
  type Attribute,
  type CategoricalAttribute,
  type NumericAttribute,
  isCategorical,
} from '../dictionary';

export type NormalisedValue = string | number | null;

export type CellReading =
  | { kind: 'ok'; value: NormalisedValue }
  | { kind: 'normalised'; value: NormalisedValue; problem: string }
  | { kind: 'invalid'; value: null; problem: string };

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Reads `cell` as a value of `attribute`. Blank cells (empty or spaces) read as `null`. */
export function normaliseValue(attribute: Attribute, cell: unknown): CellReading {
  if (cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === ''))
    return { kind: 'ok', value: null };
  if (Object.prototype.toString.call(cell) === '[object Date]') {
    return { kind: 'invalid', value: null, problem: 'is a date (the spreadsheet may have converted it)' };
  }
  return isCategorical(attribute) ? readCategory(attribute, cell) : readNumber(attribute, cell);
}

function readNumber(attribute: NumericAttribute, cell: unknown): CellReading {
  let value: number;
  let problem: string | null = null;
  if (typeof cell === 'number') value = cell;
  else if (typeof cell === 'string') {
    // Stryker disable next-line Regex: the strict number test below rejects any text before or after `d,d`, so dropping an anchor changes no reading
    const text = cell.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
    value = /^-?(\d+\.?\d*|\.\d+)$/.test(text) ? Number(text) : NaN;
    if (Number.isNaN(value)) return { kind: 'invalid', value: null, problem: 'is not a number' };
    problem = 'is a number stored as text';
  } else return { kind: 'invalid', value: null, problem: 'is not a number' };
  if (attribute.kind === 'ordinal' && !Number.isInteger(value)) {
    return {
      kind: 'invalid',
      value: null,
      problem: `is not a whole number from ${attribute.min} to ${attribute.max}`,
    };
  }
  if (value < attribute.min || value > attribute.max) {
    return {
      kind: 'invalid',
      value: null,
      problem: `is outside the valid range ${attribute.min}-${attribute.max}`,
    };
  }
  return problem ? { kind: 'normalised', value, problem } : { kind: 'ok', value };
}

function readCategory(attribute: CategoricalAttribute, cell: unknown): CellReading {
  // A boolean reads as the text `true` or `false`, which the yes/no words below take in.
  // Stryker disable next-line MethodExpression: `fold` below drops spaces anyway, so an untrimmed cell reads the same
  const raw = String(cell).trim();
  // Stryker disable next-line BlockStatement,ConditionalExpression: a fast path; the case and fold matches below give the same reading for a category written exactly
  if (attribute.categories.includes(raw)) {
    return raw === cell
      ? { kind: 'ok', value: raw }
      : { kind: 'normalised', value: raw, problem: `is written "${String(cell)}"` };
  }
  // A difference of case only (`Yes`, `Math`) is not worth a line in the issues sheet.
  const sameButCase = attribute.categories.find((c) => c.toLowerCase() === raw.toLowerCase());
  if (sameButCase !== undefined && cell === raw) return { kind: 'ok', value: sameButCase };
  const match = matchCategory(attribute, raw);
  if (match === null) {
    const allowed = attribute.categories.join(', ');
    return { kind: 'invalid', value: null, problem: `is not one of the expected values (${allowed})` };
  }
  return { kind: 'normalised', value: match, problem: `is written "${String(cell)}"` };
}

function matchCategory(attribute: CategoricalAttribute, raw: string): string | null {
  const folded = fold(raw);
  // Only the yes/no attributes have a 'yes' category.
  if (attribute.categories.includes('yes')) {
    if (YES.has(folded)) return 'yes';
    if (NO.has(folded)) return 'no';
  }
  for (const category of attribute.categories) {
    if (fold(category) === folded) return category;
    const label = attribute.categoryLabels?.[category];
    if (label !== undefined && fold(label) === folded) return category;
  }
  return null;
}

/** Lower case, with spaces, `_` and `-` removed, so `At Home` matches `at_home`. */
function fold(text: string): string {
  return text.toLowerCase().replace(/[\s_-]/g, '');
}
