/**
 * The offline runner's promise: the input file is only ever read. It refuses to write over it under any name,
 * refuses to overwrite an existing output unless told to, and leaves the input's bytes and modification time
 * exactly as they were, whether the run succeeds or stops.
 */
import {
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  sheetNames,
} from './support';

afterAll(removeScratchFolders);

/** The file's bytes and modification time, to compare before and after a run. */
function fingerprint(path: string) {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

describe('passcompass run never modifies its input', () => {
  it.each(['odd-roster.csv', 'roster-workbook.xlsx'])(
    'leaves %s byte for byte as it was, with the same modification time',
    async (fixture) => {
      const dir = scratchFolder();
      const input = copyFixture(fixture, dir);
      const before = fingerprint(input);
      const run = await passcompass(['run', '--in', fixture, '--out', 'scored.xlsx'], dir);
      expect(run.code).toBe(0);
      expect(fingerprint(input)).toEqual(before);
    },
  );

  it.each([
    ['the same name', 'roster.xlsx', false],
    ['another spelling of the same path', './sub/../roster.xlsx', true],
  ])('refuses --out naming the input file itself (%s), even with --force', async (_what, out, force) => {
    const dir = scratchFolder();
    const input = copyFixture('roster-workbook.xlsx', dir, 'roster.xlsx');
    const before = fingerprint(input);
    const run = await passcompass(
      ['run', '--in', 'roster.xlsx', '--out', out, ...(force ? ['--force'] : [])],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `passcompass: --out ${out} is the input file itself; PassCompass never writes over its input. Choose another name.`,
    );
    expect(run.stdout).toBe('');
    expect(fingerprint(input)).toEqual(before);
  });

  it.each([
    ['a symbolic link', symlinkSync],
    ['a hard link', linkSync],
  ])('refuses --out that is %s to the input, even with --force', async (_what, link) => {
    const dir = scratchFolder();
    const input = copyFixture('roster-workbook.xlsx', dir, 'roster.xlsx');
    link(input, join(dir, 'alias.xlsx'));
    const before = fingerprint(input);
    const run = await passcompass(['run', '--in', 'roster.xlsx', '--out', 'alias.xlsx', '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is the input file itself');
    expect(fingerprint(input)).toEqual(before);
  });

  it('refuses to overwrite an existing output without --force, before doing any work', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    const existing = join(dir, 'scored.xlsx');
    writeFileSync(existing, 'last term');
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('passcompass: scored.xlsx already exists; add --force to overwrite it.');
    expect(run.stdout).toBe('');
    expect(readFileSync(existing, 'utf8')).toBe('last term');
  });

  it('overwrites an existing output with --force', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    writeFileSync(join(dir, 'scored.xlsx'), 'last term');
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx', '--force'], dir);
    expect(run.code).toBe(0);
    expect(sheetNames(await readWorkbook(join(dir, 'scored.xlsx')))).toContain('Students');
  });

  it.each([
    [
      'an output that is not .xlsx',
      'scored.csv',
      'scored.csv: the result is always an .xlsx workbook, so --out must end in .xlsx.',
    ],
    ['an output in a folder that does not exist', 'nowhere/scored.xlsx', 'nowhere/scored.xlsx: the folder'],
    ['an output that is a folder', 'folder.xlsx', 'folder.xlsx is a folder, not a file name.'],
  ])('refuses %s (exit code 2)', async (_what, out, message) => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    mkdirSync(join(dir, 'folder.xlsx'));
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', out], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(readdirSync(dir).sort()).toEqual(['folder.xlsx', 'odd-roster.csv']);
  });
});
