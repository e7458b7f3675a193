/**
 * The composition root: wires the real Apps Script services into the jobs and declares the add-on's entry
 * points. Apps Script only sees top-level functions, so the build appends one forwarding function per key of
 * `entryPoints` to the bundle. Nothing here runs at load time: the bundle is evaluated on every execution.
 */
import type { Course } from './core/data/sample';
import { STUDENTS_SHEET, loadSample } from './jobs/load-sample';
import { digests, projectFiles } from './sheets/project-files';
import { SpreadsheetTable } from './sheets/sheet-table';
import { spreadsheetDialogs } from './ui/dialogs';
import { buildAddonMenu } from './ui/menu';
import { runFromMenu } from './ui/run-from-menu';

function loadSampleFromMenu(courses: Course[]) {
  return runFromMenu(() => {
    const spreadsheet = SpreadsheetApp.getActive();
    return loadSample(courses, {
      files: projectFiles,
      digests,
      students: new SpreadsheetTable(spreadsheet, STUDENTS_SHEET),
      dialogs: spreadsheetDialogs(spreadsheet),
    });
  });
}

export const entryPoints = {
  /** Simple trigger: builds the menu (the only thing allowed under AuthMode.NONE). */
  onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
    buildAddonMenu(SpreadsheetApp.getUi());
  },
  /** Runs when the add-on is installed, so the menu appears without reopening the spreadsheet. */
  onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
    entryPoints.onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
  },
  loadSampleMath: () => loadSampleFromMenu(['math']),
  loadSamplePortuguese: () => loadSampleFromMenu(['portuguese']),
  loadSampleBothCourses: () => loadSampleFromMenu(['math', 'portuguese']),
};
