/**
 * The formatting half of `LocalRange`: number formats, backgrounds, font weight and colour, horizontal and
 * vertical alignment, wrapping and notes, each kept per cell. Colours read back as lower-case `#rrggbb` and unset
 * properties as Sheets' defaults (`#ffffff` background, `#000000` font, `normal`, `general`, `bottom`, `0.###############`).
 */
import { enumMember, WrapStrategy, type WrapStrategyValue } from './enums';
import { AUTOMATIC_FORMAT, DEFAULT_BACKGROUND, DEFAULT_FONT_COLOR } from './limits';
import * as cells from './range-cells';
import { RangeBase } from './range-base';

type FontWeight = GoogleAppsScript.Spreadsheet.FontWeight;
type Alignment = 'left' | 'center' | 'normal' | 'right';
type VerticalAlignment = 'top' | 'middle' | 'bottom';

export abstract class RangeFormatting extends RangeBase {
  getNumberFormat(): string {
    this.touch('getNumberFormat', 1);
    return this.topLeft()?.style?.numberFormat ?? AUTOMATIC_FORMAT;
  }

  getNumberFormats(): string[][] {
    this.touch('getNumberFormats', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.numberFormat ?? AUTOMATIC_FORMAT);
  }

  setNumberFormat(numberFormat: string): this {
    this.touch('setNumberFormat', this.size);
    const format = this.text(numberFormat, 'number format');
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'numberFormat', format));
    return this;
  }

  setNumberFormats(numberFormats: string[][]): this {
    this.touch('setNumberFormats', this.size);
    const data = cells.assertMatrix(
      this.ctx,
      this.ref,
      numberFormats,
      'SpreadsheetApp.Range.setNumberFormats',
    );
    const formats = data.map((row) => row.map((f) => this.text(f, 'number format')));
    cells.changeCellsFrom(this.ref, formats, (cell, f) => cells.setStyle(cell, 'numberFormat', f));
    return this;
  }

  getBackground(): string {
    this.touch('getBackground', 1);
    return this.topLeft()?.style?.background ?? DEFAULT_BACKGROUND;
  }

  getBackgrounds(): string[][] {
    this.touch('getBackgrounds', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.background ?? DEFAULT_BACKGROUND);
  }

  setBackground(color: string | null): this {
    this.touch('setBackground', this.size);
    const value = this.color(color);
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'background', value));
    return this;
  }

  setBackgrounds(color: (string | null)[][]): this {
    this.touch('setBackgrounds', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, color, 'SpreadsheetApp.Range.setBackgrounds');
    const colors = data.map((row) => row.map((c) => this.color(c)));
    cells.changeCellsFrom(this.ref, colors, (cell, c) => cells.setStyle(cell, 'background', c));
    return this;
  }

  getFontWeight(): FontWeight {
    this.touch('getFontWeight', 1);
    return this.topLeft()?.style?.fontWeight ?? 'normal';
  }

  getFontWeights(): FontWeight[][] {
    this.touch('getFontWeights', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.fontWeight ?? 'normal');
  }

  setFontWeight(fontWeight: FontWeight | null): this {
    this.touch('setFontWeight', this.size);
    const bold = this.bold(fontWeight);
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'fontWeight', bold));
    return this;
  }

  setFontWeights(fontWeights: (FontWeight | null)[][]): this {
    this.touch('setFontWeights', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, fontWeights, 'SpreadsheetApp.Range.setFontWeights');
    const weights = data.map((row) => row.map((w) => this.bold(w)));
    cells.changeCellsFrom(this.ref, weights, (cell, w) => cells.setStyle(cell, 'fontWeight', w));
    return this;
  }

  /** The top-left cell's font colour (deprecated in Apps Script for `getFontColorObject`, still served). */
  getFontColor(): string {
    this.touch('getFontColor', 1);
    return this.topLeft()?.style?.fontColor ?? DEFAULT_FONT_COLOR;
  }

  getFontColors(): string[][] {
    this.touch('getFontColors', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.fontColor ?? DEFAULT_FONT_COLOR);
  }

  setFontColor(color: string | null): this {
    this.touch('setFontColor', this.size);
    const value = this.color(color);
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'fontColor', value));
    return this;
  }

  setFontColors(colors: unknown[][]): this {
    this.touch('setFontColors', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, colors, 'SpreadsheetApp.Range.setFontColors');
    const values = data.map((row) => row.map((c) => this.color(c)));
    cells.changeCellsFrom(this.ref, values, (cell, c) => cells.setStyle(cell, 'fontColor', c));
    return this;
  }

  getHorizontalAlignment(): string {
    this.touch('getHorizontalAlignment', 1);
    return this.topLeft()?.style?.horizontalAlignment ?? 'general';
  }

  getHorizontalAlignments(): string[][] {
    this.touch('getHorizontalAlignments', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.horizontalAlignment ?? 'general');
  }

  setHorizontalAlignment(alignment: Alignment | null): this {
    this.touch('setHorizontalAlignment', this.size);
    if (alignment !== null && !['left', 'center', 'normal', 'right'].includes(alignment)) {
      throw this.ctx.errors.type(`Invalid horizontal alignment: ${String(alignment)}.`);
    }
    const value = alignment === null || alignment === 'normal' ? undefined : alignment;
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'horizontalAlignment', value));
    return this;
  }

  getVerticalAlignment(): string {
    this.touch('getVerticalAlignment', 1);
    return this.topLeft()?.style?.verticalAlignment ?? 'bottom';
  }

  getVerticalAlignments(): string[][] {
    this.touch('getVerticalAlignments', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.verticalAlignment ?? 'bottom');
  }

  setVerticalAlignment(alignment: VerticalAlignment | null): this {
    this.touch('setVerticalAlignment', this.size);
    const value = this.vertical(alignment);
    cells.changeCells(this.ref, (cell) => cells.setStyle(cell, 'verticalAlignment', value));
    return this;
  }

  setVerticalAlignments(alignments: (VerticalAlignment | null)[][]): this {
    this.touch('setVerticalAlignments', this.size);
    const data = cells.assertMatrix(
      this.ctx,
      this.ref,
      alignments,
      'SpreadsheetApp.Range.setVerticalAlignments',
    );
    const values = data.map((row) => row.map((a) => this.vertical(a)));
    cells.changeCellsFrom(this.ref, values, (cell, v) => cells.setStyle(cell, 'verticalAlignment', v));
    return this;
  }

  /** The stored value of a vertical alignment: none for Sheets' default, the bottom. */
  private vertical(alignment: unknown): 'top' | 'middle' | undefined {
    if (alignment === null || alignment === 'bottom') return undefined;
    if (alignment === 'top' || alignment === 'middle') return alignment;
    throw this.ctx.errors.type(`Invalid vertical alignment: ${String(alignment)}.`);
  }

  getWrap(): boolean {
    this.touch('getWrap', 1);
    return this.topLeft()?.style?.wrapStrategy === 'WRAP';
  }

  getWraps(): boolean[][] {
    this.touch('getWraps', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.style?.wrapStrategy === 'WRAP');
  }

  setWrap(isWrapEnabled: boolean): this {
    this.touch('setWrap', this.size);
    cells.changeCells(this.ref, (cell) =>
      cells.setStyle(cell, 'wrapStrategy', isWrapEnabled ? 'WRAP' : undefined),
    );
    return this;
  }

  setWraps(isWrapEnabled: boolean[][]): this {
    this.touch('setWraps', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, isWrapEnabled, 'SpreadsheetApp.Range.setWraps');
    cells.changeCellsFrom(this.ref, data, (cell, wrap) =>
      cells.setStyle(cell, 'wrapStrategy', wrap ? 'WRAP' : undefined),
    );
    return this;
  }

  getWrapStrategy(): WrapStrategyValue {
    this.touch('getWrapStrategy', 1);
    return WrapStrategy[this.topLeft()?.style?.wrapStrategy ?? 'OVERFLOW'];
  }

  setWrapStrategy(strategy: WrapStrategyValue): this {
    this.touch('setWrapStrategy', this.size);
    const member = enumMember(WrapStrategy, strategy);
    if (member === undefined) throw this.ctx.errors.type(`Invalid wrap strategy: ${String(strategy)}.`);
    const name = String(member) as 'WRAP' | 'OVERFLOW' | 'CLIP';
    cells.changeCells(this.ref, (cell) =>
      cells.setStyle(cell, 'wrapStrategy', name === 'OVERFLOW' ? undefined : name),
    );
    return this;
  }

  getNote(): string {
    this.touch('getNote', 1);
    return this.topLeft()?.note ?? '';
  }

  getNotes(): string[][] {
    this.touch('getNotes', this.size);
    return cells.readMatrix(this.ref, (cell) => cell?.note ?? '');
  }

  setNote(note: string | null): this {
    this.touch('setNote', this.size);
    cells.changeCells(this.ref, (cell) => setNoteOf(cell, note));
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    this.touch('setNotes', this.size);
    const data = cells.assertMatrix(this.ctx, this.ref, notes, 'SpreadsheetApp.Range.setNotes');
    cells.changeCellsFrom(this.ref, data, (cell, n) => setNoteOf(cell, n));
    return this;
  }

  clearNote(): this {
    this.touch('clearNote', this.size);
    this.ref.sheet.forEachCell(this.grid, (cell) => delete cell.note);
    return this;
  }
}

function setNoteOf(cell: { note?: string }, note: unknown): void {
  if (note === null || note === undefined || note === '') delete cell.note;
  else cell.note = String(note);
}
