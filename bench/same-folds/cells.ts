/**
 * The cells of `passcompass evaluate` (a dataset and a setup of Cortez and Silva, 2008) and the exact folds it
 * uses, so that scikit-learn can be run on identical folds. The rows, labels, groups and feature set are built
 * as `src/local/cli/evaluate-command.ts` builds them (the vendored UCI files, joined Math first with a `course`
 * column, optionally without the students whose final grade is 0); the folds of repeat r are
 * `stratifiedGroupFolds(labels, groups, folds, seededRandom(seed + r))`, the call `crossValidate` makes for
 * `evaluateCell`'s repeat r. Node-only; nothing here is shipped.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { type StudentRecord, attributeNamed, isCategorical } from '../../src/core/data/dictionary';
import { matchKey } from '../../src/core/data/match-key';
import type { CrossValidationInput } from '../../src/core/model/cross-validation';
import { type FeatureSet, featureSetFor } from '../../src/core/model/feature-sets';
import { stratifiedGroupFolds } from '../../src/core/model/folds';
import { failLabels } from '../../src/core/model/target';
import { seededRandom } from '../../src/core/random';
import { loadUciCourse, loadUciJoined } from '../../test/support/uci';

export type Course = 'Math' | 'Portuguese' | 'Joined';
export type Setup = 'A' | 'B' | 'C';

export const COURSES: readonly Course[] = ['Math', 'Portuguese', 'Joined'];

/**
 * The Debian interpreter that has `python3-sklearn` (the first `python3` on PATH may not);
 * `PASSCOMPASS_SKLEARN_PYTHON` names another one (e.g. to see what happens without scikit-learn).
 */
export const PYTHON = process.env['PASSCOMPASS_SKLEARN_PYTHON'] ?? '/usr/bin/python3';
export const SKLEARN_SCRIPT = resolve(__dirname, 'sklearn_cv.py');

/** The rows of `course`, as `passcompass evaluate` reads them (every UCI row has a final grade). */
export function courseRecords(course: Course, withoutDropouts = false): StudentRecord[] {
  const records =
    course === 'Joined' ? loadUciJoined() : loadUciCourse(course === 'Math' ? 'math' : 'portuguese');
  return withoutDropouts ? records.filter((r) => r['G3'] !== 0) : records;
}

/** The add-on's feature set for `setup` (evaluate-command's `featureSet`): C early, B mid without G2, A mid. */
export function setupFeatureSet(setup: Setup, columns: readonly string[]): FeatureSet {
  if (setup === 'C') return featureSetFor('early', columns);
  return featureSetFor('mid', setup === 'B' ? columns.filter((c) => c !== 'G2') : columns);
}

/** Rows, labels (fail: G3 below 10), match-key groups and feature set of one cell. */
export function cellInput(course: Course, setup: Setup, withoutDropouts = false): CrossValidationInput {
  const records = courseRecords(course, withoutDropouts);
  return {
    records,
    labels: failLabels(records),
    groups: records.map(matchKey),
    featureSet: setupFeatureSet(setup, Object.keys(records[0] ?? {})),
  };
}

export interface FoldProtocol {
  readonly folds: number;
  readonly repeats: number;
  /** Repeat r uses seed `seed + r`, as `evaluateCell` does (`passcompass evaluate` default 1000). */
  readonly seed: number;
}

/** The fold of every row, per repeat: exactly `crossValidate`'s `foldOf` for seeds seed, seed + 1, …. */
export function foldAssignments(input: CrossValidationInput, protocol: FoldProtocol): number[][] {
  return Array.from({ length: protocol.repeats }, (_, repeat) =>
    stratifiedGroupFolds(input.labels, input.groups, protocol.folds, seededRandom(protocol.seed + repeat)),
  );
}

/** One input column for scikit-learn: a category (one-hot there) or a number with PassCompass's transforms. */
export interface ExportedAttribute {
  readonly name: string;
  readonly categorical: boolean;
  /** How the number enters PassCompass's model (`linear`, `positive` = x > 0, `log1p`); empty for categories. */
  readonly transforms: readonly string[];
}

/** What `sklearn_cv.py` reads: the raw values of the setup's attributes, labels, groups and outer folds. */
export interface CellExport {
  readonly cell: string;
  readonly attributes: readonly ExportedAttribute[];
  /** One row per student, values in `attributes` order (null for a blank). */
  readonly rows: readonly (readonly (string | number | null)[])[];
  readonly labels: readonly number[];
  /** Match keys: inner scikit-learn folds keep a student in both courses on one side too. */
  readonly groups: readonly string[];
  /** `foldOf[r][row]`: the outer fold of each row in repeat r. */
  readonly foldOf: readonly (readonly number[])[];
  readonly seed: number;
}

export function exportCell(cell: string, input: CrossValidationInput, foldOf: number[][], seed: number) {
  const { attributes, encoding } = input.featureSet;
  const exported: ExportedAttribute[] = attributes.map((name) => {
    const categorical = isCategorical(attributeNamed(name));
    return {
      name,
      categorical,
      transforms: categorical ? [] : [...(encoding.transforms?.[name] ?? ['linear'])],
    };
  });
  const value = (record: StudentRecord, name: string) => {
    const v = record[name];
    return v === undefined || v === null || v === '' ? null : v;
  };
  const result: CellExport = {
    cell,
    attributes: exported,
    rows: input.records.map((record) => attributes.map((name) => value(record, name))),
    labels: input.labels,
    groups: input.groups,
    foldOf,
    seed,
  };
  return result;
}

/** Null when `/usr/bin/python3` can import scikit-learn, else why not (said by the callers, who exit 0). */
export function sklearnMissing(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} does not exist (apt-get install python3-sklearn python3-pandas)`;
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn, numpy, pandas; print(sklearn.__version__)'], {
    encoding: 'utf8',
  });
  if (probe.status !== 0) {
    return `${PYTHON} cannot import scikit-learn, numpy and pandas (apt-get install python3-sklearn python3-pandas)`;
  }
  return null;
}

/** scikit-learn's version, for the report's header. */
export function sklearnVersion(): string {
  const probe = spawnSync(PYTHON, ['-c', 'import sklearn; print(sklearn.__version__)'], { encoding: 'utf8' });
  return probe.stdout.trim();
}

const ONE_THREAD = {
  ...process.env,
  OMP_NUM_THREADS: '1',
  OPENBLAS_NUM_THREADS: '1',
  MKL_NUM_THREADS: '1',
};

/**
 * Runs `sklearn_cv.py` with `args`, one thread for BLAS and OpenMP (Node trains on one thread too), and
 * returns its JSON answer with the wall time of the whole process. Throws with the script's stderr on failure.
 */
export function runSklearn<T>(args: readonly string[]): { answer: T; wallMs: number } {
  const started = process.hrtime.bigint();
  const run = spawnSync(PYTHON, [SKLEARN_SCRIPT, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: ONE_THREAD,
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (run.status !== 0) throw new Error(`sklearn_cv.py failed (${run.status}): ${run.stderr}`);
  return { answer: JSON.parse(run.stdout) as T, wallMs };
}

/** `runSklearn` in the background, so that Node can cross-validate PassCompass meanwhile on the other core. */
export function runSklearnAsync<T>(args: readonly string[]): Promise<T> {
  return new Promise((resolveAnswer, reject) => {
    const child = spawn(PYTHON, [SKLEARN_SCRIPT, ...args], { env: ONE_THREAD });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) {
        reject(new Error(`sklearn_cv.py failed (${code}): ${Buffer.concat(err).toString('utf8')}`));
        return;
      }
      resolveAnswer(JSON.parse(Buffer.concat(out).toString('utf8')) as T);
    });
  });
}
