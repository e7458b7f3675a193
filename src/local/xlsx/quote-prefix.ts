/**
 * Quote prefixes and the recalculation flag, in a workbook exceljs has written. A quote prefix is the cell-format
 * flag `<xf quotePrefix="1">` in `xl/styles.xml`: Excel and LibreOffice show the text as it is and keep it text
 * when the cell is edited, the way Sheets keeps text typed after an apostrophe. exceljs neither reads nor writes
 * the flag, so a cell that needs one is written with a marker exceljs does write, `applyProtection="1"` on its
 * cell format (a protection equal to the default, so it changes nothing; the local spreadsheet has no cell
 * protection, so nothing else carries the marker), and the marker becomes the flag here.
 *
 * Only `xl/styles.xml` (and `xl/workbook.xml` for the flag) is rewritten: the worksheets, which hold nearly all
 * of a large workbook, are left compressed as they are, so this costs the same for 100 rows as for 100,000.
 */
import JSZip from 'jszip';

/** The style property that marks a cell for a quote prefix; see the module comment. */
export const QUOTE_PREFIX_MARKER = { locked: true } as const;

const CELL_XFS = /<cellXfs\b[^>]*>[\s\S]*?<\/cellXfs>/;
const MARKED_XF = /<xf\b([^>]*?)\sapplyProtection="1"/g;
const CALC_PR = /<calcPr\b[^>]*?\/>/;

export interface PackageFixes {
  /** True when some cell carries the quote-prefix marker. */
  quotePrefixes: boolean;
  /** True when the workbook holds formulas, written without results: Excel is asked to calculate on load. */
  fullCalcOnLoad: boolean;
}

/**
 * Returns the .xlsx package `data` with the marked cell formats turned into quote prefixes and, when asked, the
 * calculation flag set. @throws Error when the package is not one exceljs wrote (no styles or workbook part).
 */
export async function fixPackage(data: Buffer, fixes: PackageFixes): Promise<Buffer> {
  if (!fixes.quotePrefixes && !fixes.fullCalcOnLoad) return data;
  const zip = await JSZip.loadAsync(data);
  if (fixes.quotePrefixes) {
    const styles = await partText(zip, 'xl/styles.xml');
    if (!CELL_XFS.test(styles)) throw new Error('The written workbook has no cell formats (<cellXfs>).');
    const fixed = styles.replace(CELL_XFS, (xfs) => xfs.replace(MARKED_XF, '<xf$1 quotePrefix="1"'));
    zip.file('xl/styles.xml', fixed);
  }
  if (fixes.fullCalcOnLoad) {
    const workbook = await partText(zip, 'xl/workbook.xml');
    const calc = '<calcPr calcId="171027" fullCalcOnLoad="1"/>';
    const fixed = CALC_PR.test(workbook)
      ? workbook.replace(CALC_PR, calc)
      : workbook.replace('</workbook>', `${calc}</workbook>`);
    zip.file('xl/workbook.xml', fixed);
  }
  // Parts not rewritten keep their compressed bytes (JSZip reuses them when the compression is the same).
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function partText(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`The written workbook has no ${path}.`);
  return file.async('string');
}
