/**
 * The last check before an alert is sent: does any identifying text from the roster (a name, a student key)
 * or a row reference (`row 17`) appear in the rendered email? `AlertFacts` has no field for them, but its few
 * free-text fields (column labels, drift phrases) are built by other code, and a caller could put a name in one.
 * The monitoring job holds the roster's key column anyway, so it can pass those values here. Matching ignores
 * case and runs of white space, and reads the HTML with its entities decoded.
 */
import type { AlertEmail } from './render-alert';

/** `row 17`, `rows 4`: a sheet row named in words. */
export const ROW_REFERENCE = /\brows? \d+\b/i;

/** Identifying texts shorter than this are not searched for (they would match ordinary words). */
export const MIN_TEXT_LENGTH = 4;
/** Digit-only keys shorter than this are not searched for (they would match figures and years). */
export const MIN_DIGITS = 5;

/** Raised instead of sending; its message counts the leaks and never repeats them. */
export class AlertPrivacyError extends Error {
  constructor(readonly leaks: number) {
    super(`The alert would show ${leaks} piece${leaks === 1 ? '' : 's'} of student data; it was not sent.`);
    this.name = 'AlertPrivacyError';
  }
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();

const decodeEntities = (markup: string) =>
  markup
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

function searchable(text: string): boolean {
  if (/^\d+$/.test(text)) return text.length >= MIN_DIGITS;
  return text.length >= MIN_TEXT_LENGTH;
}

/**
 * The identifying texts found in `email` (subject, plain text, or HTML with entities decoded), plus
 * `row N` for a row reference. Texts too short to search for (see `MIN_TEXT_LENGTH`, `MIN_DIGITS`) are
 * skipped. O(texts × email length).
 */
export function rosterTextIn(email: AlertEmail, identifying: Iterable<string>): string[] {
  const haystack = flat([email.subject, email.body, decodeEntities(email.htmlBody)].join('\n'));
  const found = new Set<string>();
  for (const text of identifying) {
    const needle = flat(text);
    if (searchable(needle) && haystack.includes(needle)) found.add(text);
  }
  const row = ROW_REFERENCE.exec(haystack);
  if (row) found.add(row[0]);
  return [...found];
}

/** Throws `AlertPrivacyError` when `rosterTextIn` finds anything. */
export function assertNoRosterText(email: AlertEmail, identifying: Iterable<string>): void {
  const found = rosterTextIn(email, identifying);
  if (found.length > 0) throw new AlertPrivacyError(found.length);
}
