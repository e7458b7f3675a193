/**
 * Checks on what clasp would push. Each returns a list of problems (empty when all is well), so the same code
 * serves CI (`npm run check:dist`) and the tests that show each check failing on a bad input.
 */
import { parse } from 'acorn';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BuildOutput } from './build';

/** The OAuth scopes PassCompass asks for, and no others (least privilege; see README). */
export const DOCUMENTED_SCOPES = [
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
  'https://www.googleapis.com/auth/script.send_mail',
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
];

/** Compares the files in `distDir` with a fresh build, byte for byte and file for file. */
export function staleDistProblems(distDir: string, fresh: BuildOutput): string[] {
  const problems: string[] = [];
  const onDisk = existsSync(distDir) ? readdirSync(distDir).sort() : [];
  for (const name of onDisk) if (!fresh.has(name)) problems.push(`dist/${name} is not produced by the build`);
  for (const [name, text] of fresh) {
    if (!onDisk.includes(name)) problems.push(`dist/${name} is missing`);
    else if (readFileSync(join(distDir, name), 'utf8') !== text)
      problems.push(`dist/${name} differs from a fresh build`);
  }
  return problems;
}

/** Apps Script parses each file as an ES2020 script: no `import`/`export`, no class fields, no `#private`. */
export function es2020ScriptProblems(code: string, fileName = 'Code.js'): string[] {
  try {
    parse(code, { ecmaVersion: 2020, sourceType: 'script' });
    return [];
  } catch (error) {
    return [`${fileName} does not parse as an ES2020 script: ${(error as Error).message}`];
  }
}

/** The manifest must ask for exactly the documented scopes and run on V8. */
export function manifestProblems(manifestText: string): string[] {
  const manifest = JSON.parse(manifestText) as { oauthScopes?: string[]; runtimeVersion?: string };
  const problems: string[] = [];
  const scopes = [...(manifest.oauthScopes ?? [])].sort();
  const extra = scopes.filter((s) => !DOCUMENTED_SCOPES.includes(s));
  const missing = DOCUMENTED_SCOPES.filter((s) => !scopes.includes(s));
  if (extra.length) problems.push(`appsscript.json asks for undocumented scopes: ${extra.join(', ')}`);
  if (missing.length) problems.push(`appsscript.json lacks scopes: ${missing.join(', ')}`);
  if (manifest.runtimeVersion !== 'V8') problems.push('appsscript.json must set runtimeVersion "V8"');
  return problems;
}

/**
 * Runs `clasp status --json` (offline) in `projectDir` and checks that it would push exactly the files of
 * its `dist/`, from a `.clasp.json` whose rootDir is `dist`.
 */
export function claspProblems(projectDir: string, claspBin: string): string[] {
  const problems: string[] = [];
  const config = JSON.parse(readFileSync(join(projectDir, '.clasp.json'), 'utf8')) as { rootDir?: string };
  if (config.rootDir !== 'dist')
    problems.push(`.clasp.json rootDir is ${String(config.rootDir)}, not "dist"`);
  const output = execFileSync(claspBin, ['status', '--json'], { cwd: projectDir, encoding: 'utf8' });
  const status = JSON.parse(output.slice(output.indexOf('{'))) as { filesToPush?: string[] };
  const pushed = (status.filesToPush ?? []).map((f) => f.replace(/^dist\//, '')).sort();
  const distFiles = readdirSync(join(projectDir, 'dist')).sort();
  const notPushed = distFiles.filter((f) => !pushed.includes(f));
  const strays = pushed.filter((f) => !distFiles.includes(f));
  if (notPushed.length) problems.push(`clasp would not push: ${notPushed.join(', ')}`);
  if (strays.length) problems.push(`clasp would push files outside dist/: ${strays.join(', ')}`);
  return problems;
}
