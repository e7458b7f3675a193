/**
 * Which model version of a workbook is live, read straight from its `Versions` sheet before the add-on runs:
 * the runner trains only when there is no champion yet, so that running it again on its own output scores
 * with the model already chosen instead of piling up new versions.
 */
import { STATUS_COLUMN, VERSION_HEADER } from '../../core/registry/model-version';
import type { LocalSpreadsheet } from '../spreadsheet';

export const VERSIONS_SHEET = 'Versions';

/**
 * The version number whose `Status` is `champion`, or null when the workbook has no Versions sheet or no
 * champion. The Status column is found by its header (older workbooks may have fewer columns), falling back
 * to its position in the current layout.
 */
export function championVersion(spreadsheet: LocalSpreadsheet): number | null {
  const sheet = spreadsheet.getSheetByName(VERSIONS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const [header = [], ...rows] = sheet.getDataRange().getValues();
  const byHeader = header.findIndex((h) => String(h).trim() === VERSION_HEADER[STATUS_COLUMN]);
  const status = byHeader >= 0 ? byHeader : STATUS_COLUMN;
  const champion = rows.find(
    (row) =>
      String(row[status] ?? '')
        .trim()
        .toLowerCase() === 'champion',
  );
  if (!champion) return null;
  const version = Number(champion[0]);
  return Number.isInteger(version) ? version : null;
}
