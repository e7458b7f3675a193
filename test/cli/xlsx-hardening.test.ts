/**
 * Workbooks from elsewhere through the offline runner: a roster openpyxl wrote (notes exceljs alone refuses),
 * with merged cells and error values, keeps all of them in the output; the output, saved again by openpyxl,
 * is read on the next run; an archive that is not a workbook, or a cell longer than a Sheets cell, stops the
 * run with one line naming the reason.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readdirSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type HandSheet, notesAsOpenpyxlSaves, openpyxlWorkbook } from './openpyxl-package';
import { expectCellsKept, fingerprint, imported, oddRoster } from './roster-text';
import { passcompass, readWorkbook, removeScratchFolders, scratchFolder, valuesOf } from './support';
import { inspectXlsx, liveOrUnprefixed } from './xlsx-inspect';

afterAll(removeScratchFolders);

/** The odd roster as a teacher's workbook: typed cells, two notes, error values in the Notes column. */
function teacherSheets(): { sheets: HandSheet[]; students: unknown[][] } {
  const students = imported(oddRoster()) as (string | number | boolean)[][];
  const notes = students[0]!.indexOf('Notes');
  const rows: HandSheet['rows'] = students.map((row) => [...row]);
  rows[3]![notes] = { error: '#DIV/0!' };
  rows[4]![notes] = { error: '#N/A' };
  students[3]![notes] = '#DIV/0!';
  students[4]![notes] = '#N/A';
  const plan: HandSheet = {
    name: 'Term plan',
    rows: [
      ['Term', 'Plan'],
      ['Autumn', 'Meet parents'],
      [null, 'Mock exams'],
    ],
    merges: ['A2:A3'],
  };
  return {
    sheets: [{ name: 'Students', rows, notes: { A2: 'joined late', F3: 'see the office' } }, plan],
    students,
  };
}

describe('passcompass run on a workbook openpyxl wrote, with notes, merged cells and error values', () => {
  let dir: string;
  let students: unknown[][];
  beforeAll(async () => {
    dir = scratchFolder();
    const teacher = teacherSheets();
    students = teacher.students;
    writeFileSync(join(dir, 'roster.xlsx'), await openpyxlWorkbook(teacher.sheets));
  });

  it('runs, and keeps every cell, note, merged range and error value in the output', async () => {
    const before = fingerprint(join(dir, 'roster.xlsx'));
    const run = await passcompass(['run', '--in', 'roster.xlsx', '--out', 'scored.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);

    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    expectCellsKept(valuesOf(saved, 'Students'), students);
    const sheet = saved.getSheetByName('Students')!;
    expect([sheet.getRange('A2').getNote(), sheet.getRange('F3').getNote()]).toEqual([
      'joined late',
      'see the office',
    ]);
    expect(valuesOf(saved, 'Term plan')).toEqual([
      ['Term', 'Plan'],
      ['Autumn', 'Meet parents'],
      ['', 'Mock exams'],
    ]);
    const written = await inspectXlsx(await readFile(join(dir, 'scored.xlsx')));
    expect(written.merges['Term plan']).toEqual(['A2:A3']);
    const errors = written.cells.filter((c) => c.sheet === 'Students' && c.type === 'e');
    expect(errors.map((c) => [c.ref, c.value])).toEqual([
      ['AJ4', '#DIV/0!'],
      ['AJ5', '#N/A'],
    ]);
    expect(liveOrUnprefixed(written)).toEqual([]);
    expect(fingerprint(join(dir, 'roster.xlsx'))).toEqual(before);
  });

  it('reads its own output on the next run after openpyxl saved it again', async () => {
    const resaved = await notesAsOpenpyxlSaves(await readFile(join(dir, 'scored.xlsx')));
    expect(Object.keys((await JSZip.loadAsync(resaved)).files)).toContain('xl/comments/comment1.xml');
    await expect(new ExcelJS.Workbook().xlsx.load(resaved as unknown as ArrayBuffer)).rejects.toThrow(
      "Cannot read properties of undefined (reading 'comments')",
    );
    writeFileSync(join(dir, 'resaved.xlsx'), resaved);
    const run = await passcompass(['run', '--in', 'resaved.xlsx', '--out', 'again.xlsx'], dir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const again = await readWorkbook(join(dir, 'again.xlsx'));
    expect(again.getSheetByName('Students')!.getRange('A2').getNote()).toBe('joined late');
    expect((await inspectXlsx(await readFile(join(dir, 'again.xlsx')))).merges['Term plan']).toEqual([
      'A2:A3',
    ]);
  });
});

describe('passcompass run on a workbook it cannot use', () => {
  it.each([
    [
      'a zip archive that is not a workbook',
      async () => {
        const zip = new JSZip();
        zip.file('roster.csv', 'name,age\n');
        return zip.generateAsync({ type: 'nodebuffer' });
      },
      'roster.xlsx is not a readable .xlsx workbook: it is an archive of other files, without the workbook part ' +
        '(xl/workbook.xml) every .xlsx file has.',
    ],
    [
      'a cell longer than a Sheets cell',
      async () => {
        const { sheets } = teacherSheets();
        sheets[0]!.rows[4]![1] = `=${'x'.repeat(50_000)}`;
        return openpyxlWorkbook(sheets);
      },
      'roster.xlsx is not a readable .xlsx workbook: cell B5 of the sheet "Students" holds 50,001 characters, ' +
        'more than the 50,000 a Google Sheets cell can hold.',
    ],
  ])('stops on %s with exit code 2, naming the reason', async (_what, make, message) => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'roster.xlsx'), await make());
    const before = fingerprint(join(dir, 'roster.xlsx'));
    const run = await passcompass(['run', '--in', 'roster.xlsx', '--out', 'scored.xlsx'], dir);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `passcompass: ${message}`, '']);
    expect(fingerprint(join(dir, 'roster.xlsx'))).toEqual(before);
    expect(readdirSync(dir)).toEqual(['roster.xlsx']);
  });
});
