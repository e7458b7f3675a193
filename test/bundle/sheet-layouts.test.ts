/**
 * PassCompass's sheets read at a glance, in the local runtime and in the saved .xlsx: every shown column at
 * least as wide as its header needs, the JSON, checksum and fingerprint columns hidden (and only they) with a
 * note saying what they are for, a legend on A1, figures as percentages or to three decimals, times in the
 * locale's format, long text wrapped. The workbook is made through the built bundle: Check data, two trainings
 * (early and mid-term), a scoring run.
 *
 * Header widths are estimated for Sheets' default font, Arial 10 in bold: at most 7.5 pixels a character (its
 * capitals and digits are 7.4 to 7.8, most lower-case letters less) plus 10 pixels of cell padding, on one
 * line, or on two when the header cell wraps. Values use 6.5 pixels a character (Arial 10 regular: digits
 * 7.4, letters about 6, punctuation under 4).
 */
import ExcelJS from 'exceljs';
import { readXlsxBuffer, writeXlsxBuffer } from '../../src/local/xlsx';
import { CallLog } from '../../src/local/call-log';
import type { LocalSpreadsheet } from '../../src/local/spreadsheet';
import { type Started, saveSettings, withSample } from './support';

const HEADER_PIXELS_PER_CHARACTER = 7.5;
const VALUE_PIXELS_PER_CHARACTER = 6.5;
const PADDING = 10;

/** True when `text` fits `width` pixels on one line, or on two when the cell wraps (breaking at spaces). */
function headerFits(text: string, width: number, wraps: boolean): boolean {
  const fits = (line: string) => line.length * HEADER_PIXELS_PER_CHARACTER + PADDING <= width;
  if (fits(text)) return true;
  if (!wraps) return false;
  let lines = 1;
  let line = '';
  for (const word of text.split(' ')) {
    if (!fits(word)) return false;
    const longer = line === '' ? word : `${line} ${word}`;
    if (fits(longer)) line = longer;
    else {
      lines += 1;
      line = word;
    }
  }
  return lines <= 2;
}

/** The locale's date-time format of the local runtime's default locale, `en_US`. */
const TIME = 'm/d/yyyy h:mm';
const AUTOMATIC = '0.###############';

interface Expected {
  hidden: string[];
  wrapped: string[];
  /** Number formats of the first data row; every column not named is Automatic. */
  formats: Record<string, string>;
}

const EXPECTED: Record<string, Expected> = {
  Versions: {
    hidden: [
      'Data fingerprint',
      'Metrics (JSON)',
      'Model (JSON)',
      'Checksum (SHA-256)',
      'Catch curve (JSON)',
      'Reference sample (JSON)',
      'Evidence (JSON)',
    ],
    wrapped: ['Features'],
    formats: {
      Version: '0',
      Created: TIME,
      Rows: '#,##0',
      'CV ROC AUC': '0.000',
      'CV Brier': '0.000',
      Threshold: '0.0%',
    },
  },
  Aliases: {
    hidden: [],
    wrapped: ['Reason'],
    formats: { Time: TIME, 'From version': '0', 'To version': '0' },
  },
  Experiments: {
    hidden: ['Data fingerprint', 'Parameters (JSON)', 'Per fold (JSON)'],
    wrapped: ['Outcome'],
    formats: {
      Time: TIME,
      Rows: '#,##0',
      Failures: '#,##0',
      'CV ROC AUC': '0.000',
      'AUC sd': '0.000',
      Accuracy: '0.0%',
      Precision: '0.0%',
      Recall: '0.0%',
      F1: '0.0%',
      Brier: '0.000',
      'Top-K recall': '0.0%',
      'Top-K precision': '0.0%',
      'Duration (s)': '0.0',
      Version: '0',
    },
  },
  'Inference log': {
    hidden: ['Inputs (JSON)'],
    wrapped: [],
    formats: { Time: TIME, 'Model version': '0', 'Risk of failing': '0.0%' },
  },
  Summary: {
    hidden: [],
    wrapped: ['Meaning', 'Most common'],
    formats: { Blank: '#,##0', Distinct: '#,##0' },
  },
  'Data issues': {
    hidden: [],
    wrapped: ['Problem', 'What PassCompass does'],
    formats: { Row: '0' },
  },
};
const SHEETS = Object.keys(EXPECTED);

let started: Started;
beforeAll(() => {
  started = withSample('loadSampleBothCourses');
  started.addOn.call('checkData');
  for (const mode of ['early', 'mid']) {
    saveSettings(started.runtime, { mode, folds: 2 });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('trainModel');
  }
  started.runtime.ui.answerNext('OK');
  started.addOn.call('scoreStudents');
});

const sheetNamed = (name: string) => {
  const sheet = started.runtime.spreadsheet.getSheetByName(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};
const headerOf = (name: string): string[] => {
  const sheet = sheetNamed(name);
  return (sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
};

describe.each(SHEETS)('the %s sheet, in the local runtime', (name) => {
  const expected = EXPECTED[name] as Expected;

  it('hides exactly its JSON, checksum and fingerprint columns, each with a note saying what it is for', () => {
    const sheet = sheetNamed(name);
    const header = headerOf(name);
    const hidden = header.filter((_, i) => sheet.isColumnHiddenByUser(i + 1));
    expect(hidden).toEqual(expected.hidden);
    for (const column of hidden) {
      const note = sheet.getRange(1, header.indexOf(column) + 1).getNote();
      expect(note.length).toBeGreaterThan(40);
    }
  });

  it('shows every other column at least as wide as its header and its values need', () => {
    const sheet = sheetNamed(name);
    const header = headerOf(name);
    const values = sheet.getDataRange().getDisplayValues();
    header.forEach((text, i) => {
      if (sheet.isColumnHiddenByUser(i + 1)) return;
      const width = sheet.getColumnWidth(i + 1);
      const wraps = sheet.getRange(1, i + 1).getWrap();
      expect({ text, width, fits: headerFits(text, width, wraps) }).toEqual({ text, width, fits: true });
      if (expected.wrapped.includes(text)) return;
      const longest = Math.max(...values.slice(1).map((row) => String(row[i] ?? '').length));
      const fits = longest * VALUE_PIXELS_PER_CHARACTER + PADDING <= width;
      expect({ text, longest, width, fits }).toEqual({ text, longest, width, fits: true });
    });
  });

  it('has a bold, frozen header row and its legend on A1', () => {
    const sheet = sheetNamed(name);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(new Set(sheet.getRange(1, 1, 1, headerOf(name).length).getFontWeights()[0])).toEqual(
      new Set(['bold']),
    );
    expect(sheet.getRange('A1').getNote()).toMatch(new RegExp(`^${name}: .{60,}`));
  });

  it('formats the figures and times as declared, and wraps only the long text', () => {
    const sheet = sheetNamed(name);
    const header = headerOf(name);
    const formats = sheet.getRange(2, 1, 1, header.length).getNumberFormats()[0] ?? [];
    expect(Object.fromEntries(header.map((h, i) => [h, formats[i]]))).toEqual(
      Object.fromEntries(header.map((h) => [h, expected.formats[h] ?? AUTOMATIC])),
    );
    const wraps = sheet.getRange(2, 1, 1, header.length).getWraps()[0] ?? [];
    expect(header.filter((_, i) => wraps[i])).toEqual(expected.wrapped);
  });
});

describe('figures as a reader sees them', () => {
  const display = (name: string, column: string) =>
    sheetNamed(name)
      .getRange(2, headerOf(name).indexOf(column) + 1)
      .getDisplayValue();

  it('shows rates and risks as percentages with one decimal, AUC and Brier to three decimals', () => {
    expect(display('Experiments', 'Accuracy')).toMatch(/^\d{1,3}\.\d%$/);
    expect(display('Versions', 'Threshold')).toMatch(/^\d{1,2}\.\d%$/);
    expect(display('Inference log', 'Risk of failing')).toMatch(/^\d{1,3}\.\d%$/);
    expect(display('Versions', 'CV ROC AUC')).toMatch(/^0\.\d{3}$/);
    expect(display('Experiments', 'Brier')).toMatch(/^0\.\d{3}$/);
  });

  it('gives the Summary fail rates as percentages below their own bold header row', () => {
    const sheet = sheetNamed('Summary');
    const values = sheet.getDataRange().getValues();
    const rateHeader = values.findIndex((row) => row[4] === 'Fail rate');
    expect(rateHeader).toBeGreaterThan(1);
    expect(sheet.getRange(rateHeader + 1, 1, 1, 5).getFontWeights()[0]).toEqual(Array(5).fill('bold'));
    expect(sheet.getRange(rateHeader + 2, 3, 1, 3).getNumberFormats()[0]).toEqual(['#,##0', '#,##0', '0.0%']);
  });

  it('says who moved an alias in plain words', () => {
    const moved = sheetNamed('Aliases').getRange('E2:E3').getValues().flat();
    expect(moved).toEqual(['set by training', 'set by training']);
  });
});

describe("PassCompass's columns on the Students sheet", () => {
  const students = () => sheetNamed('Students');
  const columnOf = (header: string) => headerOf('Students').indexOf(header) + 1;

  it('are wide enough for their headers on one line, with the time in the locale format', () => {
    for (const header of ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at']) {
      const width = students().getColumnWidth(columnOf(header));
      expect({ header, fits: headerFits(header, width, false) }).toEqual({ header, fits: true });
    }
    expect(students().getRange(2, columnOf('Scored at')).getNumberFormat()).toBe(TIME);
    expect(students().getRange(2, columnOf('Risk of failing')).getNumberFormat()).toBe('0.0%');
    expect(students().getRange(2, columnOf('Main reasons')).getWrap()).toBe(true);
  });

  it('carry notes on what a risk and the main reasons mean and do not mean', () => {
    expect(students().getRange(1, columnOf('Risk of failing')).getNote()).toContain(
      'final grade (G3) ends below 10, the pass mark in Settings',
    );
    expect(students().getRange(1, columnOf('Main reasons')).getNote()).toContain('They are not causes');
  });

  it('explain on the Tier header the capacity rule applied: 25 High, from the lowest High risk', () => {
    const values = students().getDataRange().getValues();
    const [risk, tier] = [columnOf('Risk of failing') - 1, columnOf('Tier') - 1];
    const high = values.slice(1).filter((row) => row[tier] === 'High');
    expect(high).toHaveLength(25);
    const lowest = Math.min(...high.map((row) => row[risk] as number));
    const note = students()
      .getRange(1, tier + 1)
      .getNote();
    expect(note).toContain('High = the 25 highest risks, as the capacity in Settings is 25');
    expect(note).toContain(`this time ${(lowest * 100).toFixed(1)}% and above`);
    expect(note).toContain('Medium = the others from 30%; Low = below 30%');
  });
});

describe('the saved .xlsx', () => {
  let workbook: ExcelJS.Workbook;
  let buffer: Buffer;
  beforeAll(async () => {
    buffer = await writeXlsxBuffer(started.runtime.spreadsheet as LocalSpreadsheet);
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  });
  const noteText = (cell: ExcelJS.Cell): string => {
    const note = cell.note as ExcelJS.Comment | string | undefined;
    if (note === undefined) return '';
    return typeof note === 'string' ? note : (note.texts ?? []).map((t) => t.text).join('');
  };

  it.each(SHEETS)('keeps the layout of %s: hidden columns, widths, formats, wrapping, notes', (name) => {
    const expected = EXPECTED[name] as Expected;
    const worksheet = workbook.getWorksheet(name) as ExcelJS.Worksheet;
    const header = headerOf(name);
    const hidden = header.filter((_, i) => worksheet.getColumn(i + 1).hidden);
    expect(hidden).toEqual(expected.hidden);
    header.forEach((text, i) => {
      const column = worksheet.getColumn(i + 1);
      // Excel measures widths in characters of 7 pixels (src/local/xlsx/columns.ts).
      if (!column.hidden)
        expect({ text, fits: headerFits(text, (column.width ?? 0) * 7, true) }).toEqual({
          text,
          fits: true,
        });
      const cell = worksheet.getCell(2, i + 1);
      expect({ text, numFmt: cell.numFmt }).toEqual({ text, numFmt: expected.formats[text] });
      expect({ text, wrap: cell.alignment?.wrapText === true }).toEqual({
        text,
        wrap: expected.wrapped.includes(text),
      });
      expect(worksheet.getCell(1, i + 1).font?.bold).toBe(true);
    });
    for (const column of expected.hidden)
      expect(noteText(worksheet.getCell(1, header.indexOf(column) + 1)).length).toBeGreaterThan(40);
    expect(noteText(worksheet.getCell('A1'))).toMatch(new RegExp(`^${name}: `));
    expect((worksheet.views[0] as ExcelJS.WorksheetViewFrozen | undefined)?.ySplit).toBe(1);
  });

  it('gives a row of wrapped text the height of its lines, its cells read from the top', () => {
    const versions = workbook.getWorksheet('Versions') as ExcelJS.Worksheet;
    // About 500 characters of features in a 360-pixel column: 9 or 10 lines of 15 points.
    expect(versions.getRow(2).height).toBeGreaterThanOrEqual(9 * 15);
    expect(versions.getCell('A2').alignment?.vertical).toBe('top');
    expect(workbook.getWorksheet('Inference log')?.getRow(2).height).toBeUndefined();
  });

  it('reads back with the same hidden columns, widths, formats and notes', async () => {
    const read = await readXlsxBuffer(buffer, { calls: new CallLog() });
    for (const name of SHEETS) {
      const before = sheetNamed(name);
      const after = read.getSheetByName(name);
      const width = headerOf(name).length;
      const columns = Array.from({ length: width }, (_, i) => i + 1);
      expect(columns.map((c) => after?.isColumnHiddenByUser(c))).toEqual(
        columns.map((c) => before.isColumnHiddenByUser(c)),
      );
      expect(columns.map((c) => after?.getColumnWidth(c))).toEqual(
        columns.map((c) => (before.isColumnHiddenByUser(c) ? 100 : before.getColumnWidth(c))),
      );
      expect(after?.getRange(1, 1, 2, width).getNotes()).toEqual(before.getRange(1, 1, 2, width).getNotes());
      expect(after?.getRange(2, 1, 1, width).getNumberFormats()).toEqual(
        before.getRange(2, 1, 1, width).getNumberFormats(),
      );
    }
  });
});

describe('the Tier note under thresholds', () => {
  it('states the thresholds of Settings that the tiers followed', () => {
    saveSettings(started.runtime, { tierRule: 'thresholds', highFrom: 0.6, mediumFrom: 0.35 });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    const students = sheetNamed('Students');
    const header = headerOf('Students');
    const [risk, tier] = [header.indexOf('Risk of failing'), header.indexOf('Tier')];
    expect(students.getRange(1, tier + 1).getNote()).toBe(
      'Tier, from the thresholds in Settings: High = risks of 60% and above; Medium = the others from 35%; ' +
        'Low = below 35% (Settings).',
    );
    const rows = students.getDataRange().getValues().slice(1);
    expect(rows.every((row) => (row[tier] === 'High') === (row[risk] as number) >= 0.6)).toBe(true);
  });
});
