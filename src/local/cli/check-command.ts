/**
 * `passcompass check --in roster.csv|.xlsx --model scored.xlsx --out report.xlsx`: the add-on's monitoring
 * check (Check now), offline, for a school's own scheduler. The runtime is built from the model workbook (its
 * registry, Inference log, earlier Monitoring history, and the properties `run` saved), its `Students` sheet is
 * replaced by the roster, and `checkNow` is clicked as a menu execution, its dialog answered unattended and
 * printed. Everything is saved to a new report workbook that a later check can take as its --model, so the
 * history and the alert memory carry on; the two inputs are only ever read. The exit code carries the verdict:
 * 0 OK, 4 a problem found, 1 a check that failed; no champion is refused before anything runs.
 */
import type { LocalRuntime } from '../runtime';
import { loadBackground, saveBackground } from '../../jobs/background/background-state';
import { LOG_RUN_COLUMN } from '../../jobs/score/inference-log';
import type { KeyValueStore } from '../../jobs/ports';
import type { CheckOptions } from './arguments';
import { VERDICT, latestCheck, verdictLines } from './check-result';
import { ownedSheet, runtimeOwnership } from './owned-sheets';
import { AddOnStoppedError, CliError, EXIT, type ExitCode } from './cli-errors';
import {
  documentProperties,
  restoreDocumentProperties,
  savedDocumentProperties,
} from './document-properties';
import { NothingToCheckError } from './load-model';
import type { CliIo } from './main';
import { clickMenu } from './menu-click';
import { writePropertiesSheet } from './properties-sheet';
import { indent } from './run-add-on';
import { saveWorkbook } from './save-workbook';
import { answerDialogsUnattended } from './unattended-dialogs';
import { openRosterInModel } from './roster-in-model';

export const CHECK_ENTRY_POINT = 'checkNow';
const INFERENCE_LOG_SHEET = 'Inference log';

/** Runs `check` and returns its exit code; errors for the user are thrown as CliErrors (see main.ts). */
export async function check(options: CheckOptions, io: CliIo, distDir: string): Promise<ExitCode> {
  const print = (line: string) => io.out(line);
  const { paths, model, runtime, addOn } = await openRosterInModel(options, io, distDir, 'check');
  if (!addOn.has(CHECK_ENTRY_POINT)) {
    throw new CliError(
      `This build of the add-on (dist/Code.js) has no ${CHECK_ENTRY_POINT}: run npm run build.`,
      EXIT.unexpected,
    );
  }
  answerDialogsUnattended(runtime.ui, { yes: false });
  restoreDocumentProperties(runtime, model.properties, options.model);
  const skipped = compareTheRosterGiven(runtime);
  if (skipped) {
    print(
      `Drift is measured on the roster in ${options.input}, not on the scoring run already logged in ` +
        `${options.model} (${skipped}).`,
    );
  }

  const outbox = runtime.MailApp.sent.length;
  print('▸ Check now');
  const { result, shown } = clickMenu(runtime, addOn, CHECK_ENTRY_POINT);
  for (const text of shown) print(indent(text));
  if (result === undefined) throw new AddOnStoppedError('Check now');
  const checked = latestCheck(runtime.spreadsheet, runtimeOwnership(runtime));
  if (!checked) throw new Error('Check now wrote no row to the Monitoring sheet.');
  if (checked.row.verdict === VERDICT.nothing) {
    throw new NothingToCheckError(options.model, 'its Aliases sheet names no champion');
  }

  // Offline nothing is emailed: the local MailApp keeps the message, which is neither printed nor saved.
  const recipients = runtime.MailApp.sent
    .slice(outbox)
    .reduce((n, mail) => n + mail.to.length + mail.cc.length + mail.bcc.length, 0);
  const alert =
    recipients > 0
      ? `an alert email would have been sent to ${recipients} recipient${recipients === 1 ? '' : 's'} ` +
        '(offline, nothing is emailed).'
      : `${checked.row.alert}.`;

  // Added only now, after the click, so the add-on never sees the sheet.
  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  print(`Saved ${paths.output}.`);
  verdictLines(checked, alert).forEach(print);
  return exitCodeOf(checked.row.verdict);
}

/** 0 for OK, 1 for a check that failed, 4 for any problem found (drift, data quality, accuracy, several). */
export function exitCodeOf(verdict: string): ExitCode {
  if (verdict === VERDICT.ok) return EXIT.ok;
  if (verdict === VERDICT.failed) return EXIT.addOnStopped;
  return EXIT.problemsFound;
}

/**
 * The add-on's check compares the latest scoring run's logged inputs, rather than the `Students` sheet, when
 * that run is newer than the last check. Here the `Students` sheet is the roster the person asked to check, and
 * the logged run is the one `run` scored into the model workbook: so that run is recorded as compared, as a
 * check in Sheets would have recorded it, and the check reads the roster. Returns the run's id when it did so.
 */
function compareTheRosterGiven(runtime: LocalRuntime): string | null {
  const log = ownedSheet(runtime.spreadsheet, runtimeOwnership(runtime), INFERENCE_LOG_SHEET);
  const last = log?.getLastRow() ?? 0;
  if (!log || last < 2) return null;
  const runId = String(log.getRange(last, LOG_RUN_COLUMN + 1).getValue() ?? '');
  const props = documentProperties(runtime);
  const store: KeyValueStore = {
    get: (key) => props.getProperty(key),
    set: (key, value) => void props.setProperty(key, value),
    remove: (key) => void props.deleteProperty(key),
  };
  const state = loadBackground(store);
  if (runId === '' || state.checks.lastComparedRun === runId) return null;
  state.checks = { ...state.checks, lastComparedRun: runId };
  saveBackground(store, state);
  return runId;
}
