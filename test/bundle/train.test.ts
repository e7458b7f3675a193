import { decodeReferenceSample } from '../../src/core/drift/reference-codec';
import { startAddOn } from '../../src/local/bundle';
import { alerts, saveSettings, sheetValues, withSample, writeStudents, type Runtime } from './support';

/** Clicks Train model and acknowledges the report it shows. */
function train(started: ReturnType<typeof startAddOn>): void {
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
}

function versionRows(runtime: Runtime) {
  return (sheetValues(runtime, 'Versions') ?? []).slice(1);
}

const STATUS = 13;

describe('Check data, through the bundle', () => {
  it('finds no problems in the sample and says so', () => {
    const started = withSample();
    started.addOn.call('checkData');
    expect(sheetValues(started.runtime, 'Data issues')).toEqual([
      ['Row', 'Column', 'Value', 'Problem', 'What PassCompass does'],
      ['', '', '', 'No problems found in 1044 rows.', ''],
    ]);
    expect(started.runtime.spreadsheet.toasts.at(-1)?.message).toBe('Checked 1044 rows: no problems.');
  });

  it('lists a messy cell with its row and column, and leaves Students unchanged', () => {
    const started = withSample('loadSampleMath');
    const students = started.runtime.spreadsheet.getSheetByName('Students');
    students?.getRange('P5').setValue('=HYPERLINK("x")');
    students?.getRange('AD7').setValue('lots');
    const before = JSON.stringify(students?.getDataRange().getValues());
    started.addOn.call('checkData');
    const issues = (sheetValues(started.runtime, 'Data issues') ?? []).slice(1);
    expect(issues.map((r) => [r[0], r[1], r[3]])).toEqual([
      [5, 'schoolsup (P)', 'is not one of the expected values (no, yes)'],
      [7, 'absences (AD)', 'is not a number'],
    ]);
    expect(String(issues[0]?.[2])).not.toMatch(/^=/);
    expect(JSON.stringify(students?.getDataRange().getValues())).toBe(before);
  });
});

describe('Train model, through the bundle', () => {
  it('registers version 1 as champion, logs the run, and writes the summary with a chart', () => {
    const started = withSample();
    saveSettings(started.runtime, { mode: 'early' });
    train(started);
    const [version] = versionRows(started.runtime);
    expect(version?.[0]).toBe(1);
    expect(version?.[5]).toBe('early');
    expect(Number(version?.[7])).toBeGreaterThan(0.75);
    expect(version?.[STATUS]).toBe('champion');
    expect(String(version?.[11]).length).toBeLessThan(50_000);
    const reference = decodeReferenceSample(String(version?.[15]));
    expect(String(version?.[15]).length).toBeLessThanOrEqual(50_000);
    // 1,044 rows of 33 inputs do not fit in one cell; about 700 do.
    expect(reference.rows).toBeGreaterThan(600);
    expect(reference.rows).toBeLessThan(1044);
    expect(Object.keys(reference.table)).toContain('failures');
    expect(Object.keys(reference.table)).not.toContain('G3');
    const experiments = (sheetValues(started.runtime, 'Experiments') ?? []).slice(1);
    expect(experiments).toHaveLength(1);
    expect(experiments[0]?.[0]).toBe('R-0001');
    expect(experiments[0]?.[3]).toBe(1044);
    expect(experiments[0]?.[18]).toBe(1);
    const aliases = (sheetValues(started.runtime, 'Aliases') ?? []).slice(1);
    expect(aliases.map((r) => r.slice(1, 5))).toEqual([['champion', '', 1, 'set by training']]);
    expect(started.runtime.spreadsheet.getSheetByName('Summary')?.getCharts()).toHaveLength(1);
    // PassCompass's own sheets carry a warning-only protection; the teacher's Students sheet does not.
    const protectedSheets = started.runtime.spreadsheet
      .getSheets()
      .filter((sheet) => sheet.getProtections(started.runtime.SpreadsheetApp.ProtectionType.SHEET).length > 0)
      .map((sheet) => sheet.getName())
      .sort();
    expect(protectedSheets).toEqual([
      'Aliases',
      'Data issues',
      'Experiments',
      'Model card v1',
      'Summary',
      'Versions',
    ]);
    expect(alerts(started.runtime)[0]).toMatch(
      /^Version 1 \(early-term model, 1044 students, run R-0001\)\./,
    );
  });

  it('keeps an equal retrain as challenger, then promotes it and rolls back, all recorded', () => {
    const started = withSample('loadSampleMath');
    train(started);
    train(started);
    expect(versionRows(started.runtime).map((r) => [r[0], r[STATUS]])).toEqual([
      [1, 'champion'],
      [2, 'challenger'],
    ]);
    started.runtime.ui.answerNextPrompt('new term data', 'OK');
    started.addOn.call('promoteChallenger');
    expect(versionRows(started.runtime).map((r) => r[STATUS])).toEqual(['archived', 'champion']);
    started.runtime.ui.answerNextPrompt('v2 looked wrong', 'OK');
    started.addOn.call('rollBackChampion');
    expect(versionRows(started.runtime).map((r) => r[STATUS])).toEqual(['champion', 'archived']);
    const moves = (sheetValues(started.runtime, 'Aliases') ?? []).slice(1).map((r) => r.slice(1, 6));
    expect(moves).toEqual([
      ['champion', '', 1, 'set by training', 'first version'],
      ['challenger', '', 2, 'set by training', expect.stringContaining('does not beat champion v1')],
      ['champion', 1, 2, 'promote', 'new term data'],
      ['challenger', 2, '', 'promote', 'became champion: new term data'],
      ['champion', 2, 1, 'roll back', 'v2 looked wrong'],
    ]);
  });

  it('never loads a version whose model was edited, and says which', () => {
    const started = withSample('loadSampleMath');
    train(started);
    train(started);
    started.runtime.ui.answerNextPrompt('go', 'OK');
    started.addOn.call('promoteChallenger');
    started.runtime.spreadsheet.getSheetByName('Versions')?.getRange(2, 12).setValue('{"intercept": 5}');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('rollBackChampion');
    expect(alerts(started.runtime).at(-1)).toBe(
      'Model version 1 was not loaded: Versions row 2: its row no longer matches its checksum: a cell the checksum covers was changed (model JSON, mode, features, metrics, threshold, catch curve, reference sample, evidence, rows, fingerprint or version number). Roll back to an earlier version or train a new one.',
    );
    expect(versionRows(started.runtime).map((r) => r[STATUS])).toEqual(['archived', 'champion']);
  });

  it('never reuses a version number, even after its row was deleted', () => {
    const started = withSample('loadSampleMath');
    train(started);
    train(started);
    started.runtime.spreadsheet.getSheetByName('Versions')?.deleteRow(3);
    train(started);
    expect(versionRows(started.runtime).map((r) => r[0])).toEqual([1, 3]);
  });

  it('makes the same spreadsheet calls for 100 rows as for 10,000', () => {
    const counts = [100, 10_000].map((rows) => {
      const started = withSample();
      saveSettings(started.runtime, { mode: 'early' }); // the quicker model: this test is about calls
      const [header = [], ...sample] = sheetValues(started.runtime, 'Students') ?? [];
      started.runtime.spreadsheet.deleteSheet(
        started.runtime.spreadsheet.getSheetByName('Students') as never,
      );
      // The sample repeated: copies share a match key, so they stay in one fold together.
      const body = Array.from({ length: rows }, (_, i) => sample[i % sample.length] ?? []);
      writeStudents(started.runtime, [header, ...body]);
      train(started); // the first run creates the record sheets; the second shows the steady state
      started.runtime.calls.reset();
      train(started);
      const snapshot = started.runtime.calls.snapshot();
      return {
        total: started.runtime.calls.total('SpreadsheetApp'),
        reads: snapshot['SpreadsheetApp.Range.getValues'],
        writes: snapshot['SpreadsheetApp.Range.setValues'],
      };
    });
    expect(counts[0]).toEqual(counts[1]);
    // Students, Versions, Aliases and Experiments read once each.
    expect(counts[0]?.reads).toBe(4);
    // Data issues, Summary, Versions, Aliases, Experiments and the new version's model card written once each.
    expect(counts[0]?.writes).toBe(6);
  });
});

describe('Train model and the Sheets speed rules', () => {
  it('does every read before its first write, so no write is forced out early', () => {
    const started = startAddOn({ traceCalls: true });
    started.addOn.call('loadSampleMath');
    train(started); // creates the record sheets
    started.runtime.calls.reset();
    train(started);
    const methods = started.runtime.calls.records().map((r) => r.method);
    const lastRead = methods.lastIndexOf('Range.getValues');
    const firstWrite = methods.indexOf('Range.setValues');
    expect(lastRead).toBeGreaterThan(-1);
    expect(firstWrite).toBeGreaterThan(lastRead);
  });
});
