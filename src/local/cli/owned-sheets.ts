/**
 * The runner's way to PassCompass's sheets and roster columns, the same as the add-on's: through the record of
 * what PassCompass made (`passcompass.owned`, see `sheets/ownership.ts`), so a teacher's own `Aliases` sheet or
 * `Tier` column is never read as PassCompass's when PassCompass works under another name beside it
 * (`Aliases (PassCompass)`, `Tier (PassCompass)`). A workbook saved before PassCompass kept a record has its
 * sheets and columns under their usual names.
 */
import { OWNED_KEY, type OwnershipRecord, parseOwnership } from '../../sheets/ownership-record';
import type { LocalRuntime } from '../runtime';
import type { PropertyMap } from '../services/property-store';
import type { LocalSheet, LocalSpreadsheet } from '../spreadsheet';
import { documentProperties } from './document-properties';

/** The record in the runtime's document properties. */
export function runtimeOwnership(runtime: LocalRuntime): OwnershipRecord {
  return parseOwnership(documentProperties(runtime).getProperty(OWNED_KEY));
}

/** The record among properties read from a workbook's properties sheet. */
export function savedOwnership(properties: PropertyMap): OwnershipRecord {
  return parseOwnership(properties[OWNED_KEY] ?? null);
}

/**
 * PassCompass's sheet usually named `usual`, or null when it made none: the record's sheet (by id, else by the
 * name it was given), or, for a workbook without any record (saved before PassCompass kept one), the sheet of
 * that name, unless `recordOnly` (for a sheet PassCompass has just written in this run, which the record always
 * lists: a teacher's sheet of that name is then never taken for it).
 */
export function ownedSheet(
  spreadsheet: LocalSpreadsheet,
  record: OwnershipRecord,
  usual: string,
  recordOnly = false,
): LocalSheet | null {
  const entry = record.sheets[usual];
  if (!entry) return isEmpty(record) && !recordOnly ? spreadsheet.getSheetByName(usual) : null;
  const byId =
    entry.id === undefined ? null : spreadsheet.getSheets().find((s) => s.getSheetId() === entry.id);
  return byId ?? spreadsheet.getSheetByName(entry.name);
}

/** The header PassCompass gave its roster column usually headed `usual` (`Tier`, …) on the sheet `sheet`. */
export function ownedHeader(record: OwnershipRecord, sheet: string, usual: string): string {
  return record.columns.find((c) => c.name === sheet)?.headers[usual] ?? usual;
}

function isEmpty(record: OwnershipRecord): boolean {
  return Object.keys(record.sheets).length === 0 && record.columns.length === 0;
}
