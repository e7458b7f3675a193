/**
 * Column widths, hidden columns, vertical alignment and the height of rows with wrapped text in a saved
 * workbook: what makes a sheet readable in Excel or LibreOffice without resizing anything.
 */
import ExcelJS from 'exceljs';
import { CallLog } from '../../../src/local/call-log';
import { readXlsxBuffer, writeXlsxBuffer } from '../../../src/local/xlsx';
import { linesNeeded } from '../../../src/local/xlsx/row-heights';
import { type BuiltSpreadsheet, aSpreadsheet } from '../spreadsheet/builders';

/** A small Versions-like sheet, changed by `build`, saved, and the saved first worksheet. */
async function saved(build: (built: BuiltSpreadsheet) => void) {
  const built = aSpreadsheet()
    .withValues([
      ['Version', 'Model (JSON)', 'Features', 'Status'],
      [
        1,
        '{"kind":"logistic-regression"}',
        'school=MS, sex=M, age, address=R, famsize=LE3, Pstatus=A',
        'champion',
      ],
    ])
    .build();
  build(built);
  const buffer = await writeXlsxBuffer(built.spreadsheet);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return { built, buffer, worksheet: workbook.worksheets[0] as ExcelJS.Worksheet };
}

describe('columns in a saved workbook', () => {
  it('turns Sheets pixels into Excel characters of 7 pixels: the 140-pixel time column is 20', async () => {
    const { worksheet } = await saved(({ sheet }) => sheet.setColumnWidth(1, 140));
    expect(worksheet.getColumn(1).width).toBe(20);
  });

  it('keeps hidden columns hidden, with the default width when none was set, and reads them back', async () => {
    const { worksheet, buffer } = await saved(({ sheet }) => {
      sheet.hideColumns(2);
      sheet.setColumnWidth(3, 210);
      sheet.hideColumns(3);
    });
    expect([1, 2, 3, 4].map((c) => worksheet.getColumn(c).hidden)).toEqual([false, true, true, false]);
    expect(worksheet.getColumn(2).width).toBeCloseTo(100 / 7);
    expect(worksheet.getColumn(3).width).toBe(30);
    const read = (await readXlsxBuffer(buffer, { calls: new CallLog() })).getSheets()[0];
    expect([1, 2, 3, 4].map((c) => read?.isColumnHiddenByUser(c))).toEqual([false, true, true, false]);
    expect(read?.getColumnWidth(3)).toBe(210);
  });
});

describe('rows with wrapped text in a saved workbook', () => {
  it('get the height of their longest wrapped cell, so the text does not run over the rows above', async () => {
    const { worksheet } = await saved(({ sheet }) => {
      sheet.setColumnWidth(3, 150);
      sheet.getRange('C2').setWrap(true).setVerticalAlignment('top');
      sheet.getRange('A2').setVerticalAlignment('top');
    });
    // 55 characters at 24 a line (150 − 6 pixels at 6 a character): 3 lines of 15 points.
    expect(worksheet.getRow(2).height).toBe(45);
    expect(worksheet.getRow(1).height).toBeUndefined();
    expect(worksheet.getCell('A2').alignment).toEqual({ vertical: 'top' });
    expect(worksheet.getCell('C2').alignment).toEqual({ vertical: 'top', wrapText: true });
  });

  it('ignore wrapped cells of hidden columns', async () => {
    const { worksheet } = await saved(({ sheet }) => {
      sheet.getRange('C2').setWrap(true);
      sheet.hideColumns(3);
    });
    expect(worksheet.getRow(2).height).toBeUndefined();
  });

  it.each([
    ['a short text', 100, 1],
    ['one two three', 6 + 6 * 7, 2],
    ['one two three', 6 + 6 * 3, 4],
    ['abcdefghij', 6 + 6 * 4, 3],
    ['first line\nsecond line', 200, 2],
    ['', 100, 1],
  ])('estimate the lines of %j in %i pixels: %i', (text, width, lines) => {
    expect(linesNeeded(text, width)).toBe(lines);
  });
});
