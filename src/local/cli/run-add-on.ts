/**
 * The runner's workflow inside the add-on, the three menu clicks a teacher would make: Check data, Train model
 * (only when the workbook has no champion yet, or with `--retrain`), and Score students when this build of the
 * add-on has it. Each click's toasts and alerts are printed; a click that stops with a message for the user
 * ends the run (exit code 1) before anything is saved.
 */
import type { LoadedAddOn } from '../bundle';
import type { LocalRuntime } from '../runtime';
import { championVersion, latestVersion } from './champion-version';
import { AddOnStoppedError } from './cli-errors';
import { documentProperties } from './document-properties';
import { ownedHeader, runtimeOwnership } from './owned-sheets';
import { stoppedIssueLines } from './stopped-issues';
import { SCORING_RUN_KEY } from './properties-sheet';
import { ROSTER_SHEET } from './load-csv';
import { clickMenu } from './menu-click';

export const SCORE_ENTRY_POINT = 'scoreStudents';
/** The handler of the add-on's background trigger, which continues a long scoring run in later executions. */
export const BACKGROUND_ENTRY_POINT = 'passCompassTick';
/** The column scoring adds to the roster: its presence afterwards is the proof that scoring happened. */
export const RISK_HEADER = 'Risk of failing';

export interface AddOnRunOptions {
  retrain: boolean;
  /** Never train (`score`): the workbook's champion scores; said in the Train model line. */
  scoreOnly?: boolean;
}

export interface AddOnRunResult {
  /** The version this run's training added, or null when it trained none. */
  trainedVersion: number | null;
  scored: boolean;
  /** The champion after the run (null only if there is none, which training prevents). */
  champion: number | null;
}

/** Runs the workflow; `print` receives stdout lines. @throws AddOnStoppedError when a step stops. */
export function runAddOn(
  runtime: LocalRuntime,
  addOn: LoadedAddOn,
  options: AddOnRunOptions,
  print: (line: string) => void,
): AddOnRunResult {
  const click = (title: string, entryPoint: string) => {
    print(`▸ ${title}`);
    const { result, shown } = clickMenu(runtime, addOn, entryPoint);
    for (const text of shown) print(indent(text));
    if (result === undefined) stoppedIssueLines(runtime).forEach(print);
    return result;
  };

  // Read before Check data runs: the decision is about the workbook as the user gave it.
  const championBefore = championVersion(runtime.spreadsheet, runtimeOwnership(runtime));
  if (click('Check data', 'checkData') === undefined) throw new AddOnStoppedError('Check data');

  const train = !options.scoreOnly && (championBefore === null || options.retrain);
  let trainedVersion: number | null = null;
  if (train) {
    const latestBefore = latestVersion(runtime.spreadsheet, runtimeOwnership(runtime));
    if (click('Train model', 'trainModel') === undefined) throw new AddOnStoppedError('Train model');
    const latest = latestVersion(runtime.spreadsheet, runtimeOwnership(runtime));
    if (latest !== null && latest !== latestBefore) trainedVersion = latest;
  } else if (options.scoreOnly) {
    print(`▸ Train model: not part of score; the champion (version ${championBefore}) scores.`);
  } else {
    print(
      `▸ Train model: skipped, the workbook already has a champion (version ${championBefore}); ` +
        'add --retrain to train a new version.',
    );
  }

  let scored = false;
  if (addOn.has(SCORE_ENTRY_POINT)) {
    const result = click('Score students', SCORE_ENTRY_POINT);
    finishContinuedScoring(runtime, addOn);
    if (result === undefined || !hasRiskColumn(runtime)) throw new AddOnStoppedError('Score students');
    scored = true;
  } else {
    print(
      `▸ Score students: skipped, this build of the add-on (dist/Code.js) has no ${SCORE_ENTRY_POINT} yet.`,
    );
  }
  return {
    trainedVersion,
    scored,
    champion: championVersion(runtime.spreadsheet, runtimeOwnership(runtime)),
  };
}

/**
 * A roster too large for one Apps Script execution is scored in blocks, each run by a time-driven trigger the
 * add-on schedules for itself a few minutes ahead. Nothing fires by itself locally, and the runner does not
 * wait: it moves the runtime's clock to when Apps Script would fire the trigger (the add-on runs a block only
 * once it is due), runs the handler, and repeats while the add-on's scoring run is in progress. The same trigger
 * also runs the daily monitoring check, so its existence alone does not mean scoring is left. The bound only
 * guards against a run that never ends.
 * @throws AddOnStoppedError when a block fails or the run does not finish.
 */
function finishContinuedScoring(runtime: LocalRuntime, addOn: LoadedAddOn): void {
  const next = () =>
    runtime.ScriptApp.allTriggers().find((t) => t.spec.handler === BACKGROUND_ENTRY_POINT) ?? null;
  for (let block = 0; block < MAX_BLOCKS && scoringInProgress(runtime); block += 1) {
    const trigger = addOn.has(BACKGROUND_ENTRY_POINT) ? next() : null;
    if (!trigger) break;
    const wait = (trigger.nextRunAt ?? 0) - runtime.google.clock.now();
    if (wait > 0) runtime.google.clock.advance(wait);
    // Fired as its own execution: the trigger shows nothing, so only a failure is printed.
    const ran = runtime.google.fire(trigger);
    if (ran?.status === 'failed')
      throw new AddOnStoppedError(`Score students (a later block: ${ran.error ?? 'no reason given'})`);
  }
  if (scoringInProgress(runtime))
    throw new AddOnStoppedError('Score students (the background blocks did not finish the run)');
}

/** Far more blocks than any roster within the 10-million-cell limit needs. */
const MAX_BLOCKS = 10_000;

function scoringInProgress(runtime: LocalRuntime): boolean {
  return documentProperties(runtime).getProperty(SCORING_RUN_KEY) !== null;
}

function hasRiskColumn(runtime: LocalRuntime): boolean {
  const students = runtime.spreadsheet.getSheetByName(ROSTER_SHEET);
  if (!students || students.getLastColumn() === 0) return false;
  const header = students.getRange(1, 1, 1, students.getLastColumn()).getValues()[0] ?? [];
  const risk = ownedHeader(runtimeOwnership(runtime), ROSTER_SHEET, RISK_HEADER);
  return header.some((h) => String(h) === risk);
}

export function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `  ${line}`)
    .join('\n');
}
