/**
 * Runs a job under the document lock, so that a menu click and a follow-up trigger never write the same sheets
 * at once. Outside a document (a web app) there is no document lock, and the script lock is used instead.
 */
import { DataError } from '../core/errors';

const WAIT_MS = 30 * 1000;

export function withDocumentLock<T>(job: () => T): T {
  const lock = LockService.getDocumentLock() ?? LockService.getScriptLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new DataError(
      'Another PassCompass job is still running on this spreadsheet. Try again in a minute.',
    );
  }
  try {
    return job();
  } finally {
    lock.releaseLock();
  }
}
