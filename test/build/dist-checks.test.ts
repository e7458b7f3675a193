import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBundle, type BuildOutput } from '../../scripts/build';
import {
  DOCUMENTED_SCOPES,
  claspProblems,
  es2020ScriptProblems,
  manifestProblems,
  staleDistProblems,
} from '../../scripts/dist-checks';

const root = resolve(__dirname, '../..');
const claspBin = join(root, 'node_modules/.bin/clasp');

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'passcompass-dist-'));
}

function writeFiles(dir: string, files: Record<string, string>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

describe('the build', () => {
  let fresh: BuildOutput;
  beforeAll(async () => {
    fresh = await buildBundle();
  });

  it('is deterministic', async () => {
    const again = await buildBundle();
    expect([...again.entries()]).toEqual([...fresh.entries()]);
  });

  it('appends one top-level forwarding function per entry point', () => {
    const code = fresh.get('Code.js') ?? '';
    for (const name of [
      'onOpen',
      'onInstall',
      'loadSampleMath',
      'loadSamplePortuguese',
      'loadSampleBothCourses',
    ]) {
      expect(code).toContain(
        `\nfunction ${name}() {\n  return PassCompass.entryPoints.${name}.apply(null, arguments);`,
      );
    }
  });

  it('ships the manifest and both sample files', () => {
    expect([...fresh.keys()].sort()).toEqual(
      expect.arrayContaining([
        'Code.js',
        'appsscript.json',
        'sample-student-mat.html',
        'sample-student-por.html',
      ]),
    );
    expect(fresh.get('sample-student-mat.html')).toBe(
      readFileSync(join(root, 'data/uci-student/student-mat.csv'), 'utf8'),
    );
  });
});

describe('the stale-dist check', () => {
  const files = new Map([
    ['Code.js', 'function a() {}\n'],
    ['appsscript.json', '{}'],
  ]);

  it('passes when dist/ equals the fresh build', () => {
    const dir = tempDir();
    writeFiles(dir, Object.fromEntries(files));
    expect(staleDistProblems(dir, files)).toEqual([]);
  });

  it('fails on an edited, a missing or an extra file', () => {
    const dir = tempDir();
    writeFiles(dir, { 'Code.js': 'function a() { return 1; }\n', 'old.html': '<p></p>' });
    expect(staleDistProblems(dir, files)).toEqual([
      'dist/old.html is not produced by the build',
      'dist/Code.js differs from a fresh build',
      'dist/appsscript.json is missing',
    ]);
  });

  it('passes on the committed dist/', async () => {
    expect(staleDistProblems(join(root, 'dist'), await buildBundle())).toEqual([]);
  });
});

describe('the ES2020 script check', () => {
  it.each([
    ['an ES module', 'export function onOpen() {}'],
    ['a static class field', 'class A { static x = 1; }'],
    ['a private field', 'class A { #x = 1; }'],
    ['top-level await', 'await Promise.resolve();'],
  ])('rejects %s', (_label, code) => {
    expect(es2020ScriptProblems(code)).toHaveLength(1);
  });

  it('accepts the committed bundle', () => {
    expect(es2020ScriptProblems(readFileSync(join(root, 'dist/Code.js'), 'utf8'))).toEqual([]);
  });
});

describe('the manifest check', () => {
  const manifest = (scopes: string[], runtimeVersion = 'V8') =>
    JSON.stringify({ runtimeVersion, oauthScopes: scopes });

  it('accepts exactly the documented scopes', () => {
    expect(manifestProblems(manifest([...DOCUMENTED_SCOPES].reverse()))).toEqual([]);
  });

  it('rejects a broader scope and names it', () => {
    const problems = manifestProblems(
      manifest([...DOCUMENTED_SCOPES, 'https://www.googleapis.com/auth/spreadsheets']),
    );
    expect(problems).toEqual([
      'appsscript.json asks for undocumented scopes: https://www.googleapis.com/auth/spreadsheets',
    ]);
  });

  it('rejects a missing scope and a non-V8 runtime', () => {
    const problems = manifestProblems(manifest(DOCUMENTED_SCOPES.slice(1), 'STABLE'));
    expect(problems).toEqual([
      `appsscript.json lacks scopes: ${DOCUMENTED_SCOPES[0]}`,
      'appsscript.json must set runtimeVersion "V8"',
    ]);
  });

  it('accepts the committed manifest', () => {
    expect(manifestProblems(readFileSync(join(root, 'appsscript.json'), 'utf8'))).toEqual([]);
  });
});

describe('the clasp deploy-set check', () => {
  const project = (rootDir: string, dist: Record<string, string>) => {
    const dir = tempDir();
    writeFiles(dir, { '.clasp.json': JSON.stringify({ scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID', rootDir }) });
    writeFiles(join(dir, 'dist'), dist);
    return dir;
  };
  const goodDist = {
    'Code.js': 'function a() {}',
    'appsscript.json': '{"timeZone":"Etc/UTC"}',
    'Sidebar.html': '<p></p>',
  };

  it('passes when clasp would push exactly dist/', () => {
    expect(claspProblems(project('dist', goodDist), claspBin)).toEqual([]);
  });

  it('fails when dist/ holds a file clasp would not push', () => {
    expect(claspProblems(project('dist', { ...goodDist, 'notes.txt': 'x' }), claspBin)).toEqual([
      'clasp would not push: notes.txt',
    ]);
  });

  it('fails when rootDir is not dist', () => {
    const problems = claspProblems(project('.', goodDist), claspBin);
    expect(problems[0]).toBe('.clasp.json rootDir is ., not "dist"');
  });

  it('passes on the repository itself, whose .clasp.json holds the placeholder script id', () => {
    expect(JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'))).toEqual({
      scriptId: 'REPLACE_WITH_YOUR_SCRIPT_ID',
      rootDir: 'dist',
    });
    expect(claspProblems(root, claspBin)).toEqual([]);
  });
});
