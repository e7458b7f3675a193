/**
 * The demo's second act, next term: the champion keeps scoring while this term's students drift away from the
 * training data. A head of year is set to receive alerts and daily monitoring is turned on; next term's roster
 * (real UCI students with a documented shift: more absences, less study, see data/next-term/README.md) is
 * imported and scored; the clock moves to the next morning and the daily check fires from its trigger, finds the
 * drift and sends an alert, saved as demo/alert-email.html and screenshotted as demo/alert-email.png. At the
 * end of term the final grades come in and the next daily check measures realised accuracy.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { startAddOn } from '../src/local/bundle';
import { nextTermRoster, readUciSource, withoutFinalGrades } from './next-term-roster';
import { screenshotHtml } from './screenshot-html';

type Started = ReturnType<typeof startAddOn>;
type Step = (title: string, fn: string, answers?: ('OK' | 'YES')[]) => void;

const HOUR = 3_600_000;
export const ALERT_RECIPIENT = 'head.of.year@school.example';

/** Puts `rows` (header first) in a new Students sheet, as a teacher pasting next term's roster would. */
function importRoster(started: Started, rows: (string | number)[][]): void {
  const book = started.runtime.spreadsheet;
  const old = book.getSheetByName('Students');
  if (old) book.deleteSheet(old);
  const sheet = book.insertSheet('Students', 0);
  const width = rows[0]?.length ?? 0;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
}

/** Moves the clock on until the daily check has run once more (at most two days), firing due triggers. */
function untilNextCheck(started: Started): void {
  const checks = () => {
    const sheet = started.runtime.spreadsheet.getSheetByName('Monitoring');
    return sheet
      ? sheet
          .getRange('A:A')
          .getValues()
          .filter(([time]) => time !== '').length
      : 0;
  };
  const before = checks();
  for (let hours = 0; hours < 48 && checks() === before; hours += 1)
    started.runtime.google.runFor(HOUR, 15 * 60_000);
}

/** The latest Monitoring history row, as `header: value` lines. */
function latestCheck(started: Started): string {
  const sheet = started.runtime.spreadsheet.getSheetByName('Monitoring');
  if (!sheet) return '  (no Monitoring sheet)';
  // The history is A:O; the latest check's detail to its right may run further down.
  const rows = sheet.getRange(1, 1, sheet.getLastRow(), 15).getDisplayValues();
  const header = rows[0] ?? [];
  const last = rows.filter((row) => row[0] !== '').at(-1) ?? [];
  return header
    .map((name, i) => [name, last[i]])
    .filter(([, value]) => value !== '')
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n');
}

export async function nextTerm(started: Started, step: Step, outDir: string): Promise<void> {
  const { runtime } = started;
  const properties = runtime.PropertiesService.getDocumentProperties();
  properties?.setProperty(
    'passcompass.settings',
    JSON.stringify({ mode: 'early', alertRecipients: [ALERT_RECIPIENT], monitoringHour: 7 }),
  );
  console.log(
    `\n▸ Settings: alerts to ${ALERT_RECIPIENT}, the daily check at 07:00 (${runtime.spreadsheet.getSpreadsheetTimeZone()})`,
  );
  step('Daily monitoring ▸ Turn on daily monitoring', 'turnOnDailyMonitoring', ['OK']);

  const roster = nextTermRoster(readUciSource(), { seed: 2026, students: 300 });
  importRoster(started, [roster.header, ...withoutFinalGrades(roster).rows]);
  console.log(
    `\n▸ Next term: ${roster.rows.length} students imported into Students (no final grades yet). The shift:`,
  );
  for (const line of roster.shift) console.log(`  - ${line}`);
  step('Score students', 'scoreStudents', ['OK']);

  untilNextCheck(started);
  console.log('\n▸ The next morning, the daily check runs by itself:');
  console.log(latestCheck(started));
  const alert = runtime.MailApp.sent.at(-1);
  if (alert?.htmlBody) {
    const html = join(outDir, 'alert-email.html');
    const png = join(outDir, 'alert-email.png');
    writeFileSync(html, alert.htmlBody);
    await screenshotHtml(html, png);
    console.log(`  Alert to ${alert.to.join(', ')}: "${alert.subject}"\n  Saved ${html} and ${png}`);
  }

  const withGrades = roster.rows.map((row) => row.slice(0, roster.header.length));
  const sheet = runtime.spreadsheet.getSheetByName('Students');
  const g3 = roster.header.indexOf('G3');
  sheet?.getRange(2, g3 + 1, withGrades.length, 1).setValues(withGrades.map((row) => [row[g3] ?? '']));
  console.log('\n▸ End of term: the final grades (G3) are entered.');
  untilNextCheck(started);
  console.log('  The next daily check measures how the predictions turned out:');
  console.log(latestCheck(started));
  const last = runtime.MailApp.sent.at(-1);
  if (last && last !== alert) console.log(`  Alert: "${last.subject}"`);
}
