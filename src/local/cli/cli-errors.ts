/**
 * The offline runner's exit codes and the errors that carry them. Each error's message is written for the
 * person at the terminal and is printed as it is, without a stack trace; anything else that escapes the runner
 * is a bug and is printed with its stack (exit code 3). Errors may come from the add-on's own realm (the vm
 * context), where `instanceof` fails, so they are recognised by name.
 */

export const EXIT = {
  /** `run`: the workbook was checked, trained when needed, scored and saved. `check`: saved, verdict OK. */
  ok: 0,
  /**
   * PassCompass stopped with a message about the data (what the add-on would have shown as an alert). For
   * `check`, also a check that failed (verdict "Check failed": the add-on names the stage and the reason, which
   * come from the roster or the model workbook); its report is still saved, since the failure is in its history.
   */
  addOnStopped: 1,
  /** Bad arguments, or an input or output file the runner cannot use. */
  badInput: 2,
  /** An unexpected error: a bug, or a missing build of the add-on. */
  unexpected: 3,
  /**
   * `check` only: the check ran, its report was saved, and it found a problem (drift, data quality, realised
   * accuracy, or several), so that a school's own scheduler can act on it.
   */
  problemsFound: 4,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error whose message is meant for the user, with the exit code it ends the run with. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The command line itself is wrong; the usage text is printed after the message. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message, EXIT.badInput);
    this.name = 'UsageError';
  }
}

/** The input or output file cannot be used (missing, malformed, the same file, already there). */
export class InputError extends CliError {
  constructor(message: string) {
    super(message, EXIT.badInput);
    this.name = 'InputError';
  }
}

/** The add-on refused a step with a message for the user (bad roster, too few students, ...). */
export class AddOnStoppedError extends CliError {
  constructor(readonly step: string) {
    super(
      `PassCompass stopped at ${step}; nothing was saved and the input file is unchanged.`,
      EXIT.addOnStopped,
    );
    this.name = 'AddOnStoppedError';
  }
}

/** True for a RangeError of any realm (the runtime's errors are made in the add-on's realm). */
export function isRangeError(error: unknown): error is Error {
  if (typeof error !== 'object' || error === null) return false;
  const { name, message } = error as { name?: unknown; message?: unknown };
  return name === 'RangeError' && typeof message === 'string';
}
