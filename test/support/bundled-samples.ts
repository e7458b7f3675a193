/** Reads the vendored UCI sample files, for tests that need the real data. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { SAMPLE_FILES } from '../../src/core/data/sample';

export const repoRoot = resolve(__dirname, '../..');

/** The text of a bundled project file by its Apps Script name (`sample-student-mat` → the Math CSV). */
export function sampleProjectFile(name: string): string {
  const sample = Object.values(SAMPLE_FILES).find((file) => file.projectFile === name);
  if (!sample) throw new Error(`No project file named ${name}`);
  return readFileSync(join(repoRoot, 'data/uci-student', sample.sourceCsv), 'utf8');
}
