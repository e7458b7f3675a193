/**
 * Everything the xlsx reader puts in a local spreadsheet, as plain data, so that two reads of one workbook can be
 * compared whole: each sheet's grid, cells (value, formula, style, note, and whether it was read as an error
 * value), merged ranges, layout and rules, and the workbook's active sheet and named ranges.
 */
import { carriedMerges, isCarriedError } from '../../../src/local/xlsx/carried';
import type { Cell } from '../../../src/local/spreadsheet/cell';
import { INTERNAL } from '../../../src/local/spreadsheet/context';
import { SheetModel } from '../../../src/local/spreadsheet/sheet-model';
import type { LocalSpreadsheet } from '../../../src/local/spreadsheet';

function plain(_key: string, value: unknown): unknown {
  if (value instanceof SheetModel) return `sheet ${value.name}`;
  if (value instanceof Map) return [...value.entries()];
  if (value instanceof Set) return [...value];
  return value;
}

function sheetSnapshot(sheet: SheetModel) {
  const places = new Map<Cell, string>();
  const cells: string[] = [];
  sheet.rows.forEach((line, r) =>
    line?.forEach((cell, c) => {
      if (!cell) return;
      places.set(cell, `R${r + 1}C${c + 1}`);
      cells.push(`R${r + 1}C${c + 1} ${JSON.stringify(cell)}${isCarriedError(cell) ? ' error' : ''}`);
    }),
  );
  const { rows: _rows, ...rest } = sheet;
  return {
    layout: JSON.parse(JSON.stringify(rest, plain)) as unknown,
    cells,
    merges: carriedMerges(sheet).map(
      (m) => `${places.get(m.master) ?? 'a cell not in the sheet'} ${m.rows}×${m.columns}`,
    ),
  };
}

export function spreadsheetSnapshot(spreadsheet: LocalSpreadsheet) {
  const book = spreadsheet[INTERNAL];
  return {
    name: book.name,
    active: book.active?.name ?? null,
    namedRanges: JSON.parse(JSON.stringify([...book.namedRanges], plain)) as unknown,
    sheets: book.sheets.map(sheetSnapshot),
  };
}
