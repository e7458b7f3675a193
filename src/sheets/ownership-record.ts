/**
 * The record of what PassCompass made in a spreadsheet, kept as one JSON value in the document's properties
 * under `passcompass.owned` (see ownership.ts for how it is used). Plain data and plain functions, no Apps
 * Script service, so the offline runner can carry the record in its properties sheet (properties-sheet.ts).
 *
 * A sheet is known by its id, which survives a rename; a column of a sheet PassCompass does not own (the
 * roster) by the header text PassCompass wrote for it, since a teacher may move it. An entry without an id is
 * one that travelled through an .xlsx file, which keeps no sheet ids: it is bound again by name on first use.
 */

export const OWNED_KEY = 'passcompass.owned';

/** One of PassCompass's sheets. */
export interface OwnedSheet {
  /** `Sheet.getSheetId()`; absent after an .xlsx round trip, until the sheet is bound again by `name`. */
  id?: number;
  /** The name PassCompass gave it (or found it under). */
  name: string;
}

/** PassCompass's columns in a sheet it does not own (the roster). */
export interface OwnedColumns {
  id?: number;
  /** The sheet's usual name (`Students`). */
  name: string;
  /** For each of PassCompass's columns (by its usual header): the header text PassCompass wrote. */
  headers: Record<string, string>;
}

export interface OwnershipRecord {
  /** PassCompass's sheets, by their usual name (`Summary`, `Versions`, …), whatever name each has. */
  sheets: Record<string, OwnedSheet>;
  columns: OwnedColumns[];
}

/** How many names PassCompass tries for one sheet or column before asking the teacher to rename one. */
export const NAMES_TRIED = 10;

/**
 * The names PassCompass may give its sheet or column usually called `usual`, in order of preference: `usual`,
 * then `usual (PassCompass)`, `usual (PassCompass 2)`, … when a sheet or column of that name is not its own.
 */
export function candidateNames(usual: string): string[] {
  return Array.from({ length: NAMES_TRIED }, (_, i) =>
    i === 0 ? usual : i === 1 ? `${usual} (PassCompass)` : `${usual} (PassCompass ${i})`,
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const idOf = (value: unknown): { id?: number } =>
  typeof value === 'number' && Number.isInteger(value) ? { id: value } : {};

/**
 * The record stored as `text`; an empty record when there is none or it cannot be read (PassCompass then
 * recognises only what it can tell is its own: see ownership.ts). Malformed entries are dropped one by one.
 */
export function parseOwnership(text: string | null): OwnershipRecord {
  const record: OwnershipRecord = { sheets: {}, columns: [] };
  if (!text) return record;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return record;
  }
  if (!isRecord(raw)) return record;
  if (isRecord(raw['sheets'])) {
    for (const [usual, entry] of Object.entries(raw['sheets'])) {
      if (isRecord(entry) && typeof entry['name'] === 'string')
        record.sheets[usual] = { ...idOf(entry['id']), name: entry['name'] };
    }
  }
  if (Array.isArray(raw['columns'])) {
    for (const entry of raw['columns'] as unknown[]) {
      if (!isRecord(entry) || typeof entry['name'] !== 'string' || !isRecord(entry['headers'])) continue;
      const headers = Object.fromEntries(
        Object.entries(entry['headers']).filter(
          (pair): pair is [string, string] => typeof pair[1] === 'string',
        ),
      );
      record.columns.push({ ...idOf(entry['id']), name: entry['name'], headers });
    }
  }
  return record;
}

export function serialiseOwnership(record: OwnershipRecord): string {
  return JSON.stringify(record);
}

/**
 * The record `text` without sheet ids, for a file that keeps none (an .xlsx workbook gives its sheets new ids
 * when it is loaded again): each entry is bound again by its name on first use.
 */
export function portableOwnership(text: string): string {
  const record = parseOwnership(text);
  return serialiseOwnership({
    sheets: Object.fromEntries(Object.entries(record.sheets).map(([usual, s]) => [usual, { name: s.name }])),
    columns: record.columns.map((c) => ({ name: c.name, headers: c.headers })),
  });
}
