import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');

/** Lints `code` as if it were `filePath`, through the ESLint CLI (its config loader needs real ES modules). */
async function ruleIds(code: string, filePath: string): Promise<string[]> {
  const eslint = join(root, 'node_modules/.bin/eslint');
  const run = spawnSync(eslint, ['--format', 'json', '--stdin', '--stdin-filename', filePath], {
    cwd: root,
    input: code,
    encoding: 'utf8',
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null }[] }[];
  return (result?.messages ?? []).map((m) => m.ruleId ?? 'parse-error');
}

describe('the layering lint rules', () => {
  it.each(['src/core/model/probe.ts', 'src/jobs/probe.ts'])(
    'forbid Apps Script services in %s',
    async (file) => {
      expect(await ruleIds('export const s = () => SpreadsheetApp.getActive();\n', file)).toEqual([
        'no-restricted-globals',
      ]);
      expect(await ruleIds('export const m = () => MailApp.getRemainingDailyQuota();\n', file)).toEqual([
        'no-restricted-globals',
      ]);
    },
  );

  it('allow Apps Script services in the adapters', async () => {
    expect(
      await ruleIds('export const s = () => SpreadsheetApp.getActive();\n', 'src/sheets/probe.ts'),
    ).toEqual([]);
  });

  it('forbid Node modules and the local runtime in bundled code', async () => {
    expect(
      await ruleIds(
        "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n",
        'src/jobs/probe.ts',
      ),
    ).toEqual(['no-restricted-imports']);
    expect(
      await ruleIds(
        "import { CallLog } from '../local/call-log';\nexport const c = CallLog;\n",
        'src/sheets/probe.ts',
      ),
    ).toEqual(['no-restricted-imports']);
  });
});
