/**
 * What a reader of an alert sees, for assertions: the HTML's text without tags, with entities decoded and white
 * space collapsed, and the plain text with white space collapsed, so a fact can be looked for in both.
 */
import type { AlertEmail } from '../../../src/core/alerts/render-alert';

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The text of `markup`: the head and tags dropped, the five entities decoded, white space collapsed. */
export function htmlText(markup: string): string {
  return markup
    .replace(/<head>[\s\S]*<\/head>/i, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

export const flatText = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Subject, plain text and HTML text of `email` in one string, for "appears nowhere" assertions. */
export function everything(email: AlertEmail): string {
  return [email.subject, email.body, email.htmlBody, htmlText(email.htmlBody)].join('\n');
}
