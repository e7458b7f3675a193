/**
 * A teacher's workbook read by the local runtime and written again keeps its merged ranges, its error values and
 * every character of its cells: the round trip the offline runner makes with every roster.
 */
import ExcelJS from 'exceljs';
import { CallLog } from '../../../src/local/call-log';
import type { LocalSpreadsheet } from '../../../src/local/spreadsheet';
import { readXlsxBuffer, writeXlsxBuffer } from '../../../src/local/xlsx';
import { inspectXlsx } from '../../cli/xlsx-inspect';
import { aSpreadsheet } from '../spreadsheet/builders';

/** A workbook as Excel would save it: merged ranges with their value in the top-left cell, error values. */
async function teacherWorkbook(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet('Students');
  ws.addRow(['name', 'term 1', '', 'ratio', 'lookup']);
  ws.addRow(['Ann', 12, 14, { error: '#DIV/0!' }, { error: '#N/A' }]);
  ws.addRow(['Bob', 9, 11, 0.8, 'x']);
  ws.mergeCells('B1:C1');
  ws.mergeCells('E2:E3');
  ws.getCell('B1').value = 'term 1';
  ws.getCell('A2').note = 'joined late';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function read(data: Buffer): Promise<LocalSpreadsheet> {
  return readXlsxBuffer(data, { calls: new CallLog() });
}

describe('an xlsx round trip', () => {
  it('reads a merged range as Sheets has it: the value in its top-left cell only', async () => {
    const sheet = (await read(await teacherWorkbook())).getSheets()[0]!;
    expect(sheet.getRange('A1:E3').getValues()).toEqual([
      ['name', 'term 1', '', 'ratio', 'lookup'],
      ['Ann', 12, 14, '#DIV/0!', '#N/A'],
      ['Bob', 9, 11, 0.8, ''],
    ]);
  });

  it('writes merged ranges and error values back as they were', async () => {
    const written = await inspectXlsx(await writeXlsxBuffer(await read(await teacherWorkbook())));
    expect(written.merges).toEqual({ Students: ['B1:C1', 'E2:E3'] });
    const errors = written.cells.filter((c) => c.type === 'e').map((c) => [c.ref, c.value]);
    expect(errors).toEqual([
      ['D2', '#DIV/0!'],
      ['E2', '#N/A'],
    ]);
    const again = (await read(await writeXlsxBuffer(await read(await teacherWorkbook())))).getSheets()[0]!;
    expect(again.getRange('A2').getNote()).toBe('joined late');
  });

  it('moves a merged range with its top-left cell when rows and columns are inserted before it', async () => {
    const spreadsheet = await read(await teacherWorkbook());
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.insertRowsBefore(1, 2);
    sheet.insertColumnsBefore(1, 1);
    const written = await inspectXlsx(await writeXlsxBuffer(spreadsheet));
    expect(written.merges).toEqual({ Students: ['C3:D3', 'F4:F5'] });
  });

  it('drops a merged range once another of its cells has content, keeping the content', async () => {
    const spreadsheet = await read(await teacherWorkbook());
    spreadsheet.getSheets()[0]!.getRange('E3').setValue('seen');
    const written = await inspectXlsx(await writeXlsxBuffer(spreadsheet));
    expect(written.merges).toEqual({ Students: ['B1:C1'] });
    expect(written.cells.find((c) => c.ref === 'E3')?.value).toBe('seen');
  });

  it('writes an error cell given another value as that value, and error text typed in Sheets as text', async () => {
    const spreadsheet = await read(await teacherWorkbook());
    const sheet = spreadsheet.getSheets()[0]!;
    sheet.getRange('D2').setValue(0.5);
    sheet.getRange('A3').setValue('#N/A text');
    const written = await inspectXlsx(await writeXlsxBuffer(spreadsheet));
    const cell = (ref: string) => written.cells.find((c) => c.ref === ref);
    expect([cell('D2')?.type, cell('D2')?.value]).toEqual(['n', '0.5']);
    expect([cell('E2')?.type, cell('E2')?.value]).toEqual(['e', '#N/A']);
    expect([cell('A3')?.type, cell('A3')?.value]).toEqual(['s', '#N/A text']);
  });

  const CHARACTERS = [
    'NUL\u0000inside',
    'controls \u0001\u0002\u0008\u000b\u000c\u001b\u001f\u007f end',
    'carriage\rreturn and\r\nCRLF',
    'tab\tand\nline feed',
    'looks escaped: _x0041_ _x005F_ _x00e9_ _xZZZZ_',
    'not characters: \ufffe\uffff',
    'accents and more: João, Zoë, 日本語, 🎓',
    '  leading and trailing spaces  ',
  ];

  it('keeps every character of text cells and notes, written by the runtime and read back', async () => {
    const built = aSpreadsheet()
      .withValues(CHARACTERS.map((text) => [`'${text}`]))
      .build();
    built.sheet.getRange('B1').setNote('note with NUL\u0000 and CR\r and _x0041_');
    const back = (await read(await writeXlsxBuffer(built.spreadsheet))).getSheets()[0]!;
    expect(back.getRange(1, 1, CHARACTERS.length, 1).getValues()).toEqual(CHARACTERS.map((t) => [t]));
    expect(back.getRange('B1').getNote()).toBe('note with NUL\u0000 and CR\r and _x0041_');
  });

  it('writes them as Excel does (`_xHHHH_`), so other programs read the same characters', async () => {
    const built = aSpreadsheet()
      .withValues(CHARACTERS.map((text) => [`'${text}`]))
      .build();
    const written = await inspectXlsx(await writeXlsxBuffer(built.spreadsheet));
    expect(written.cells.map((c) => c.value)).toEqual(CHARACTERS);
  });
});

describe('the sheet a workbook opens on', () => {
  it('is the active sheet, written as the workbook view’s active tab and read back as the active sheet', async () => {
    const spreadsheet = await read(await teacherWorkbook());
    spreadsheet.insertSheet('Summary');
    spreadsheet.insertSheet('Versions');
    const students = spreadsheet.getSheetByName('Students');
    if (!students) throw new Error('no Students sheet');
    spreadsheet.setActiveSheet(students);
    const saved = await writeXlsxBuffer(spreadsheet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved as unknown as ArrayBuffer);
    expect(workbook.views[0]?.activeTab).toBe(0);
    expect((await read(saved)).getActiveSheet()?.getName()).toBe('Students');

    spreadsheet.setActiveSheet(spreadsheet.getSheetByName('Versions') as never);
    expect((await read(await writeXlsxBuffer(spreadsheet))).getActiveSheet()?.getName()).toBe('Versions');
  });
});
