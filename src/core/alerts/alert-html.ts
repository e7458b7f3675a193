/**
 * The HTML body of an alert, for email clients: one centred column at most 640 px wide built from tables,
 * inline styles only (clients drop `<style>` and external sheets), system fonts, no images, no scripts. Every
 * text comes from `AlertContent` through the escaping `html` template; the one link is checked to be https:.
 */
import type { AlertContent } from './alert-content';
import type { AlertSection, FigureTable, SectionTone } from './alert-section';
import { type HtmlFragment, html, joinHtml } from './html';

const FONT = "-apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif";
const INK = '#101828';
const MUTED = '#475467';
const RULE = '#eaecf0';

const TONE_COLOURS: Readonly<Record<SectionTone, string>> = {
  problem: '#b42318',
  information: '#344054',
  good: '#067647',
};

const CELL = `padding:7px 10px;border-bottom:1px solid ${RULE};text-align:left;vertical-align:top;`;

function figureTable(table: FigureTable): HtmlFragment {
  const head =
    table.header.length > 0
      ? html`<thead>
          <tr>
            ${table.header.map(
              (heading) =>
                html`<th scope="col" style="${CELL}background-color:#f2f4f7;font-weight:600;color:${INK};">
                  ${heading}
                </th>`,
            )}
          </tr>
        </thead>`
      : null;
  const keyValue = table.header.length === 0;
  const flagged = new Set(table.flaggedRows ?? []);
  const rows = table.rows.map((row, rowIndex) => {
    const colour = flagged.has(rowIndex) ? `color:${TONE_COLOURS.problem};font-weight:600;` : `color:${INK};`;
    return html`<tr>
      ${row.map((cell, index) =>
        keyValue && index === 0
          ? html`<th scope="row" style="${CELL}font-weight:normal;color:${MUTED};width:58%;">${cell}</th>`
          : html`<td style="${CELL}${colour}${keyValue ? 'font-weight:600;' : ''}">${cell}</td>`,
      )}
    </tr>`;
  });
  return html`<table
    cellpadding="0"
    cellspacing="0"
    border="0"
    width="100%"
    style="border-collapse:collapse;width:100%;margin:4px 0 12px;font-size:14px;line-height:1.4;border-top:1px solid ${RULE};"
  >
    <caption style="text-align:left;font-size:13px;font-weight:600;color:${MUTED};padding:0 0 6px;">
      ${table.caption}
    </caption>
    ${head}
    <tbody>
      ${rows}
    </tbody>
  </table>`;
}

function section(part: AlertSection): HtmlFragment {
  const colour = TONE_COLOURS[part.tone];
  return html`<h2
      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid ${colour};font-size:18px;line-height:1.3;color:${colour};"
    >
      ${part.title}
    </h2>
    ${part.paragraphs.map((text) => html`<p style="margin:0 0 12px;">${text}</p>`)}
    ${part.table && figureTable(part.table)}
    ${
      part.list &&
      html`<p style="margin:8px 0 4px;font-size:14px;font-weight:600;color:${MUTED};">${part.list.title}</p>
        <ul style="margin:0 0 12px;padding:0 0 0 22px;font-size:14px;">
          ${part.list.items.map((item) => html`<li style="margin:0 0 4px;">${item}</li>`)}
        </ul>`
    }
    ${part.notes.map((note) => html`<p style="margin:0 0 8px;font-size:13px;color:${MUTED};">${note}</p>`)}`;
}

/** The complete HTML document for `content`. */
export function alertHtml(content: AlertContent): string {
  const accent = content.allClear ? TONE_COLOURS.good : TONE_COLOURS.problem;
  const preview = content.summary ?? content.sections[0]?.paragraphs[0] ?? '';
  const context = joinHtml(
    content.context.map(
      ([label, value]) =>
        html`<tr>
          <td style="padding:2px 12px 2px 0;color:${MUTED};white-space:nowrap;vertical-align:top;">
            ${label}
          </td>
          <td style="padding:2px 0;color:${INK};">${value}</td>
        </tr>`,
    ),
  );
  const page = html`<!DOCTYPE html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${content.subject}</title>
      </head>
      <body style="margin:0;padding:0;background-color:#f2f4f7;">
        <div style="display:none;max-height:0;overflow:hidden;">${preview}</div>
        <table
          role="presentation"
          cellpadding="0"
          cellspacing="0"
          border="0"
          width="100%"
          style="background-color:#f2f4f7;"
        >
          <tr>
            <td align="center" style="padding:24px 12px;">
              <table
                role="presentation"
                cellpadding="0"
                cellspacing="0"
                border="0"
                width="100%"
                style="max-width:640px;background-color:#ffffff;border:1px solid #d0d5dd;border-top:6px solid ${accent};border-radius:6px;"
              >
                <tr>
                  <td
                    style="padding:24px 28px 28px;font-family:${FONT};font-size:15px;line-height:1.55;color:${INK};text-align:left;overflow-wrap:break-word;"
                  >
                    <p
                      style="margin:0 0 6px;font-size:13px;font-weight:600;letter-spacing:0.04em;text-transform:uppercase;color:${MUTED};"
                    >
                      PassCompass · daily monitoring check
                    </p>
                    <h1 style="margin:0 0 16px;font-size:24px;line-height:1.25;color:${INK};">
                      ${content.heading}
                    </h1>
                    <table
                      role="presentation"
                      cellpadding="0"
                      cellspacing="0"
                      border="0"
                      style="margin:0 0 8px;font-size:14px;line-height:1.4;"
                    >
                      ${context}
                    </table>
                    ${
                      content.summary &&
                      html`<p
                        style="margin:16px 0 0;padding:12px 14px;background-color:#fef3f2;border-radius:4px;"
                      >
                        ${content.summary}
                      </p>`
                    }
                    ${content.sections.map(section)}
                    <h2
                      style="margin:28px 0 10px;padding:0 0 0 10px;border-left:4px solid #1d4ed8;font-size:18px;line-height:1.3;color:#1d4ed8;"
                    >
                      What to do next
                    </h2>
                    <ol style="margin:0 0 20px;padding:0 0 0 24px;">
                      ${content.nextSteps.map((step) => html`<li style="margin:0 0 8px;">${step}</li>`)}
                    </ol>
                    <p style="margin:0 0 24px;">
                      <a
                        href="${content.link.url}"
                        style="display:inline-block;padding:11px 20px;background-color:#1d4ed8;color:#ffffff;text-decoration:none;font-weight:600;border-radius:4px;"
                        >${content.link.text}</a
                      >
                    </p>
                    <p
                      style="margin:0;padding:14px 0 0;border-top:1px solid ${RULE};font-size:12px;line-height:1.5;color:#667085;"
                    >
                      ${content.footer}<br /><span style="word-break:break-all;">${content.link.url}</span>
                    </p>
                  </td>
                </tr>
              </table>
            </td>
          </tr>
        </table>
      </body>
    </html> `;
  return page.html;
}
