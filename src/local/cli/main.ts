/**
 * The offline runner, `passcompass run --in roster.xlsx|roster.csv --out scored.xlsx`: PassCompass for a school
 * without Google. It loads the roster into the local Sheets runtime, runs the built add-on (dist/) through the
 * same entry points as the menu, and saves the result as a new workbook; the input file is only ever read.
 * `passcompass check` runs the monitoring check on a roster against such a workbook (check-command.ts).
 * What Sheets keeps in the document's properties (settings, student-key salt) travels in the workbook, in a
 * hidden sheet read back on the next run.
 * `runCli` is the whole program with its input and output passed in, so tests run it in-process;
 * `bin/passcompass.js` calls it with the real process.
 */
import { DIST_DIR, startAddOn } from '../bundle';
import { SystemClock } from '../services/clock';
import { createRuntimeBase } from '../runtime';
import { type RunOptions, parseArguments } from './arguments';
import { CliError, EXIT, type ExitCode, UsageError } from './cli-errors';
import { restoreDocumentProperties, savedDocumentProperties } from './document-properties';
import { describeLoaded, loadRoster } from './load-roster';
import { writePropertiesSheet } from './properties-sheet';
import { runAddOn } from './run-add-on';
import { checkRunPaths } from './run-paths';
import { runtimeOwnership } from './owned-sheets';
import { runSummary } from './run-summary';
import { saveWorkbook } from './save-workbook';
import { applySettingChanges } from './setting-changes';
import { check } from './check-command';
import { evaluate } from './evaluate-command';
import { exportSql } from './export-sql-command';
import { importBqml } from './import-bqml-command';
import { score } from './score-command';
import { moveChampion } from './alias-command';
import { requireBuild } from './require-build';
import { answerDialogsUnattended } from './unattended-dialogs';
import { USAGE } from './usage';

export interface CliIo {
  /** Writes one line (or several, joined with newlines) to stdout. */
  out(text: string): void;
  err(text: string): void;
  /** The directory relative paths are resolved against. */
  cwd: string;
}

export interface CliOptions {
  /** The built add-on to run (default: the repository's dist/). */
  distDir?: string;
}

/** Runs the command line `argv` (without `node` and the script name) and returns the exit code. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  options: CliOptions = {},
): Promise<ExitCode> {
  try {
    if (argv[0] === 'export-sql' && !argv.some((arg) => arg === '--help' || arg === '-h')) {
      await exportSql(argv.slice(1), io);
      return EXIT.ok;
    }
    if (argv[0] === 'import-bqml' && !argv.some((arg) => arg === '--help' || arg === '-h')) {
      await importBqml(argv.slice(1), io, options.distDir ?? DIST_DIR);
      return EXIT.ok;
    }
    const command = parseArguments(argv);
    if (command.kind === 'help') {
      io.out(USAGE);
      return EXIT.ok;
    }
    const distDir = options.distDir ?? DIST_DIR;
    if (command.kind === 'evaluate') {
      await evaluate(command, (line) => io.out(line), io.cwd);
      return EXIT.ok;
    }
    if (command.kind === 'check') return await check(command, io, distDir);
    if (command.kind === 'promote' || command.kind === 'rollback') {
      await moveChampion(command, io, distDir);
      return EXIT.ok;
    }
    if (command.kind === 'score') {
      await score(command, io, distDir);
      return EXIT.ok;
    }
    await run(command, io, distDir);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CliError) {
      io.err(`passcompass: ${error.message}`);
      if (error instanceof UsageError) io.err(`\n${USAGE}`);
      return error.exitCode;
    }
    io.err(`passcompass: unexpected error (the input file is unchanged).\n${stackOf(error)}`);
    return EXIT.unexpected;
  }
}

async function run(options: RunOptions, io: CliIo, distDir: string): Promise<void> {
  const paths = checkRunPaths(options, io.cwd);
  requireBuild(distDir);
  // The spreadsheet is read before the runtime exists, so both must share one realm and call log.
  const base = createRuntimeBase();
  const loaded = await loadRoster(paths, options.input, base);
  io.out(describeLoaded(loaded, options.input));
  for (const note of loaded.notes) io.out(note);

  const { runtime, addOn } = startAddOn(
    // A school's own spreadsheet with the script bound to it, as the README installs PassCompass.
    { base, spreadsheet: () => loaded.spreadsheet, clock: new SystemClock(), installMode: 'bound' },
    distDir,
  );
  answerDialogsUnattended(runtime.ui, { yes: options.yes });
  const print = (line: string) => io.out(line);
  restoreDocumentProperties(runtime, loaded.properties, options.input);
  applySettingChanges(runtime, addOn, options.settings, print);
  const result = runAddOn(runtime, addOn, { retrain: options.retrain }, print);

  // Added only now, after the last menu click, so the add-on never sees the sheet.
  writePropertiesSheet(runtime.spreadsheet, savedDocumentProperties(runtime));
  await saveWorkbook(runtime.spreadsheet, paths.output);
  io.out(`Saved ${paths.output}: ${runSummary(runtime.spreadsheet, runtimeOwnership(runtime), result)}`);
}

/** The stack of an error of any realm (the add-on's errors are not this realm's `Error`s). */
function stackOf(error: unknown): string {
  if (typeof error === 'object' && error !== null) {
    const { stack, message } = error as { stack?: unknown; message?: unknown };
    if (typeof stack === 'string') return stack;
    if (typeof message === 'string') return message;
  }
  return String(error);
}

/** The real process's streams and working directory. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    cwd: process.cwd(),
  };
}
