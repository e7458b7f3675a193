/**
 * A tiny escaping template for HTML that is sent to people: `html\`<td>${value}</td>\`` escapes every
 * interpolated value (`&`, `<`, `>`, `"`, `'`) unless the value is a fragment this same tag produced, so
 * markup is only ever written in template text, never built by concatenating strings. Fragments are recognised
 * by identity (a module-private `WeakSet`), not by shape: an object that merely looks like a fragment is
 * escaped like any other text. Values must sit in element content or in a quoted attribute; a URL attribute
 * also needs `httpsUrl`, because escaping does not stop a `javascript:` link.
 */

declare const fragmentBrand: unique symbol;

/** Markup made by `html` (or `joinHtml`): safe to interpolate as it is. */
export interface HtmlFragment {
  readonly [fragmentBrand]: true;
  /** The markup. */
  readonly html: string;
}

/**
 * What `html` accepts between `${…}`: a fragment, text or a number (escaped), an array of those (each
 * rendered in turn), and `null`, `undefined` or `false`, which render nothing so that
 * `${condition && html\`…\`}` works.
 */
export type HtmlValue = HtmlFragment | string | number | null | undefined | false | readonly HtmlValue[];

const fragments = new WeakSet<object>();

function fragment(markup: string): HtmlFragment {
  const made = Object.freeze({ html: markup }) as unknown as HtmlFragment;
  fragments.add(made);
  return made;
}

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` with `& < > " '` replaced by their entities: safe in element content and quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character);
}

/** Whether `value` is a fragment produced by `html` or `joinHtml` in this module. */
export function isHtmlFragment(value: unknown): value is HtmlFragment {
  return typeof value === 'object' && value !== null && fragments.has(value);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map((item: HtmlValue) => render(item)).join('');
  if (isHtmlFragment(value)) return value.html;
  return escapeHtml(String(value));
}

/** The tagged template: template text is kept as written, every `${value}` goes through `render`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): HtmlFragment {
  // Stryker disable next-line StringLiteral: a tagged template always has a first string, so the fallback is never read
  let markup = strings[0] ?? '';
  values.forEach((value, index) => {
    // Stryker disable next-line StringLiteral: a tagged template has one string more than values, so the fallback is never read
    markup += render(value) + (strings[index + 1] ?? '');
  });
  return fragment(markup);
}

/** The values rendered one after another, with `separator` (a fragment) between them. */
export function joinHtml(values: readonly HtmlValue[], separator: HtmlFragment = fragment('')): HtmlFragment {
  return fragment(values.map((value) => render(value)).join(separator.html));
}

/**
 * `url` as it may appear in an `href`: only `https:` URLs are accepted (a spreadsheet's URL always is one).
 * Escaping is left to `html`. Throws `RangeError` for any other scheme, a relative URL, or a URL with
 * whitespace or control characters in it.
 */
export function httpsUrl(url: string): string {
  if (!/^https:\/\/[^\s/?#]+/i.test(url) || /[\s\u0000-\u001f\u007f]/.test(url)) {
    throw new RangeError(`A link in an alert must be an https: URL, got "${url.slice(0, 80)}".`);
  }
  return url;
}
