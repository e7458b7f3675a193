/**
 * Looks into an .xlsx package before exceljs reads it, to refuse what is not a workbook with a reason, and to
 * work around an exceljs bug that refuses workbooks with notes written by other programs.
 *
 * The bug: exceljs (4.4) finds a sheet's notes only at `xl/commentsN.xml`, linked as `../commentsN.xml`, and
 * their drawing only at `xl/drawings/vmlDrawingN.vml`. openpyxl writes `xl/comments/comment1.xml` and
 * `xl/drawings/commentsDrawing1.vml`, linked by absolute paths; exceljs then fails with "Cannot read properties
 * of undefined (reading 'comments')" (exceljs issue #2797). Here such a notes part is copied to a name exceljs
 * finds and its link pointed at it; a note drawing exceljs would not find is unlinked (it only says where a
 * note's box is drawn, which the local spreadsheet does not keep; `<legacyDrawing>` is not read by exceljs).
 * exceljs also reads a note's text only from rich-text runs (`<text><r><t>…</t></r></text>`), and openpyxl
 * writes plain text (`<text><t>…</t></text>`), as the format allows: such text is put in a run.
 */
import JSZip from 'jszip';

const WORKBOOK_PART = 'xl/workbook.xml';
const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/;
const RELATIONSHIP = /<Relationship\b[^>]*?\/>|<Relationship\b[^>]*>[\s\S]*?<\/Relationship>/g;
const COMMENTS_TYPE = /\/relationships\/comments"/;
const VML_TYPE = /\/relationships\/vmlDrawing"/;
const EXCELJS_COMMENTS = /^\.\.\/(comments\d+)\.xml$/;
const EXCELJS_VML = /^\.\.\/drawings\/(vmlDrawing\d+)\.vml$/;

/** The path inside the package that `target`, a link from a sheet's relationships, names. */
function partOf(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl', 'worksheets'];
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.' && step !== '') parts.push(step);
  }
  return parts.join('/');
}

function attribute(element: string, name: string): string | null {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(element)?.[1] ?? null;
}

const NOTE_TEXT = /(<text\b[^>]*>)(\s*)(<t\b[^>]*\/>|<t\b[^>]*>[\s\S]*?<\/t>)/g;

/** A notes part's XML with each note's plain text put in a rich-text run. */
function textInRuns(xml: string): string {
  return xml.replace(
    NOTE_TEXT,
    (_whole, open: string, space: string, text: string) => `${open}${space}<r>${text}</r>`,
  );
}

/** Why `zip` is not a workbook: it lacks the workbook part. */
function notAWorkbook(zip: JSZip, mimetype: string | null): Error {
  if (mimetype?.includes('opendocument.spreadsheet')) {
    return new Error('it is an OpenDocument spreadsheet (.ods); save it as an Excel workbook (.xlsx) first');
  }
  const kind = zip.file('word/document.xml')
    ? 'a Word document'
    : zip.file('ppt/presentation.xml')
      ? 'a PowerPoint presentation'
      : 'an archive of other files';
  return new Error(`it is ${kind}, without the workbook part (${WORKBOOK_PART}) every .xlsx file has`);
}

/**
 * The package `data`, ready for exceljs: unchanged when nothing needed fixing.
 * @throws Error with the reason when it is not an .xlsx workbook (JSZip's own error for a file that is not a
 * zip archive at all).
 */
export async function preparePackage(data: Buffer | ArrayBuffer): Promise<Buffer | ArrayBuffer> {
  const zip = await JSZip.loadAsync(data);
  if (!zip.file(WORKBOOK_PART)) {
    const mimetype = zip.file('mimetype');
    throw notAWorkbook(zip, mimetype ? await mimetype.async('string') : null);
  }
  let changed = false;
  let next = 1;
  const freeName = (make: (n: number) => string): string => {
    while (zip.file(make(next))) next += 1;
    return make(next);
  };
  for (const relsPath of Object.keys(zip.files).filter((path) => SHEET_RELS.test(path))) {
    const file = zip.file(relsPath);
    if (!file) continue;
    const rels = await file.async('string');
    const kept: string[] = [];
    let relsChanged = false;
    const relationships = rels.match(RELATIONSHIP) ?? [];
    for (const rel of relationships) {
      const target = attribute(rel, 'Target') ?? '';
      const part = zip.file(partOf(target));
      if (VML_TYPE.test(rel)) {
        // A note drawing exceljs would not find is unlinked.
        if (EXCELJS_VML.test(target) && part) kept.push(rel);
        else relsChanged = true;
        continue;
      }
      if (!COMMENTS_TYPE.test(rel)) {
        kept.push(rel);
        continue;
      }
      if (!part) {
        // Notes that are not in the package: unlinked.
        relsChanged = true;
        continue;
      }
      const xml = await part.async('string');
      const fixed = textInRuns(xml);
      if (EXCELJS_COMMENTS.test(target)) {
        if (fixed !== xml) {
          zip.file(partOf(target), fixed);
          changed = true;
        }
        kept.push(rel);
      } else {
        const name = freeName((n) => `xl/comments${n}.xml`);
        zip.file(name, fixed);
        relsChanged = true;
        kept.push(rel.replace(/\sTarget="[^"]*"/, ` Target="../${name.slice('xl/'.length)}"`));
      }
    }
    if (!relsChanged) continue;
    changed = true;
    const start = rels.search(/<Relationship\b/);
    const end = rels.lastIndexOf('</Relationships>');
    const head = start >= 0 ? rels.slice(0, start) : rels.slice(0, Math.max(0, end));
    zip.file(relsPath, `${head}${kept.join('')}${end >= 0 ? rels.slice(end) : '</Relationships>'}`);
  }
  if (!changed) return data;
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}
