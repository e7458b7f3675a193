/**
 * What every part of `LocalRange` shares: the rectangle it stands for, the context it reports to, and the
 * argument checks. `LocalRange` is split in three classes only to keep files small: `RangeBase` (this),
 * `RangeFormatting` (number formats, colours, fonts, alignment, wrapping, notes) and `LocalRange` (values,
 * formulas, geometry, clearing, filters, protection).
 */
import type { Grid } from './a1';
import type { Cell } from './cell';
import { normalizeColor } from './colors';
import { INTERNAL, type Context } from './context';
import { MESSAGES } from './errors';
import type { RangeRef } from './specs';

export abstract class RangeBase {
  readonly [INTERNAL]: RangeRef;

  constructor(
    protected readonly ctx: Context,
    ref: RangeRef,
  ) {
    this[INTERNAL] = { sheet: ref.sheet, grid: { ...ref.grid } };
  }

  protected get ref(): RangeRef {
    return this[INTERNAL];
  }

  protected get grid(): Grid {
    return this[INTERNAL].grid;
  }

  protected get size(): number {
    return this.grid.numRows * this.grid.numColumns;
  }

  /** Records the call and refuses to work on a deleted sheet. */
  protected touch(method: string, cells = 0): void {
    this.ctx.record(`Range.${method}`, cells);
    if (this.ref.sheet.deleted) throw this.ctx.errors.state(MESSAGES.deletedSheet(this.ref.sheet.name));
  }

  protected topLeft(): Cell | undefined {
    return this.ref.sheet.cell(this.grid.row, this.grid.column);
  }

  protected text(value: unknown, what: string): string {
    if (typeof value !== 'string') throw this.ctx.errors.type(`Invalid ${what}: ${String(value)}.`);
    return value;
  }

  /** A colour as stored (`undefined` resets to the default). Local choice: unknown colour names throw. */
  protected color(value: unknown): string | undefined {
    if (value === null || value === undefined || value === '') return undefined;
    const color = typeof value === 'string' ? normalizeColor(value) : null;
    if (color === null) throw this.ctx.errors.type(`Invalid color: ${String(value)}.`);
    return color;
  }

  protected bold(value: unknown): 'bold' | undefined {
    if (value === null || value === 'normal') return undefined;
    if (value === 'bold') return 'bold';
    throw this.ctx.errors.type(`Invalid font weight: ${String(value)}.`);
  }
}
