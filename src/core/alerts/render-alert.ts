/**
 * The monitoring alert email from its facts: `{ subject, htmlBody, body }`, ready for `MailApp.sendEmail`
 * (which the mailer adapter calls; nothing here touches Apps Script). The HTML and the plain text are rendered
 * from one `AlertContent`, so they carry the same facts. The email is checked against Apps Script's 200 KB body
 * limit; free text in the facts is clipped, so a real alert stays a few kilobytes.
 */
import { alertContent } from './alert-content';
import type { AlertFacts } from './alert-facts';
import { alertHtml } from './alert-html';
import { alertText } from './alert-text';

/** Apps Script's limit on an email body (consumer accounts), in bytes. */
export const EMAIL_BODY_LIMIT_BYTES = 200 * 1024;

export interface AlertEmail {
  readonly subject: string;
  /** The HTML body (`htmlBody` option of `MailApp.sendEmail`). */
  readonly htmlBody: string;
  /** The plain-text alternative. */
  readonly body: string;
}

/** Bytes of `text` in UTF-8 (`TextEncoder` does not exist in Apps Script). O(length). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (
      code >= 0xd800 &&
      code <= 0xdbff &&
      // Stryker disable next-line ConditionalExpression,ArithmeticOperator: past the end charCodeAt gives NaN, which is no low surrogate, so the bound never changes the count
      i + 1 < text.length
    ) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The alert email for `facts`. Throws `RangeError` for facts that cannot make an alert (see
 * `assertAlertFacts`), a spreadsheet URL that is not https:, or a body over `EMAIL_BODY_LIMIT_BYTES` (which the
 * clipping of free text rules out in practice).
 */
export function renderAlertEmail(facts: AlertFacts): AlertEmail {
  const content = alertContent(facts);
  const email = { subject: content.subject, htmlBody: alertHtml(content), body: alertText(content) };
  for (const part of ['htmlBody', 'body'] as const) {
    const bytes = utf8Length(email[part]);
    if (bytes > EMAIL_BODY_LIMIT_BYTES)
      throw new RangeError(
        `The alert's ${part} is ${bytes} bytes, over the ${EMAIL_BODY_LIMIT_BYTES}-byte limit.`,
      );
  }
  return email;
}
