/** Builders for the background-work tests: a trained add-on, in either install mode, with a roster of N rows. */
import { startAddOn } from '../../src/local/bundle';
import type { InstallMode } from '../../src/local/platform/install-mode';
import type { LocalGoogle } from '../../src/local/platform/local-google';
import { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { replaceWithNamedRoster, sheetValues, type Started } from './support';

export const MINUTE = 60 * 1000;

let documents = 0;

/** A trained add-on whose Students sheet holds `rows` named students, scored `perBlock` rows an execution. */
export function trainedRoster(
  rows: number,
  options: { installMode?: InstallMode; google?: LocalGoogle; perBlock?: number } = {},
): Started {
  documents += 1;
  const documentId = `school-sheet-${documents}`;
  const started = startAddOn({
    ...(options.google ? { google: options.google } : { installMode: options.installMode ?? 'add-on' }),
    documentId,
    spreadsheet: ({ calls, realm }) => new LocalSpreadsheet({ calls, realm, id: documentId }),
  });
  started.addOn.call('loadSampleBothCourses');
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  replaceWithNamedRoster(started, rows);
  started.runtime.PropertiesService.document.setProperty(
    'passcompass.rowsPerExecution',
    String(options.perBlock ?? 300),
  );
  return started;
}

/** What a finished scoring leaves: each student's risk and tier, and the log's rows (key, risk, tier) by run. */
export function outcome(started: Started) {
  const roster = sheetValues(started.runtime, 'Students') ?? [];
  const header = (roster[0] ?? []).map(String);
  const column = (name: string) => roster.slice(1).map((row) => row[header.indexOf(name)]);
  const log = (sheetValues(started.runtime, 'Inference log') ?? []).slice(1);
  return {
    risks: column('Risk of failing'),
    tiers: column('Tier'),
    log,
    /** The log rows of the last run, as [key, risk, tier]. */
    lastRun: log.filter((row) => row[1] === log.at(-1)?.[1]).map((row) => [row[3], row[4], row[5]]),
  };
}

/** The PassCompass triggers of every user and document. */
export function passCompassTriggers(started: Started) {
  return started.runtime.ScriptApp.allTriggers().filter((t) =>
    ['passCompassTick', 'continueScoring'].includes(t.spec.handler),
  );
}
