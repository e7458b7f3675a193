/**
 * A large worksheet is read in parts (`src/local/xlsx/read-package.ts`), which must give exactly what reading the
 * whole workbook gives. Parts are forced here on small workbooks (every worksheet large, parts of one row or a
 * few), so that shared formulas, merged ranges and notes cross the parts' boundaries.
 */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { CallLog } from '../../../src/local/call-log';
import type { LocalSpreadsheet } from '../../../src/local/spreadsheet';
import { readXlsxBuffer } from '../../../src/local/xlsx';
import { type Chunking, loadPackage } from '../../../src/local/xlsx/read-package';
import { openpyxlWorkbook } from '../../cli/openpyxl-package';
import { spreadsheetSnapshot } from './spreadsheet-snapshot';

const WHOLE: Chunking = { sheetBytes: Number.POSITIVE_INFINITY, partBytes: 1 };
/** Every worksheet in parts of one row (a part ends once it holds at least `partBytes` of rows). */
const ROW_BY_ROW: Chunking = { sheetBytes: 0, partBytes: 1 };
const FEW_ROWS: Chunking = { sheetBytes: 0, partBytes: 700 };

function read(data: Buffer, chunking: Chunking): Promise<LocalSpreadsheet> {
  return readXlsxBuffer(data, { calls: new CallLog(), timeZone: 'Etc/UTC', chunking });
}

/** The worksheets `loadPackage` reads in parts. */
async function sheetsInParts(data: Buffer, chunking: Chunking): Promise<string[]> {
  const { inParts } = await loadPackage(data, chunking);
  return [...inParts.keys()].map((worksheet) => worksheet.name);
}

/** A teacher's workbook as Excel-like programs save it, with what a part needs from outside its rows. */
async function teacherWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.title = 'Roster';
  const ws = workbook.addWorksheet('Students', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow(['name', 'score', 'double', 'ratio', 'date']);
  for (let r = 2; r <= 30; r += 1)
    ws.addRow([`student ${r}`, r, null, r / 7, new Date(Date.UTC(2026, 0, r))]);
  // One shared formula: its master in C2, its followers in every later row (so in every later part).
  ws.fillFormula('C2:C30', 'B2*2', (r) => r * 2);
  ws.getCell('D12').value = { error: '#DIV/0!' };
  ws.getCell('D13').value = { error: '#N/A' };
  ws.mergeCells('A10:B14');
  ws.mergeCells('D20:D21');
  // Below the last row of data: read with the last part.
  ws.mergeCells('F40:G41');
  ws.getCell('B17').note = 'joined late';
  // exceljs reads no note on a cell of a merged range but its top-left one: neither whole nor in parts.
  ws.getCell('A11').note = 'inside a merged range';
  ws.getCell('A3').font = { bold: true, color: { argb: 'FFCC0000' } };
  ws.getCell('A3').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
  ws.getCell('B3').alignment = { horizontal: 'center', wrapText: true };
  ws.getCell('B4').numFmt = '0.00%';
  ws.getCell('A4').value = { richText: [{ text: 'rich ' }, { text: 'text', font: { bold: true } }] };
  ws.getCell('A5').value = { text: 'site', hyperlink: 'https://example.org' };
  ws.getCell('A6').value = 'line\r\nbreak, tab\there, _x0041_ as typed';
  ws.getCell('A7').value = '=not a formula';
  ws.getCell('A8').value = true;
  ws.getColumn(1).width = 24;
  ws.addConditionalFormatting({
    ref: 'B2:B30',
    rules: [
      {
        type: 'cellIs',
        operator: 'greaterThan',
        formulae: [20],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFEA9999' } } },
      },
    ],
  });
  // exceljs reads data validations (expanding them cell by cell) but does not declare them.
  (ws as unknown as { dataValidations: { add(ref: string, rule: object): void } }).dataValidations.add(
    'B2:B30',
    {
      type: 'whole',
      operator: 'between',
      formulae: [0, 100],
      allowBlank: true,
    },
  );
  ws.autoFilter = 'A1:E30';
  ws.protect('', {});
  const plan = workbook.addWorksheet('Plan', { state: 'hidden' });
  plan.addRow(['Term', 'Plan']);
  plan.addRow(['Autumn', 'Meet parents']);
  plan.addRow([null, 'Mock exams']);
  plan.mergeCells('A2:A3');
  workbook.definedNames.add('Students!$B$2:$B$30', 'scores');
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `data` with the XML of its first worksheet changed by `edit`. */
async function withSheetXml(data: Buffer, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  const path = 'xl/worksheets/sheet1.xml';
  zip.file(path, edit(await zip.file(path)!.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('a workbook read in parts', () => {
  let data: Buffer;
  let whole: ReturnType<typeof spreadsheetSnapshot>;
  beforeAll(async () => {
    data = await teacherWorkbook();
    whole = spreadsheetSnapshot(await read(data, WHOLE));
  });

  it('is read in parts when forced, and whole by default', async () => {
    expect(await sheetsInParts(data, ROW_BY_ROW)).toEqual(['Students', 'Plan']);
    expect(await sheetsInParts(data, { sheetBytes: 2000, partBytes: 700 })).toEqual(['Students']);
    expect(await sheetsInParts(data, WHOLE)).toEqual([]);
    expect(await loadPackage(data).then((loaded) => loaded.inParts.size)).toBe(0);
  });

  it.each([
    ['one row a part', ROW_BY_ROW],
    ['a few rows a part', FEW_ROWS],
    ['the large sheet only', { sheetBytes: 2000, partBytes: 700 }],
  ])('gives what the whole read gives: %s', async (_how, chunking) => {
    expect(spreadsheetSnapshot(await read(data, chunking))).toEqual(whole);
  });

  it('reads shared formulas, merged ranges, notes and error values across the parts', async () => {
    const students = (await read(data, ROW_BY_ROW)).getSheetByName('Students')!;
    expect(students.getRange('C2:C4').getFormulas()).toEqual([['=B2*2'], ['=B3*2'], ['=B4*2']]);
    expect(students.getRange('C30').getFormula()).toBe('=B30*2');
    // The merged range A10:B14 keeps its value in A10 only.
    expect(students.getRange('A10:B12').getValues()).toEqual([
      ['student 10', ''],
      ['', ''],
      ['', ''],
    ]);
    expect(students.getRange('B17').getNote()).toBe('joined late');
    expect(students.getRange('D12:D13').getValues()).toEqual([['#DIV/0!'], ['#N/A']]);
    expect(students.getMaxRows()).toBe(1000);
  });

  it('reads a shared formula whose master is replaced by a later one with the same index', async () => {
    // Excel never reuses an index; exceljs follows the latest master, and so must a part.
    const reused = await withSheetXml(data, (xml) =>
      xml.replace(
        /<c r="C20"><f t="shared" si="0"\/>/,
        '<c r="C20"><f t="shared" ref="C20:C30" si="0">B20+1</f>',
      ),
    );
    const students = (await read(reused, ROW_BY_ROW)).getSheetByName('Students')!;
    expect(students.getRange('C19:C21').getFormulas()).toEqual([['=B19*2'], ['=B20+1'], ['=B21+1']]);
    expect(spreadsheetSnapshot(await read(reused, FEW_ROWS))).toEqual(
      spreadsheetSnapshot(await read(reused, WHOLE)),
    );
  });

  it('refuses a cell longer than a Sheets cell as the whole read does', async () => {
    const long = await withSheetXml(data, (xml) =>
      xml.replace(
        /<c r="A25" t="s"><v>\d+<\/v><\/c>/,
        `<c r="A25" t="inlineStr"><is><t>${'x'.repeat(50_001)}</t></is></c>`,
      ),
    );
    const message =
      'cell A25 of the sheet "Students" holds 50,001 characters, more than the 50,000 a Google Sheets cell can hold';
    await expect(read(long, WHOLE)).rejects.toThrow(new RangeError(message));
    await expect(read(long, ROW_BY_ROW)).rejects.toThrow(new RangeError(message));
  });

  it('is read whole when its rows are not laid out as parts are cut', async () => {
    const commented = await withSheetXml(data, (xml) =>
      xml.replace('<sheetData>', '<sheetData><!-- rows -->'),
    );
    expect(await sheetsInParts(commented, ROW_BY_ROW)).toEqual(['Plan']);
    expect(spreadsheetSnapshot(await read(commented, ROW_BY_ROW))).toEqual(
      spreadsheetSnapshot(await read(commented, WHOLE)),
    );
  });

  it('fails as the whole read fails when a part cannot be read', async () => {
    const broken = await withSheetXml(data, (xml) =>
      xml.replace('<c r="B20"><v>20</v></c>', '<c r="B20"><v>20</c>'),
    );
    const reason = await read(broken, WHOLE).then(
      () => '',
      (error: Error) => error.message,
    );
    expect(reason).toMatch(/unexpected close tag/);
    await expect(read(broken, ROW_BY_ROW)).rejects.toThrow(reason);
  });
});

describe('a workbook openpyxl wrote, read in parts', () => {
  it('gives what the whole read gives, notes and merged ranges included', async () => {
    const data = await openpyxlWorkbook([
      {
        name: 'Students',
        rows: [
          ['name', 'absences', 'term', 'ratio'],
          ['Ann', 3, 'autumn', { error: '#DIV/0!' }],
          ['Bob', null, null, 0.5],
          ['Cem', 1, true, { error: '#N/A' }],
          ['Dee', 2, 'spring', null],
        ],
        // exceljs drops an empty cell with a note (D5), whole or in parts.
        notes: { A2: 'joined late', B4: 'ask the office', D5: 'an empty cell with a note' },
        merges: ['C2:C4'],
      },
      { name: 'Term plan', rows: [['Term'], ['Autumn'], [null]], merges: ['A2:A3'] },
    ]);
    expect(await sheetsInParts(data, ROW_BY_ROW)).toEqual(['Students', 'Term plan']);
    const inParts = await read(data, ROW_BY_ROW);
    expect(spreadsheetSnapshot(inParts)).toEqual(spreadsheetSnapshot(await read(data, WHOLE)));
    expect(inParts.getSheets()[0]!.getRange('A2:B4').getNotes()).toEqual([
      ['joined late', ''],
      ['', ''],
      ['', 'ask the office'],
    ]);
  });
});
