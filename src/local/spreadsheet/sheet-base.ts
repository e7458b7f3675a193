/**
 * What every part of `LocalSheet` shares: the sheet's model, the context it reports to, and the recording of
 * each call. `LocalSheet` is split in three classes only to keep files small: `SheetBase` (this),
 * `SheetFeatures` (conditional formats, filter, protection, charts, column widths, visibility) and `LocalSheet`
 * (identity, ranges, grid size, rows and columns, clearing, appending).
 */
import { INTERNAL, type Context } from './context';
import { MESSAGES } from './errors';
import type { SheetModel } from './sheet-model';

export abstract class SheetBase {
  readonly [INTERNAL]: SheetModel;

  constructor(
    protected readonly ctx: Context,
    model: SheetModel,
  ) {
    this[INTERNAL] = model;
  }

  protected get model(): SheetModel {
    return this[INTERNAL];
  }

  /** Records the call and refuses to work on a deleted sheet. */
  protected touch(method: string, cells = 0): void {
    this.ctx.record(`Sheet.${method}`, cells);
    if (this.model.deleted) throw this.ctx.errors.state(MESSAGES.deletedSheet(this.model.name));
  }

  /** @throws TypeError unless `value` is a whole number of at least `min`. */
  protected integer(value: unknown, what: string, min = 1): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
      throw this.ctx.errors.type(`${what} must be an integer of at least ${min}, got ${String(value)}.`);
    }
    return value;
  }
}
