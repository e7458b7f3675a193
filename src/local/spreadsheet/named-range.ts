/**
 * `NamedRange`: a name for a range, the robust way for the add-on to find its own cells after a teacher moves
 * columns around. Names are unique in a spreadsheet; the local runtime does not move a named range when rows
 * are inserted above it (Sheets does).
 */
import { INTERNAL, type Context } from './context';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';

export type NamedRangeMethods = 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange';

type RangeArg = GoogleAppsScript.Spreadsheet.Range | LocalRange;

export class LocalNamedRange implements Subset<GoogleAppsScript.Spreadsheet.NamedRange, NamedRangeMethods> {
  constructor(
    private readonly ctx: Context,
    private name: string,
  ) {}

  private ref(method: string) {
    this.ctx.record(`NamedRange.${method}`);
    const ref = this.ctx.book.namedRanges.get(this.name);
    if (!ref) throw this.ctx.errors.state(`The named range ${this.name} no longer exists.`);
    return ref;
  }

  getName(): string {
    this.ref('getName');
    return this.name;
  }

  getRange(): LocalRange {
    return new LocalRange(this.ctx, this.ref('getRange'));
  }

  /** @throws Error when another named range has the name already. */
  setName(name: string): this {
    const ref = this.ref('setName');
    assertValidRangeName(this.ctx, name);
    if (name !== this.name && this.ctx.book.namedRanges.has(name)) {
      throw this.ctx.errors.state(`A named range called ${name} already exists.`);
    }
    this.ctx.book.namedRanges.delete(this.name);
    this.ctx.book.namedRanges.set(name, ref);
    this.name = name;
    return this;
  }

  setRange(range: RangeArg): this {
    this.ref('setRange');
    this.ctx.book.namedRanges.set(this.name, refOfRange(this.ctx, range));
    return this;
  }

  remove(): void {
    this.ref('remove');
    this.ctx.book.namedRanges.delete(this.name);
  }
}

/**
 * Sheets' rule for range names: a letter or underscore first, then letters, digits and underscores, and not
 * something that reads as a cell reference (`A1`, `TRUE`).
 * @throws TypeError otherwise.
 */
export function assertValidRangeName(ctx: Context, name: unknown): asserts name is string {
  if (
    typeof name !== 'string' ||
    !/^[A-Za-z_][A-Za-z0-9_.]{0,249}$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^(true|false)$/i.test(name)
  ) {
    throw ctx.errors.type(`Invalid name for a named range: ${String(name)}.`);
  }
}

/** The rectangle of a range given by the add-on. @throws TypeError when it is not one of this runtime's. */
export function refOfRange(ctx: Context, range: unknown) {
  if (!(range instanceof LocalRange)) throw ctx.errors.type('Expected a Range of this spreadsheet.');
  const ref = range[INTERNAL];
  return { sheet: ref.sheet, grid: { ...ref.grid } };
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalNamedRangeHasOnlyRealMembers = AssertTrue<OnlyMembers<LocalNamedRange, NamedRangeMethods>>;
