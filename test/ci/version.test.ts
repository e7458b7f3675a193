/**
 * PassCompass's version (package.json's "version") reaches what is deployed: esbuild writes it into the bundle
 * (scripts/build.ts), the sidebar shows it (test/browser/sidebar.test.ts), each training run records it in
 * its Experiments row's parameters, and each registered version in its model JSON, under its checksum, which the
 * model card shows. CHANGELOG.md names the same version.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildBundle, packageVersion } from '../../scripts/build';
import { EXPERIMENT_HEADER } from '../../src/jobs/experiments';
import { VERSION_HEADER } from '../../src/jobs/registry';
import { saveSettings, sheetValues, withSample } from '../bundle/support';

const root = resolve(__dirname, '../..');
const versionLine = (code: string) => /var PASSCOMPASS_VERSION = .*;/.exec(code)?.[0] ?? '';

describe("PassCompass's version", () => {
  const version = packageVersion();

  it('is a semantic version in package.json', () => {
    expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/);
  });

  it('is written into a fresh build and into the committed dist/Code.js', async () => {
    const fresh = (await buildBundle()).get('Code.js') ?? '';
    const committed = readFileSync(join(root, 'dist/Code.js'), 'utf8');
    for (const code of [fresh, committed]) {
      expect(versionLine(code)).toContain(JSON.stringify(version));
      expect(code).not.toContain('__PASSCOMPASS_VERSION__');
    }
  });

  it("is recorded in each training run's Experiments parameters and in the version's model JSON", () => {
    const started = withSample();
    saveSettings(started.runtime, { mode: 'early', folds: 3 });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('trainModel');
    const rows = sheetValues(started.runtime, 'Experiments') ?? [];
    const parameters = rows[1]?.[EXPERIMENT_HEADER.indexOf('Parameters (JSON)')];
    expect(JSON.parse(String(parameters))).toMatchObject({ addOnVersion: version });
    const versions = sheetValues(started.runtime, 'Versions') ?? [];
    const model = versions[1]?.[VERSION_HEADER.indexOf('Model (JSON)')];
    expect(JSON.parse(String(model))).toMatchObject({ addOnVersion: version });
    const card = (sheetValues(started.runtime, 'Model card v1') ?? []).flat().map(String);
    expect(card.some((cell) => cell.endsWith(`Registered by PassCompass ${version}.`))).toBe(true);
  });

  it("heads CHANGELOG.md's latest release", () => {
    const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
    const released = /^## \[(\d+\.\d+\.\d+[^\]]*)\]/m.exec(changelog)?.[1];
    expect(changelog).toMatch(/^## \[Unreleased\]/m);
    expect(released).toBe(version);
  });
});
