/**
 * When PassCompass itself stops (the add-on would show an alert about the data), the runner prints that
 * message, says at which step it stopped, exits with 1, and saves nothing. An error that is not meant for the
 * user (a bug, a missing build) exits with 3 and shows its stack.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_DIR } from '../../src/local/bundle';
import { copyFixture, passcompass, removeScratchFolders, scratchFolder } from './support';

afterAll(removeScratchFolders);

describe('passcompass run when the add-on stops', () => {
  it('stops at Check data on a roster without a required column, and names the column', async () => {
    const dir = scratchFolder();
    const input = copyFixture('missing-column.csv', dir);
    const before = { bytes: readFileSync(input), mtimeMs: statSync(input).mtimeMs };
    const run = await passcompass(['run', '--in', 'missing-column.csv', '--out', 'scored.xlsx'], dir);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '▸ Check data\n  The roster has no column for "failures". Add it to the header row (row 1); column order and extra columns do not matter.',
    );
    expect(run.stdout).not.toContain('Train model');
    expect(run.stderr).toBe(
      'passcompass: PassCompass stopped at Check data; nothing was saved and the input file is unchanged.',
    );
    expect(readdirSync(dir)).toEqual(['missing-column.csv']);
    expect({ bytes: readFileSync(input), mtimeMs: statSync(input).mtimeMs }).toEqual(before);
  });

  it('stops at Train model when there are too few students to cross-validate, and says why', async () => {
    const dir = scratchFolder();
    const lines = readFileSync(copyFixture('odd-roster.csv', dir), 'utf8').split('\n');
    writeFileSync(join(dir, 'tiny.csv'), `${lines.slice(0, 9).join('\n')}\n`);
    const run = await passcompass(['run', '--in', 'tiny.csv', '--out', 'scored.xlsx'], dir);

    expect(run.code).toBe(1);
    expect(run.stdout).toContain('▸ Check data\n  Checked 8 rows:');
    expect(run.stdout).toMatch(
      /▸ Train model\n {2}Cross-validation with 5 folds needs at least 5 different students/,
    );
    expect(run.stderr).toBe(
      'passcompass: PassCompass stopped at Train model; nothing was saved and the input file is unchanged.',
    );
    expect(readdirSync(dir).sort()).toEqual(['odd-roster.csv', 'tiny.csv']);
  });
});

describe('passcompass run on an unexpected error', () => {
  it('exits with 3 when the built add-on is missing, and says how to build it', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    const distDir = join(dir, 'no-dist');
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir, {
      distDir,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe(
      `passcompass: The built add-on is missing (${join(distDir, 'Code.js')}): run npm run build.`,
    );
  });

  it('exits with 3 and prints the stack when the add-on fails with an error that is not for the user', async () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    const distDir = join(dir, 'dist');
    mkdirSync(distDir);
    copyFileSync(join(DIST_DIR, 'Code.js'), join(distDir, 'Code.js'));
    writeFileSync(join(distDir, 'zz-test-double.js'), 'function checkData() { throw new Error("a bug"); }\n');
    const run = await passcompass(['run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'], dir, {
      distDir,
    });
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      /^passcompass: unexpected error \(the input file is unchanged\)\.\nError: a bug\n {4}at checkData/,
    );
    expect(readdirSync(dir).sort()).toEqual(['dist', 'odd-roster.csv']);
  });
});
