/**
 * How one of PassCompass's sheets looks, declared once per sheet so that it reads at a glance in Sheets and in
 * a saved .xlsx without anyone resizing a column: per column, its width, number format, wrapping, whether it
 * is hidden (data PassCompass keeps for itself: JSON, checksums, fingerprints) and the note on its header cell;
 * per sheet, a one-line legend, the note on A1. Columns are never reordered or renamed here: existing
 * workbooks are read by position and checksums cover the fields.
 *
 * Pure: `apply-layout.ts` turns a layout into spreadsheet calls.
 */
import type { CellValue } from '../../jobs/ports';
import { TIMESTAMP_COLUMN_WIDTH } from '../../core/time/timestamp-format';

/** Stands for the locale's date-time format (`sheetTimestampFormat`), filled in when rows are written. */
export const TIME = 'time';
/** Sheets' Automatic format, as `getNumberFormat` reports it: what text cells keep. */
export const AUTOMATIC = '0.###############';

/** The number formats PassCompass's sheets use (Sheets patterns, which Excel and LibreOffice read alike). */
export const FORMATS = {
  /** Version and row numbers. */
  whole: '0',
  count: '#,##0',
  /** Risks, rates and shares, read by teachers as percentages: 27.3%, as the alerts and dialogs say them. */
  percent: '0.0%',
  /** ROC AUC, Brier score and their spread: the three decimals they are compared at. */
  score: '0.000',
  seconds: '0.0',
  time: TIME,
} as const;

export interface ColumnLayout {
  /** The header text, exactly as row 1 has it. */
  readonly header: string;
  /** Pixels: the header on at most two lines (header cells wrap) and a typical value; none: the sheet's default. */
  readonly width?: number;
  /** A Sheets number format or `TIME`; none: Automatic. */
  readonly format?: string;
  /** Long text that wraps in its column rather than being cut off. */
  readonly wrap?: boolean;
  /** Kept out of sight: data PassCompass needs, not for reading; the header note says what it is for. */
  readonly hidden?: boolean;
  /** The note on the header cell. */
  readonly note?: string;
}

/** A second table below the first, in the same columns (the Summary's fail rates), found by its header row. */
export interface SectionLayout {
  readonly header: readonly string[];
  /** Number formats by column, from the first; a missing one is Automatic. */
  readonly formats: readonly (string | undefined)[];
}

export interface SheetLayout {
  /** The note on A1: what the sheet is, in one line or two. Empty for a sheet PassCompass has no layout for. */
  readonly legend: string;
  readonly columns: readonly ColumnLayout[];
  readonly sections: readonly SectionLayout[];
}

/** A shown column has a width; a hidden one needs none (unhidden, it gets the sheet's default). */
type ColumnSpec = Omit<ColumnLayout, 'header' | 'width' | 'hidden'> &
  (
    | { readonly width: number; readonly hidden?: false }
    | { readonly hidden: true; readonly width?: undefined }
  );

/**
 * A layout for `header`, one spec per header text (the type demands every one), in the header's order.
 */
export function sheetLayout<const H extends readonly string[]>(
  header: H,
  legend: string,
  specs: { readonly [K in H[number]]: ColumnSpec },
  sections: readonly SectionLayout[] = [],
): SheetLayout {
  const columns = header.map((name: H[number]) => ({ header: name, ...specs[name] }));
  return { legend, columns, sections };
}

/** Headers of the columns that hold times in a sheet PassCompass has no layout for. */
const TIME_HEADERS: ReadonlySet<string> = new Set(['Time', 'Created']);

/** For a header PassCompass has no layout for: time columns shown whole, nothing else set. */
export function defaultLayout(header: readonly string[]): SheetLayout {
  const columns = header.map((name) =>
    TIME_HEADERS.has(name) ? { header: name, width: TIMESTAMP_COLUMN_WIDTH, format: TIME } : { header: name },
  );
  return { legend: '', columns, sections: [] };
}

/** The header row's notes: the legend on A1 (before column A's own note, if any), then each column's. */
export function headerNotes(layout: SheetLayout): string[] {
  return layout.columns.map((column, i) =>
    [i === 0 ? layout.legend : '', column.note ?? ''].filter((text) => text !== '').join('\n\n'),
  );
}

/** Per cell of a block of rows: number format, wrapping, weight and vertical alignment, one call each. */
export interface BlockStyles {
  formats: string[][];
  wraps: boolean[][];
  weights: ('bold' | null)[][];
  /** `top` in body rows, so a row made tall by one wrapped cell reads from its top; null (bottom) in headers. */
  alignments: ('top' | null)[][];
}

const sameRow = (row: readonly CellValue[], header: readonly string[]): boolean =>
  row.length > 0 && row.every((cell, i) => cell === (header[i] ?? ''));

/**
 * The styles of `rows` written in `layout`'s columns. A row that is the layout's header or a section's header
 * is bold and wraps, at the bottom of its cells like any header; other rows sit at the top; the rows below a section's header take its formats; every other cell takes its column's.
 * `timeFormat` is asked for only when a column holds times.
 */
export function blockStyles(
  layout: SheetLayout,
  rows: readonly (readonly CellValue[])[],
  timeFormat: () => string,
): BlockStyles {
  const format = (f: string | undefined): string => (f === TIME ? timeFormat() : (f ?? AUTOMATIC));
  const columnFormats = layout.columns.map((c) => c.format);
  const headers = layout.columns.map((c) => c.header);
  const styles: BlockStyles = { formats: [], wraps: [], weights: [], alignments: [] };
  let current: readonly (string | undefined)[] = columnFormats;
  for (const row of rows) {
    const section = layout.sections.find((s) => sameRow(row, s.header));
    const header = section !== undefined || sameRow(row, headers);
    if (section) current = section.formats;
    styles.formats.push(layout.columns.map((_, i) => (header ? AUTOMATIC : format(current[i]))));
    styles.wraps.push(layout.columns.map((c) => header || c.wrap === true));
    styles.weights.push(layout.columns.map(() => (header ? 'bold' : null)));
    styles.alignments.push(layout.columns.map(() => (header ? null : 'top')));
  }
  return styles;
}
