/**
 * The small interfaces through which jobs reach the outside world. Jobs hold the workflow and depend only on
 * these; `src/sheets` implements them over Apps Script, and tests implement them with in-memory fakes.
 */

/** A value as Sheets holds it: empty cells read as `''`. */
export type CellValue = string | number | boolean | Date;

/** The add-on's own bundled files (HTML files of the Apps Script project), read by name without extension. */
export interface ProjectFiles {
  read(name: string): string;
}

export interface Digests {
  /** SHA-256 of the UTF-8 bytes of `text`, as lowercase hex. */
  sha256Hex(text: string): string;
}

/** One sheet seen as a table: a block of values starting at A1. */
export interface SheetTable {
  /** All values of the sheet's data range; `[]` when the sheet is missing or empty. */
  read(): CellValue[][];
  /**
   * Replaces the whole sheet with `values` (first row: header), creating the sheet if needed. The sheet's grid
   * is resized to fit exactly, so nothing of the previous content survives outside the new table.
   */
  replace(values: CellValue[][]): void;
  /**
   * The sheet's name as the teacher sees it. It may differ from the usual one: PassCompass leaves a sheet of that
   * name that it did not make alone and uses another (see sheets/ownership.ts). Absent in test fakes.
   */
  name?(): string;
  /**
   * For the roster: the 0-based indexes of the columns of `table` (as `read` returned it) that are PassCompass's
   * own `columns`, -1 for each it has none of; a teacher's column of the same name is never one. Absent in fakes.
   */
  ownColumns?(columns: readonly OwnColumn[], table: readonly CellValue[][]): number[];
}

/**
 * One of PassCompass's own columns in the roster: its usual header, and what PassCompass writes in its cells. A
 * column whose cells hold anything else is not PassCompass's to write, whatever its header.
 */
export interface OwnColumn {
  header: string;
  /** True for a value PassCompass writes in this column (a blank included). */
  holds(cell: CellValue): boolean;
}

/**
 * One of PassCompass's own record sheets (Experiments, Versions, Aliases): a header row, then rows that are
 * only ever appended. The sheet is created with its header, frozen and protected (warning only), on first use.
 */
export interface RecordSheet {
  /** The rows below the header; `[]` when the sheet does not exist yet. */
  rows(): CellValue[][];
  /** Appends rows below the last one in one write; returns the sheet row of the first. */
  append(rows: CellValue[][]): number;
  /** Replaces every row below the header in one write (used where one column mirrors other state). */
  rewrite(rows: CellValue[][]): void;
}

export interface Dialogs {
  /** Asks a yes/no question; true only for an explicit yes. */
  confirm(title: string, message: string): boolean;
  /** Asks for a line of text; null when the person cancels. */
  prompt(title: string, message: string): string | null;
  /** A message that needs an OK. */
  inform(title: string, message: string): void;
  /** A short, non-blocking notice in the corner of the spreadsheet. */
  toast(message: string, title?: string): void;
}

/**
 * The roster as scoring sees it: read in blocks of rows, written only in PassCompass's own columns, which are
 * found by the headers PassCompass gave them (and added at the right the first time). A column of the same name
 * that PassCompass did not make is left alone: PassCompass adds its own beside it under another name.
 */
export interface RosterSheet {
  /** The header row and the number of rows below it. */
  layout(): { header: CellValue[]; dataRows: number };
  /** `count` data rows starting at data row `first` (0-based), columns 1..`width`. */
  readRows(first: number, count: number, width: number): CellValue[][];
  /**
   * 0-based indexes and header texts of PassCompass's own `columns` (in that order), appending the missing ones
   * at the right of `header` (the header row, with `dataRows` rows below). A header may be another name than the
   * usual one (`Tier (PassCompass)`) when the sheet has a column of that name that is not PassCompass's.
   */
  ensureColumns(
    columns: readonly OwnColumn[],
    header: readonly CellValue[],
    dataRows: number,
  ): { columns: number[]; headers: string[] };
  /** Writes `values` (one row per data row, one value per column) into `columns`, from data row `first`. */
  writeColumns(columns: readonly number[], first: number, values: CellValue[][]): void;
  /** One column's cells for data rows 0..count-1. */
  readColumn(column: number, count: number): CellValue[];
  /**
   * PassCompass's number formats, widths, colours and filter on its own columns (0-based), and `notes` on the
   * header cells of the risk, tier and reasons columns; the user's rules and filter stay.
   */
  style(
    columns: { risk: number; tier: number; reasons: number; version: number; scoredAt: number },
    dataRows: number,
    notes: { risk: string; tier: string; reasons: string },
  ): void;
}

/** The `Inference log` sheet: what every scoring run predicted, for monitoring and audit. */
export interface InferenceLog {
  /** Appends rows in one write; returns the sheet row of the first. */
  append(rows: CellValue[][]): number;
  /** The sheet rows (ascending) whose `column` (0-based) holds `value`; one read whatever the log's size. */
  rowsWhere(column: number, value: CellValue): number[];
  /** Writes `values[i]` into `column` (0-based) of sheet row `rows[i]`; other rows keep their cells. */
  writeCells(column: number, rows: readonly number[], values: readonly CellValue[]): void;
  /** Deletes the given sheet rows. */
  deleteRows(rows: readonly number[]): void;
  /** Deletes the oldest rows so at most `maxRows` remain; returns how many were deleted. */
  trim(maxRows: number): number;
}

/** Small string values kept with the document (Apps Script document properties). */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/**
 * PassCompass's one background trigger in this document: a single time-driven trigger whose handler runs
 * whatever work is due (see jobs/background). Scheduling replaces this user's earlier one.
 */
export interface Scheduler {
  /** The trigger fires at `at` (or as soon after as Apps Script allows). */
  wakeAt(at: Date): void;
  /** No background work is left: this user's trigger in this document is removed. */
  sleep(): void;
}

/** One row of the Monitoring sheet's history: one check. Figures are `null` when the check could not measure them. */
export interface MonitoringHistoryRow {
  /** When the check ran; the sheet shows it in the spreadsheet's time zone and locale. */
  checkedAt: Date;
  /** The champion version compared with; null when there was none. */
  version: number | null;
  /** What was compared, e.g. `Inference log, run S-…` or `Students sheet`. */
  source: string;
  rowsCompared: number | null;
  columnsTested: number | null;
  /** Columns drifted on raw p-values (Evidently's rule). */
  driftedRaw: number | null;
  /** Columns drifted after the Benjamini-Hochberg correction. */
  driftedCorrected: number | null;
  /** driftedCorrected / columnsTested (0-1), for the chart. */
  driftedShare: number | null;
  /** Data-quality problems found. */
  dataQualityProblems: number | null;
  /** Students with a final grade joined to a logged prediction. */
  studentsWithGrades: number | null;
  /** Realised ROC AUC (0-1) and the cross-validated one beside it. */
  realisedAuc: number | null;
  expectedAuc: number | null;
  /** In words: `OK`, `Drift`, `Data quality`, `Accuracy`, `Several problems`, `Check failed`, `Nothing to check`. */
  verdict: string;
  /** Whether an alert went out and to how many, or why not (`Sent to 2`, `Not sent: nothing new`, `No recipients set`). */
  alert: string;
  /** The problems in a line, or why the check failed; never a student's name, key or cell value. */
  notes: string;
}

/** One line of the per-column table of the latest check. */
export interface MonitoringColumnRow {
  column: string;
  /** The test used (`K-S`, `chi-square`, `Z-test`, `Wasserstein`, `Jensen-Shannon`), or why none. */
  test: string;
  statistic: number | null;
  pValue: number | null;
  adjustedP: number | null;
  driftedRaw: boolean | null;
  driftedCorrected: boolean | null;
  /** In words: `absences: median 4 → 11`, or ''. */
  moved: string;
  /** Share of blank cells now (0-1) and in training. */
  blankShare: number;
  referenceBlankShare: number;
  /** Cells outside the data dictionary, and cells holding a category unseen in training. */
  outOfRange: number;
  unseen: number;
}

/** The latest check in detail: per-column figures, data-quality problems and realised metrics, in words. */
export interface MonitoringDetail {
  checkedAt: Date;
  columns: MonitoringColumnRow[];
  /** One sentence each (counts and sheet rows only). */
  problems: string[];
  /** Realised metrics: name, value, 95% interval, cross-validated expectation, whether judged a problem. */
  accuracy: {
    metric: string;
    value: number | null;
    low: number | null;
    high: number | null;
    expected: number | null;
    problem: boolean;
    note: string;
  }[];
}

/**
 * The `Monitoring` sheet: the history of checks (one row each, appended), the latest check's detail (rewritten)
 * and a chart of drifted share and realised AUC over time. PassCompass's own sheet.
 */
export interface MonitoringSheet {
  /** Appends `row` to the history and replaces the detail with `detail`. */
  record(row: MonitoringHistoryRow, detail: MonitoringDetail | null): void;
  /** Appends `row` (background work, not a check) to the history; the latest check's detail stays. */
  note(row: MonitoringHistoryRow): void;
  /** The history rows so far (oldest first), as written. */
  history(): MonitoringHistoryRow[];
  /** The sheet's name, which is not `Monitoring` when a teacher's sheet had that name first. */
  name(): string;
}

/** Alert email, through MailApp. */
export interface Mailer {
  /** Emails Apps Script still lets this user send today. */
  remainingQuota(): number;
  /** Sends one message to `recipients` (one email with every address, so quota counts each). */
  send(recipients: readonly string[], message: { subject: string; htmlBody: string; body: string }): void;
}
