/**
 * Reads an .xlsx package as a spreadsheet program would, without exceljs: each cell's type, text, formula and
 * whether its format has a quote prefix, so tests can check what Excel or LibreOffice would see (exceljs
 * neither reads quote prefixes nor tells a formula from text that looks like one).
 */
import JSZip from 'jszip';
import { looksLikeFormula } from '../../src/core/data/formula-escape';

export interface InspectedCell {
  sheet: string;
  ref: string;
  /** The cell's `t` attribute: `s` (shared string), `inlineStr`, `str`, `e` (error), `b`, `n` (or none). */
  type: string;
  /** The text of a string cell, decoded (entities and `_xHHHH_` escapes), or the `<v>` of any other. */
  value: string | null;
  formula: string | null;
  quotePrefix: boolean;
}

export interface InspectedWorkbook {
  cells: InspectedCell[];
  /** Merged ranges by sheet name (`A1:B2`). */
  merges: Record<string, string[]>;
  /** Every package part's name. */
  parts: string[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#\d+);/g, (_whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? '';
  });
}

/** The text of an `<si>`/`<is>` element: its `<t>` runs (not phonetic ones), decoded. */
function textOf(xml: string): string {
  const withoutPhonetic = xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '');
  const runs = [...withoutPhonetic.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>|<t\b[^>]*\/>/g)].map(
    (m) => m[1] ?? '',
  );
  return unescapeXml(runs.join('')).replace(/_x([0-9A-Fa-f]{4})_/g, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  return file ? file.async('string') : '';
}

/** Every cell of every sheet of the package `data`. */
export async function inspectXlsx(data: Buffer | Uint8Array): Promise<InspectedWorkbook> {
  const zip = await JSZip.loadAsync(data);
  const shared = [...(await partText(zip, 'xl/sharedStrings.xml')).matchAll(/<si>([\s\S]*?)<\/si>/g)].map(
    (m) => textOf(m[1] ?? ''),
  );
  const cellXfs =
    /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(await partText(zip, 'xl/styles.xml'))?.[1] ?? '';
  const prefixed = [...cellXfs.matchAll(/<xf\b[^>]*>/g)].map((m) => attribute(m[0], 'quotePrefix') === '1');
  const rels = await partText(zip, 'xl/_rels/workbook.xml.rels');
  const targets = new Map(
    [...rels.matchAll(/<Relationship\b[^>]*>/g)].map((m) => [
      attribute(m[0], 'Id'),
      attribute(m[0], 'Target'),
    ]),
  );
  const cells: InspectedCell[] = [];
  const merges: Record<string, string[]> = {};
  for (const sheet of (await partText(zip, 'xl/workbook.xml')).matchAll(/<sheet\b[^>]*>/g)) {
    const name = unescapeXml(attribute(sheet[0], 'name') ?? '');
    const target = targets.get(attribute(sheet[0], 'r:id')) ?? '';
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    const xml = await partText(zip, path);
    merges[name] = [...xml.matchAll(/<mergeCell ref="([^"]+)"/g)].map((m) => m[1] ?? '');
    for (const c of xml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attributes = c[1] ?? '';
      const body = c[2] ?? '';
      const type = attribute(attributes, 't') ?? 'n';
      const v = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      const f = /<f\b[^>]*>([\s\S]*?)<\/f>|<f\b[^>]*\/>/.exec(body);
      let value: string | null = v === undefined ? null : unescapeXml(v);
      if (type === 's' && v !== undefined) value = shared[Number(v)] ?? null;
      if (type === 'inlineStr') value = textOf(/<is>([\s\S]*?)<\/is>/.exec(body)?.[1] ?? '');
      cells.push({
        sheet: name,
        ref: attribute(attributes, 'r') ?? '',
        type,
        value,
        formula: f ? unescapeXml(f[1] ?? '') : null,
        quotePrefix: prefixed[Number(attribute(attributes, 's') ?? 0)] ?? false,
      });
    }
  }
  return { cells, merges, parts: Object.keys(zip.files) };
}

/** The cells of `workbook` that a spreadsheet would run or show otherwise than typed: formulas, and text that
 *  looks like one without a quote prefix. */
export function liveOrUnprefixed(workbook: InspectedWorkbook): InspectedCell[] {
  return workbook.cells.filter(
    (cell) =>
      cell.formula !== null ||
      ((cell.type === 's' || cell.type === 'inlineStr' || cell.type === 'str') &&
        cell.value !== null &&
        looksLikeFormula(cell.value) &&
        !cell.quotePrefix),
  );
}
