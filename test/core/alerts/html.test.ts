import {
  type HtmlFragment,
  escapeHtml,
  html,
  httpsUrl,
  isHtmlFragment,
  joinHtml,
} from '../../../src/core/alerts/html';

describe('the html template', () => {
  it('escapes & < > " and \' in every interpolated text', () => {
    const name = `<b class="x">Tom & 'Jerry'</b>`;
    expect(html`<p title="${name}">${name}</p>`.html).toBe(
      '<p title="&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;">' +
        '&lt;b class=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/b&gt;</p>',
    );
  });

  it('keeps the template text as written', () => {
    expect(html`<td style="color:#101828;">a</td>`.html).toBe('<td style="color:#101828;">a</td>');
  });

  it('inserts a fragment from the same tag as it is, so nested templates escape once', () => {
    const inner = html`<i>${'A & B'}</i>`;
    expect(html`<b>${inner}</b>`.html).toBe('<b><i>A &amp; B</i></b>');
  });

  it('escapes an object that only looks like a fragment', () => {
    const forged = { html: '<script>alert(1)</script>' } as unknown as HtmlFragment;
    expect(isHtmlFragment(forged)).toBe(false);
    expect(html`<p>${forged}</p>`.html).toBe('<p>[object Object]</p>');
  });

  it('renders arrays in order, numbers as text, and nothing for null, undefined and false', () => {
    const items = ['<1>', html`<i>2</i>`, 3];
    expect(html`${items}|${null}|${undefined}|${false}|${0}`.html).toBe('&lt;1&gt;<i>2</i>3||||0');
  });

  it('joins values with a fragment between them', () => {
    expect(joinHtml(['a<', 'b'], html`<br />`).html).toBe('a&lt;<br />b');
  });

  it('escapes a plain string with escapeHtml', () => {
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

describe('httpsUrl', () => {
  it("accepts a spreadsheet's https URL as it is", () => {
    const url = 'https://docs.google.com/spreadsheets/d/1AbC_dE-f/edit#gid=0';
    expect(httpsUrl(url)).toBe(url);
  });

  it.each([
    ['a javascript: link', 'javascript:alert(1)'],
    ['plain http', 'http://docs.google.com/spreadsheets/d/1'],
    ['a relative URL', '/spreadsheets/d/1'],
    ['a URL with a line break', 'https://docs.google.com/\nspreadsheets'],
    ['a URL with a space', 'https://docs.google.com/a b'],
    ['no host', 'https:///path'],
    ['another scheme with an https: URL after it', 'javascript:void("https://docs.google.com")'],
    ['an http URL with an https: URL in its query', 'http://example.com/?next=https://docs.google.com'],
  ])('refuses %s with a RangeError', (_, url) => {
    expect(() => httpsUrl(url)).toThrow(RangeError);
  });

  it('quotes the refused URL in the message', () => {
    expect(() => httpsUrl('http://docs.google.com/a')).toThrow(
      new RangeError('A link in an alert must be an https: URL, got "http://docs.google.com/a".'),
    );
  });

  it('quotes only the first 80 characters of a long refused URL', () => {
    const url = `http://${'a'.repeat(100)}`;
    expect(() => httpsUrl(url)).toThrow(
      new RangeError(`A link in an alert must be an https: URL, got "http://${'a'.repeat(73)}".`),
    );
  });
});
