/**
 * How Sheets reads what `setValue(s)` writes, which is not always what was passed: `'=A1*2'` becomes a formula,
 * `'007'` becomes the number 7, `'TRUE'` a boolean, `'2024-09-02'` a date, and a leading apostrophe keeps text as
 * text. Writing to a cell formatted as plain text (`'@'`) keeps numbers-as-text and booleans-as-text, but, as
 * measured on live sheets by others (the Apps Script docs are silent), still strips a leading apostrophe and
 * still turns `=...` into a formula. The add-on must escape text it did not write itself; this module makes
 * the local runtime as unforgiving as Sheets.
 *
 * Local choice: there is no formula engine, so a formula cell's value is the error Sheets shows for a name it
 * does not know, `#NAME?`; text that starts with `+` or `-` and is not a number is a formula Sheets cannot
 * parse, stored as `=` + the text with the value `#ERROR!`.
 */
import { isDate } from '../realm';
import type { StoredValue } from './cell';
import { isDateFormat, serialOfInstant, serialOfWallTime } from './dates';
import { MESSAGES, type Errors } from './errors';
import { DATE_FORMAT, DATE_TIME_FORMAT, MAX_CELL_CHARS, PLAIN_TEXT_FORMAT } from './limits';

/** The value a formula cell reports without a formula engine. */
export const FORMULA_VALUE = '#NAME?';
/** The value of text Sheets tried and failed to parse as a formula. */
export const PARSE_ERROR_VALUE = '#ERROR!';

/** What a write stores: the value, the formula (if any), and a number format to give an unformatted cell. */
export interface Interpreted {
  value: StoredValue;
  formula?: string;
  numberFormat?: string;
}

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?(%?)$/i;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d*)?(%?)$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

/**
 * Interprets one value written by `setValue(s)` into a cell whose number format is `format`.
 * @throws RangeError for text over 50,000 characters; TypeError for an invalid `Date` or a symbol.
 */
export function interpretInput(
  raw: unknown,
  format: string | undefined,
  timeZone: string,
  errors: Errors,
): Interpreted {
  if (raw === null || raw === undefined) return { value: '' };
  if (typeof raw === 'number') return { value: Number.isFinite(raw) ? raw : '#NUM!' };
  if (typeof raw === 'boolean') return { value: raw };
  if (isDate(raw)) {
    const ms = raw.getTime();
    if (Number.isNaN(ms)) throw errors.type('Invalid argument: an invalid Date cannot be written to a cell.');
    const interpreted: Interpreted = { value: serialOfInstant(ms, timeZone) };
    if (!isDateFormat(format)) interpreted.numberFormat = DATE_TIME_FORMAT;
    return interpreted;
  }
  if (typeof raw === 'symbol') throw errors.type('Invalid argument: a symbol cannot be written to a cell.');
  return interpretText(String(raw), format, errors);
}

/**
 * Interprets text the way Sheets' user-entered input does.
 * @throws RangeError for text over 50,000 characters.
 */
export function interpretText(text: string, format: string | undefined, errors: Errors): Interpreted {
  if (text.length > MAX_CELL_CHARS) throw errors.range(MESSAGES.cellTooLong(MAX_CELL_CHARS));
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { value: FORMULA_VALUE, formula: text };
  if (format === PLAIN_TEXT_FORMAT) return { value: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number) return format === undefined ? number : { value: number.value };
  if (/^[+-]/.test(text) && text.length > 1) return { value: PARSE_ERROR_VALUE, formula: `=${text}` };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === 'true' };
  const date = parseDate(trimmed);
  if (date) return isDateFormat(format) ? { value: date.value } : date;
  return { value: text };
}

function parseNumber(text: string): Interpreted | null {
  const plain = PLAIN_NUMBER.exec(text);
  const grouped = plain ? null : GROUPED_NUMBER.exec(text);
  const match = plain ?? grouped;
  if (!match) return null;
  const percent = (plain ? plain[3] : grouped?.[3]) === '%';
  const digits = text.replace(/[,%]/g, '');
  const value = Number(digits) / (percent ? 100 : 1);
  if (!Number.isFinite(value)) return null;
  const hasDecimals = /\.\d/.test(digits);
  if (percent) return { value, numberFormat: hasDecimals ? '0.00%' : '0%' };
  if (grouped) return { value, numberFormat: hasDecimals ? '#,##0.00' : '#,##0' };
  if (/e/i.test(digits)) return { value, numberFormat: '0.00E+00' };
  return { value };
}

function parseDate(text: string): Interpreted | null {
  const iso = ISO_DATE.exec(text);
  const us = iso ? null : US_DATE.exec(text);
  if (!iso && !us) return null;
  const year = Number(iso ? iso[1] : us?.[3]);
  const month = Number(iso ? iso[2] : us?.[1]);
  const day = Number(iso ? iso[3] : us?.[2]);
  const hour = Number(iso?.[4] ?? 0);
  const minute = Number(iso?.[5] ?? 0);
  const second = Number(iso?.[6] ?? 0);
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    return null;
  }
  const value = serialOfWallTime({ year, month, day, hour, minute, second, millisecond: 0 });
  const hasTime = iso?.[4] !== undefined;
  const numberFormat = us ? 'M/d/yyyy' : hasTime ? `${DATE_FORMAT} H:mm:ss` : DATE_FORMAT;
  return { value, numberFormat };
}
