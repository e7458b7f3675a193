/**
 * Neutralises text before it is written to a sheet. Sheets turns a string that starts with `=` into a formula
 * (and `+`, `-`, `@` can start one too), which lets data from a roster or a request run as a formula: the
 * classic CSV/formula injection. It also turns text that looks like a number or a boolean into one, which
 * silently changes an id such as `007`. A leading apostrophe makes Sheets keep the text exactly as it is.
 *
 * The same rule decides which text cells an `.xlsx` file marks with a quote prefix (`<xf quotePrefix="1">`,
 * Excel's and LibreOffice's form of that apostrophe), so no spreadsheet program runs or converts them either.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const SHEETS_WOULD_CONVERT = /^\s*([-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?%?|true|false)\s*$/i;

/** True for text a spreadsheet may run as a formula when it is typed: it starts with `= + - @`, a tab or a CR. */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * True for text a spreadsheet keeps as typed only with a quote prefix: text that looks like a formula, a
 * number or a boolean. (A leading apostrophe is the prefix itself; `escapeForSheet` doubles it.)
 */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text) || SHEETS_WOULD_CONVERT.test(text);
}

/** Returns `value` unchanged unless it is text that Sheets would not keep as that exact text. */
export function escapeForSheet<T>(value: T): T | string {
  if (typeof value !== 'string') return value;
  if (value.startsWith("'") || needsQuotePrefix(value)) return `'${value}`;
  return value;
}
