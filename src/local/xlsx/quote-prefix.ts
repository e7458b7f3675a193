/**
 * Gives text cells a quote prefix in a workbook exceljs has written. A quote prefix is the cell-format flag
 * `<xf quotePrefix="1">` in `xl/styles.xml`: Excel and LibreOffice show the text as it is and keep it text when
 * the cell is edited, the way Sheets keeps text typed after an apostrophe. exceljs neither reads nor writes the
 * flag, so the written package is changed here: each style used by such a cell gets a copy with the flag at the
 * end of `<cellXfs>` (the existing styles keep their numbers), and the cell is pointed at the copy.
 */
import JSZip from 'jszip';

/** Cells to mark, by worksheet id (the `N` of `xl/worksheets/sheetN.xml`), as A1 references. */
export type QuotedCells = ReadonlyMap<number, readonly string[]>;

const CELL_XFS = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/;
const XF = /<xf\b[^>]*?\/>|<xf\b[^>]*>[\s\S]*?<\/xf>/g;
const CELL_START = /<c r="([A-Z]+[0-9]+)"([^>]*?)(\/?)>/g;

/**
 * Returns the .xlsx package `data` with a quote prefix on the `quoted` cells.
 * @throws Error when the package is not one exceljs wrote (no styles part or no `<cellXfs>`).
 */
export async function addQuotePrefixes(data: Buffer, quoted: QuotedCells): Promise<Buffer> {
  if (![...quoted.values()].some((refs) => refs.length > 0)) return data;
  const zip = await JSZip.loadAsync(data);
  const stylesFile = zip.file('xl/styles.xml');
  const styles = stylesFile ? await stylesFile.async('string') : '';
  const cellXfs = CELL_XFS.exec(styles);
  if (!cellXfs) throw new Error('The written workbook has no cell formats (xl/styles.xml <cellXfs>).');
  const xfs: string[] = [...((cellXfs[1] ?? '').match(XF) ?? [])];
  const prefixed = new Map<number, number>();
  const prefixedStyle = (style: number): number => {
    let index = prefixed.get(style);
    if (index === undefined) {
      const xf = xfs[style] ?? xfs[0] ?? '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>';
      index = xfs.push(xf.replace(/^<xf\b/, '<xf quotePrefix="1"')) - 1;
      prefixed.set(style, index);
    }
    return index;
  };

  for (const [id, refs] of quoted) {
    if (refs.length === 0) continue;
    const path = `xl/worksheets/sheet${id}.xml`;
    const file = zip.file(path);
    if (!file) throw new Error(`The written workbook has no ${path}.`);
    const wanted = new Set(refs);
    const xml = (await file.async('string')).replace(
      CELL_START,
      (whole, ref: string, attributes: string, close: string) => {
        if (!wanted.has(ref)) return whole;
        const style = /\ss="(\d+)"/.exec(attributes);
        const index = prefixedStyle(style ? Number(style[1]) : 0);
        const rest = style ? attributes.replace(/\ss="\d+"/, '') : attributes;
        return `<c r="${ref}" s="${index}"${rest}${close}>`;
      },
    );
    zip.file(path, xml);
  }
  const rebuilt = styles.replace(
    CELL_XFS,
    (whole) =>
      `${whole.slice(0, whole.indexOf('>') + 1).replace(/\scount="\d+"/, ` count="${xfs.length}"`)}` +
      `${xfs.join('')}</cellXfs>`,
  );
  zip.file('xl/styles.xml', rebuilt);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}
