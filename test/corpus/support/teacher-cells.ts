/**
 * What a teacher owns in a workbook, snapshotted and checked afterwards: every sheet PassCompass did not make,
 * cell by cell (values, formulas, notes) with its frozen panes, filter, conditional formats and protections;
 * the teacher's columns of the roster; and the cells a teacher wrote in PassCompass's own columns that it has
 * promised to leave. PassCompass's own sheets and columns must hold no formula but those a teacher typed.
 */
import { OWN_HEADERS } from '../../../src/jobs/score/score-students';
import type { LocalSheet, LocalSpreadsheet } from '../../../src/local/spreadsheet';

interface SheetSnapshot {
  id: number;
  name: string;
  rows: number;
  columns: number;
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  frozenRows: number;
  frozenColumns: number;
  filter: string | null;
  rules: string[];
  protections: string[];
}

/** What a teacher owns in a workbook: every sheet, cell by cell (values, formulas, notes), and its set-up. */
export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
}

function snapshotSheet(sheet: LocalSheet): SheetSnapshot {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const range = rows > 0 && columns > 0 ? sheet.getRange(1, 1, rows, columns) : null;
  return {
    id: sheet.getSheetId(),
    name: sheet.getName(),
    rows,
    columns,
    values: range ? range.getValues() : [],
    formulas: range ? range.getFormulas() : [],
    notes: range ? range.getNotes() : [],
    frozenRows: sheet.getFrozenRows(),
    frozenColumns: sheet.getFrozenColumns(),
    filter: sheet.getFilter()?.getRange().getA1Notation() ?? null,
    rules: sheet.getConditionalFormatRules().map(describeRule),
    protections: sheet
      .getProtections('SHEET' as never)
      .map((p) => `${p.getDescription()}|${String(p.isWarningOnly())}`),
  };
}

function describeRule(rule: ReturnType<LocalSheet['getConditionalFormatRules']>[number]): string {
  return `${rule
    .getRanges()
    .map((r) => r.getA1Notation())
    .join(',')} ${JSON.stringify(rule.spec.condition)}`;
}

/** A snapshot of every sheet of `spreadsheet`, or of those `which` picks. */
export function snapshotWorkbook(
  spreadsheet: LocalSpreadsheet,
  which: (sheet: LocalSheet) => boolean = () => true,
): WorkbookSnapshot {
  return { sheets: spreadsheet.getSheets().filter(which).map(snapshotSheet) };
}

/** The cells of `sheet` in rows 1..`rows`, columns 1..`columns` (cells past its grid are blank). */
function cellsOf(sheet: LocalSheet, rows: number, columns: number) {
  const height = Math.min(rows, sheet.getMaxRows());
  const width = Math.min(columns, sheet.getMaxColumns());
  const range = height > 0 && width > 0 ? sheet.getRange(1, 1, height, width) : null;
  return {
    values: range ? range.getValues() : [],
    formulas: range ? range.getFormulas() : [],
    notes: range ? range.getNotes() : [],
  };
}

/** Values compared as Sheets shows them: dates by their instant, everything else as it is. */
function comparable(value: unknown): unknown {
  return typeof value === 'object' && Object.prototype.toString.call(value) === '[object Date]'
    ? `Date(${(value as Date).getTime()})`
    : value;
}

/**
 * The first cell of rows 1..`rows`, columns 1..`columns` that differs between two grids (a cell missing from a
 * grid is blank), or null.
 */
function firstDifference(
  label: string,
  before: readonly (readonly unknown[])[],
  after: readonly (readonly unknown[])[],
  rows: number,
  columns: number,
): { row: number; column: number; before: unknown; after: unknown; label: string } | null {
  for (let r = 0; r < rows; r += 1) {
    const a = before[r];
    const b = after[r];
    for (let c = 0; c < columns; c += 1) {
      const x = a?.[c] ?? '';
      const y = b?.[c] ?? '';
      if (x !== y && !Object.is(comparable(x), comparable(y)))
        return { row: r + 1, column: c + 1, before: x, after: y, label };
    }
  }
  return null;
}

/** The headers PassCompass gives its own Students columns: its usual names, or those with " (PassCompass…)". */
const OWN_HEADER = new RegExp(`^(${OWN_HEADERS.join('|')})( \\(PassCompass( \\d+)?\\))?$`);

export interface OwnershipCheck {
  /** The roster sheet (by id), whose columns right of `teacherColumns` PassCompass may add. */
  rosterId?: number;
  /**
   * Cells of PassCompass's sheets or columns in which the teacher typed a formula (`sheetId:row:column`,
   * 1-based): a formula there is theirs, as long as it is still the one they typed.
   */
  teacherFormulas?: ReadonlyMap<string, string>;
  /**
   * Headers right of the roster's teacher columns that were there before the clicks checked (PassCompass's
   * columns, some renamed by the teacher); any other header there must be one of PassCompass's.
   */
  knownHeaders?: readonly unknown[];
  /**
   * The workbook after is another file (the offline runner's output): its sheets are found by name, not id,
   * the roster is the sheet named `rosterName`, and only cells (values, formulas, notes) are compared.
   */
  byName?: { rosterName: string };
}

/**
 * The teacher's workbook is as it was: every sheet of `before` is still there, with its name, and every cell
 * (value, formula, note), its frozen rows and columns, its filter, its conditional-format rules and its
 * protections are unchanged; on the roster, every cell of the teacher's columns is, and a column PassCompass
 * added at the right is one of its five. PassCompass's own sheets and columns hold no formula.
 */
export function assertTeacherWorkbookKept(
  before: WorkbookSnapshot,
  spreadsheet: LocalSpreadsheet,
  check: OwnershipCheck = {},
): void {
  const { byName } = check;
  const teacherSheets = new Set<number>();
  for (const old of before.sheets) {
    const sheet = byName ? spreadsheet.getSheetByName(old.name) : spreadsheet.getSheetById(old.id);
    if (!sheet) throw new Error(`The teacher's sheet "${old.name}" is gone.`);
    teacherSheets.add(sheet.getSheetId());
    if (sheet.getName() !== old.name)
      throw new Error(`The teacher's sheet "${old.name}" was renamed "${sheet.getName()}".`);
    const isRoster = byName
      ? old.name.toLowerCase() === byName.rosterName.toLowerCase()
      : check.rosterId === old.id;
    const rows = Math.max(old.rows, sheet.getLastRow());
    const columns = isRoster ? old.columns : Math.max(old.columns, sheet.getLastColumn());
    const after = cellsOf(sheet, rows, columns);
    const difference =
      firstDifference('value', old.values, after.values, rows, columns) ??
      firstDifference('formula', old.formulas, after.formulas, rows, columns) ??
      firstDifference('note', old.notes, after.notes, rows, columns);
    if (difference) {
      throw new Error(
        `A teacher's cell changed: sheet "${old.name}", row ${difference.row}, column ${difference.column}, ` +
          `${difference.label} ${JSON.stringify(comparable(difference.before))} → ` +
          `${JSON.stringify(comparable(difference.after))}.`,
      );
    }
    if (isRoster) assertOwnColumnsOnly(sheet, old.columns, check);
    if (byName) continue;
    const now = snapshotSheet(sheet);
    for (const key of ['frozenRows', 'frozenColumns', 'protections'] as const) {
      if (JSON.stringify(now[key]) !== JSON.stringify(old[key]))
        throw new Error(
          `The teacher's sheet "${old.name}" has other ${key}: ${JSON.stringify(old[key])} → ${JSON.stringify(now[key])}.`,
        );
    }
    if (old.filter !== null && now.filter !== old.filter)
      throw new Error(`The teacher's filter on "${old.name}" (${old.filter}) became ${String(now.filter)}.`);
    if (!isRoster && now.filter !== old.filter)
      throw new Error(`A filter was added to the teacher's sheet "${old.name}": ${String(now.filter)}.`);
    const lost = old.rules.filter((rule) => !now.rules.includes(rule));
    if (lost.length > 0)
      throw new Error(`The teacher's conditional formats on "${old.name}" were lost: ${lost.join('; ')}.`);
    if (!isRoster && now.rules.length !== old.rules.length)
      throw new Error(`Conditional formats were added to the teacher's sheet "${old.name}".`);
  }
  for (const sheet of spreadsheet.getSheets()) {
    if (!teacherSheets.has(sheet.getSheetId())) assertNoFormula(sheet, 1, check);
  }
}

/** Columns right of the teacher's on the roster are PassCompass's five (with their usual or other names). */
function assertOwnColumnsOnly(sheet: LocalSheet, teacherColumns: number, check: OwnershipCheck): void {
  const last = sheet.getLastColumn();
  if (last <= teacherColumns) return;
  const header = sheet.getRange(1, teacherColumns + 1, 1, last - teacherColumns).getValues()[0] ?? [];
  header.forEach((h, i) => {
    if (check.knownHeaders?.includes(h)) return;
    if (typeof h !== 'string' || !OWN_HEADER.test(h))
      throw new Error(
        `The roster "${sheet.getName()}" got a column ${teacherColumns + i + 1} headed ${JSON.stringify(h)}, not one of PassCompass's.`,
      );
  });
  assertNoFormula(sheet, teacherColumns + 1, check);
}

/** No cell of `sheet` from column `fromColumn` on holds a formula, but for a teacher's own, still as typed. */
function assertNoFormula(sheet: LocalSheet, fromColumn: number, check: OwnershipCheck): void {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn() - fromColumn + 1;
  if (rows === 0 || columns <= 0) return;
  const formulas = sheet.getRange(1, fromColumn, rows, columns).getFormulas();
  formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (formula === '') return;
      const key = `${sheet.getSheetId()}:${r + 1}:${c + fromColumn}`;
      if (check.teacherFormulas?.get(key) === formula) return;
      throw new Error(
        `PassCompass's sheet "${sheet.getName()}" holds a formula in row ${r + 1}, column ${c + fromColumn}: ${formula.slice(0, 200)}`,
      );
    }),
  );
}

/**
 * Every formula now in PassCompass's sheets and in the roster's columns right of the teacher's (keyed as
 * `OwnershipCheck.teacherFormulas` keys them): taken after a teacher edited PassCompass's sheets, once the
 * workbook was checked to hold no formula of PassCompass's, so each is one the teacher typed.
 */
export function formulasTypedByTeacher(
  before: WorkbookSnapshot,
  spreadsheet: LocalSpreadsheet,
  rosterId: number | undefined,
): Map<string, string> {
  const found = new Map<string, string>();
  const teacher = new Map(before.sheets.map((s) => [s.id, s]));
  for (const sheet of spreadsheet.getSheets()) {
    const id = sheet.getSheetId();
    const from = id === rosterId ? (teacher.get(id)?.columns ?? 0) + 1 : teacher.has(id) ? null : 1;
    const rows = sheet.getLastRow();
    const columns = sheet.getLastColumn() - (from ?? 0) + 1;
    if (from === null || rows === 0 || columns <= 0) continue;
    sheet
      .getRange(1, from, rows, columns)
      .getFormulas()
      .forEach((row, r) =>
        row.forEach((formula, c) => {
          if (formula !== '') found.set(`${id}:${r + 1}:${c + from}`, formula);
        }),
      );
  }
  return found;
}

/** A cell a teacher wrote in, and what it held right after: PassCompass has promised to leave it. */
export interface KeptCell {
  sheetId: number;
  row: number;
  column: number;
  value: unknown;
  formula: string;
  why: string;
}

export function keptCell(sheet: LocalSheet, row: number, column: number, why: string): KeptCell {
  const range = sheet.getRange(row, column);
  return {
    sheetId: sheet.getSheetId(),
    row,
    column,
    value: range.getValue(),
    formula: range.getFormula(),
    why,
  };
}

/** Each kept cell still holds what the teacher left in it. */
export function assertCellsKept(cells: readonly KeptCell[], spreadsheet: LocalSpreadsheet): void {
  for (const cell of cells) {
    const sheet = spreadsheet.getSheetById(cell.sheetId);
    if (!sheet) continue; // the teacher deleted the sheet afterwards
    const range = sheet.getRange(cell.row, cell.column);
    if (
      !Object.is(comparable(range.getValue()), comparable(cell.value)) ||
      range.getFormula() !== cell.formula
    ) {
      throw new Error(
        `The teacher's cell in "${sheet.getName()}", row ${cell.row}, column ${cell.column} (${cell.why}) changed: ` +
          `${JSON.stringify(comparable(cell.value))} → ${JSON.stringify(comparable(range.getValue()))}.`,
      );
    }
  }
}
