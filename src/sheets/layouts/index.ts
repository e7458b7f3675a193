/**
 * The layouts of PassCompass's sheets, found by their header row: the adapters are given a sheet's header,
 * not its name (a sheet may have another name when a teacher's sheet took the usual one).
 */
import { ALIASES_LAYOUT } from './aliases';
import { DATA_ISSUES_LAYOUT } from './data-issues';
import { EXPERIMENTS_LAYOUT } from './experiments';
import { INFERENCE_LOG_LAYOUT } from './inference-log';
import type { SheetLayout } from './layout';
import { SUMMARY_LAYOUT } from './summary';
import { VERSIONS_LAYOUT } from './versions';

export const SHEET_LAYOUTS: readonly SheetLayout[] = [
  VERSIONS_LAYOUT,
  ALIASES_LAYOUT,
  EXPERIMENTS_LAYOUT,
  INFERENCE_LOG_LAYOUT,
  SUMMARY_LAYOUT,
  DATA_ISSUES_LAYOUT,
];

/** The layout whose headers are exactly `header`, or null for a sheet PassCompass has no layout for. */
export function layoutFor(header: readonly unknown[]): SheetLayout | null {
  return (
    SHEET_LAYOUTS.find(
      (layout) =>
        layout.columns.length === header.length && layout.columns.every((c, i) => c.header === header[i]),
    ) ?? null
  );
}
