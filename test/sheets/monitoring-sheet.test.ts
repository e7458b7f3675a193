import { CallLog } from '../../src/local/call-log';
import { Charts, INTERNAL, LocalSpreadsheet, ProtectionType } from '../../src/local/spreadsheet';
import type { MonitoringColumnRow, MonitoringDetail, MonitoringHistoryRow } from '../../src/jobs/ports';
import { MONITORING_SHEET, monitoringSheet } from '../../src/sheets/monitoring-sheet';

// The adapter names the `Charts` global, as Apps Script code does.
const globals = globalThis as { Charts?: unknown };
beforeAll(() => {
  globals.Charts = Charts;
});
afterAll(() => {
  delete globals.Charts;
});

const HEADERS = [
  'Checked at',
  'Version',
  'What was compared',
  'Rows compared',
  'Columns tested',
  'Drifted columns (raw)',
  'Drifted columns (corrected)',
  'Drifted share',
  'Data-quality problems',
  'Students with final grades',
  'Realised AUC',
  'Expected AUC',
  'Verdict',
  'Alert',
  'Notes',
];
/** Column Q: the detail block starts after the 15 history columns and one gap column. */
const DETAIL = 17;
/** The row of the per-column table's header: title, legend and the chart's rows come first. */
const TABLE_HEADER_ROW = 27;

function aSpreadsheet(options: { locale?: string; timeZone?: string } = {}) {
  const calls = new CallLog();
  const spreadsheet = new LocalSpreadsheet({ calls, locale: 'en_GB', timeZone: 'Europe/London', ...options });
  const monitoring = monitoringSheet(spreadsheet as never);
  const sheet = () => {
    const found = spreadsheet.getSheetByName(MONITORING_SHEET);
    if (!found) throw new Error('No Monitoring sheet.');
    return found;
  };
  return { calls, spreadsheet, monitoring, sheet };
}

function aRow(day: number, overrides: Partial<MonitoringHistoryRow> = {}): MonitoringHistoryRow {
  return {
    checkedAt: new Date(Date.UTC(2026, 11, day, 7, 5)),
    version: 3,
    source: 'Inference log, run S-1',
    rowsCompared: 1234,
    columnsTested: 8,
    driftedRaw: 3,
    driftedCorrected: 2,
    driftedShare: 0.25,
    dataQualityProblems: 1,
    studentsWithGrades: null,
    realisedAuc: null,
    expectedAuc: 0.7349,
    verdict: 'OK',
    alert: 'Not sent: nothing new',
    notes: '',
    ...overrides,
  };
}

function aColumn(name: string, overrides: Partial<MonitoringColumnRow> = {}): MonitoringColumnRow {
  return {
    column: name,
    test: 'K-S',
    statistic: 0.12345,
    pValue: 0.04,
    adjustedP: 0.2,
    driftedRaw: true,
    driftedCorrected: false,
    moved: `${name}: median 4 → 11`,
    blankShare: 0.015,
    referenceBlankShare: 0,
    outOfRange: 2,
    unseen: 0,
    ...overrides,
  };
}

function aDetail(day: number, columns: number, overrides: Partial<MonitoringDetail> = {}): MonitoringDetail {
  return {
    checkedAt: new Date(Date.UTC(2026, 11, day, 7, 5)),
    columns: Array.from({ length: columns }, (_, i) => aColumn(`col${i + 1}`)),
    problems: ['absences (number of school absences) is blank in 12 of 300 rows: rows 4, 9 and 10 more.'],
    accuracy: [],
    ...overrides,
  };
}

describe('the Monitoring sheet when it is created', () => {
  it('has a bold, frozen, wrapped history header, readable widths and a warning-only protection', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), aDetail(1, 3));
    expect(sheet().getRange(1, 1, 1, HEADERS.length).getValues()).toEqual([HEADERS]);
    expect(sheet().getFrozenRows()).toBe(1);
    expect(sheet().getRange(1, 1, 1, HEADERS.length).getFontWeights()[0]).toEqual(HEADERS.map(() => 'bold'));
    expect(sheet().getRange('A1').getWrap()).toBe(true);
    const protections = sheet().getProtections(ProtectionType.SHEET as never);
    expect(protections).toHaveLength(1);
    expect(protections[0]?.isWarningOnly()).toBe(true);
    expect(protections[0]?.getDescription()).toBe('Monitoring: kept by PassCompass');
    // The time column shows a whole timestamp; the gap column is narrow; notes get room.
    expect(sheet().getColumnWidth(1)).toBe(140);
    expect(sheet().getColumnWidth(DETAIL - 1)).toBeLessThan(40);
    expect(sheet().getColumnWidth(15)).toBeGreaterThanOrEqual(300);
    expect(sheet().getColumnWidth(DETAIL)).toBeGreaterThanOrEqual(300);
  });

  it('has a legend explaining raw and corrected drift, drifted share and when realised metrics appear', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), aDetail(1, 3));
    const legend = sheet()
      .getRange(2, DETAIL, 5, 1)
      .getValues()
      .map(([line]) => String(line))
      .join('\n');
    expect(legend).toMatch(/Drifted \(raw\)/);
    expect(legend).toMatch(/Benjamini-Hochberg/);
    expect(legend).toMatch(/Drifted share: drifted \(corrected\) columns ÷ columns tested/);
    expect(legend).toMatch(/final grades \(G3\)/);
  });
});

describe('the history of checks', () => {
  it('writes one row per check with counts, shares, AUCs and the time in the locale, empty for null', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), aDetail(1, 3));
    expect(sheet().getRange(2, 2, 1, 14).getValues()[0]).toEqual([
      3,
      'Inference log, run S-1',
      1234,
      8,
      3,
      2,
      0.25,
      1,
      '',
      '',
      0.7349,
      'OK',
      'Not sent: nothing new',
      '',
    ]);
    expect(sheet().getRange(2, 1, 1, 12).getNumberFormats()[0]).toEqual([
      'dd/mm/yyyy hh:mm',
      '0',
      '0.###############',
      '#,##0',
      '#,##0',
      '#,##0',
      '#,##0',
      '0%',
      '#,##0',
      '#,##0',
      '0.00',
      '0.00',
    ]);
    // 07:05 UTC is 07:05 in London in December.
    expect(sheet().getRange(2, 1, 1, 12).getDisplayValues()[0]).toEqual([
      '01/12/2026 07:05',
      '3',
      'Inference log, run S-1',
      '1,234',
      '8',
      '3',
      '2',
      '25%',
      '1',
      '',
      '',
      '0.73',
    ]);
  });

  it('shows the time in the spreadsheet time zone and the locale order', () => {
    const { monitoring, sheet } = aSpreadsheet({ locale: 'en_US', timeZone: 'America/New_York' });
    monitoring.record(aRow(1), null);
    expect(sheet().getRange('A2').getNumberFormat()).toBe('m/d/yyyy h:mm');
    expect(sheet().getRange('A2').getDisplayValue()).toBe('12/1/2026 2:05');
  });

  it('appends below the earlier checks, oldest first, and never rewrites them', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1, { verdict: 'Drift', notes: 'first' }), aDetail(1, 3));
    const first = sheet().getRange(2, 1, 1, HEADERS.length).getValues();
    monitoring.record(aRow(2, { notes: 'second' }), aDetail(2, 3));
    monitoring.record(aRow(3, { notes: 'third' }), null);
    expect(sheet().getRange(2, 1, 1, HEADERS.length).getValues()).toEqual(first);
    expect(sheet().getRange('O2:O5').getValues()).toEqual([['first'], ['second'], ['third'], ['']]);
    expect(sheet().getProtections(ProtectionType.SHEET as never)).toHaveLength(1);
  });

  it('grows the grid at its bottom when the history or the detail needs more rows', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), null);
    sheet().deleteRows(31, sheet().getMaxRows() - 30);
    monitoring.record(aRow(2), aDetail(2, 30));
    const lastLine = TABLE_HEADER_ROW + 30 + 6;
    expect(sheet().getMaxRows()).toBeGreaterThanOrEqual(lastLine);
    expect(sheet().getRange(lastLine, DETAIL).getValue()).toBe(
      'Appears once final grades (G3) are in the roster.',
    );
    expect(monitoring.history().map((r) => r.checkedAt.getUTCDate())).toEqual([1, 2]);
  });

  it('marks every verdict but OK, in colour and in bold, and resets the marks on an OK row', () => {
    const { monitoring, sheet } = aSpreadsheet();
    const verdicts = ['Drift', 'OK', 'Check failed', 'Nothing to check', 'Several problems'];
    verdicts.forEach((verdict, i) => monitoring.record(aRow(i + 1, { verdict }), null));
    const cells = sheet().getRange(2, 13, verdicts.length, 1);
    expect(cells.getValues().map(([v]) => v)).toEqual(verdicts);
    expect(cells.getBackgrounds().map(([b]) => b)).toEqual([
      '#f4c7c3',
      '#ffffff',
      '#fce8b2',
      '#e8eaed',
      '#f4c7c3',
    ]);
    expect(cells.getFontWeights().map(([w]) => w)).toEqual(['bold', 'normal', 'bold', 'normal', 'bold']);
    // Only the verdict is marked, not the rest of the row.
    expect(sheet().getRange('L2').getBackground()).toBe('#ffffff');
  });

  it('reads back what was written, with empty cells as null', () => {
    const { monitoring } = aSpreadsheet();
    const rows = [
      aRow(1, { verdict: 'Nothing to check', version: null, rowsCompared: null, columnsTested: null }),
      aRow(2, { realisedAuc: 0.71, studentsWithGrades: 240, verdict: 'Accuracy', alert: 'Sent to 2' }),
      aRow(3, { driftedShare: null, driftedRaw: null, driftedCorrected: null, notes: '=SUM(A1:A9)' }),
    ];
    rows.forEach((row, i) => monitoring.record(row, i === 1 ? aDetail(2, 40) : null));
    expect(monitoring.history()).toEqual(rows);
  });

  it('reads the history in one read, and is empty before the first check', () => {
    const { calls, monitoring } = aSpreadsheet();
    expect(monitoring.history()).toEqual([]);
    monitoring.record(aRow(1), aDetail(1, 30));
    calls.reset();
    expect(monitoring.history()).toHaveLength(1);
    expect(calls.count('SpreadsheetApp.Range.getValues')).toBe(1);
  });
});

describe('the latest check in detail', () => {
  it('has a title with its time and verdict, then the per-column table with formats and marks', () => {
    const { monitoring, sheet } = aSpreadsheet();
    const detail = aDetail(1, 2);
    detail.columns[1] = aColumn('absences', {
      test: 'chi-square',
      pValue: 0.001,
      adjustedP: 0.002,
      driftedCorrected: true,
      unseen: 3,
    });
    monitoring.record(aRow(1, { verdict: 'Drift' }), detail);
    expect(sheet().getRange(1, DETAIL, 1, 3).getDisplayValues()).toEqual([
      ['Latest check', '01/12/2026 07:05', 'Drift'],
    ]);
    expect(
      sheet()
        .getRange(1, DETAIL + 2)
        .getBackground(),
    ).toBe('#f4c7c3');
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW - 1, DETAIL)
        .getValue(),
    ).toBe('Drift by column');
    const table = sheet().getRange(TABLE_HEADER_ROW, DETAIL, 3, 12);
    expect(table.getDisplayValues()).toEqual([
      [
        'Column',
        'Test',
        'Statistic',
        'p-value',
        'Adjusted p (BH)',
        'Drifted (raw)',
        'Drifted (corrected)',
        'What moved',
        'Blank now',
        'Blank in training',
        'Out of range',
        'Unseen categories',
      ],
      [
        'col1',
        'K-S',
        '0.1235',
        '0.0400',
        '0.2000',
        'Yes',
        'No',
        'col1: median 4 → 11',
        '1.5%',
        '0.0%',
        '2',
        '0',
      ],
      [
        'absences',
        'chi-square',
        '0.1235',
        '0.0010',
        '0.0020',
        'Yes',
        'Yes',
        'absences: median 4 → 11',
        '1.5%',
        '0.0%',
        '2',
        '3',
      ],
    ]);
    expect(table.getFontWeights()[0]).toEqual(Array(12).fill('bold'));
    // The column that drifted after correction stands out; the others do not.
    expect(table.getBackgrounds()[2]).toEqual(Array(12).fill('#f4c7c3'));
    expect(table.getBackgrounds()[1]).toEqual(Array(12).fill('#ffffff'));
    // Coloured, not bold, so the figures of a flagged row stay as easy to read as the others.
    expect(table.getFontWeights()[2]).toEqual(Array(12).fill('normal'));
    // Nothing is written in the gap between the history and the detail.
    expect(
      sheet()
        .getRange(1, DETAIL - 1, 40, 1)
        .isBlank(),
    ).toBe(true);
  });

  it('lists the data-quality problems and the realised accuracy after the table', () => {
    const { monitoring, sheet } = aSpreadsheet();
    const accuracy = [
      {
        metric: 'ROC AUC',
        value: 0.612,
        low: 0.55,
        high: 0.67,
        expected: 0.73,
        problem: true,
        note: 'below',
      },
      { metric: 'Accuracy', value: null, low: null, high: null, expected: 0.8, problem: false, note: 'n/a' },
    ];
    monitoring.record(aRow(1), aDetail(1, 3, { problems: ['First problem.', 'Second problem.'], accuracy }));
    const after = sheet()
      .getRange(TABLE_HEADER_ROW + 4, DETAIL, 9, 7)
      .getDisplayValues();
    expect(after.map((line) => line.join('|').replace(/\|+$/, ''))).toEqual([
      '',
      'Data-quality problems (2)',
      'First problem.',
      'Second problem.',
      '',
      'Realised accuracy',
      'Metric|Value|Low (95%)|High (95%)|Cross-validated|Problem|Note',
      'ROC AUC|0.61|0.55|0.67|0.73|Yes|below',
      'Accuracy||||0.80|No|n/a',
    ]);
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW + 11, DETAIL)
        .getBackground(),
    ).toBe('#f4c7c3');
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW + 12, DETAIL)
        .getBackground(),
    ).toBe('#ffffff');
  });

  it('says when realised metrics will appear, and when there are no problems', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), aDetail(1, 1, { problems: [] }));
    const after = sheet()
      .getRange(TABLE_HEADER_ROW + 2, DETAIL, 6, 1)
      .getValues()
      .map(([v]) => v);
    expect(after).toEqual([
      '',
      'Data-quality problems (0)',
      'None found.',
      '',
      'Realised accuracy',
      'Appears once final grades (G3) are in the roster.',
    ]);
  });

  it('clears the whole earlier detail, values and formats, when the new one is shorter', () => {
    const { monitoring, sheet } = aSpreadsheet();
    const long = aDetail(1, 30);
    long.columns.forEach((c) => (c.driftedCorrected = true));
    monitoring.record(aRow(1), long);
    monitoring.record(aRow(2), aDetail(2, 3, { problems: [] }));
    const end = TABLE_HEADER_ROW + 3 + 6;
    const below = sheet().getRange(end + 1, DETAIL, 60, 12);
    expect(below.isBlank()).toBe(true);
    expect(new Set(below.getBackgrounds().flat())).toEqual(new Set(['#ffffff']));
    expect(new Set(below.getNumberFormats().flat())).toEqual(new Set(['0.###############']));
    expect(sheet().getRange(end, DETAIL).getValue()).toBe(
      'Appears once final grades (G3) are in the roster.',
    );
    // The history at the left keeps both checks.
    expect(sheet().getRange('O2:O3').getValues()).toEqual([[''], ['']]);
    expect(sheet().getRange('A4').getValue()).toBe('');
  });

  it('says so when a check has no detail, and keeps the history that reaches past the detail', () => {
    const { monitoring, sheet } = aSpreadsheet();
    for (let day = 1; day <= 40; day += 1) monitoring.record(aRow(day), aDetail(day, 5));
    monitoring.record(aRow(41, { verdict: 'Check failed', notes: 'The log could not be read.' }), null);
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW - 1, DETAIL)
        .getValue(),
    ).toBe('This check has no detail: see its Notes in the history.');
    expect(sheet().getRange(TABLE_HEADER_ROW, DETAIL, 30, 12).isBlank()).toBe(true);
    expect(monitoring.history()).toHaveLength(41);
    expect(sheet().getRange('O42').getValue()).toBe('The log could not be read.');
  });

  it('keeps a column named like a formula as text, and escapes every other text too', () => {
    const { monitoring, sheet } = aSpreadsheet();
    const name = '=HYPERLINK("http://evil.example","click")';
    const detail = aDetail(1, 1, {
      columns: [aColumn(name, { moved: '+1 more', test: '007' })],
      problems: ['-5 blank cells'],
    });
    monitoring.record(aRow(1, { source: '@import', notes: '=1+1' }), detail);
    const cell = sheet().getRange(TABLE_HEADER_ROW + 1, DETAIL);
    expect(cell.getValue()).toBe(name);
    expect(cell.getFormula()).toBe('');
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW + 1, DETAIL + 1)
        .getValue(),
    ).toBe('007');
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW + 1, DETAIL + 7)
        .getValue(),
    ).toBe('+1 more');
    expect(
      sheet()
        .getRange(TABLE_HEADER_ROW + 4, DETAIL)
        .getValue(),
    ).toBe('-5 blank cells');
    const formulas = sheet()
      .getRange(1, 1, 60, 28)
      .getFormulas()
      .flat()
      .filter((f) => f !== '');
    expect(formulas).toEqual([]);
    expect(monitoring.history()[0]).toMatchObject({ source: '@import', notes: '=1+1' });
  });
});

describe('the chart of drift and realised AUC', () => {
  it('is one line chart over the history columns, replaced on every record', () => {
    const { monitoring, sheet } = aSpreadsheet();
    for (let day = 1; day <= 3; day += 1) monitoring.record(aRow(day), aDetail(day, 3));
    const charts = sheet().getCharts();
    expect(charts).toHaveLength(1);
    const [chart] = charts;
    expect(chart?.modify().getChartType()).toBe(Charts.ChartType.LINE);
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A4', 'H1:H4', 'K1:K4']);
    expect(chart?.getOptions().get('title')).toBe('Drift and realised accuracy, check by check');
    // Anchored in the detail columns, under the legend and above the per-column table.
    const position = chart?.[INTERNAL].position;
    expect(position?.column).toBe(DETAIL);
    expect(position?.row).toBeGreaterThan(6);
    expect((position?.row ?? 0) + 360 / 21).toBeLessThan(TABLE_HEADER_ROW - 1);
  });
});

describe('the spreadsheet calls of a record', () => {
  /** Calls of one record, by a fresh adapter (the next day's execution), after `history` earlier checks. */
  function callsOfRecord(history: number, columns: number) {
    const calls = new CallLog();
    const spreadsheet = new LocalSpreadsheet({ calls, locale: 'en_GB', timeZone: 'Europe/London' });
    const earlier = monitoringSheet(spreadsheet as never);
    for (let day = 0; day < history; day += 1) earlier.record(aRow(1 + (day % 28)), aDetail(1, 3));
    calls.reset();
    monitoringSheet(spreadsheet as never).record(aRow(28), aDetail(28, columns));
    return { total: calls.total(), each: calls.snapshot() };
  }

  it('do not grow with the history or the detail', () => {
    const few = callsOfRecord(2, 3);
    expect(callsOfRecord(200, 3)).toEqual(few);
    expect(callsOfRecord(2, 30)).toEqual(few);
    expect(callsOfRecord(200, 30)).toEqual(few);
    // 29 when measured: a read, two writes with their formats, a clear, the chart and the grid checks.
    expect(few.total).toBeLessThanOrEqual(32);
  });
});

describe('a note of background work', () => {
  it('is appended to the history and leaves the latest check in detail as it was', () => {
    const { monitoring, sheet } = aSpreadsheet();
    monitoring.record(aRow(1), aDetail(1, 3));
    const detailBefore = sheet()
      .getRange(1, DETAIL, TABLE_HEADER_ROW + 4, 3)
      .getDisplayValues();
    monitoring.note(
      aRow(2, { verdict: 'Background work failed', version: null, notes: 'Scoring failed: x.' }),
    );
    expect(monitoring.history().map((row) => row.verdict)).toEqual(['OK', 'Background work failed']);
    expect(
      sheet()
        .getRange(1, DETAIL, TABLE_HEADER_ROW + 4, 3)
        .getDisplayValues(),
    ).toEqual(detailBefore);
    expect(sheet().getCharts()).toHaveLength(1);
  });
});
