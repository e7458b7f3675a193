/** The `passcompass` launcher (bin/passcompass.js) starts the TypeScript runner in a real Node process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { USAGE } from '../../src/local/cli/usage';
import { REPO } from './support';

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
});
