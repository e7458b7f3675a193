/**
 * Model card sheets: one per version, PassCompass's own (found through the ownership record, so a teacher's
 * sheet named `Model card v3` is never written to: PassCompass uses `Model card v3 (PassCompass)` and says so
 * once). Each card is written in one batch, whatever its length: the grid resized to fit (at most two calls),
 * one `setValues` and one call per kind of style on the same range, so a rewrite leaves nothing of an older,
 * longer card. A new sheet gets its widths, the legend on A1, a frozen title row and a warning-only protection.
 */
import { escapeForSheet } from '../core/data/formula-escape';
import type { ModelCard } from '../core/model-card/card-types';
import { sheetTimestampFormat } from '../core/time/timestamp-format';
import type { ModelCardWriter } from '../jobs/model-card';
import {
  MODEL_CARD_LEGEND,
  MODEL_CARD_WIDTH,
  MODEL_CARD_WIDTHS,
  cardGrid,
  modelCardHeader,
  modelCardSheetName,
} from './layouts/model-card';
import type { SheetOwnership } from './ownership';
import { resizeGrid } from './sheet-table';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function setUp(sheet: Sheet, name: string): void {
  sheet.protect().setDescription(`${name}: rewritten by PassCompass`).setWarningOnly(true);
  MODEL_CARD_WIDTHS.forEach((width, i) => sheet.setColumnWidth(i + 1, width));
  sheet.getRange(1, 1).setNote(MODEL_CARD_LEGEND);
  sheet.setFrozenRows(1);
}

export function modelCardSheets(spreadsheet: Spreadsheet, owned: SheetOwnership): ModelCardWriter {
  const placeOf = (version: number) => owned.sheet(modelCardSheetName(version), modelCardHeader(version));
  return {
    write(card: ModelCard): string {
      const sheet = placeOf(card.version).findOrCreate(setUp);
      const grid = cardGrid(card, sheetTimestampFormat(spreadsheet.getSpreadsheetLocale()));
      resizeGrid(sheet, grid.values.length, MODEL_CARD_WIDTH);
      sheet
        .getRange(1, 1, grid.values.length, MODEL_CARD_WIDTH)
        .setValues(grid.values.map((row) => row.map(escapeForSheet)))
        .setNumberFormats(grid.formats)
        .setFontWeights(grid.weights)
        .setFontColors(grid.fonts)
        .setBackgrounds(grid.backgrounds)
        .setWraps(grid.wraps)
        .setVerticalAlignments(grid.alignments);
      return sheet.getName();
    },
    show(version: number): void {
      const sheet = placeOf(version).find();
      if (sheet) spreadsheet.setActiveSheet(sheet);
    },
  };
}
