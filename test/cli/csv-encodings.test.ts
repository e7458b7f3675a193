/**
 * CSV files as other programs save them: Latin-1 (older Excel on Windows), UTF-16 (Excel's "Unicode text"),
 * semicolons after blank lines, tabs, an Excel `sep=` line. Each is read cell for cell, with a note saying how;
 * a file the runner cannot use stops with one line that names the place, and the input is never changed.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvText, expectCellsKept, fingerprint, imported, oddRoster } from './roster-text';
import { passcompass, readWorkbook, removeScratchFolders, scratchFolder, valuesOf } from './support';

afterAll(removeScratchFolders);

const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();

interface Case {
  what: string;
  bytes: (cells: string[][]) => Buffer;
  note: string | null;
}

const READABLE: Case[] = [
  {
    what: 'Latin-1 (as older Excel saves it on Windows)',
    bytes: (cells) => Buffer.from(csvText(cells), 'latin1'),
    note:
      'roster.csv was read as Windows-1252 (Latin-1) text, with commas between fields.\n' +
      'roster.csv is not UTF-8 text: Windows-1252 (Latin-1) is the encoding older Excel versions save CSV files ' +
      'in. If accented letters look wrong in the output, save the file as "CSV UTF-8" and run again.',
  },
  {
    what: 'UTF-16 LE with a byte-order mark and semicolons',
    bytes: (cells) => Buffer.from(`\uFEFF${csvText(cells, ';')}`, 'utf16le'),
    note: 'roster.csv was read as UTF-16 LE text, with semicolons between fields.',
  },
  {
    what: 'UTF-16 BE with a byte-order mark and tabs',
    bytes: (cells) => utf16be(`\uFEFF${csvText(cells, '\t')}`),
    note: 'roster.csv was read as UTF-16 BE text, with tabs between fields.',
  },
  {
    what: 'semicolons after blank lines',
    bytes: (cells) => Buffer.from(`\r\n \r\n${csvText(cells, ';')}`),
    note: null,
  },
  {
    what: 'tabs',
    bytes: (cells) => Buffer.from(csvText(cells, '\t')),
    note: 'roster.csv was read as UTF-8 text, with tabs between fields.',
  },
  {
    what: 'an Excel "sep=" line',
    bytes: (cells) => Buffer.from(`sep=;\r\n${csvText(cells, ';')}`),
    note: 'roster.csv was read as UTF-8 text, with semicolons between fields (as its "sep=" line says).',
  },
];

describe('passcompass run on CSV files in other encodings and separators', () => {
  it.each(READABLE)('reads a roster in $what, cell for cell, and says how', async ({ bytes, note }) => {
    const dir = scratchFolder();
    const cells = oddRoster();
    expect(cells.flat().join('')).toMatch(/João.*Inês/);
    writeFileSync(join(dir, 'roster.csv'), bytes(cells));
    const before = fingerprint(join(dir, 'roster.csv'));
    const run = await passcompass(['run', '--in', 'roster.csv', '--out', 'scored.xlsx'], dir);

    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const read = 'Read roster.csv: 160 student rows, 36 columns, 1 sheet.';
    expect(run.stdout).toContain(note === null ? `${read}\n▸ Check data` : `${read}\n${note}\n▸ Check data`);
    expectCellsKept(valuesOf(await readWorkbook(join(dir, 'scored.xlsx')), 'Students'), imported(cells));
    expect(fingerprint(join(dir, 'roster.csv'))).toEqual(before);
  });

  it('says when the header line has no separator it knows, before the add-on stops on the columns', async () => {
    const dir = scratchFolder();
    const cells = oddRoster().map((row) => row.map((field) => field.replace(/[,;]/g, ' ')));
    writeFileSync(join(dir, 'roster.csv'), cells.map((row) => row.join('|')).join('\n'));
    const run = await passcompass(['run', '--in', 'roster.csv', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      'roster.csv: its header line has no comma, semicolon or tab, so the roster was read as a single column.',
    );
    expect(readdirSync(dir)).toEqual(['roster.csv']);
  });
});

describe('passcompass run on a CSV file it cannot use', () => {
  it.each([
    [
      'a row of the wrong width, named by its line in the file (after blank lines and a "sep=" line)',
      () => {
        const cells = oddRoster();
        (cells[3] as string[]).push('extra');
        return Buffer.from(`\n\nsep=,\n${csvText(cells)}`);
      },
      'roster.csv: CSV line 7 has 37 fields where the header has 36.',
    ],
    [
      'rows of several fields under a header of one, with a hint about the separator',
      () =>
        Buffer.from(
          oddRoster()
            .map((row) => row.join('|'))
            .join('\n'),
        ),
      'roster.csv: CSV line 2 has 2 fields where the header has 1. Its header line has no comma, semicolon or ' +
        'tab: are its fields separated by another character?',
    ],
    [
      'a cell longer than a Sheets cell',
      () => {
        const cells = oddRoster();
        (cells[4] as string[])[1] = `@${'x'.repeat(50_000)}`;
        return Buffer.from(csvText(cells));
      },
      'roster.csv: the cell in row 5, column B ("Tutor group") holds 50,001 characters; a Google Sheets cell ' +
        'holds at most 50,000.',
    ],
  ])('stops on %s with exit code 2', async (_what, bytes, message) => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'roster.csv'), bytes());
    const before = fingerprint(join(dir, 'roster.csv'));
    const run = await passcompass(['run', '--in', 'roster.csv', '--out', 'scored.xlsx'], dir);
    expect([run.code, run.stderr, run.stdout]).toEqual([2, `passcompass: ${message}`, '']);
    expect(fingerprint(join(dir, 'roster.csv'))).toEqual(before);
    expect(readdirSync(dir)).toEqual(['roster.csv']);
  });
});
