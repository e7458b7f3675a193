/** Helpers for tests that drive the built add-on on the local runtime. */
import { startAddOn } from '../../src/local/bundle';

export type Started = ReturnType<typeof startAddOn>;
export type Runtime = Started['runtime'];

/** All values of a sheet, or null when it does not exist. */
export function sheetValues(runtime: Runtime, name: string): unknown[][] | null {
  const sheet = runtime.spreadsheet.getSheetByName(name);
  return sheet ? sheet.getDataRange().getValues() : null;
}

/** Saves settings as the add-on stores them (document properties). */
export function saveSettings(runtime: Runtime, settings: Record<string, unknown>): void {
  runtime.PropertiesService.getDocumentProperties()?.setProperty(
    'passcompass.settings',
    JSON.stringify(settings),
  );
}

/** Puts `rows` (header first) in a new Students sheet. */
export function writeStudents(runtime: Runtime, rows: unknown[][]): void {
  const sheet = runtime.spreadsheet.getSheetByName('Students') ?? runtime.spreadsheet.insertSheet('Students');
  const width = (rows[0] ?? []).length;
  if (sheet.getMaxColumns() < width)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), width - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows.length)
    sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, width).setValues(rows);
}

/** A started add-on with the sample loaded (both courses unless told otherwise). */
export function withSample(menuFunction = 'loadSampleBothCourses'): Started {
  const started = startAddOn();
  started.addOn.call(menuFunction);
  return started;
}

/** The alert texts shown so far. */
export function alerts(runtime: Runtime): string[] {
  return runtime.ui.dialogs.map((d) => d.text);
}

/**
 * Replaces the Students sheet of a started add-on with `rows` named students (`Student 1`, …): the sample's
 * rows, repeated in order.
 */
export function replaceWithNamedRoster(started: Started, rows: number): void {
  const sample = sheetValues(started.runtime, 'Students') ?? [];
  const header = ['Student name', ...(sample[0] ?? [])];
  const body = Array.from({ length: rows }, (_, i) => [
    `Student ${i + 1}`,
    ...(sample[1 + (i % (sample.length - 1))] ?? []),
  ]);
  started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
  writeStudents(started.runtime, [header, ...body]);
}
