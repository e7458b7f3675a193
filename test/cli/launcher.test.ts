/**
 * The `passcompass` launcher (bin/passcompass.js) starts the TypeScript runner in a real Node process, in a worker
 * thread with a limited heap, and runs it again without the limit when a run needs more.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { USAGE } from '../../src/local/cli/usage';
import { REPO, copyFixture, removeScratchFolders, scratchFolder } from './support';

afterAll(removeScratchFolders);

describe('bin/passcompass.js', () => {
  it('runs the CLI through tsx: --help prints the usage and exits with 0', () => {
    const result = spawnSync(process.execPath, [join(REPO, 'bin', 'passcompass.js'), '--help'], {
      cwd: REPO,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.error).toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(`${USAGE}\n`);
    expect(result.status).toBe(0);
  });

  it('runs a run that outgrows its heap limit again without the limit, saying so, and saves once', () => {
    const dir = scratchFolder();
    copyFixture('odd-roster.csv', dir);
    const result = spawnSync(
      process.execPath,
      [join(REPO, 'bin', 'passcompass.js'), 'run', '--in', 'odd-roster.csv', '--out', 'scored.xlsx'],
      // 4 MB cannot even hold the add-on's bundle: the first attempt always runs out.
      {
        cwd: dir,
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, PASSCOMPASS_HEAP_LIMIT_MB: '4' },
      },
    );
    expect(result.stderr).toBe(
      'passcompass: this run needs more than 4 MB of memory; running it again without that limit ' +
        '(nothing was saved by the first attempt).\n',
    );
    expect(result.status).toBe(0);
    // One run's output: the first attempt printed nothing before it ran out.
    expect(result.stdout.match(/^Read odd-roster.csv/gm)).toHaveLength(1);
    expect(result.stdout).toMatch(/\nSaved .*scored\.xlsx: 160 students; /);
    expect(existsSync(join(dir, 'scored.xlsx'))).toBe(true);
  });
});
