import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CallLog } from '../../src/local/call-log';
import { BooleanCriteria, InterpolationType, ProtectionType } from '../../src/local/spreadsheet';
import { readXlsx, readXlsxBuffer, writeXlsx, writeXlsxBuffer } from '../../src/local/xlsx';
import { aSpreadsheet, type BuiltSpreadsheet } from './spreadsheet/builders';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'passcompass-xlsx-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A roster with the kinds of content the add-on writes: values, formats, rules, filter, protection. */
function aScoredRoster(): BuiltSpreadsheet {
  const built = aSpreadsheet()
    .named('Year 10 maths')
    .inTimeZone('Europe/London')
    .withValues([
      ['id', 'name', 'risk', 'flagged', 'scored at', 'double'],
      ['007', 'Ann', 0.72, true, new Date(Date.UTC(2024, 8, 2, 7, 30)), '=C2*2'],
      ["'=not a formula", 'Bob', 0.1, false, '2024-09-03', '=C3*2'],
    ])
    .build();
  const { app, sheet, spreadsheet } = built;
  sheet.getRange('A1:F1').setFontWeight('bold').setBackground('#d9ead3');
  sheet.getRange('C2:C3').setNumberFormat('0.0%');
  sheet
    .getRange('B2')
    .setNote('joined late')
    .setFontColor('#990000')
    .setHorizontalAlignment('center')
    .setWrap(true);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 210);
  sheet.setConditionalFormatRules([
    app
      .newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(0.5)
      .setBackground('#f4cccc')
      .setFontColor('#990000')
      .setBold(true)
      .setRanges([sheet.getRange('C2:C')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenNumberBetween(0.3, 0.5)
      .setBackground('#fff2cc')
      .setRanges([sheet.getRange('C2:C100'), sheet.getRange('F2:F100')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextEqualTo('Ann "A"')
      .setBackground('#cfe2f3')
      .setRanges([sheet.getRange('B2:B100')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextContains('late')
      .setBackground('#eeeeee')
      .setRanges([sheet.getRange('B2:B100')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenTextStartsWith('B')
      .setItalic(true)
      .setRanges([sheet.getRange('B2:B100')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#000000')
      .setRanges([sheet.getRange('A2:A100')])
      .build(),
    app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$D2=TRUE')
      .setBackground('#ead1dc')
      .setRanges([sheet.getRange('A2:F100')])
      .build(),
    app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#ffffff', InterpolationType.NUMBER, '0')
      .setGradientMidpointWithValue('#ffe599', InterpolationType.PERCENTILE, '50')
      .setGradientMaxpoint('#e06666')
      .setRanges([sheet.getRange('C2:C100')])
      .build(),
  ]);
  sheet.getRange('A1:F3').createFilter();
  sheet.protect().setWarningOnly(true).setDescription('PassCompass columns');
  const log = spreadsheet.insertSheet('Inference log');
  log.appendRow(['time', 'student', 'risk']);
  const hidden = spreadsheet.insertSheet('Versions');
  hidden.getRange('A1').setValue('{"model":1}');
  hidden.hideSheet();
  spreadsheet.setNamedRange('risk_scores', sheet.getRange('C2:C3'));
  sheet.activate();
  return built;
}

async function roundTrip(built: BuiltSpreadsheet, file: string) {
  const path = join(dir, file);
  await writeXlsx(built.spreadsheet, path);
  return readXlsx(path, { calls: new CallLog(), timeZone: 'Europe/London' });
}

describe('the xlsx bridge', () => {
  it('keeps sheets in order, hidden ones, the name and the frozen rows', async () => {
    const back = await roundTrip(aScoredRoster(), 'sheets.xlsx');
    expect(back.getName()).toBe('Year 10 maths');
    expect(back.getSheets().map((s) => [s.getName(), s.isSheetHidden(), s.getFrozenRows()])).toEqual([
      ['Sheet1', false, 1],
      ['Inference log', false, 0],
      ['Versions', true, 0],
    ]);
    expect([back.getSheets()[0]!.getMaxRows(), back.getSheets()[0]!.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('keeps values: numbers, text, booleans, dates at their wall-clock time, and formulas', async () => {
    const built = aScoredRoster();
    const before = built.sheet.getDataRange().getValues();
    const back = (await roundTrip(built, 'values.xlsx')).getSheetByName('Sheet1')!;
    expect(back.getDataRange().getValues()).toEqual(before);
    expect(back.getRange('A2:A3').getValues()).toEqual([[7], ['=not a formula']]);
    expect((back.getRange('E2').getValue() as Date).toISOString()).toBe('2024-09-02T07:30:00.000Z');
    expect(back.getRange('F2:F3').getFormulas()).toEqual([['=C2*2'], ['=C3*2']]);
    expect(back.getRange('A3').getFormula()).toBe('');
  });

  it('keeps number formats, backgrounds, bold, font colours, alignment, wrapping, notes and column widths', async () => {
    const built = aScoredRoster();
    const back = (await roundTrip(built, 'formats.xlsx')).getSheetByName('Sheet1')!;
    const source = built.sheet;
    const range = 'A1:F3';
    expect(back.getRange(range).getNumberFormats()).toEqual(source.getRange(range).getNumberFormats());
    expect(back.getRange(range).getBackgrounds()).toEqual(source.getRange(range).getBackgrounds());
    expect(back.getRange(range).getFontWeights()).toEqual(source.getRange(range).getFontWeights());
    expect(back.getRange(range).getDisplayValues()).toEqual(source.getRange(range).getDisplayValues());
    expect(back.getRange('B2').getNote()).toBe('joined late');
    expect(back.getRange('B2').getHorizontalAlignment()).toBe('center');
    expect(back.getRange('B2').getWrap()).toBe(true);
    expect(back.getColumnWidth(2)).toBe(210);
  });

  it('keeps conditional-format rules in order: number, text and formula rules and colour scales', async () => {
    const built = aScoredRoster();
    const back = (await roundTrip(built, 'rules.xlsx')).getSheetByName('Sheet1')!;
    const describe = (sheet: typeof built.sheet) =>
      sheet.getConditionalFormatRules().map((rule) => {
        const b = rule.getBooleanCondition();
        const g = rule.getGradientCondition();
        return {
          ranges: rule
            .getRanges()
            .map((r) => r.getA1Notation().replace(/^([A-Z]+)(\d+):([A-Z]+)$/, '$1$2:$31000')),
          boolean: b && [
            String(b.getCriteriaType()),
            b.getCriteriaValues(),
            b.getBackground(),
            b.getFontColor(),
            b.getBold(),
            b.getItalic(),
          ],
          gradient: g && [
            g.getMinColor(),
            String(g.getMinType()),
            g.getMinValue(),
            g.getMidColor(),
            String(g.getMidType()),
            g.getMidValue(),
            g.getMaxColor(),
            String(g.getMaxType()),
          ],
        };
      });
    expect(describe(back)).toEqual(describe(built.sheet));
    expect(back.getConditionalFormatRules()).toHaveLength(8);
    expect(back.getConditionalFormatRules()[2]!.getBooleanCondition()!.getCriteriaType()).toBe(
      BooleanCriteria.TEXT_EQUAL_TO,
    );
  });

  it('writes the conditional formatting into the sheet XML, with styles in the workbook', async () => {
    const buffer = await writeXlsxBuffer(aScoredRoster().spreadsheet);
    const zip = await JSZip.loadAsync(buffer);
    const sheetXml = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    const stylesXml = await zip.file('xl/styles.xml')!.async('string');
    expect(sheetXml.match(/<conditionalFormatting /g)).toHaveLength(8);
    expect(sheetXml).toContain('sqref="C2:C100 F2:F100"');
    expect(sheetXml).toMatch(
      /<cfRule type="cellIs"[^>]*operator="greaterThanOrEqual"[^>]*>\s*<formula>0.5<\/formula>/,
    );
    expect(sheetXml).toContain('<colorScale>');
    expect(sheetXml).toContain('<autoFilter ref="A1:F3"');
    expect(sheetXml).toMatch(/<sheetProtection [^>]*sheet="1"/);
    expect(stylesXml).toContain('FFF4CCCC');
  });

  it('keeps the filter range, warning-only sheet protection and named ranges', async () => {
    const back = await roundTrip(aScoredRoster(), 'structure.xlsx');
    const sheet = back.getSheetByName('Sheet1')!;
    expect(sheet.getFilter()!.getRange().getA1Notation()).toBe('A1:F3');
    const protections = sheet.getProtections(ProtectionType.SHEET);
    expect(protections.map((p) => p.isWarningOnly())).toEqual([true]);
    expect(back.getRangeByName('risk_scores')!.getA1Notation()).toBe('C2:C3');
    expect(back.getRangeByName('risk_scores')!.getSheet()).toBe(sheet);
  });

  it('records no calls while reading or writing', async () => {
    const built = aScoredRoster();
    built.calls.reset();
    const calls = new CallLog();
    await readXlsxBuffer(await writeXlsxBuffer(built.spreadsheet), { calls });
    expect(built.calls.total()).toBe(0);
    expect(calls.total()).toBe(0);
  });

  it('reads a workbook made elsewhere: shared formulas, rich text, errors, and skips rules Sheets lacks', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet('From Excel');
    ws.getCell('A1').value = { richText: [{ text: 'Rich ' }, { font: { bold: true }, text: 'text' }] };
    ws.getCell('A2').value = { error: '#N/A' };
    ws.getCell('B1').value = 1;
    ws.getCell('B2').value = 2;
    ws.getCell('C1').value = { formula: 'B1*10', result: 10, date1904: false };
    ws.getCell('C2').value = { sharedFormula: 'C1', result: 20, date1904: false };
    ws.addConditionalFormatting({
      ref: 'B1:B2',
      rules: [
        { type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }] } as ExcelJS.DataBarRuleType,
        {
          type: 'cellIs',
          operator: 'lessThan',
          formulae: ['2'],
          priority: 2,
          style: { font: { bold: true } },
        },
      ],
    });
    const back = await readXlsxBuffer(Buffer.from(await workbook.xlsx.writeBuffer()), {
      calls: new CallLog(),
      name: 'Imported',
    });
    const sheet = back.getSheets()[0]!;
    expect(back.getName()).toBe('Imported');
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['Rich text'], ['#N/A']]);
    expect(sheet.getRange('C1:C2').getFormulas()).toEqual([['=B1*10'], ['=B2*10']]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaType()).toBe(BooleanCriteria.NUMBER_LESS_THAN);
    expect(rules[0]!.getBooleanCondition()!.getBold()).toBe(true);
  });

  it('writes text Sheets could not parse as a formula as plain text, so Excel can open the file', async () => {
    const built = aSpreadsheet().build();
    built.sheet.getRange('A1').setValue('+57 301 555');
    expect(built.sheet.getRange('A1').getValue()).toBe('#ERROR!');
    const zip = await JSZip.loadAsync(await writeXlsxBuffer(built.spreadsheet));
    expect(await zip.file('xl/worksheets/sheet1.xml')!.async('string')).not.toContain('<f>');
    const back = await readXlsxBuffer(await writeXlsxBuffer(built.spreadsheet), { calls: new CallLog() });
    expect(back.getSheets()[0]!.getRange('A1').getValue()).toBe('+57 301 555');
  });

  it('grows the grid to fit a workbook larger than a default sheet', async () => {
    const built = aSpreadsheet().build();
    built.sheet.insertRowsAfter(1000, 200);
    built.sheet.insertColumnsAfter(26, 4);
    built.sheet.getRange(1200, 30).setValue('corner');
    const back = await readXlsxBuffer(await writeXlsxBuffer(built.spreadsheet), { calls: new CallLog() });
    const sheet = back.getSheets()[0]!;
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1200, 30]);
    expect(sheet.getRange('AD1200').getValue()).toBe('corner');
  });
});
