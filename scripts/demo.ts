/**
 * `npm run demo`: PassCompass end to end on a plain computer. The built add-on (dist/) runs on the local Sheets
 * runtime: it loads the UCI sample, checks it, trains a mid-term model (with G1 and G2) and an early-term one
 * (no grades), and saves the spreadsheet as demo/passcompass-demo.xlsx for any spreadsheet program.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { startAddOn } from '../src/local/bundle';
import { writeXlsx } from '../src/local/xlsx';

const root = resolve(__dirname, '..');
const out = join(root, 'demo', 'passcompass-demo.xlsx');

async function main(): Promise<void> {
  const { runtime, addOn } = startAddOn();
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
  step('Train model (mode auto: the sheet has G1 and G2, so a mid-term model)', 'trainModel', ['OK']);
  runtime.PropertiesService.getDocumentProperties()?.setProperty(
    'passcompass.settings',
    JSON.stringify({ mode: 'early' }),
  );
  step('Train model again in early-term mode (no grades: how early can we warn?)', 'trainModel', ['OK']);

  mkdirSync(join(root, 'demo'), { recursive: true });
  await writeXlsx(runtime.spreadsheet, out);
  const sheets = runtime.spreadsheet.getSheets().map((s) => s.getName());
  console.log(`\nSaved ${out}\n  sheets: ${sheets.join(', ')}`);
  console.log(`  ${runtime.calls.total()} Apps Script service calls in all.`);
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
