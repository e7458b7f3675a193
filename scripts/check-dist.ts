/** CI gate on the deploy set: fresh build = committed dist/, ES2020 script, exact scopes, clasp pushes dist/. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBundle } from './build';
import { claspProblems, es2020ScriptProblems, manifestProblems, staleDistProblems } from './dist-checks';

const root = resolve(__dirname, '..');
const dist = join(root, 'dist');

async function main(): Promise<void> {
  const problems = [
    ...staleDistProblems(dist, await buildBundle()),
    ...es2020ScriptProblems(readFileSync(join(dist, 'Code.js'), 'utf8')),
    ...manifestProblems(readFileSync(join(dist, 'appsscript.json'), 'utf8')),
    ...claspProblems(root, join(root, 'node_modules/.bin/clasp')),
  ];
  if (problems.length) {
    console.error(
      `dist/ checks failed:\n- ${problems.join('\n- ')}\nRun \`npm run build\` and commit dist/.`,
    );
    process.exit(1);
  }
  console.log(
    'dist/ checks passed: fresh build, ES2020 script, documented scopes, clasp pushes exactly dist/.',
  );
}

void main();
