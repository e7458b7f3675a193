/**
 * Which sheets and columns are PassCompass's: it writes only to those, so nothing a teacher made is ever
 * overwritten or appended to. A sheet or a roster column that has PassCompass's usual name but that PassCompass
 * did not make is left as it is; PassCompass uses the next free name (`Summary (PassCompass)`,
 * `Tier (PassCompass)`, `… (PassCompass 2)`, …), says so once in a toast, and reuses that name from then on.
 *
 * The record. What PassCompass made is kept in the document's properties, one JSON value under
 * `passcompass.owned` (ownership-record.ts): each sheet by its id (which survives a rename), and each of its
 * roster columns by the sheet's id and the header text PassCompass wrote (a column is found by that header,
 * since a teacher may move it). Developer metadata would follow a column by itself, but the local runtime the
 * tests and the offline runner use has none, and .xlsx files cannot keep it; document properties work the
 * same in Sheets and offline, where the runner carries them in its properties sheet (without the sheet ids,
 * which an .xlsx file does not keep: such an entry is bound again by its name).
 *
 * A sheet is PassCompass's when the record names it. Without a record (a sheet made by a version of PassCompass
 * older than the record, or a record lost), a sheet is adopted only when it has the warning-only protection
 * PassCompass puts on its sheets, described `<name>: kept by PassCompass` or `<name>: rewritten by PassCompass`,
 * AND its first row starts with PassCompass's header for it (at least three cells: an earlier version may have
 * had fewer columns); or, since an .xlsx round trip keeps the protection but drops its description, a
 * warning-only protection with no description AND PassCompass's whole header, exactly. A teacher's sheet that
 * merely has the name, or even the header, has no such protection and is never taken.
 *
 * A roster column is PassCompass's when its header is the one the record has for it on this sheet, found once,
 * AND every cell below holds what PassCompass writes there (a risk from 0 to 1, a tier, a version number, a
 * time: see `OWN_COLUMNS` in jobs/score), so a column the teacher typed into, or a roster pasted over the sheet
 * with a column of the same name, is not written over. Without a record for the sheet (the upgrade path, or a
 * Students sheet deleted and made again), the columns are adopted only when all five of PassCompass's headers are
 * there exactly, once each, and each column passes the same check on its cells; when in doubt, PassCompass
 * writes beside them. A column PassCompass adds gets a name that no header of the sheet has in any case or
 * spacing, so that nothing that finds columns by header takes one for the other.
 *
 * Apps Script speed: with the record in place, finding a sheet costs one call (`getSheetById`), as finding it by
 * name did; recognising a sheet without a record costs a few calls once; finding the roster's columns costs one
 * call for the sheet's id and one read of PassCompass's columns at the start of a scoring run. No count grows
 * with the rows.
 */
import { DataError } from '../core/errors';
import type { CellValue, KeyValueStore, OwnColumn } from '../jobs/ports';
import {
  OWNED_KEY,
  type OwnedColumns,
  type OwnershipRecord,
  candidateNames,
  parseOwnership,
  serialiseOwnership,
} from './ownership-record';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where one sheet is: found (once per execution) without creating it, or created on the first write. */
export interface SheetPlace {
  /** The name the sheet usually has (`Students`, `Summary`, …); the one it has may differ. */
  readonly usual: string;
  /** The sheet, or null when there is none yet. */
  find(): Sheet | null;
  /** The sheet, created and set up by `setUp` (given the name it got) when there is none yet. */
  findOrCreate(setUp: (sheet: Sheet, name: string) => void): Sheet;
}

/** The sheet named `name`, whoever made it: the teacher's roster (PassCompass writes only its own columns there). */
export function namedSheet(spreadsheet: Spreadsheet, name: string): SheetPlace {
  let sheet: Sheet | null | undefined;
  const find = (): Sheet | null => {
    if (sheet === undefined) sheet = spreadsheet.getSheetByName(name);
    return sheet;
  };
  return {
    usual: name,
    find,
    findOrCreate(setUp) {
      const found = find();
      if (found) return found;
      const created = spreadsheet.insertSheet(name);
      setUp(created, name);
      sheet = created;
      return created;
    },
  };
}

/** The description PassCompass gives the protection of a sheet it makes. */
const OWN_PROTECTION = /: (kept|rewritten) by PassCompass$/;
/** How many header cells must match, at least, for a sheet with PassCompass's protection to be adopted. */
const MIN_HEADER_MATCH = 3;

/**
 * True for a sheet an earlier version of PassCompass made (see the module comment): a warning-only sheet
 * protection described as PassCompass describes it, and a first row whose cells are the first of `header` (an
 * earlier version may have had fewer columns: at least three must be there); or, when an .xlsx round trip
 * dropped the description, a warning-only protection and the whole of `header`, exactly.
 */
export function madeByPassCompass(sheet: Sheet, header: readonly string[]): boolean {
  const protections = sheet
    .getProtections(SpreadsheetApp.ProtectionType.SHEET)
    .filter((p) => p.isWarningOnly())
    .map((p) => p.getDescription());
  const described = protections.some((d) => OWN_PROTECTION.test(d));
  if (!described && !protections.includes('')) return false;
  const width = Math.min(sheet.getLastColumn(), header.length);
  if (width < (described ? Math.min(MIN_HEADER_MATCH, header.length) : header.length) || width === 0)
    return false;
  const [first = []] = sheet.getRange(1, 1, 1, width).getValues() as CellValue[][];
  return header.slice(0, width).every((name, i) => first[i] === name);
}

/** The first free name, and the name of the teacher's sheet or column that took the usual one, if any. */
interface FreeName {
  name: string;
  blockedBy: string | null;
}

export class SheetOwnership {
  private cached: OwnershipRecord | undefined;

  /** `tell`: shows the teacher a short message (a toast), once, when PassCompass uses another name. */
  constructor(
    private readonly spreadsheet: Spreadsheet,
    private readonly store: KeyValueStore,
    private readonly tell: (message: string) => void,
  ) {}

  /**
   * The place of PassCompass's sheet usually named `usual`, whose first row is `header` (how a sheet made before
   * the record is recognised).
   */
  sheet(usual: string, header: readonly string[]): SheetPlace {
    let sheet: Sheet | null | undefined;
    let free: FreeName = { name: usual, blockedBy: null };
    const find = (): Sheet | null => {
      if (sheet === undefined) {
        const found = this.resolveSheet(usual, header);
        sheet = found.sheet;
        free = found.free;
      }
      return sheet;
    };
    return {
      usual,
      find,
      findOrCreate: (setUp) => {
        const found = find();
        if (found) return found;
        // Recorded by name before the sheet exists, then bound to its id: an execution stopped in between
        // leaves an entry that the next one binds by name (or drops), never a sheet PassCompass cannot tell
        // from a teacher's.
        const name = free.name;
        this.update((record) => {
          record.sheets[usual] = { name };
        });
        const created = this.spreadsheet.insertSheet(name);
        const entry = { id: created.getSheetId(), name };
        this.update((record) => {
          record.sheets[usual] = entry;
        });
        setUp(created, name);
        if (free.blockedBy !== null)
          this.notify(`PassCompass leaves your sheet "${free.blockedBy}" as it is: its own is "${name}".`);
        sheet = created;
        return created;
      },
    };
  }

  /**
   * 0-based indexes of PassCompass's `columns` in `table` (`sheet`, usually named `usual`, as read: header row
   * first), -1 for each it has none of. Makes no call unless a header is one PassCompass may have written.
   */
  ownColumns(
    sheet: Sheet,
    usual: string,
    columns: readonly OwnColumn[],
    table: readonly CellValue[][],
  ): number[] {
    const header = table[0] ?? [];
    const names = new Set(columns.flatMap((c) => candidateNames(c.header)));
    if (!header.some((h) => names.has(textOf(h)))) return columns.map(() => -1);
    const body = table.slice(1);
    return this.findColumns(sheet, usual, columns, header, (first, last) =>
      body.map((row) => row.slice(first, last + 1)),
    ).found;
  }

  /**
   * 0-based indexes and headers of PassCompass's `columns` in `sheet` (which it does not own; `header` is its
   * header row, `dataRows` the rows below it), adding at the right of `header` those it has none of yet, under
   * a name no header has. Says once which names it used instead of the usual ones.
   */
  ensureColumns(
    sheet: Sheet,
    usual: string,
    columns: readonly OwnColumn[],
    header: readonly CellValue[],
    dataRows: number,
  ): { columns: number[]; headers: string[] } {
    const { found, sheetId } = this.findColumns(sheet, usual, columns, header, (first, last) =>
      dataRows === 0
        ? []
        : (sheet.getRange(2, first + 1, dataRows, last - first + 1).getValues() as CellValue[][]),
    );
    const texts = header.map(textOf);
    const taken = new Set(texts.map((t) => t.toLowerCase()));
    const headers = found.map((index) => (index >= 0 ? (texts[index] ?? '') : ''));
    const added: number[] = [];
    const renamed: { theirs: string; ours: string }[] = [];
    columns.forEach((column, k) => {
      if ((found[k] ?? -1) >= 0) return;
      const name = freeName(column.header, (n) => taken.has(n.toLowerCase()), texts);
      if (!name) {
        throw new DataError(
          `The ${usual} sheet has no free name left for PassCompass's "${column.header}" column: rename one of the columns named like it.`,
          { row: 1, column: column.header },
        );
      }
      taken.add(name.name.toLowerCase());
      headers[k] = name.name;
      added.push(k);
      if (name.blockedBy !== null) renamed.push({ theirs: name.blockedBy, ours: name.name });
    });
    // Recorded before the headers are written: an execution stopped in between leaves recorded headers that
    // the next run does not find, and it adds them again, under the same names.
    const entry: OwnedColumns = {
      id: sheetId,
      name: usual,
      headers: Object.fromEntries(columns.map((c, k) => [c.header, headers[k] ?? ''])),
    };
    const before = this.record().columns.find((c) => c.id === sheetId);
    if (!before || JSON.stringify(before.headers) !== JSON.stringify(entry.headers)) {
      // One entry per sheet name: an entry for a roster sheet since deleted, or from an .xlsx file, goes.
      const same = (c: OwnedColumns) => c.id === sheetId || c.name.toLowerCase() === usual.toLowerCase();
      this.update((record) => {
        record.columns = [...record.columns.filter((c) => !same(c)), entry];
      });
    }
    const indexes = [...found];
    if (added.length > 0) {
      const start = header.length;
      const needed = start + added.length;
      if (sheet.getMaxColumns() < needed)
        sheet.insertColumnsAfter(sheet.getMaxColumns(), needed - sheet.getMaxColumns());
      sheet
        .getRange(1, start + 1, 1, added.length)
        .setValues([added.map((k) => headers[k] ?? '')])
        .setFontWeight('bold');
      added.forEach((k, i) => {
        indexes[k] = start + i;
      });
    }
    if (renamed.length > 0) this.notify(columnsMessage(renamed));
    return { columns: indexes, headers };
  }

  /** See the module comment: the recorded (or, without a record, the adopted) columns whose cells pass. */
  private findColumns(
    sheet: Sheet,
    usual: string,
    columns: readonly OwnColumn[],
    header: readonly CellValue[],
    read: (first: number, last: number) => CellValue[][],
  ): { found: number[]; sheetId: number } {
    const sheetId = sheet.getSheetId();
    const texts = header.map(textOf);
    const entry = this.columnsEntry(sheetId, usual);
    let candidates: number[];
    if (entry) {
      candidates = columns.map((c) => {
        const text = entry.headers[c.header];
        return text === undefined ? -1 : onlyIndex(texts, text);
      });
    } else {
      const exact = columns.map((c) => onlyIndex(texts, c.header));
      candidates = exact.every((i) => i >= 0) ? exact : columns.map(() => -1);
    }
    const present = candidates.filter((i) => i >= 0);
    if (present.length === 0) return { found: candidates, sheetId };
    const first = Math.min(...present);
    const rows = read(first, Math.max(...present));
    const found = candidates.map((index, k) => {
      const column = columns[k];
      if (index < 0 || !column) return -1;
      return rows.every((row) => column.holds(row[index - first] ?? '')) ? index : -1;
    });
    return { found, sheetId };
  }

  /** The record's entry for the columns of sheet `sheetId`; an entry from an .xlsx file is bound by name. */
  private columnsEntry(sheetId: number, usual: string): OwnedColumns | null {
    const columns = this.record().columns;
    return (
      columns.find((c) => c.id === sheetId) ??
      columns.find((c) => c.id === undefined && c.name.toLowerCase() === usual.toLowerCase()) ??
      null
    );
  }

  /** PassCompass's sheet usually named `usual`, or null with the name to create it under. */
  private resolveSheet(usual: string, header: readonly string[]): { sheet: Sheet | null; free: FreeName } {
    const entry = this.record().sheets[usual];
    if (entry) {
      const sheet =
        entry.id === undefined
          ? this.spreadsheet.getSheetByName(entry.name)
          : this.spreadsheet.getSheetById(entry.id);
      if (sheet) {
        if (entry.id === undefined) {
          const bound = { id: sheet.getSheetId(), name: entry.name };
          this.update((record) => {
            record.sheets[usual] = bound;
          });
        }
        return { sheet, free: { name: usual, blockedBy: null } };
      }
      // Deleted: PassCompass makes it again, under the first free name.
      this.update((record) => {
        delete record.sheets[usual];
      });
    }
    let blockedBy: string | null = null;
    for (const name of candidateNames(usual)) {
      const sheet = this.spreadsheet.getSheetByName(name);
      if (!sheet) return { sheet: null, free: { name, blockedBy } };
      if (madeByPassCompass(sheet, header)) {
        const adopted = { id: sheet.getSheetId(), name: sheet.getName() };
        this.update((record) => {
          record.sheets[usual] = adopted;
        });
        return { sheet, free: { name: usual, blockedBy: null } };
      }
      blockedBy ??= sheet.getName();
    }
    throw new DataError(
      `PassCompass needs a sheet of its own for its ${usual}, but every name it may give it ("${usual}", ` +
        `"${usual} (PassCompass)", …) is taken by a sheet it did not make. Rename one of them.`,
    );
  }

  /**
   * Tells the teacher, when there is someone to tell: a time-driven trigger has no one watching, and the
   * sheet's or column's name then says whose it is by itself.
   */
  private notify(message: string): void {
    try {
      this.tell(message);
    } catch {
      // No UI in this execution: nothing to show the message in.
    }
  }

  private record(): OwnershipRecord {
    this.cached ??= parseOwnership(this.store.get(OWNED_KEY));
    return this.cached;
  }

  /** Applies `change` to the stored record (read again, in case another execution changed it) and saves it. */
  private update(change: (record: OwnershipRecord) => void): void {
    const record = parseOwnership(this.store.get(OWNED_KEY));
    change(record);
    this.store.set(OWNED_KEY, serialiseOwnership(record));
    this.cached = record;
  }
}

/** A header cell as text, trimmed. */
function textOf(cell: CellValue | undefined): string {
  return String(cell ?? '').trim();
}

/** The index of the one cell of `texts` equal to `text`; -1 when there is none, or more than one. */
function onlyIndex(texts: readonly string[], text: string): number {
  const first = texts.indexOf(text);
  return first >= 0 && texts.indexOf(text, first + 1) < 0 ? first : -1;
}

/**
 * The first candidate name for `usual` that `taken` does not refuse, with the header that took `usual`; null
 * when every candidate is taken.
 */
function freeName(
  usual: string,
  taken: (name: string) => boolean,
  texts: readonly string[],
): FreeName | null {
  const name = candidateNames(usual).find((n) => !taken(n));
  if (name === undefined) return null;
  const blockedBy =
    name === usual ? null : (texts.find((t) => t.toLowerCase() === usual.toLowerCase()) ?? usual);
  return { name, blockedBy };
}

function columnsMessage(renamed: readonly { theirs: string; ours: string }[]): string {
  const list = (names: string[]) =>
    names.length === 1
      ? `"${names[0]}"`
      : `${names
          .slice(0, -1)
          .map((n) => `"${n}"`)
          .join(', ')} and "${names[names.length - 1]}"`;
  const theirs = renamed.map((r) => r.theirs);
  const ours = renamed.map((r) => r.ours);
  return renamed.length === 1
    ? `PassCompass leaves your column ${list(theirs)} as it is: its own is ${list(ours)}.`
    : `PassCompass leaves your columns ${list(theirs)} as they are: its own are ${list(ours)}.`;
}
