/**
 * The text of a CSV file, whatever program saved it, and the separator between its fields.
 *
 * Encoding: a byte-order mark names UTF-8 or UTF-16 (little- or big-endian; Excel's "Unicode text" is UTF-16
 * LE); UTF-16 without one is recognised by its zero bytes. Otherwise the bytes are decoded as strict UTF-8, and
 * when that fails (a byte sequence UTF-8 does not allow, as in a file saved by an older Excel on Windows) as
 * Windows-1252, the superset of Latin-1 that Windows uses. Which was used is said in the run's notes, since a
 * wrong guess shows as odd letters.
 *
 * Separator: taken from the header line, the first line that is not blank, after an Excel `sep=;` line if there
 * is one (that line then names it): whichever of comma, semicolon and tab appears most often outside quotes,
 * comma on a tie. Blank lines before the header and the `sep=` line are blanked, not removed, so that line
 * numbers stay those of the file.
 */

export interface CsvText {
  /** The decoded text, without a byte-order mark, with the lines before the header blanked. */
  text: string;
  /** How the bytes were decoded, as said to the user: `UTF-8`, `Windows-1252 (Latin-1)`, ... */
  encoding: string;
  /** True when strict UTF-8 decoding failed and Windows-1252 was used. */
  fallback: boolean;
  separator: ',' | ';' | '\t';
  /** True when a `sep=` line named the separator. */
  separatorDeclared: boolean;
  /** How many fields the header line has, as far as the separator goes (1: no separator found). */
  headerFields: number;
}

export const SEPARATOR_NAMES: Record<CsvText['separator'], string> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
};

/** The encoding of `bytes` and their text. */
function decode(bytes: Uint8Array): { text: string; encoding: string; fallback: boolean } {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'UTF-8 (with a byte-order mark)', fallback: false };
  }
  if (b0 === 0xff && b1 === 0xfe)
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'UTF-16 LE', fallback: false };
  if (b0 === 0xfe && b1 === 0xff)
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'UTF-16 BE', fallback: false };
  const unmarked = utf16Without(bytes);
  if (unmarked) {
    const label = unmarked === 'utf-16le' ? 'UTF-16 LE' : 'UTF-16 BE';
    return { text: new TextDecoder(unmarked).decode(bytes), encoding: label, fallback: false };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'UTF-8',
      fallback: false,
    };
  } catch {
    return { text: windows1252(bytes), encoding: 'Windows-1252 (Latin-1)', fallback: true };
  }
}

/**
 * Windows-1252's letters for the bytes 0x80 to 0x9F, where it differs from Latin-1 (the five bytes it leaves
 * undefined stay the C1 controls, as the WHATWG decoder has them). Node 20's `TextDecoder('windows-1252')`
 * decodes these bytes as Latin-1, so the table is applied here.
 */
const WINDOWS_1252_80_9F =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? WINDOWS_1252_80_9F.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

/** UTF-8 after a byte-order mark: strict, and lenient (a � per bad sequence) if the file breaks its own mark. */
function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  }
}

/**
 * UTF-16 without a byte-order mark: text in the Latin alphabets has a zero byte in every other place (the high
 * byte of each character), which no UTF-8 or Windows-1252 text has. Judged on the first 4 KB.
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const length = Math.min(bytes.length, 4096) & ~1;
  if (length < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenZeros += 1;
    if (bytes[i + 1] === 0) oddZeros += 1;
  }
  const pairs = length / 2;
  if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) return 'utf-16le';
  if (evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05) return 'utf-16be';
  return null;
}

/** The end of the line that starts at `start` (the index of its line break, or the text's length). */
function lineEnd(text: string, start: number): number {
  const end = text.slice(start).search(/\r\n|\r|\n/);
  return end < 0 ? text.length : start + end;
}

/** The index just past the line break at `end`. */
function nextLine(text: string, end: number): number {
  return text.startsWith('\r\n', end) ? end + 2 : end + 1;
}

/** Counts `,`, `;` and tabs outside double quotes in the record that starts at `start`, up to its line end. */
function countSeparators(text: string, start: number): Record<CsvText['separator'], number> {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = start; i < text.length; i += 1) {
    const ch = text[i] as string;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  return counts;
}

/** Reads the CSV file's bytes as text and finds its separator. */
export function readCsvText(bytes: Uint8Array): CsvText {
  const decoded = decode(bytes);
  let text = decoded.text.replace(/^\uFEFF/, '');
  // Blank lines before the header, and a `sep=` line: blanked, so parsing skips them and lines keep their numbers.
  let start = 0;
  let declared: CsvText['separator'] | null = null;
  while (start < text.length) {
    const end = lineEnd(text, start);
    const line = text.slice(start, end);
    const named: string | undefined = /^\s*sep=(.)\s*$/i.exec(line)?.[1];
    const sepLine = declared === null && (named === ',' || named === ';' || named === '\t');
    if (line.trim() !== '' && !sepLine) break;
    if (sepLine) declared = named as CsvText['separator'];
    text = text.slice(0, start) + text.slice(end);
    start = nextLine(text, start);
  }
  const counts = countSeparators(text, start);
  const best = (['\t', ';', ','] as const).reduce((a, b) => (counts[b] >= counts[a] ? b : a));
  const separator = declared ?? best;
  return {
    text,
    encoding: decoded.encoding,
    fallback: decoded.fallback,
    separator,
    separatorDeclared: declared !== null,
    headerFields: counts[separator] + 1,
  };
}

/**
 * The line of the file on which each record `parseCsv` returns starts (1-based), the header's first: records
 * end at a line break outside quotes, and a record with nothing in it (a blank line) is skipped, as it does.
 */
export function recordLines(text: string): number[] {
  const lines: number[] = [];
  let line = 1;
  let first = 1;
  let quoted = false;
  let blank = true;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i] as string;
    const lineBreak = ch === '\n' || (ch === '\r' && text[i + 1] !== '\n');
    if (quoted) {
      if (ch === '"' && text[i + 1] !== '"') quoted = false;
      else {
        if (ch === '"') i += 1;
        if (lineBreak) line += 1;
        blank = false;
      }
    } else if (ch === '"') quoted = true;
    else if (lineBreak) {
      if (!blank) lines.push(first);
      line += 1;
      first = line;
      blank = true;
    } else if (ch !== '\r') blank = false;
  }
  if (!blank) lines.push(first);
  return lines;
}
