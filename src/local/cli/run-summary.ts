/**
 * The one line the runner ends with: how many students the saved workbook holds, which model version is live
 * and whether this run trained it, and how many students landed in each tier when they were scored.
 */
import type { OwnershipRecord } from '../../sheets/ownership-record';
import type { LocalSpreadsheet } from '../spreadsheet';
import { ROSTER_SHEET } from './load-csv';
import { ownedHeader } from './owned-sheets';
import type { AddOnRunResult } from './run-add-on';

export const TIER_HEADER = 'Tier';

/**
 * E.g. `150 students; champion model version 1, trained in this run; scored: 20 High, 30 Medium, 100 Low.`, or,
 * when this run trained a version that did not become the champion, `champion model version 1 (version 2,
 * trained in this run, is not the champion: see Versions); …`.
 */
export function runSummary(
  spreadsheet: LocalSpreadsheet,
  record: OwnershipRecord,
  run: AddOnRunResult,
): string {
  const values = spreadsheet.getSheetByName(ROSTER_SHEET)?.getDataRange().getValues() ?? [];
  const [header = [], ...rows] = values;
  const students = rows.filter((row) => row.some((cell) => cell !== '')).length;
  const model =
    run.champion === null
      ? 'no champion model'
      : `champion model version ${run.champion}${trainedWords(run)}`;
  const tier = ownedHeader(record, ROSTER_SHEET, TIER_HEADER);
  return `${students} students; ${model}; ${run.scored ? `scored: ${tierCounts(header, rows, tier)}` : 'not scored'}.`;
}

function tierCounts(header: unknown[], rows: unknown[][], tierHeader: string): string {
  const column = header.findIndex((h) => String(h) === tierHeader);
  if (column < 0) return 'no Tier column';
  const counts = new Map<string, number>();
  for (const row of rows) {
    const tier = String(row[column] ?? '').trim();
    if (tier !== '') counts.set(tier, (counts.get(tier) ?? 0) + 1);
  }
  const order = ['High', 'Medium', 'Low'];
  const tiers = [...counts.keys()].sort((a, b) => rank(order, a) - rank(order, b));
  return tiers.length === 0 ? 'no tiers' : tiers.map((t) => `${counts.get(t)} ${t}`).join(', ');
}

function rank(order: string[], tier: string): number {
  const i = order.indexOf(tier);
  return i < 0 ? order.length : i;
}

function trainedWords(run: AddOnRunResult): string {
  if (run.trainedVersion === null) return '';
  if (run.trainedVersion === run.champion) return ', trained in this run';
  return ` (version ${run.trainedVersion}, trained in this run, is not the champion: see Versions)`;
}
