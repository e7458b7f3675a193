/**
 * Text an XML file cannot hold as it is. XML 1.0 has no NUL and most other control characters, and an XML reader
 * turns a carriage return into a line feed; exceljs drops the former and lets the latter change. OOXML's own
 * escape (ECMA-376 Part 1, `ST_Xstring`) writes such a character as `_xHHHH_` and a literal `_xHHHH_` as
 * `_x005F_xHHHH_`; Excel and LibreOffice read it back as the character, and exceljs decodes it when it reads
 * a shared string, a rich-text run or a note. Escaping cell text this way keeps every character of a cell.
 */

// A character XML 1.0 cannot carry (C0 controls but tab and line feed; DEL is dropped by exceljs; U+FFFE and
// U+FFFF are not characters) or that an XML reader changes (CR).
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/g;
const HAS_UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F\uFFFE\uFFFF]/;
const LOOKS_ESCAPED = /_(x[0-9A-Fa-f]{4}_)/g;

function escapeOf(character: string): string {
  return `_x${character.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

/** `text` as OOXML stores it: unsafe characters as `_xHHHH_`, and text that looks escaped escaped once more. */
export function escapeXlsxText(text: string): string {
  if (!text.includes('_x') && !HAS_UNSAFE.test(text)) return text;
  return text.replace(LOOKS_ESCAPED, '_x005F_$1').replace(UNSAFE, escapeOf);
}
