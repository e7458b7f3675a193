/**
 * Packages the xlsx reader gets from elsewhere: workbooks whose notes openpyxl wrote (which exceljs alone
 * refuses), archives that are not workbooks, and cells longer than a Sheets cell can be.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CallLog } from '../../../src/local/call-log';
import { readXlsxBuffer, writeXlsxBuffer } from '../../../src/local/xlsx';
import { notesAsOpenpyxlSaves, openpyxlWorkbook } from '../../cli/openpyxl-package';
import { inspectXlsx } from '../../cli/xlsx-inspect';
import { aSpreadsheet } from '../spreadsheet/builders';

const read = (data: Buffer) => readXlsxBuffer(data, { calls: new CallLog() });

const NOTED = {
  name: 'Students',
  rows: [
    ['name', 'absences', 'term'],
    ['Ann', 3, 'autumn'],
    ['Bob', null, null],
  ],
  notes: { A2: 'joined late', A3: 'ask the office' },
  merges: ['C2:C3'],
};

describe('a workbook whose notes openpyxl wrote', () => {
  it('is refused by exceljs alone: the bug this works around', async () => {
    const data = await openpyxlWorkbook([NOTED]);
    await expect(new ExcelJS.Workbook().xlsx.load(data as unknown as ArrayBuffer)).rejects.toThrow(
      "Cannot read properties of undefined (reading 'comments')",
    );
  });

  it('is read with its values, notes and merged ranges', async () => {
    const sheet = (await read(await openpyxlWorkbook([NOTED]))).getSheets()[0]!;
    expect(sheet.getRange('A1:C3').getValues()).toEqual([
      ['name', 'absences', 'term'],
      ['Ann', 3, 'autumn'],
      ['Bob', '', ''],
    ]);
    expect(sheet.getRange('A2:B3').getNotes()).toEqual([
      ['joined late', ''],
      ['ask the office', ''],
    ]);
  });

  it('is written back with exceljs-style notes and its merges, and read again', async () => {
    const written = await writeXlsxBuffer(await read(await openpyxlWorkbook([NOTED])));
    expect((await inspectXlsx(written)).merges).toEqual({ Students: ['C2:C3'] });
    const again = (await read(written)).getSheets()[0]!;
    expect(again.getRange('A2').getNote()).toBe('joined late');
    expect(again.getRange('A3').getNote()).toBe('ask the office');
  });

  it("reads the runtime's own output after openpyxl saved it again", async () => {
    const built = aSpreadsheet()
      .withValues([
        ['name', 'risk'],
        ['Ann', 0.4],
      ])
      .build();
    built.sheet.getRange('A2').setNote('joined late\nsecond line');
    const resaved = await notesAsOpenpyxlSaves(await writeXlsxBuffer(built.spreadsheet));
    expect(Object.keys((await JSZip.loadAsync(resaved)).files)).toContain('xl/comments/comment1.xml');
    await expect(new ExcelJS.Workbook().xlsx.load(resaved as unknown as ArrayBuffer)).rejects.toThrow();
    const back = (await read(resaved)).getSheets()[0]!;
    expect(back.getRange('A1:B2').getValues()).toEqual([
      ['name', 'risk'],
      ['Ann', 0.4],
    ]);
    expect(back.getRange('A2').getNote()).toBe('joined late\nsecond line');
  });
});

describe('an archive that is not a workbook', () => {
  async function zipOf(files: Record<string, string>): Promise<Buffer> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(files)) zip.file(name, text);
    return zip.generateAsync({ type: 'nodebuffer' });
  }

  it.each([
    [
      'a zip of other files',
      { 'hello.txt': 'hello' },
      'it is an archive of other files, without the workbook part (xl/workbook.xml) every .xlsx file has',
    ],
    [
      'an OpenDocument spreadsheet',
      { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<x/>' },
      'it is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) first',
    ],
    [
      'a Word document',
      { 'word/document.xml': '<w/>', '[Content_Types].xml': '<Types/>' },
      'it is a Word document, without the workbook part (xl/workbook.xml) every .xlsx file has',
    ],
  ])('is refused with the reason: %s', async (_what, files, message) => {
    await expect(read(await zipOf(files))).rejects.toThrow(message);
  });

  it('is refused when it is not a zip archive at all (the message says zip)', async () => {
    await expect(read(Buffer.from('name,age\nAnn,16\n'))).rejects.toThrow(/zip/i);
  });

  it('is refused when its workbook has no worksheets', async () => {
    const data = await openpyxlWorkbook([]);
    await expect(read(data)).rejects.toThrow('it holds no worksheets');
  });
});

describe('a cell longer than a Sheets cell', () => {
  async function workbookWithText(text: string): Promise<Buffer> {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('Students');
    ws.addRow(['name', 'notes']);
    ws.addRow(['Ann', text]);
    return Buffer.from(await workbook.xlsx.writeBuffer());
  }

  it('is refused with its place and length', async () => {
    await expect(read(await workbookWithText('x'.repeat(50_001)))).rejects.toThrow(
      new RangeError(
        'cell B2 of the sheet "Students" holds 50,001 characters, more than the 50,000 a Google Sheets cell can hold',
      ),
    );
  });

  it('is read when it holds exactly 50,000 characters', async () => {
    const sheet = (await read(await workbookWithText('@'.repeat(50_000)))).getSheets()[0]!;
    expect(String(sheet.getRange('B2').getValue())).toHaveLength(50_000);
  });
});
