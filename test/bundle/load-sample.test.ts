import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST_DIR, startAddOn } from '../../src/local/bundle';

type Runtime = ReturnType<typeof startAddOn>['runtime'];

function studentsValues(runtime: Runtime): unknown[][] {
  const sheet = runtime.spreadsheet.getSheetByName('Students');
  if (!sheet) throw new Error('no Students sheet');
  return sheet.getDataRange().getValues();
}

/** Spreadsheet calls of one menu click, on a new spreadsheet or as a refresh of the same load. */
function callsOf(menuFunction: string, loadedBefore = false) {
  const { runtime, addOn } = startAddOn();
  if (loadedBefore) addOn.call(menuFunction);
  runtime.calls.reset();
  addOn.call(menuFunction);
  const snapshot = runtime.calls.snapshot();
  return {
    total: runtime.calls.total('SpreadsheetApp'),
    reads: snapshot['SpreadsheetApp.Range.getValues'] ?? 0,
    writes: snapshot['SpreadsheetApp.Range.setValues'] ?? 0,
  };
}

describe('Load sample data, run through the built bundle', () => {
  it('fills Students with 395 + 649 typed rows, 33 attributes plus course, header frozen', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('loadSampleBothCourses');
    const values = studentsValues(runtime);
    expect(values).toHaveLength(1045);
    const header = values[0] as string[];
    expect(header).toHaveLength(34);
    expect(header.slice(0, 3)).toEqual(['school', 'sex', 'age']);
    expect(header.at(-1)).toBe('course');
    const courses = values.slice(1).map((row) => row[33]);
    expect(courses.filter((c) => c === 'Math')).toHaveLength(395);
    expect(courses.filter((c) => c === 'Portuguese')).toHaveLength(649);
    const first = values[1] as unknown[];
    const at = (name: string) => first[header.indexOf(name)];
    expect([at('age'), at('G1'), at('G3'), at('famsup')]).toEqual([18, 5, 6, 'no']);
    expect(values.slice(1).every((row) => typeof row[header.indexOf('absences')] === 'number')).toBe(true);
    const sheet = runtime.spreadsheet.getSheetByName('Students');
    expect(sheet?.getFrozenRows()).toBe(1);
    expect([sheet?.getMaxRows(), sheet?.getMaxColumns()]).toEqual([1045, 34]);
    expect(runtime.spreadsheet.toasts.map((t) => t.message)).toEqual(['Loaded 1044 students into Students.']);
  });

  it('makes the same spreadsheet calls for one course as for both: one read, one write', () => {
    // A new spreadsheet has no Students sheet to read.
    expect(callsOf('loadSampleMath')).toEqual({ total: 13, reads: 0, writes: 1 });
    expect(callsOf('loadSampleBothCourses')).toEqual(callsOf('loadSampleMath'));
    expect(callsOf('loadSampleMath', true)).toEqual({ total: 12, reads: 1, writes: 1 });
    expect(callsOf('loadSampleBothCourses', true)).toEqual(callsOf('loadSampleMath', true));
  });

  it('replaces rather than appends when run again', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('loadSampleBothCourses');
    addOn.call('loadSamplePortuguese');
    expect(studentsValues(runtime)).toHaveLength(650);
    expect(runtime.ui.dialogs).toEqual([]);
  });

  it('never touches another sheet', () => {
    const { runtime, addOn } = startAddOn();
    const other = runtime.spreadsheet.getSheetByName('Sheet1');
    other?.getRange('A1:B2').setValues([
      ['Name', 'Note'],
      ['Ana', '=1+1'],
    ]);
    const before = JSON.stringify(other?.getRange('A1:Z1000').getValues());
    addOn.call('loadSampleMath');
    expect(JSON.stringify(other?.getRange('A1:Z1000').getValues())).toBe(before);
    expect(runtime.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', 'Students']);
  });

  it('asks before replacing other data in Students, and keeps it on No', () => {
    const { runtime, addOn } = startAddOn();
    const students = runtime.spreadsheet.insertSheet('Students');
    students.getRange('A1:B3').setValues([
      ['Name', 'Grade'],
      ['Ana', 12],
      ['Rui', 9],
    ]);
    runtime.ui.answerNext('NO');
    addOn.call('loadSampleMath');
    expect(runtime.ui.dialogs[0]?.text).toContain('already holds 2 rows of other data');
    expect(studentsValues(runtime)).toEqual([
      ['Name', 'Grade'],
      ['Ana', 12],
      ['Rui', 9],
    ]);
    runtime.ui.answerNext('YES');
    addOn.call('loadSampleMath');
    expect(studentsValues(runtime)).toHaveLength(396);
  });

  it('refuses an altered sample file with a clear alert and writes nothing', () => {
    const distDir = mkdtempSync(join(tmpdir(), 'passcompass-dist-'));
    cpSync(DIST_DIR, distDir, { recursive: true });
    const file = join(distDir, 'sample-student-mat.html');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"GP"', '"XX"'));
    const { runtime, addOn } = startAddOn({}, distDir);
    runtime.ui.answerNext('OK');
    addOn.call('loadSampleMath');
    expect(runtime.ui.dialogs[0]?.text).toMatch(
      /^The bundled Math sample .* does not match its published checksum/,
    );
    expect(runtime.spreadsheet.getSheetByName('Students')).toBeNull();
  });
});
