/**
 * `npm run screenshots`: the README's two pictures, made from the built add-on on the local runtime. The sample
 * is loaded, an early-term model trained, every student scored and one monitoring check run, as in the demo;
 * then, in Debian's Chromium:
 *
 * - docs/images/sidebar.png: the real `Sidebar.html`, answered by the add-on's `sidebarRequest`;
 * - docs/images/model-card.png: the champion's Model card sheet, drawn from its values and styles;
 * - docs/images/students.png: the Students sheet as a counsellor sees it after sorting by risk: the sheet's
 *   display values (its number formats applied) and the colours of its own conditional-format rules, for a few
 *   of the roster's columns and PassCompass's four. Sheets itself cannot be reached from here, so this is drawn
 *   from the sheet's contents rather than photographed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startAddOn } from '../src/local/bundle';
import { ManualClock } from '../src/local/services/clock';
import { LocalSpreadsheet } from '../src/local/spreadsheet';
import { columnLetters } from '../src/local/spreadsheet/a1';
import { launchChromium } from '../test/browser/chromium';
import { withGoogleScriptStub } from '../test/browser/chromium';

const root = resolve(__dirname, '..');
const outDir = join(root, 'docs/images');
/** Roster columns shown beside PassCompass's: enough to recognise a student's row, few enough to read. */
const ROSTER_COLUMNS = ['school', 'sex', 'age', 'studytime', 'failures', 'absences'];
const OWN_COLUMNS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version'];
const ROWS_SHOWN = 14;

type Started = ReturnType<typeof startAddOn>;

function scoredWorkbook(): Started {
  const started = startAddOn({
    clock: new ManualClock(Date.parse('2026-09-14T08:30:00Z')),
    spreadsheet: ({ calls, realm }) =>
      new LocalSpreadsheet({ calls, realm, name: 'Year 10', timeZone: 'Europe/Lisbon', locale: 'pt_PT' }),
  });
  const { runtime, addOn } = started;
  addOn.call('loadSampleBothCourses');
  runtime.PropertiesService.getDocumentProperties()?.setProperty(
    'passcompass.settings',
    JSON.stringify({ mode: 'early', alertRecipients: ['head.of.year@school.example'] }),
  );
  for (const fn of ['trainModel', 'scoreStudents', 'turnOnDailyMonitoring', 'checkNow']) {
    runtime.ui.answerNext('OK');
    addOn.call(fn);
  }
  return started;
}

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** `#rrggbb` between `low` and `high` at `t` in [0, 1], as Sheets shades a two-point colour scale. */
function between(low: string, high: string, t: number): string {
  const channel = (hex: string, i: number) => parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
  const mix = [0, 1, 2].map((i) => Math.round(channel(low, i) + (channel(high, i) - channel(low, i)) * t));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function studentsHtml(started: Started): string {
  const sheet = started.runtime.spreadsheet.getSheetByName('Students');
  if (!sheet) throw new Error('No Students sheet');
  const range = sheet.getDataRange();
  const [header = [], ...values] = range.getValues();
  const [, ...display] = range.getDisplayValues();
  const names = header.map(String);
  const shown = [...ROSTER_COLUMNS, ...OWN_COLUMNS].map((name) => names.indexOf(name));
  const risk = names.indexOf('Risk of failing');
  const tier = names.indexOf('Tier');
  const tierColours = new Map<string, { background: string; font: string }>();
  let gradient = { low: '#ffffff', high: '#ffffff' };
  for (const rule of sheet.getConditionalFormatRules()) {
    const condition = rule.getBooleanCondition();
    const scale = rule.getGradientCondition();
    if (condition)
      tierColours.set(String(condition.getCriteriaValues()[0]), {
        background: condition.getBackground() ?? '#ffffff',
        font: condition.getFontColor() ?? '#000000',
      });
    if (scale) gradient = { low: scale.getMinColor(), high: scale.getMaxColor() };
  }
  const order = values
    .map((row, i) => ({ row, i, risk: typeof row[risk] === 'number' ? row[risk] : -1 }))
    .sort((a, b) => b.risk - a.risk)
    .slice(0, ROWS_SHOWN);
  const cell = (column: number, i: number) => {
    const text = escape(display[i]?.[column] ?? '');
    if (column === tier) {
      const colour = tierColours.get(String(values[i]?.[column]));
      return `<td style="background:${colour?.background};color:${colour?.font}">${text}</td>`;
    }
    if (column === risk) {
      const value = values[i]?.[column];
      const t = typeof value === 'number' ? value : 0;
      return `<td class="num" style="background:${between(gradient.low, gradient.high, t)}">${text}</td>`;
    }
    return `<td${typeof values[i]?.[column] === 'number' ? ' class="num"' : ''}>${text}</td>`;
  };
  const letters = shown.map((c) => `<th class="letter">${columnLetters(c + 1)}</th>`).join('');
  const heads = shown.map((c) => `<th>${escape(names[c] ?? '')}</th>`).join('');
  const body = order
    .map(({ i }) => `<tr><th class="letter">${i + 2}</th>${shown.map((c) => cell(c, i)).join('')}</tr>`)
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 13px Arial, sans-serif; margin: 0; padding: 12px; background: #fff; }
    p { color: #5f6368; margin: 0 0 8px; }
    table { border-collapse: collapse; }
    td, th { border: 1px solid #e2e3e3; padding: 3px 6px; white-space: nowrap; text-align: left; }
    th { font-weight: bold; }
    th.letter { background: #f8f9fa; color: #5f6368; font-weight: normal; text-align: center; }
    td.num { text-align: right; }
    tr:nth-child(2) th:not(.letter) { border-bottom: 2px solid #bdc1c6; }
  </style></head><body>
    <p>Students, sorted by Risk of failing (the ${ROWS_SHOWN} highest of ${values.length.toLocaleString('en')}); ${names.length - shown.length} other columns are off to the side.</p>
    <table><tr><th class="letter"></th>${letters}</tr><tr><th class="letter">1</th>${heads}</tr>${body}</table>
  </body></html>`;
}

/**
 * The champion's model card sheet as HTML: its values as displayed, its column widths, bold rows, fills and
 * font colours, and wrapped text, so the picture is drawn from the sheet the add-on wrote.
 */
function modelCardHtml(started: Started): string {
  const sheet = started.runtime.spreadsheet.getSheetByName('Model card v1');
  if (!sheet) throw new Error('No model card sheet');
  const range = sheet.getDataRange();
  const values = range.getDisplayValues();
  const weights = range.getFontWeights();
  const backgrounds = range.getBackgrounds();
  const fonts = range.getFontColors();
  const formats = range.getNumberFormats();
  const widths = (values[0] ?? []).map((_, i) => sheet.getColumnWidth(i + 1));
  const cols = widths.map((w) => `<col style="width:${w}px">`).join('');
  const rows = values
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const style = [
            weights[r]?.[c] === 'bold' ? 'font-weight:bold' : '',
            backgrounds[r]?.[c] && backgrounds[r]?.[c] !== '#ffffff'
              ? `background:${backgrounds[r]?.[c]}`
              : '',
            fonts[r]?.[c] && fonts[r]?.[c] !== '#000000' ? `color:${fonts[r]?.[c]}` : '',
            c >= 2 && /[0#]/.test(formats[r]?.[c] ?? '') && !/^0\.#+$/.test(formats[r]?.[c] ?? '')
              ? 'text-align:right'
              : '',
          ]
            .filter(Boolean)
            .join(';');
          return `<td style="${style}">${escape(value)}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 13px Arial, sans-serif; margin: 8px; }
    table { border-collapse: collapse; table-layout: fixed; }
    td { border: 1px solid #e2e3e3; padding: 2px 4px; vertical-align: top; white-space: pre-wrap; }
    tr:first-child td { background: #f8f9fa; }
  </style></head><body>
    <p>The Model card v1 sheet, as PassCompass writes it after Train model.</p>
    <table>${cols}${rows}</table>
  </body></html>`;
}

async function main(): Promise<void> {
  const started = scoredWorkbook();
  const { runtime, addOn } = started;
  addOn.call('showSidebar');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    const sidebar = await browser.newPage({ viewport: { width: 300, height: 600 } });
    await sidebar.exposeFunction('callServer', (name: string, args: string) =>
      JSON.stringify(addOn.call(name, ...(JSON.parse(args) as unknown[]))),
    );
    await sidebar.setContent(withGoogleScriptStub(runtime.ui.sidebars[0]?.html ?? ''));
    await sidebar.getByText(/^Version 1, an early-term model/).waitFor();
    await sidebar
      .locator('details')
      .first()
      .evaluate((d) => ((d as { open: boolean }).open = true));
    await sidebar.screenshot({ path: join(outDir, 'sidebar.png'), fullPage: true });

    const students = await browser.newPage({ viewport: { width: 1200, height: 400 } });
    await students.setContent(studentsHtml(started));
    await students.screenshot({ path: join(outDir, 'students.png'), fullPage: true });

    const card = await browser.newPage({ viewport: { width: 900, height: 600 } });
    await card.setContent(modelCardHtml(started));
    await card.screenshot({ path: join(outDir, 'model-card.png'), fullPage: true });
  } finally {
    await browser.close();
  }
  console.log(
    `Saved ${join(outDir, 'sidebar.png')}, ${join(outDir, 'students.png')} and ${join(outDir, 'model-card.png')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
