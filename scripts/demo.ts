/**
 * `npm run demo`: PassCompass end to end on a plain computer. The built add-on (dist/) runs on the local Sheets
 * runtime: it loads the UCI sample, checks it, trains an early-term model (no grades: the earliest warning)
 * and a mid-term one (with G1 and G2), scores every student with the champion, prints the ten at highest risk,
 * and saves the spreadsheet as demo/passcompass-demo.xlsx, with the coloured, filterable risk column. Then it
 * goes on to next term (scripts/demo-next-term.ts): daily monitoring, a drifted roster, the alert email.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startAddOn } from '../src/local/bundle';
import { SystemClock } from '../src/local/services/clock';
import { LocalSpreadsheet } from '../src/local/spreadsheet';
import { writeXlsx } from '../src/local/xlsx';
import { nextTerm } from './demo-next-term';

const root = resolve(__dirname, '..');
const outDir = join(root, 'demo');
const out = join(outDir, 'passcompass-demo.xlsx');
const nextTermOut = join(outDir, 'passcompass-next-term.xlsx');

async function main(): Promise<void> {
  // A Portuguese school's spreadsheet, like the sample's: Lisbon time, Portuguese dates.
  const started = startAddOn({
    clock: new SystemClock(),
    spreadsheet: ({ calls, realm }) =>
      new LocalSpreadsheet({
        calls,
        realm,
        name: 'PassCompass demo',
        timeZone: 'Europe/Lisbon',
        locale: 'pt_PT',
      }),
  });
  const { runtime, addOn } = started;
  const step = (title: string, fn: string, answers: ('OK' | 'YES')[] = []) => {
    for (const answer of answers) runtime.ui.answerNext(answer);
    const shown = runtime.ui.dialogs.length;
    const toasted = runtime.spreadsheet.toasts.length;
    addOn.call(fn);
    console.log(`\n▸ ${title}`);
    for (const toast of runtime.spreadsheet.toasts.slice(toasted)) console.log(`  ${toast.message}`);
    for (const dialog of runtime.ui.dialogs.slice(shown)) console.log(indent(dialog.text));
  };

  addOn.call('onOpen', runtime.openEvent('FULL'));
  step('Load sample data ▸ Both courses', 'loadSampleBothCourses');
  step('Check data', 'checkData');
  const properties = runtime.PropertiesService.getDocumentProperties();
  properties?.setProperty('passcompass.settings', JSON.stringify({ mode: 'early' }));
  step('Train model, early term (Settings: no period grades, the earliest warning)', 'trainModel', ['OK']);
  properties?.setProperty('passcompass.settings', JSON.stringify({ mode: 'mid' }));
  step('Train model, mid-term (with G1 and G2: what later grades add)', 'trainModel', ['OK']);
  step('Score students with the champion (the early-term model)', 'scoreStudents', ['OK']);
  printTopTen(runtime.spreadsheet.getSheetByName('Students')?.getDataRange().getValues() ?? []);

  mkdirSync(outDir, { recursive: true });
  await writeXlsx(openOnStudents(runtime.spreadsheet), out);
  const sheets = runtime.spreadsheet.getSheets().map((s) => s.getName());
  console.log(`\nSaved ${out}\n  sheets: ${sheets.join(', ')}`);

  await nextTerm(started, step, outDir);
  await writeXlsx(openOnStudents(runtime.spreadsheet), nextTermOut);
  console.log(`\nSaved ${nextTermOut} (next term: Students, Monitoring, Inference log, ...)`);
  console.log(`  ${runtime.calls.total()} Apps Script service calls in all.`);
}

/** The ten highest risks, as a counsellor would see them after sorting the risk column. */
function printTopTen(values: unknown[][]): void {
  const [header = [], ...rows] = values;
  const at = (name: string) => header.indexOf(name);
  const ranked = rows
    .map((row, i) => ({
      key: `row ${i + 2}`,
      risk: row[at('Risk of failing')],
      tier: row[at('Tier')],
      reasons: row[at('Main reasons')],
    }))
    .filter(
      (r): r is { key: string; risk: number; tier: unknown; reasons: unknown } => typeof r.risk === 'number',
    )
    .sort((a, b) => b.risk - a.risk)
    .slice(0, 10);
  console.log('\n  The ten students at highest risk (row key, risk, tier, main reasons):');
  for (const r of ranked) {
    console.log(
      `  ${r.key.padEnd(9)} ${`${Math.round(r.risk * 100)}%`.padStart(4)}  ${String(r.tier).padEnd(6)} ${String(r.reasons)}`,
    );
  }
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

/** The spreadsheet, its Students sheet made active, so the saved workbook opens on the roster. */
function openOnStudents(spreadsheet: LocalSpreadsheet): LocalSpreadsheet {
  const students = spreadsheet.getSheetByName('Students');
  if (students) spreadsheet.setActiveSheet(students);
  return spreadsheet;
}
