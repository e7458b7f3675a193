/**
 * What a part of a large worksheet (`large-sheet.ts`) needs besides its own rows, so that exceljs reads its cells
 * as it reads them in the whole worksheet:
 *
 * - the merged ranges that cross its rows, cut to them (a range that starts above the part then starts at the
 *   part's first row; that cell is read as empty, see `RowSpan` in `read-sheet.ts`). Uncut, a range over many
 *   rows would be built again in every part.
 * - the master cell of each shared formula that started above the part (`<f t="shared" ref=… si=…>`, whose
 *   followers hold only `si`), put before the part's rows, since exceljs finds a follower's formula by sliding
 *   its master's. It is read with its own part only.
 * - no data validations: exceljs expands them cell by cell, and the reader does not keep them.
 */
import { columnLetters, columnNumber } from '../spreadsheet/a1';
import { NotInParts } from './sheet-xml';

interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MERGE_CELLS = /<mergeCells\b[^>]*?(?:\/>|>[\s\S]*?<\/mergeCells\s*>)/g;
const MERGE_REF = /<mergeCell\b[^>]*?\sref\s*=\s*(["'])([^"']*)\1/g;
const DATA_VALIDATIONS = /<dataValidations\b[^>]*?(?:\/>|>[\s\S]*?<\/dataValidations\s*>)/g;
const RANGE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c\s*>)/g;
const FORMULA_START = /<f\b([^>]*?)\/?>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(["'])(.*?)\\1`).exec(tag)?.[2];
}

function rangeOf(ref: string): Merge | null {
  const found = RANGE.exec(ref.trim());
  if (!found) return null;
  const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = found;
  const [left, right] = [columnNumber(c1), columnNumber(c2)];
  return {
    top: Math.min(Number(r1), Number(r2)),
    bottom: Math.max(Number(r1), Number(r2)),
    left: Math.min(left, right),
    right: Math.max(left, right),
  };
}

/** The text after a large worksheet's rows, with its merged ranges, ready to be cut for each part. */
export class PartTail {
  private readonly merges: Merge[];
  private readonly template: string;

  /** @throws NotInParts when the merged ranges are not in one list of plain references. */
  constructor(tail: string) {
    const lists = tail.match(MERGE_CELLS) ?? [];
    // exceljs keeps only the last list; a worksheet with several is read whole.
    if (lists.length > 1) throw new NotInParts('several lists of merged ranges');
    this.merges = [...(lists[0] ?? '').matchAll(MERGE_REF)].map((found) => {
      const range = rangeOf(found[2] ?? '');
      if (!range) throw new NotInParts('a merged range that is not a plain reference');
      return range;
    });
    this.template = tail.replace(DATA_VALIDATIONS, '').replace(MERGE_CELLS, '\u0000');
  }

  /**
   * The tail for the part of rows `from` to `to`, and the columns of row `from` to read as empty (merged
   * ranges that start above the part).
   */
  forPart(from: number, to: number): { xml: string; mergedAway: Set<number> } {
    const mergedAway = new Set<number>();
    const refs: string[] = [];
    for (const m of this.merges) {
      if (m.bottom < from || m.top > to) continue;
      const [top, bottom] = [Math.max(m.top, from), Math.min(m.bottom, to)];
      if (m.top < from) mergedAway.add(m.left);
      refs.push(`${columnLetters(m.left)}${top}:${columnLetters(m.right)}${bottom}`);
    }
    const list = refs.length
      ? `<mergeCells count="${refs.length}">${refs.map((ref) => `<mergeCell ref="${ref}"/>`).join('')}</mergeCells>`
      : '';
    return { xml: this.template.replace('\u0000', list), mergedAway };
  }
}

interface Master {
  row: number;
  xml: string;
  /** The last row of its range (`ref`); followers must lie in it. */
  lastRow: number;
}

/** The master cells of shared formulas seen so far, by `si`, the latest one for each (as exceljs keeps them). */
export class SharedMasters {
  private readonly masters = new Map<string, Master>();

  /** Notes the masters in `row` (the XML of row number `number`). */
  see(row: string, number: number): void {
    if (!row.includes('shared')) return;
    for (const [cell] of row.matchAll(CELL)) {
      const formula = FORMULA_START.exec(cell)?.[1];
      if (formula === undefined || attribute(formula, 't') !== 'shared' || !attribute(formula, 'ref'))
        continue;
      // A master without its address could not be put back in its place.
      if (attribute(cell.slice(0, cell.indexOf('>')), 'r') === undefined) {
        throw new NotInParts('a shared formula whose cell has no address');
      }
      const ref = attribute(formula, 'ref') ?? '';
      const lastRow = rangeOf(ref)?.bottom ?? Number.POSITIVE_INFINITY;
      this.masters.set(attribute(formula, 'si') ?? '', { row: number, xml: cell, lastRow });
    }
  }

  /**
   * The rows to put before a part starting at row `from`: the masters above it whose range reaches it, each in
   * a row of its own number. Masters whose range ends above `from` are forgotten (later parts start lower).
   */
  rowsBefore(from: number): string {
    const rows = new Map<number, string[]>();
    for (const [si, master] of this.masters) {
      if (master.lastRow < from) this.masters.delete(si);
      else if (master.row < from) rows.set(master.row, [...(rows.get(master.row) ?? []), master.xml]);
    }
    return [...rows.entries()]
      .sort(([a], [b]) => a - b)
      .map(([number, cells]) => `<row r="${number}">${cells.join('')}</row>`)
      .join('');
  }
}
