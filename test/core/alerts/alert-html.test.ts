import type { AlertContent } from '../../../src/core/alerts/alert-content';
import { alertHtml } from '../../../src/core/alerts/alert-html';
import type { AlertSection } from '../../../src/core/alerts/alert-section';

/** `markup` with white space collapsed and dropped around tags, so fragments can be compared as written. */
const tidy = (markup: string): string =>
  markup
    .replace(/\s+/g, ' ')
    .replace(/\s*>\s*/g, '>')
    .replace(/\s*</g, '<');

/** The style every table cell starts with: padding, a rule below in #eaecf0, aligned top left. */
const CELL = 'padding:7px 10px;border-bottom:1px solid #eaecf0;text-align:left;vertical-align:top;';

const COUNTS: AlertSection = {
  tone: 'problem',
  title: 'First finding',
  paragraphs: ['One.', 'Two.'],
  table: {
    caption: 'Counts',
    header: ['Column', 'How many'],
    rows: [
      ['age', '4 cells'],
      ['absences', '41 cells'],
    ],
    flaggedRows: [1],
  },
  notes: [],
};

const FIGURES: AlertSection = {
  tone: 'information',
  title: 'Second',
  paragraphs: ['Three.'],
  table: { caption: 'Figures', header: [], rows: [['Rows', '212']] },
  notes: [],
};

function content(overrides: Partial<AlertContent> = {}): AlertContent {
  return {
    subject: 'PassCompass: two findings',
    heading: 'Two findings',
    allClear: false,
    summary: 'Both things happened.',
    context: [['Spreadsheet', 'Year 10']],
    sections: [COUNTS, FIGURES],
    nextSteps: ['Do this.'],
    link: { text: 'Open the spreadsheet', url: 'https://example.com/s' },
    footer: 'Footer text.',
    ...overrides,
  };
}

describe('tables in the HTML of an alert', () => {
  const page = tidy(alertHtml(content()));

  it('head a table with column headings on a grey band', () => {
    expect(page).toContain(
      '<thead><tr>' +
        `<th scope="col" style="${CELL}background-color:#f2f4f7;font-weight:600;color:#101828;">Column</th>` +
        `<th scope="col" style="${CELL}background-color:#f2f4f7;font-weight:600;color:#101828;">How many</th>` +
        '</tr></thead>',
    );
  });

  it('write ordinary cells in ink and flagged rows in bold red', () => {
    expect(page).toContain(
      `<tr><td style="${CELL}color:#101828;">age</td><td style="${CELL}color:#101828;">4 cells</td></tr>` +
        `<tr><td style="${CELL}color:#b42318;font-weight:600;">absences</td>` +
        `<td style="${CELL}color:#b42318;font-weight:600;">41 cells</td></tr>`,
    );
  });

  it('give a table of label and value no head, the label as a muted row heading and the value in bold', () => {
    expect(page).toContain(
      '<caption style="text-align:left;font-size:13px;font-weight:600;color:#475467;padding:0 0 6px;">Figures</caption>' +
        '<tbody><tr>' +
        `<th scope="row" style="${CELL}font-weight:normal;color:#475467;width:58%;">Rows</th>` +
        `<td style="${CELL}color:#101828;font-weight:600;">212</td>` +
        '</tr></tbody>',
    );
  });
});

describe('the page of an alert', () => {
  it('uses the system fonts', () => {
    expect(tidy(alertHtml(content()))).toContain(
      'font-family:-apple-system, &#39;Segoe UI&#39;, Roboto, Helvetica, Arial, sans-serif;font-size:15px;',
    );
  });

  it('titles a problem in red and information in slate', () => {
    const page = tidy(alertHtml(content()));
    expect(page).toContain(
      '<h2 style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #b42318;font-size:18px;line-height:1.3;color:#b42318;">First finding</h2>',
    );
    expect(page).toContain(
      '<h2 style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #344054;font-size:18px;line-height:1.3;color:#344054;">Second</h2>',
    );
    expect(page).toContain('border-top:6px solid #b42318;');
  });

  it('is green, at the top and in the title, when all is clear', () => {
    const good: AlertSection = { tone: 'good', title: 'Back to normal', paragraphs: ['Fine.'], notes: [] };
    const page = tidy(alertHtml(content({ allClear: true, summary: null, sections: [good] })));
    expect(page).toContain('border-top:6px solid #067647;');
    expect(page).toContain(
      '<h2 style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #067647;font-size:18px;line-height:1.3;color:#067647;">Back to normal</h2>',
    );
  });

  it('labels the context in muted grey and rules off the footer', () => {
    const page = tidy(alertHtml(content()));
    expect(page).toContain(
      '<td style="padding:2px 12px 2px 0;color:#475467;white-space:nowrap;vertical-align:top;">Spreadsheet</td>' +
        '<td style="padding:2px 0;color:#101828;">Year 10</td>',
    );
    expect(page).toContain(
      '<p style="margin:0;padding:14px 0 0;border-top:1px solid #eaecf0;font-size:12px;line-height:1.5;color:#667085;">Footer text.<br />',
    );
  });
});

describe('the summary of an alert in HTML', () => {
  const PREVIEW = '<div style="display:none;max-height:0;overflow:hidden;">';
  const SUMMARY = '<p style="margin:16px 0 0;padding:12px 14px;background-color:#fef3f2;border-radius:4px;">';

  it('is the hidden preview and a tinted paragraph under the context', () => {
    const page = tidy(alertHtml(content()));
    expect(page).toContain(`${PREVIEW}Both things happened.</div>`);
    expect(page).toContain(`</table>${SUMMARY}Both things happened.</p><h2`);
  });

  it('is replaced in the preview by the first paragraph, and left out, when there is none', () => {
    const page = tidy(alertHtml(content({ summary: null })));
    expect(page).toContain(`${PREVIEW}One.</div>`);
    expect(page).not.toContain('background-color:#fef3f2');
  });

  it('leaves the preview empty with neither a summary nor a section', () => {
    expect(tidy(alertHtml(content({ summary: null, sections: [] })))).toContain(`${PREVIEW}</div>`);
  });
});
