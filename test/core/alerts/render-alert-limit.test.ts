/**
 * The size of an alert in bytes: `utf8Length` against Python's UTF-8 encoder, and the 200 KB body limit of
 * Apps Script, reached exactly with the one list an alert does not clip (the problems a back-to-normal alert
 * says are gone).
 */
import { alertContent } from '../../../src/core/alerts/alert-content';
import type { AlertFacts, AlertProblem } from '../../../src/core/alerts/alert-facts';
import { alertHtml } from '../../../src/core/alerts/alert-html';
import { EMAIL_BODY_LIMIT_BYTES, renderAlertEmail, utf8Length } from '../../../src/core/alerts/render-alert';
import { anAlert } from './alert-facts-builder';

describe('utf8Length', () => {
  // Expected: /usr/bin/python3 -c "print(len(s.encode('utf-8', 'surrogatepass')))" for each string s (a valid
  // pair written as the character it encodes, e.g. '\U00010000'); a lone surrogate counts 3 bytes, as the
  // U+FFFD that replaces it does.
  it.each<[string, string, number]>([
    ['the last 1-byte character', '\u007f', 1],
    ['the first 2-byte character', '\u0080', 2],
    ['the last 2-byte character', '\u07ff', 2],
    ['the first 3-byte character', '\u0800', 3],
    ['the character before the surrogates', '\ud7ff', 3],
    ['the character after the surrogates', '\ue000', 3],
    ['the first pair (U+10000)', '\ud800\udc00', 4],
    ['the last pair (U+10FFFF)', '\udbff\udfff', 4],
    ['a lone high surrogate before a letter', '\ud800a', 4],
    ['a lone high surrogate before an arrow', '\ud800→', 6],
    ['a lone high surrogate before a private-use character', '\ud800\ue000', 6],
    ['a lone high surrogate at the end', 'a\ud800', 4],
    ['an arrow before a lone low surrogate', '→\udc00', 6],
    ['a private-use character before a lone low surrogate', '\ue000\udc00', 6],
    ['two lone low surrogates', '\udc00\udc00', 6],
  ])('counts %s', (_, text, bytes) => {
    expect(utf8Length(text)).toBe(bytes);
  });
});

describe('the body limit of an alert', () => {
  const facts = (name: string, problems: number): AlertFacts =>
    anAlert()
      .withSpreadsheet(name)
      .backToNormal(Array.from<AlertProblem>({ length: problems }).fill('drift'))
      .build();
  /** UTF-8 bytes of the HTML body, measured by Node rather than by `utf8Length`. */
  const htmlBytes = (alert: AlertFacts) => Buffer.byteLength(alertHtml(alertContent(alert)), 'utf8');

  /**
   * A back-to-normal alert whose HTML body is exactly the limit: enough resolved problems to come within a
   * short spreadsheet name of it (each problem adds its words to the paragraph and to the preview), then one
   * ASCII letter of the name per missing byte.
   */
  function atTheLimit(): { problems: number; nameLength: number } {
    const three = htmlBytes(facts('x', 3));
    const perProblem = htmlBytes(facts('x', 4)) - three;
    const problems = 3 + Math.floor((EMAIL_BODY_LIMIT_BYTES - three - 100) / perProblem);
    return { problems, nameLength: 1 + EMAIL_BODY_LIMIT_BYTES - htmlBytes(facts('x', problems)) };
  }
  const { problems, nameLength } = atTheLimit();

  it('is 200 KB', () => {
    expect(EMAIL_BODY_LIMIT_BYTES).toBe(204_800);
  });

  it('lets through an HTML body of exactly 204,800 bytes', () => {
    expect(nameLength).toBeLessThan(200); // the name is not clipped, so each letter is one byte
    const alert = facts('x'.repeat(nameLength), problems);
    expect(htmlBytes(alert)).toBe(204_800);
    const email = renderAlertEmail(alert);
    expect(Buffer.byteLength(email.htmlBody, 'utf8')).toBe(204_800);
    expect(email.subject).toBe('PassCompass: the daily check is back to normal');
  });

  it('refuses an HTML body one byte over, saying how big it is', () => {
    const alert = facts('x'.repeat(nameLength + 1), problems);
    expect(() => renderAlertEmail(alert)).toThrow(RangeError);
    expect(() => renderAlertEmail(alert)).toThrow(
      new RangeError("The alert's htmlBody is 204801 bytes, over the 204800-byte limit."),
    );
  });
});
