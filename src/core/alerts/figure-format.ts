/**
 * Figures as an alert shows them, the same in the HTML and the plain text: whole counts with thousands
 * separators, proportions as whole percentages, AUCs with two decimals, and "not available" for a value that is
 * not a finite number (an AUC with one class only). Free text is cut to a stated length, so the size of an
 * alert is bounded whatever the caller passes. No `Intl`: the output must not depend on the runtime's locale.
 */

export const NOT_AVAILABLE = 'not available';

/** `1234` → `1,234`. Non-finite → `not available`. */
export function formatCount(n: number): string {
  if (!Number.isFinite(n)) return NOT_AVAILABLE;
  const digits = String(Math.round(Math.abs(n)));
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${grouped}` : grouped;
}

/** A count with its noun, singular for exactly 1: `1 column`, `3 columns` (plural given when not `noun + s`). */
export function countOf(n: number, noun: string, plural = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : plural}`;
}

/** A proportion as a whole percentage: `0.274` → `27%`. Non-finite → `not available`. */
export function formatPercent(p: number): string {
  return Number.isFinite(p) ? `${Math.round(p * 100)}%` : NOT_AVAILABLE;
}

/** An AUC with two decimals: `0.7349` → `0.73`. Non-finite → `not available`. */
export function formatAuc(auc: number): string {
  return Number.isFinite(auc) ? auc.toFixed(2) : NOT_AVAILABLE;
}

/**
 * `text` with line breaks and runs of white space made single spaces, trimmed, and cut to `maxLength`
 * characters (the last one then `…`). Code units are counted, and a cut never splits a surrogate pair.
 */
export function clipText(text: string, maxLength: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= maxLength) return flat;
  let end = maxLength - 1;
  const last = flat.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${flat.slice(0, end)}…`;
}

/** A list in words: `a`, `a and b`, `a, b and c`. */
export function listInWords(items: readonly string[]): string {
  // Stryker disable next-line StringLiteral: joining at most one item never uses the separator
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
