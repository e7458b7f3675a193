/**
 * The GitHub Actions workflows, checked with the real validator (@action-validator/cli, which validates against
 * the published workflow schema) and read for what matters here: CI runs the README's test command with
 * Debian's Chromium, and deployment happens only from main and only when its secrets are set.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM } from '../browser/chromium';

const root = resolve(__dirname, '../..');
const workflowsDir = join(root, '.github/workflows');
const validator = join(root, 'node_modules/.bin/action-validator');
const workflowFiles = readdirSync(workflowsDir).filter((f) => /\.ya?ml$/.test(f));
const ci = readFileSync(join(workflowsDir, 'ci.yml'), 'utf8');

function validate(file: string): { status: number | null; output: string } {
  const run = spawnSync(validator, [file], { encoding: 'utf8' });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

/** The text of one job: from `  name:` under `jobs:` to the next job. */
function job(name: string): string {
  const jobs = ci.slice(ci.search(/^jobs:$/m));
  const start = jobs.search(new RegExp(`^  ${name}:$`, 'm'));
  if (start < 0) throw new Error(`No job ${name} in ci.yml`);
  const rest = jobs.slice(start + 1);
  const end = rest.search(/^ {2}[\w-]+:$/m);
  return end < 0 ? jobs.slice(start) : jobs.slice(start, start + 1 + end);
}

/** The steps of a job, each as its text (from its `- ` to the next). */
function steps(jobText: string): string[] {
  return jobText
    .slice(jobText.search(/^ {4}steps:$/m))
    .split(/^ {6}- /m)
    .slice(1);
}

describe('the GitHub Actions workflows', () => {
  it('exist', () => {
    expect(workflowFiles).toContain('ci.yml');
  });

  it.each(workflowFiles)('%s passes action-validator', (file) => {
    const result = validate(join(workflowsDir, file));
    expect(result.output).toBe('');
    expect(result.status).toBe(0);
  });

  it('the validator fails a broken copy (so the check above can fail)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'passcompass-workflow-'));
    const broken = join(dir, 'ci.yml');
    expect(ci).toContain('runs-on: ubuntu-latest');
    writeFileSync(broken, ci.replace(/runs-on: ubuntu-latest/g, 'runs-onn: ubuntu-latest'));
    const result = validate(broken);
    expect(result.status).not.toBe(0);
    expect(result.output).toContain("Additional property 'runs-onn' is not allowed");
  });

  it('pins every action to at least a major version', () => {
    const uses = [...ci.matchAll(/uses: (\S+)/g)].map((m) => m[1] ?? '');
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout@v4', 'actions/setup-node@v4']));
    for (const action of uses) expect(action).toMatch(/@(v\d+(\.\d+)*|[0-9a-f]{40})$/);
  });
});

describe('the CI job', () => {
  const test = job('test');

  it('runs on every push and pull request', () => {
    expect(ci).toMatch(/^on:\n {2}push:\n {2}pull_request:\n/m);
  });

  it('runs the same test command as .ci/run and the README (npm test) after npm ci, on Node 20', () => {
    const runs = [...test.matchAll(/^ {8}run: (.+)$/gm)].map((m) => m[1]);
    expect(runs).toEqual(expect.arrayContaining(['npm ci --no-audit --no-fund', 'npm test']));
    expect(runs.indexOf('npm test')).toBeGreaterThan(runs.indexOf('npm ci --no-audit --no-fund'));
    expect(test).toMatch(/node-version: 20\n\s+cache: npm/);
    expect(readFileSync(join(root, '.ci/run'), 'utf8')).toMatch(/^npm test$/m);
    expect(readFileSync(join(root, 'README.md'), 'utf8')).toMatch(/^npm test\s/m);
  });

  it('npm test covers lint, the type check and the dist/ freshness check', () => {
    const scripts = (
      JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    for (const part of ['npm run lint', 'npm run typecheck', 'npm run check:dist', 'npm run test:unit'])
      expect(scripts['test']).toContain(part);
  });

  it("installs Debian's Chromium where the browser tests look for it", () => {
    expect(test).toMatch(/container:\n\s+image: debian:bookworm/);
    expect(test).toMatch(/apt-get install[^\n]*\\\n\s+chromium /);
    expect(test).toContain(`${CHROMIUM} --version`);
    expect(readFileSync(join(root, 'scripts/require-chromium.js'), 'utf8')).toContain(`'${CHROMIUM}'`);
  });
});

describe('the deploy job', () => {
  const deploy = job('deploy');
  const deploySteps = steps(deploy);

  it('runs after the tests pass, on a push to main only', () => {
    expect(deploy).toMatch(/^ {4}needs: test$/m);
    expect(deploy).toMatch(/^ {4}if: github\.event_name == 'push' && github\.ref == 'refs\/heads\/main'$/m);
  });

  it('reads the secrets through env (a job-level if cannot read secrets)', () => {
    for (const secret of ['CLASPRC_JSON', 'SCRIPT_ID', 'DEPLOYMENT_ID'])
      expect(deploy).toContain(`${secret}: \${{ secrets.${secret} }}`);
    expect(ci).not.toMatch(/^\s+if:.*(?<![.\w])secrets\./m);
  });

  it('does nothing but check for the secrets when any of them is missing', () => {
    const [check, ...rest] = deploySteps;
    expect(check).toContain('id: secrets');
    expect(check).toContain('[ -n "$CLASPRC_JSON" ] && [ -n "$SCRIPT_ID" ] && [ -n "$DEPLOYMENT_ID" ]');
    expect(rest.length).toBeGreaterThan(0);
    for (const step of rest)
      expect(step).toMatch(/^\s+if: (always\(\) && )?steps\.secrets\.outputs\.present == 'true'$/m);
  });

  it("writes clasp's credentials and the script id, pushes dist/ and updates the web-app deployment", () => {
    const all = deploySteps.join('');
    expect(all).toContain('> "$HOME/.clasprc.json"');
    expect(all).toContain('project.scriptId = process.env.SCRIPT_ID');
    expect(all).toContain('npx clasp push --force');
    expect(all).toContain('npx clasp update-deployment "$DEPLOYMENT_ID"');
    expect(all.indexOf('clasp push')).toBeLessThan(all.indexOf('clasp update-deployment'));
  });
});
