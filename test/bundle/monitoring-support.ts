/** Builders for the monitoring tests: a trained, scored add-on, and next term's roster with a documented shift. */
import { startAddOn } from '../../src/local/bundle';
import type { InstallMode } from '../../src/local/platform/install-mode';
import { ManualClock } from '../../src/local/services/clock';
import { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { type Started, saveSettings, sheetValues, writeStudents } from './support';

export const HOUR = 60 * 60 * 1000;
export const RECIPIENTS = ['head.of.year@school.example', 'data.lead@school.example'];

let documents = 0;

/**
 * A spreadsheet with the sample loaded, an early-term champion trained, every student named (so alerts can be
 * searched for names) and scored, then the final grades blanked, as at the start of a term. Two alert
 * recipients in Settings; Lisbon time, 07:00 checks.
 */
export function scoredSchool(
  options: { installMode?: InstallMode; mailDailyQuota?: number } = {},
): Started & { finalGrades: unknown[] } {
  documents += 1;
  const documentId = `monitored-sheet-${documents}`;
  const started = startAddOn({
    installMode: options.installMode ?? 'bound',
    clock: new ManualClock(Date.parse('2026-12-01T10:00:00Z')),
    documentId,
    ...(options.mailDailyQuota === undefined ? {} : { mailDailyQuota: options.mailDailyQuota }),
    spreadsheet: ({ calls, realm }) =>
      new LocalSpreadsheet({ calls, realm, id: documentId, name: 'Year 10 risk', timeZone: 'Europe/Lisbon' }),
  });
  started.addOn.call('loadSampleBothCourses');
  const sample = sheetValues(started.runtime, 'Students') ?? [];
  started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
  writeStudents(started.runtime, [
    ['Student name', ...(sample[0] ?? [])],
    ...sample.slice(1).map((row, i) => [distinctiveName(i), ...row]),
  ]);
  // Two folds: these tests are about monitoring, not the model, and training is their slowest step.
  saveSettings(started.runtime, { mode: 'early', folds: 2, alertRecipients: RECIPIENTS, monitoringHour: 7 });
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  started.runtime.ui.answerNext('OK');
  started.addOn.call('scoreStudents');
  return { ...started, finalGrades: setFinalGrades(started, null) };
}

/** The final grades of the roster: `null` blanks them (start of term), otherwise `grades[i]` for data row i. */
export function setFinalGrades(started: Started, grades: readonly unknown[] | null): unknown[] {
  const sheet = started.runtime.spreadsheet.getSheetByName('Students');
  const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
  const column = header.indexOf('G3') + 1;
  const rows = (sheet?.getLastRow() ?? 1) - 1;
  const range = sheet?.getRange(2, column, rows, 1);
  const before = (range?.getValues() ?? []).map(([grade]) => grade);
  range?.setValues(before.map((_, i) => [grades === null ? '' : (grades[i] ?? '')]));
  return before;
}

/** A name no alert could contain by chance. */
export function distinctiveName(i: number): string {
  return `Quintessa Vandermolen-${String(i + 1).padStart(4, '0')}`;
}

/**
 * Next term: the same students with more absences (doubled, plus 3, at most 93) and one level less study time
 * for every other student. Replaces the Students sheet's cells in place.
 */
export function shiftToNextTerm(started: Started): void {
  const sheet = started.runtime.spreadsheet.getSheetByName('Students');
  const values = sheet?.getDataRange().getValues() ?? [];
  const header = (values[0] ?? []).map(String);
  const at = (name: string) => header.indexOf(name);
  const shifted = values.slice(1).map((row, i) => {
    const copy = [...row];
    copy[at('absences')] = Math.min(93, Number(row[at('absences')]) * 2 + 3);
    if (i % 2 === 0) copy[at('studytime')] = Math.max(1, Number(row[at('studytime')]) - 1);
    return copy;
  });
  sheet?.getRange(2, 1, shifted.length, header.length).setValues(shifted);
}

/** The Monitoring sheet's history rows (below its header), as written. */
export function monitoringHistory(started: Started): unknown[][] {
  const sheet = started.runtime.spreadsheet.getSheetByName('Monitoring');
  if (!sheet) return [];
  const values = sheet.getDataRange().getValues();
  const header = (values[0] ?? []).map(String);
  const width = header.indexOf('') === -1 ? header.length : header.indexOf('');
  return values
    .slice(1)
    .map((row) => row.slice(0, width))
    .filter((row) => row[0] !== '');
}

/** One history column by its header. */
export function historyColumn(started: Started, name: string): unknown[] {
  const sheet = started.runtime.spreadsheet.getSheetByName('Monitoring');
  const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
  return monitoringHistory(started).map((row) => row[header.indexOf(name)]);
}
