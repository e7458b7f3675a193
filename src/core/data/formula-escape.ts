/**
 * Neutralises text before it is written to a sheet. Sheets turns a string that starts with `=` into a formula
 * (and `+`, `-`, `@` can start one too), which lets data from a roster or a request run as a formula: the
 * classic CSV/formula injection. It also turns text that looks like a number or a boolean into one, which
 * silently changes an id such as `007`. A leading apostrophe makes Sheets keep the text exactly as it is.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const SHEETS_WOULD_CONVERT = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?|true|false)\s*$/i;

/** Returns `value` unchanged unless it is text that Sheets would not keep as that exact text. */
export function escapeForSheet<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'") || FORMULA_START.test(value) || SHEETS_WOULD_CONVERT.test(value))
    return `'${value}`;
  return value;
}
