/**
 * Builds what clasp pushes: `dist/Code.js` (one ES2020 script: a named IIFE plus one top-level forwarding
 * function per entry point), `appsscript.json`, the sidebar/dialog `.html` files and the sample data files.
 * The output is deterministic so that CI can compare a fresh build with the committed `dist/`.
 */
import { build } from 'esbuild';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { SAMPLE_FILES } from '../src/core/data/sample';

const root = resolve(__dirname, '..');
export const GLOBAL_NAME = 'PassCompass';

/** The files of a build, by name, exactly as they are written to disk. */
export type BuildOutput = Map<string, string>;

/** package.json's version, which the bundle carries as `PASSCOMPASS_VERSION` (`src/version.ts`). */
export function packageVersion(): string {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof version !== 'string' || version === '') throw new Error('package.json has no version');
  return version;
}

export async function buildBundle(): Promise<BuildOutput> {
  const result = await build({
    entryPoints: [join(root, 'src/main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: GLOBAL_NAME,
    target: 'es2020',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    tsconfig: join(root, 'tsconfig.json'),
    define: { __PASSCOMPASS_VERSION__: JSON.stringify(packageVersion()) },
    banner: { js: '// PassCompass: built by scripts/build.ts from src/. Do not edit; run `npm run build`.' },
  });
  const iife = result.outputFiles[0]?.text;
  if (iife === undefined) throw new Error('esbuild produced no output');
  const names = entryPointNames(iife);
  const files: BuildOutput = new Map();
  files.set('Code.js', `${iife}\n${names.map(forwardingFunction).join('\n')}\n`);
  files.set('appsscript.json', readFileSync(join(root, 'appsscript.json'), 'utf8'));
  const sidebarClient = await buildSidebarClient();
  for (const file of readdirSync(join(root, 'src/ui'))
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = readFileSync(join(root, 'src/ui', file), 'utf8');
    files.set(
      file,
      html.replace(SIDEBAR_CLIENT_MARKER, () => `<script>\n${sidebarClient}</script>`),
    );
  }
  for (const sample of Object.values(SAMPLE_FILES)) {
    files.set(
      `${sample.projectFile}.html`,
      readFileSync(join(root, 'data/uci-student', sample.sourceCsv), 'utf8'),
    );
  }
  return files;
}

/** The line of `Sidebar.html` that the sidebar's script replaces. */
export const SIDEBAR_CLIENT_MARKER =
  /<!-- sidebar client: replaced by the bundle of src\/sidebar\/client.ts when dist\/ is built -->/;

/**
 * The sidebar page's script, for the browser (an HtmlService page is a plain web page): one ES2020 IIFE, so
 * that it shares the request and reply types with the server (`src/ui/sidebar-protocol.ts`).
 */
async function buildSidebarClient(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/sidebar/client.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    charset: 'utf8',
    legalComments: 'none',
    minify: false,
    tsconfig: join(root, 'src/sidebar/tsconfig.json'),
  });
  const script = result.outputFiles[0]?.text;
  if (script === undefined) throw new Error('esbuild produced no sidebar script');
  // An HTML parser would end the script at the first closing script tag inside it.
  if (/<\/script/i.test(script)) throw new Error('The sidebar script contains a closing script tag');
  return script;
}

/**
 * Evaluates the bundle in an empty context and lists `entryPoints`. This doubles as a check that loading the
 * bundle does no work: any call to an Apps Script service at load time fails here, with no services defined.
 */
export function entryPointNames(iife: string): string[] {
  const context: Record<string, unknown> = {};
  runInNewContext(iife, context, { filename: 'Code.js' });
  const bundle = context[GLOBAL_NAME] as { entryPoints?: Record<string, unknown> } | undefined;
  const entryPoints = bundle?.entryPoints;
  if (!entryPoints) throw new Error(`The bundle does not export entryPoints from src/main.ts`);
  return Object.keys(entryPoints);
}

function forwardingFunction(name: string): string {
  return `function ${name}() {\n  return ${GLOBAL_NAME}.entryPoints.${name}.apply(null, arguments);\n}`;
}

export function writeOutput(files: BuildOutput, outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  for (const [name, text] of files) writeFileSync(join(outDir, basename(name)), text);
}

if (require.main === module) {
  buildBundle()
    .then((files) => {
      writeOutput(files, join(root, 'dist'));
      const size = files.get('Code.js')?.length ?? 0;
      console.log(`dist/: ${[...files.keys()].join(', ')} (Code.js ${(size / 1024).toFixed(1)} KiB)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
