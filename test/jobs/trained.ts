/** A Math roster trained with the real job on in-memory sheets, for registry and training job tests. */
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import { loadSample } from '../../src/jobs/load-sample';
import type { CellValue } from '../../src/jobs/ports';
import { type TrainDeps, type TrainResult, trainModel } from '../../src/jobs/train';
import { sampleProjectFile } from '../support/bundled-samples';
import { InMemoryRecordSheet, InMemoryTable, ScriptedDialogs, nodeDigests } from '../support/fakes';

export interface Sheets {
  students: InMemoryTable;
  versions: InMemoryRecordSheet;
  aliases: InMemoryRecordSheet;
  experiments: InMemoryRecordSheet;
}

/** The Math sample in a Students table (395 rows), optionally changed by `transform` (header first). */
export function mathRoster(
  transform: (rows: CellValue[][]) => CellValue[][] = (rows) => rows,
): InMemoryTable {
  const students = new InMemoryTable();
  loadSample(['math'], {
    files: { read: sampleProjectFile },
    digests: nodeDigests,
    students,
    dialogs: new ScriptedDialogs(),
  });
  return new InMemoryTable(transform(students.values));
}

export function emptySheets(students = mathRoster()): Sheets {
  return {
    students,
    versions: new InMemoryRecordSheet(),
    aliases: new InMemoryRecordSheet(),
    experiments: new InMemoryRecordSheet(),
  };
}

let clock = Date.parse('2026-11-26T10:00:00.000Z');

/** Runs Train model on `sheets` with `settings` (early term unless told). */
export function train(sheets: Sheets, settings: Partial<Settings> = {}): TrainResult {
  const deps: TrainDeps = {
    ...sheets,
    issues: new InMemoryTable(),
    summary: { write: () => undefined },
    settings: { ...DEFAULT_SETTINGS, mode: 'early', ...settings },
    digests: nodeDigests,
    dialogs: new ScriptedDialogs(),
    now: () => new Date((clock += 60_000)),
  };
  return trainModel(deps);
}
