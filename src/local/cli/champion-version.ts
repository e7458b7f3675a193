/**
 * Which model version of a workbook is live, read before the add-on runs: the runner trains only when there is
 * no champion yet, so that running it again on its own output scores with the model already chosen instead of
 * piling up new versions.
 *
 * The champion is read from the `Aliases` history, exactly as the add-on reads it (`core/registry/aliases.ts`:
 * each row checked against the alias schema, rows that break it ignored, the last move of `champion` wins). The
 * `Status` column of `Versions` is only a mirror for people reading the sheet and is never consulted: a workbook
 * whose Status cells were edited (two rows saying champion, say) gets the champion the add-on would score with.
 */
import { aliasMoveFromRow, currentAliases, isAliasMove } from '../../core/registry/aliases';
import type { OwnershipRecord } from '../../sheets/ownership-record';
import type { LocalSpreadsheet } from '../spreadsheet';
import { ownedSheet } from './owned-sheets';

export const ALIASES_SHEET = 'Aliases';

/**
 * The champion's version number from PassCompass's Aliases history (found through `record`, see
 * `owned-sheets.ts`), or null when there is no history or no champion.
 */
export function championVersion(spreadsheet: LocalSpreadsheet, record: OwnershipRecord): number | null {
  const sheet = ownedSheet(spreadsheet, record, ALIASES_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const [, ...rows] = sheet.getDataRange().getValues();
  const moves = rows.map((row) => aliasMoveFromRow(row)).filter(isAliasMove);
  return currentAliases(moves).champion;
}

/** The highest version number in PassCompass's Versions sheet, or null when it lists none. */
export function latestVersion(spreadsheet: LocalSpreadsheet, record: OwnershipRecord): number | null {
  const sheet = ownedSheet(spreadsheet, record, VERSIONS_SHEET);
  if (!sheet || sheet.getLastRow() < 2) return null;
  const numbers = sheet
    .getRange(2, 1, sheet.getLastRow() - 1, 1)
    .getValues()
    .map(([cell]) => cell)
    .filter((cell): cell is number => typeof cell === 'number' && Number.isInteger(cell));
  return numbers.length === 0 ? null : Math.max(...numbers);
}

const VERSIONS_SHEET = 'Versions';

/** Why `championVersion` found none, for the message that refuses the workbook. */
export function whyNoChampion(spreadsheet: LocalSpreadsheet, record: OwnershipRecord): string {
  return ownedSheet(spreadsheet, record, ALIASES_SHEET)
    ? 'its Aliases history names no champion'
    : 'it has no Aliases sheet, the history of its champion';
}
