/**
 * Which spreadsheet an execution works on, and the names every entry point shares. Apart from `main.ts` so the
 * web app's entry points (`web-app.ts`) find the same spreadsheet and sheets as the menu's.
 */
export const INFERENCE_LOG_SHEET = 'Inference log';
/** Overrides the scoring block size; a document property, so tests on the local runtime can force several blocks. */
export const ROWS_PER_EXECUTION_KEY = 'passcompass.rowsPerExecution';
/** The spreadsheet's id, for the background trigger of an add-on, which runs with no active spreadsheet. */
export const DOCUMENT_ID_KEY = 'passcompass.documentId';

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * This execution's spreadsheet: the active one, or, in an add-on's time-driven trigger (which may have none),
 * the one whose id the document's properties keep.
 */
export function activeSpreadsheet(): Spreadsheet {
  const active = SpreadsheetApp.getActive() as Spreadsheet | null;
  if (active) return active;
  const id = PropertiesService.getDocumentProperties().getProperty(DOCUMENT_ID_KEY);
  if (!id) throw new Error('PassCompass cannot tell which spreadsheet this background run belongs to.');
  return SpreadsheetApp.openById(id);
}
