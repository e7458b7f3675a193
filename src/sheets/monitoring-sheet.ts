/**
 * `MonitoringSheet` over the `Monitoring` sheet, what a school's data lead or head of year opens to see what the
 * daily check found. Left: the history, one row per check, appended and never rewritten, so the sheet is a
 * record a person can trust. Right of it, past a gap column: the latest check (title with its time, a short
 * legend, the chart, then the per-column table, the data-quality sentences and the realised accuracy), cleared
 * and rewritten each time. Side by side, the growing history can never run into the detail; neither rows nor
 * columns are inserted inside the grid, only at its edges, so nothing already written moves.
 *
 * Apps Script speed: a record costs the same number of spreadsheet calls however long the history or the
 * detail is (one read to find the end of the history, one write each for the history row and the detail
 * block, one call per kind of format); only a grid that must grow adds one call. Text is escaped so nothing
 * written becomes a formula, whatever a column is called. The sheet is found through its `SheetPlace`, so a
 * teacher's sheet named `Monitoring` is never written to (ownership.ts).
 */
import { escapeForSheet } from '../core/data/formula-escape';
import { TIMESTAMP_COLUMN_WIDTH, sheetTimestampFormat } from '../core/time/timestamp-format';
import type {
  CellValue,
  MonitoringColumnRow,
  MonitoringDetail,
  MonitoringHistoryRow,
  MonitoringSheet,
} from '../jobs/ports';
import { type SheetPlace, namedSheet } from './ownership';
import { TIER_COLOURS } from './risk-colours';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export const MONITORING_SHEET = 'Monitoring';

/** Sheets' Automatic format, as `getNumberFormat` reports it: what text cells keep. */
const AUTOMATIC = '0.###############';
const FORMATS = { whole: '0', count: '#,##0', share: '0%', fineShare: '0.0%', auc: '0.00', p: '0.0000' };
/** Placeholder for the spreadsheet locale's date-time format, filled in when a block is written. */
const TIME = 'time';

interface HistoryColumn {
  key: keyof MonitoringHistoryRow;
  header: string;
  /** A number format, `TIME`, or `AUTOMATIC` for text. */
  format: string;
  /** Pixels: wide enough for the header on two lines and a figure or a word on one; longer text wraps. */
  width: number;
}

const HISTORY: readonly HistoryColumn[] = [
  { key: 'checkedAt', header: 'Checked at', format: TIME, width: TIMESTAMP_COLUMN_WIDTH },
  { key: 'version', header: 'Version', format: FORMATS.whole, width: 70 },
  { key: 'source', header: 'What was compared', format: AUTOMATIC, width: 350 },
  { key: 'rowsCompared', header: 'Rows compared', format: FORMATS.count, width: 80 },
  { key: 'columnsTested', header: 'Columns tested', format: FORMATS.count, width: 80 },
  { key: 'driftedRaw', header: 'Drifted columns (raw)', format: FORMATS.count, width: 90 },
  { key: 'driftedCorrected', header: 'Drifted columns (corrected)', format: FORMATS.count, width: 100 },
  { key: 'driftedShare', header: 'Drifted share', format: FORMATS.share, width: 80 },
  { key: 'dataQualityProblems', header: 'Data-quality problems', format: FORMATS.count, width: 90 },
  { key: 'studentsWithGrades', header: 'Students with final grades', format: FORMATS.count, width: 100 },
  { key: 'realisedAuc', header: 'Realised AUC', format: FORMATS.auc, width: 80 },
  { key: 'expectedAuc', header: 'Expected AUC', format: FORMATS.auc, width: 80 },
  { key: 'verdict', header: 'Verdict', format: AUTOMATIC, width: 120 },
  { key: 'alert', header: 'Alert', format: AUTOMATIC, width: 160 },
  { key: 'notes', header: 'Notes', format: AUTOMATIC, width: 480 },
];
const column = (key: keyof MonitoringHistoryRow): number => HISTORY.findIndex((c) => c.key === key) + 1;
/** The history's header row: how a Monitoring sheet made before the ownership record is recognised. */
export const MONITORING_HEADER: readonly string[] = HISTORY.map((c) => c.header);

/**
 * The per-column table's headers and widths; the detail block is as wide as this table. Widths fit a column's
 * name with its label (`schoolsup (extra educational support from the school)`) and what moved on one line,
 * since the table does not wrap: a test's longer note runs on over the empty figures of an untested column.
 */
const DETAIL_COLUMNS: readonly [string, number][] = [
  ['Column', 340],
  ['Test', 150],
  ['Statistic', 80],
  ['p-value', 80],
  ['Adjusted p (BH)', 110],
  ['Drifted (raw)', 95],
  ['Drifted (corrected)', 130],
  ['What moved', 300],
  ['Blank now', 80],
  ['Blank in training', 120],
  ['Out of range', 95],
  ['Unseen categories', 125],
];
const GAP_WIDTH = 24;
/** First column of the detail block: one empty column after the history. */
const DETAIL_COLUMN = HISTORY.length + 2;
const DETAIL_WIDTH = DETAIL_COLUMNS.length;
const LAST_COLUMN = DETAIL_COLUMN + DETAIL_WIDTH - 1;

const LEGEND = [
  'How to read this sheet: one row per daily check on the left, oldest first; the latest check in detail below the chart.',
  'Drifted (raw): columns whose own test says they changed since training (p-value below 0.05, or a distance of 0.1 or more).',
  'Drifted (corrected): the same after the Benjamini-Hochberg correction for testing many columns at once, which keeps chance alarms rare. One such column makes the verdict Drift.',
  'Drifted share: drifted (corrected) columns ÷ columns tested, to follow how far the roster has moved from check to check.',
  'Realised AUC (1 = ranks who failed perfectly, 0.5 = chance) and the accuracy table appear once final grades (G3) are in.',
];
/** The note on A1, as on every PassCompass sheet: what the sheet is, in a line. */
export const MONITORING_NOTE =
  'Monitoring: what the daily check found. Left: one row per check, oldest first, never rewritten. Right: the ' +
  'latest check in detail, with how to read it and a chart of the checks so far.';
/** The chart sits under the legend, in rows the detail leaves empty; rows are at least 21 pixels tall. */
const CHART = { row: 2 + LEGEND.length + 1, rows: 18, width: 760, height: 360 } as const;
const CHART_TITLE = 'Drift and realised accuracy, check by check';
/** Okabe-Ito blue and orange, told apart by colour-blind readers; the AUC line is dashed as well. */
const SERIES_COLOURS = { share: '#0072b2', auc: '#e69f00' } as const;

interface Style {
  bold?: boolean;
  font?: string;
  background?: string;
}
const STYLES = {
  plain: {},
  bold: { bold: true },
  legend: { font: '#5f6368' },
  header: { bold: true, background: '#f1f3f4' },
  problem: { bold: true, background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
  /** A problem row in a table: coloured, not bold, so the figures stay easy to read. */
  flagged: { background: TIER_COLOURS.High.background, font: TIER_COLOURS.High.font },
  failed: { bold: true, background: TIER_COLOURS.Medium.background, font: TIER_COLOURS.Medium.font },
  idle: { background: '#e8eaed', font: '#3c4043' },
} satisfies Record<string, Style>;

/**
 * How a verdict cell looks: plain for `OK`, grey for `Nothing to check`, amber for a failed check and red for
 * any problem. The word itself says the same, so no one depends on telling the colours apart.
 */
function verdictStyle(verdict: string): Style {
  if (verdict === 'OK') return STYLES.plain;
  if (verdict === 'Nothing to check') return STYLES.idle;
  if (verdict === 'Check failed') return STYLES.failed;
  return STYLES.problem;
}

/**
 * The Monitoring sheet at `place`: the add-on passes PassCompass's own (ownership.ts); the default, the sheet
 * named `Monitoring`, is for reading one back offline (local/cli) and for tests.
 */
export function monitoringSheet(
  spreadsheet: Spreadsheet,
  place: SheetPlace = namedSheet(spreadsheet, MONITORING_SHEET),
): MonitoringSheet {
  const sheetOf = (): Sheet => place.findOrCreate(setUpSheet);
  return {
    record(row, detail) {
      const sheet = sheetOf();
      const timeFormat = sheetTimestampFormat(spreadsheet.getSpreadsheetLocale());
      const lastRow = sheet.getLastRow();
      const target = lastHistoryRow(sheet, lastRow) + 1;
      const block = detailBlock(row, detail);
      ensureGrid(sheet, Math.max(target, block.length), LAST_COLUMN);
      writeHistoryRow(sheet, target, row, timeFormat);
      // Values and formats both, so a longer detail from an earlier check leaves nothing behind.
      sheet.getRange(1, DETAIL_COLUMN, Math.max(lastRow, 1), DETAIL_WIDTH).clear();
      writeBlock(sheet, block, timeFormat);
      replaceChart(sheet, target);
    },
    note(row) {
      const sheet = sheetOf();
      const target = lastHistoryRow(sheet, sheet.getLastRow()) + 1;
      ensureGrid(sheet, target, LAST_COLUMN);
      writeHistoryRow(sheet, target, row, sheetTimestampFormat(spreadsheet.getSpreadsheetLocale()));
      replaceChart(sheet, target);
    },
    name() {
      return place.find()?.getName() ?? place.usual;
    },
    history() {
      const sheet = place.find();
      if (!sheet) return [];
      const lastRow = sheet.getLastRow();
      if (lastRow < 2) return [];
      const cells = sheet.getRange(2, 1, lastRow - 1, HISTORY.length).getValues() as CellValue[][];
      // Below the history, rows may hold only the detail block at the right: no time, no check.
      return cells.filter((r) => r[0] !== '').map(historyRowOf);
    },
  };
}

/** A new Monitoring sheet, named `name`: the history's header and its note, column widths, the protection. */
function setUpSheet(sheet: Sheet, name: string): void {
  ensureGrid(sheet, 2, LAST_COLUMN);
  sheet
    .getRange(1, 1, 1, HISTORY.length)
    .setValues([HISTORY.map((c) => c.header)])
    .setFontWeight('bold')
    .setWrap(true);
  sheet.getRange(1, 1).setNote(MONITORING_NOTE);
  sheet.setFrozenRows(1);
  HISTORY.forEach((c, i) => sheet.setColumnWidth(i + 1, c.width));
  sheet.setColumnWidth(DETAIL_COLUMN - 1, GAP_WIDTH);
  DETAIL_COLUMNS.forEach(([, width], i) => sheet.setColumnWidth(DETAIL_COLUMN + i, width));
  sheet.protect().setDescription(`${name}: kept by PassCompass`).setWarningOnly(true);
}

/** Grows the grid at its bottom and right edges only, so no written cell moves; at most two inserts. */
function ensureGrid(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxColumns = sheet.getMaxColumns();
  if (maxColumns < columns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * The sheet row of the newest check (1, the header, when there is none). `getLastRow` counts the detail block
 * too, which may reach further down, so the time column is read: one read whatever its length.
 */
function lastHistoryRow(sheet: Sheet, lastRow: number): number {
  if (lastRow < 2) return 1;
  const times = sheet.getRange(2, 1, lastRow - 1, 1).getValues();
  for (let i = times.length - 1; i >= 0; i -= 1) if (times[i]?.[0] !== '') return i + 2;
  return 1;
}

/**
 * One write for the values and one per kind of format. Every format is set, not only the marked ones, because
 * Sheets may give a new row the formats of the row above it.
 */
function writeHistoryRow(sheet: Sheet, at: number, row: MonitoringHistoryRow, timeFormat: string): void {
  const verdict = verdictStyle(row.verdict);
  const styles: Style[] = HISTORY.map((c) => (c.key === 'verdict' ? verdict : STYLES.plain));
  sheet
    .getRange(at, 1, 1, HISTORY.length)
    .setValues([HISTORY.map((c) => cellOf(row[c.key]))])
    .setNumberFormats([HISTORY.map((c) => (c.format === TIME ? timeFormat : c.format))])
    .setFontWeights([styles.map((s) => (s.bold ? 'bold' : null))])
    .setFontColors([styles.map((s) => s.font ?? null)])
    .setBackgrounds([styles.map((s) => s.background ?? null)])
    .setWrap(true);
}

/** A value as written: `null` leaves the cell empty, and text cannot turn into a formula or a number. */
function cellOf(value: CellValue | null): CellValue {
  return value === null ? '' : escapeForSheet(value);
}

function historyRowOf(cells: CellValue[]): MonitoringHistoryRow {
  const at = (key: keyof MonitoringHistoryRow): CellValue | undefined => cells[column(key) - 1];
  const number = (key: keyof MonitoringHistoryRow): number | null => {
    const value = at(key);
    return typeof value === 'number' ? value : null;
  };
  const text = (key: keyof MonitoringHistoryRow): string => String(at(key) ?? '');
  const checkedAt = at('checkedAt');
  return {
    checkedAt: checkedAt instanceof Date ? checkedAt : new Date(String(checkedAt)),
    version: number('version'),
    source: text('source'),
    rowsCompared: number('rowsCompared'),
    columnsTested: number('columnsTested'),
    driftedRaw: number('driftedRaw'),
    driftedCorrected: number('driftedCorrected'),
    driftedShare: number('driftedShare'),
    dataQualityProblems: number('dataQualityProblems'),
    studentsWithGrades: number('studentsWithGrades'),
    realisedAuc: number('realisedAuc'),
    expectedAuc: number('expectedAuc'),
    verdict: text('verdict'),
    alert: text('alert'),
    notes: text('notes'),
  };
}

/** One cell of the detail block: its value, number format and look. */
interface BlockCell {
  value: CellValue | null;
  format?: string;
  style?: Style;
}

const styled = (style: Style, ...values: (CellValue | null)[]): BlockCell[] =>
  values.map((value) => ({ value, style }));
const blank = (): BlockCell[] => [];

/** Everything right of the history, top to bottom; empty rows under the legend hold the chart. */
function detailBlock(row: MonitoringHistoryRow, detail: MonitoringDetail | null): BlockCell[][] {
  const title: BlockCell[] = [
    { value: 'Latest check', style: STYLES.bold },
    { value: detail?.checkedAt ?? row.checkedAt, format: TIME, style: STYLES.bold },
    { value: row.verdict, style: verdictStyle(row.verdict) },
  ];
  const lines: BlockCell[][] = [title, ...LEGEND.map((text) => styled(STYLES.legend, text))];
  while (lines.length < CHART.row - 1 + CHART.rows) lines.push(blank());
  if (!detail) {
    lines.push(styled(STYLES.plain, 'This check has no detail: see its Notes in the history.'));
    return lines;
  }
  lines.push(styled(STYLES.bold, 'Drift by column'));
  lines.push(styled(STYLES.header, ...DETAIL_COLUMNS.map(([header]) => header)));
  lines.push(...detail.columns.map(columnLine));
  if (detail.columns.length === 0) lines.push(styled(STYLES.plain, 'No column was compared.'));
  lines.push(blank(), styled(STYLES.bold, `Data-quality problems (${detail.problems.length})`));
  const problems = detail.problems.length > 0 ? detail.problems : ['None found.'];
  lines.push(...problems.map((sentence) => styled(STYLES.plain, sentence)));
  lines.push(blank(), ...accuracyLines(detail.accuracy));
  return lines;
}

const yesNo = (flag: boolean | null): string => (flag === null ? '' : flag ? 'Yes' : 'No');

/** One column's figures; a column drifted after correction is marked across its row. */
function columnLine(c: MonitoringColumnRow): BlockCell[] {
  const style = c.driftedCorrected ? STYLES.flagged : STYLES.plain;
  const cells: [CellValue | null, string?][] = [
    [c.column],
    [c.test],
    [c.statistic, FORMATS.p],
    [c.pValue, FORMATS.p],
    [c.adjustedP, FORMATS.p],
    [yesNo(c.driftedRaw)],
    [yesNo(c.driftedCorrected)],
    [c.moved],
    [c.blankShare, FORMATS.fineShare],
    [c.referenceBlankShare, FORMATS.fineShare],
    [c.outOfRange, FORMATS.count],
    [c.unseen, FORMATS.count],
  ];
  return cells.map(([value, format]) => ({ value, style, ...(format ? { format } : {}) }));
}

function accuracyLines(rows: MonitoringDetail['accuracy']): BlockCell[][] {
  const heading = styled(STYLES.bold, 'Realised accuracy');
  if (rows.length === 0)
    return [heading, styled(STYLES.plain, 'Appears once final grades (G3) are in the roster.')];
  const header = styled(
    STYLES.header,
    'Metric',
    'Value',
    'Low (95%)',
    'High (95%)',
    'Cross-validated',
    'Problem',
    'Note',
  );
  const line = (r: MonitoringDetail['accuracy'][number]): BlockCell[] => {
    const style = r.problem ? STYLES.flagged : STYLES.plain;
    const figure = (value: number | null): BlockCell => ({ value, format: FORMATS.auc, style });
    return [
      { value: r.metric, style },
      figure(r.value),
      figure(r.low),
      figure(r.high),
      figure(r.expected),
      { value: r.problem ? 'Yes' : 'No', style },
      { value: r.note, style },
    ];
  };
  return [heading, header, ...rows.map(line)];
}

/** The block in one write and one call per kind of format. */
function writeBlock(sheet: Sheet, lines: BlockCell[][], timeFormat: string): void {
  const grid = lines.map((line) =>
    Array.from({ length: DETAIL_WIDTH }, (_, i): BlockCell => line[i] ?? { value: '' }),
  );
  const map = <T>(read: (cell: BlockCell) => T): T[][] => grid.map((line) => line.map(read));
  sheet
    .getRange(1, DETAIL_COLUMN, grid.length, DETAIL_WIDTH)
    .setValues(map((c) => cellOf(c.value)))
    .setNumberFormats(map((c) => (c.format === TIME ? timeFormat : (c.format ?? AUTOMATIC))))
    .setFontWeights(map((c) => (c.style?.bold ? 'bold' : null)))
    .setFontColors(map((c) => c.style?.font ?? null))
    .setBackgrounds(map((c) => c.style?.background ?? null));
}

/**
 * A line chart of drifted share (left axis, percent) and realised AUC (right axis) over the history, drawn
 * from its columns. Charts are replaced, not added to, so daily checks do not pile them up.
 */
function replaceChart(sheet: Sheet, lastRow: number): void {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const series = (key: keyof MonitoringHistoryRow) => sheet.getRange(1, column(key), lastRow, 1);
  sheet.insertChart(
    sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(series('checkedAt'))
      .addRange(series('driftedShare'))
      .addRange(series('realisedAuc'))
      .setPosition(CHART.row, DETAIL_COLUMN, 0, 0)
      .setOption('title', CHART_TITLE)
      .setOption('width', CHART.width)
      .setOption('height', CHART.height)
      .setOption('legend', { position: 'bottom' })
      .setOption('pointSize', 5)
      .setOption('interpolateNulls', true)
      .setOption('series', {
        0: { targetAxisIndex: 0, color: SERIES_COLOURS.share },
        1: { targetAxisIndex: 1, color: SERIES_COLOURS.auc, lineDashStyle: [6, 4] },
      })
      .setOption('vAxes', {
        0: { title: 'Drifted share', format: 'percent', viewWindow: { min: 0, max: 1 } },
        1: { title: 'Realised AUC', format: '0.0', viewWindow: { min: 0, max: 1 } },
      })
      .build(),
  );
}
