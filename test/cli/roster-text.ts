/**
 * The messy test roster (`fixtures/odd-roster.csv`) as cells, to change and write back as CSV text with any
 * separator, so a test can build the file it needs (an encoding, a separator, a payload) in its scratch folder.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import { FIXTURES, asImportedFromCsv } from './support';

/** The odd roster's header and rows (a fresh copy each call). */
export function oddRoster(): string[][] {
  const { header, rows } = parseCsv(readFileSync(join(FIXTURES, 'odd-roster.csv'), 'utf8'));
  return [header, ...rows];
}

/** `cells` as CSV text: fields quoted when they hold a separator, a quote or a line break; CRLF lines. */
export function csvText(cells: readonly (readonly string[])[], separator = ','): string {
  const quote = (field: string) => (/[",;\t\r\n]/.test(field) ? `"${field.replace(/"/g, '""')}"` : field);
  return `${cells.map((row) => row.map(quote).join(separator)).join('\r\n')}\r\n`;
}

/** What the Students sheet holds after the runner imports `cells` (Sheets' typing; formula-like text as text). */
export function imported(cells: readonly (readonly string[])[]): unknown[][] {
  return cells.map((row) => row.map(asImportedFromCsv));
}

/** The file's bytes and modification time, to compare before and after a run. */
export function fingerprint(path: string): { bytes: Buffer; mtimeMs: number } {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

/** Asserts that `saved` (a sheet's values) holds `expected` cell for cell, row by row (so a failure names it). */
export function expectCellsKept(saved: unknown[][] | null, expected: unknown[][]): void {
  expect(saved?.length).toBe(expected.length);
  expected.forEach((row, r) => {
    const kept = (saved?.[r] ?? []).slice(0, row.length);
    expect({ row: r + 1, cells: kept }).toEqual({ row: r + 1, cells: row });
  });
}
