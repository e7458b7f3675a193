/**
 * Runs a job started from the menu. Problems the teacher can act on (bad data, an altered sample file) are
 * shown as a plain alert; anything else is rethrown so Apps Script shows and logs it with its stack trace.
 */
import { SampleIntegrityError } from '../core/data/sample';
import { DataError } from '../core/errors';
import { TamperedVersionError } from '../core/registry/integrity';

/** Errors whose message is written for the teacher and needs no stack trace. */
export function isUserFacing(error: unknown): error is Error {
  return (
    error instanceof SampleIntegrityError ||
    error instanceof DataError ||
    error instanceof TamperedVersionError
  );
}

export function runFromMenu<T>(job: () => T): T | undefined {
  try {
    return job();
  } catch (error) {
    if (!isUserFacing(error)) throw error;
    SpreadsheetApp.getUi().alert('PassCompass', error.message, SpreadsheetApp.getUi().ButtonSet.OK);
    return undefined;
  }
}
