/**
 * Workbooks laid out the way openpyxl (3.0, Python's usual .xlsx writer) saves them, built by hand with JSZip so
 * the tests need no Python: cells as inline strings, notes at `xl/comments/comment1.xml` with plain `<text><t>`,
 * their drawing at `xl/drawings/commentsDrawing1.vml`, all linked by absolute paths. exceljs 4.4 refuses such
 * a workbook ("Cannot read properties of undefined (reading 'comments')"). The layout was taken from a file
 * openpyxl 3.0.9 wrote.
 */
import JSZip from 'jszip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export interface HandSheet {
  name: string;
  rows: (string | number | boolean | { error: string } | null)[][];
  /** Notes by A1 reference. */
  notes?: Record<string, string>;
  merges?: string[];
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;');
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

function sheetXml(sheet: HandSheet): string {
  const rows = sheet.rows
    .map((row, r) => {
      const cells = row
        .map((value, c) => {
          const ref = `${columnName(c)}${r + 1}`;
          // openpyxl writes an empty cell that has a note as a number cell without a value (which exceljs drops,
          // note and all).
          if (value === null || value === '') return sheet.notes?.[ref] ? `<c r="${ref}" t="n"></c>` : '';
          if (typeof value === 'number') return `<c r="${ref}" t="n"><v>${value}</v></c>`;
          if (typeof value === 'boolean') return `<c r="${ref}" t="b"><v>${value ? 1 : 0}</v></c>`;
          if (typeof value === 'object') return `<c r="${ref}" t="e"><v>${escapeXml(value.error)}</v></c>`;
          return `<c r="${ref}" t="inlineStr"><is><t>${escapeXml(value)}</t></is></c>`;
        })
        .join('');
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join('');
  const merges = sheet.merges?.length
    ? `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
    : '';
  const drawing = sheet.notes ? `<legacyDrawing xmlns:r="${REL}" r:id="anysvml"/>` : '';
  return (
    `<worksheet xmlns="${MAIN}"><sheetPr><outlinePr summaryBelow="1" summaryRight="1"/><pageSetUpPr/></sheetPr>` +
    `<sheetViews><sheetView workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>` +
    `<sheetFormatPr baseColWidth="8" defaultRowHeight="15"/><sheetData>${rows}</sheetData>${merges}` +
    `<pageMargins left="0.75" right="0.75" top="1" bottom="1" header="0.5" footer="0.5"/>${drawing}</worksheet>`
  );
}

function commentsXml(notes: Record<string, string>): string {
  const list = Object.entries(notes)
    .map(
      ([ref, text]) =>
        `<comment ref="${ref}" authorId="0" shapeId="0"><text><t>${escapeXml(text)}</t></text></comment>`,
    )
    .join('');
  return `<comments xmlns="${MAIN}"><authors><author>teacher</author></authors><commentList>${list}</commentList></comments>`;
}

function vmlXml(notes: Record<string, string>): string {
  const shapes = Object.keys(notes)
    .map(
      (_ref, i) =>
        `<ns0:shape xmlns:ns0="urn:schemas-microsoft-com:vml" type="#_x0000_t202" id="_x0000_s${1026 + i}">` +
        `<ns2:ClientData xmlns:ns2="urn:schemas-microsoft-com:office:excel" ObjectType="Note"><ns2:MoveWithCells/>` +
        `<ns2:SizeWithCells/><ns2:AutoFill>False</ns2:AutoFill><ns2:Row>1</ns2:Row><ns2:Column>1</ns2:Column>` +
        `</ns2:ClientData></ns0:shape>`,
    )
    .join('');
  return `<xml><ns0:shapelayout xmlns:ns0="urn:schemas-microsoft-com:office:office" xmlns:ns1="urn:schemas-microsoft-com:vml" ns1:ext="edit"><ns0:idmap ns1:ext="edit" data="1"/></ns0:shapelayout>${shapes}</xml>`;
}

const STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="0"/><fonts count="1"><font><name val="Calibri"/><family val="2"/>` +
  `<color theme="1"/><sz val="11"/><scheme val="minor"/></font></fonts><fills count="2"><fill><patternFill/></fill>` +
  `<fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/>` +
  `<bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" ` +
  `borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" ` +
  `pivotButton="0" quotePrefix="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" ` +
  `xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A workbook with `sheets`, laid out as openpyxl lays it out. */
export async function openpyxlWorkbook(sheets: HandSheet[]): Promise<Buffer> {
  const zip = new JSZip();
  const overrides: string[] = [];
  const workbookRels: string[] = [];
  const sheetEntries: string[] = [];
  let comment = 0;
  sheets.forEach((sheet, i) => {
    const n = i + 1;
    zip.file(`xl/worksheets/sheet${n}.xml`, sheetXml(sheet));
    overrides.push(
      `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    );
    workbookRels.push(
      `<Relationship Type="${REL}/worksheet" Target="/xl/worksheets/sheet${n}.xml" Id="rId${n}"/>`,
    );
    sheetEntries.push(
      `<sheet xmlns:r="${REL}" name="${escapeXml(sheet.name)}" sheetId="${n}" state="visible" r:id="rId${n}"/>`,
    );
    if (sheet.notes) {
      comment += 1;
      zip.file(`xl/comments/comment${comment}.xml`, commentsXml(sheet.notes));
      zip.file(`xl/drawings/commentsDrawing${comment}.vml`, vmlXml(sheet.notes));
      zip.file(
        `xl/worksheets/_rels/sheet${n}.xml.rels`,
        `<Relationships xmlns="${PKG}"><Relationship Type="${REL}/comments" Target="/xl/comments/comment${comment}.xml" Id="comments"/>` +
          `<Relationship Type="${REL}/vmlDrawing" Target="/xl/drawings/commentsDrawing${comment}.vml" Id="anysvml"/></Relationships>`,
      );
      overrides.push(
        `<Override PartName="/xl/comments/comment${comment}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`,
      );
    }
  });
  workbookRels.push(`<Relationship Type="${REL}/styles" Target="styles.xml" Id="rId${sheets.length + 1}"/>`);
  zip.file('xl/styles.xml', STYLES);
  zip.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}"><workbookPr/><sheets>${sheetEntries.join('')}</sheets><definedNames/>` +
      `<calcPr calcId="124519" fullCalcOnLoad="1"/></workbook>`,
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    `<Relationships xmlns="${PKG}">${workbookRels.join('')}</Relationships>`,
  );
  zip.file(
    '_rels/.rels',
    `<Relationships xmlns="${PKG}"><Relationship Type="${REL}/officeDocument" Target="xl/workbook.xml" Id="rId1"/></Relationships>`,
  );
  zip.file(
    '[Content_Types].xml',
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
      `${overrides.join('')}</Types>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

/**
 * The package `data` (written by exceljs) with its notes moved where openpyxl puts them when it saves the file
 * again: `xl/comments/commentN.xml` holding plain `<text><t>`, the drawing at `xl/drawings/commentsDrawingN.vml`,
 * linked by absolute paths.
 */
export async function notesAsOpenpyxlSaves(data: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(data);
  for (const path of Object.keys(zip.files)) {
    const relsMatch = /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/.exec(path);
    if (!relsMatch) continue;
    let rels = await zip.file(path)!.async('string');
    for (const target of [...rels.matchAll(/Target="\.\.\/(comments(\d+))\.xml"/g)]) {
      const xml = await zip.file(`xl/${target[1]}.xml`)!.async('string');
      const plain = xml.replace(/<text>([\s\S]*?)<\/text>/g, (_whole, runs: string) => {
        const text = [...runs.matchAll(/<t\b[^>]*>([\s\S]*?)<\/t>/g)].map((m) => m[1]).join('');
        return `<text><t>${text}</t></text>`;
      });
      zip.remove(`xl/${target[1]}.xml`);
      zip.file(`xl/comments/comment${target[2]}.xml`, plain);
      rels = rels.replace(target[0], `Target="/xl/comments/comment${target[2]}.xml"`);
    }
    for (const target of [...rels.matchAll(/Target="\.\.\/drawings\/vmlDrawing(\d+)\.vml"/g)]) {
      const vml = await zip.file(`xl/drawings/vmlDrawing${target[1]}.vml`)!.async('uint8array');
      zip.remove(`xl/drawings/vmlDrawing${target[1]}.vml`);
      zip.file(`xl/drawings/commentsDrawing${target[1]}.vml`, vml);
      rels = rels.replace(target[0], `Target="/xl/drawings/commentsDrawing${target[1]}.vml"`);
    }
    zip.file(path, rels);
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
