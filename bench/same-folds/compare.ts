/**
 * PassCompass against scikit-learn's tuned logistic regression on identical folds, with the same metric code.
 *
 *   npm run compare:sklearn -- [--courses Math,Portuguese,Joined] [--setups C,B] [--repeats 20] [--folds 10]
 *     [--seed 1000] [--without-dropouts] [--inner-folds 5] [--cs 10] [--raw-inputs] [--json results.json]
 *     [--sklearn-from results.json]
 *
 * For each cell (course and setup, built as `passcompass evaluate` builds it), repeat r uses the folds of seed
 * `seed + r`: PassCompass is cross-validated by `crossValidate` exactly as `evaluateCell` does, and the same
 * fold of every row is written to a JSON file that `sklearn_cv.py` (run by `/usr/bin/python3`) reads, fitting
 * one-hot + standardise + LogisticRegressionCV on each training fold (C tuned by ROC AUC on inner grouped,
 * stratified folds of the training rows). scikit-learn's out-of-fold risks come back and every figure, for
 * both, is computed here with PassCompass's metric code (`rocAuc`, `brierScore`, the accuracy of the 50%
 * decision): AUC as the mean of the per-fold AUCs and pooled over all out-of-fold risks of a repeat, each
 * averaged over repeats with a Student-t 95% interval, and the paired difference (PassCompass − scikit-learn,
 * per repeat on the same folds) with its own interval. When `/usr/bin/python3` has no scikit-learn it says so,
 * prints PassCompass's figures alone and exits 0.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crossValidate } from '../../src/core/model/cross-validation';
import { type Interval, meanInterval } from '../../src/core/model/evaluation';
import { brierScore, metricsAtThreshold, rocAuc } from '../../src/core/model/metrics';
import {
  COURSES,
  PYTHON,
  type Course,
  type Setup,
  cellInput,
  exportCell,
  foldAssignments,
  runSklearnAsync,
  sklearnMissing,
  sklearnVersion,
} from './cells';

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};
const numberOption = (name: string, fallback: number) => Number(option(name) ?? fallback);
const listOption = <T extends string>(name: string, fallback: readonly T[]) =>
  (option(name)?.split(',') as T[] | undefined) ?? [...fallback];

const PROTOCOL = {
  folds: numberOption('folds', 10),
  repeats: numberOption('repeats', 20),
  seed: numberOption('seed', 1000),
};
const WITHOUT_DROPOUTS = args.includes('--without-dropouts');
const RAW_INPUTS = args.includes('--raw-inputs');
const INNER_FOLDS = numberOption('inner-folds', 5);
const CS = numberOption('cs', 10);
/** The protocol as saved with `--json`: what scikit-learn's figures depend on. */
const PROTOCOL_SAVED = {
  ...PROTOCOL,
  withoutDropouts: WITHOUT_DROPOUTS,
  rawInputs: RAW_INPUTS,
  innerFolds: INNER_FOLDS,
  cs: CS,
};
const COURSE_LIST = listOption<Course>('courses', COURSES);
const SETUPS = listOption<Setup>('setups', ['C', 'B']);

/** One learner's figures of one repeat. */
interface RepeatFigures {
  aucMeanOfFolds: number;
  aucPooled: number;
  accuracy: number;
  brier: number;
}

interface SklearnAnswer {
  sklearn: string;
  columns: number;
  importSeconds: number;
  elapsedSeconds: number;
  convergenceWarnings: number;
  repeats: { risks: number[]; C: number[]; aucMeanOfFolds: number; aucPooled: number }[];
}

const average = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/** Mean-of-folds and pooled AUC, accuracy at 50% and Brier of out-of-fold `risks`, PassCompass's definitions. */
function figures(risks: readonly number[], labels: readonly number[], foldOf: readonly number[]) {
  const folds = Math.max(...foldOf) + 1;
  const perFold = Array.from({ length: folds }, (_, fold) => {
    const rows = foldOf.flatMap((f, row) => (f === fold ? [row] : []));
    const scores = rows.map((row) => risks[row] as number);
    const y = rows.map((row) => labels[row] as number);
    return {
      auc: rocAuc(scores, y),
      accuracy: metricsAtThreshold(scores, y, 0.5).accuracy,
      brier: brierScore(scores, y),
    };
  });
  return {
    aucMeanOfFolds: average(perFold.map((f) => f.auc)),
    aucPooled: rocAuc(risks, labels),
    accuracy: average(perFold.map((f) => f.accuracy)),
    brier: average(perFold.map((f) => f.brier)),
  };
}

interface CellResult {
  cell: string;
  rows: number;
  failures: number;
  passCompass: RepeatFigures[];
  sklearn: RepeatFigures[] | null;
  passCompassSeconds: number;
  sklearnSeconds: number | null;
  sklearnC: number[];
  sklearnColumns: number | null;
  convergenceWarnings: number;
  /** Largest |scikit-learn's own roc_auc_score − PassCompass's rocAuc| on scikit-learn's risks. */
  aucDefinitionGap: number;
  stepsUsed: number[];
}

/**
 * With `--sklearn-from results.json` (a `--json` file of an earlier run): scikit-learn's figures of `cell` from
 * it, when it was run with the same protocol; they depend on the folds only, which the protocol fixes, so
 * PassCompass can be measured again (e.g. after a trainer change) without refitting scikit-learn.
 */
function previousSklearn(cell: string): CellResult | undefined {
  const path = option('sklearn-from');
  if (!path) return undefined;
  const saved = JSON.parse(readFileSync(path, 'utf8')) as {
    protocol: typeof PROTOCOL_SAVED;
    results: CellResult[];
  };
  const same = (Object.keys(PROTOCOL_SAVED) as (keyof typeof PROTOCOL_SAVED)[]).every(
    (key) => saved.protocol[key] === PROTOCOL_SAVED[key],
  );
  return same ? saved.results.find((r) => r.cell === cell && r.sklearn) : undefined;
}

async function compareCell(course: Course, setup: Setup, withSklearn: boolean): Promise<CellResult> {
  const cell = `${course} ${setup}${WITHOUT_DROPOUTS ? ' (G3 = 0 left out)' : ''}`;
  const input = cellInput(course, setup, WITHOUT_DROPOUTS);
  const foldOf = foldAssignments(input, PROTOCOL);
  const dir = mkdtempSync(join(tmpdir(), 'passcompass-same-folds-'));
  const file = join(dir, 'cell.json');
  writeFileSync(file, JSON.stringify(exportCell(cell, input, foldOf, PROTOCOL.seed)));
  const flags = [
    '--inner-folds',
    String(INNER_FOLDS),
    '--cs',
    String(CS),
    ...(RAW_INPUTS ? ['--raw-inputs'] : []),
  ];
  const reused = withSklearn ? previousSklearn(cell) : undefined;
  const pending = withSklearn && !reused ? runSklearnAsync<SklearnAnswer>(['cv', file, ...flags]) : null;
  // The same call as evaluateCell's repeat r; its folds must be the exported ones.
  const started = performance.now();
  const stepsUsed = new Set<number>();
  const passCompass = foldOf.map((folds, repeat) => {
    const result = crossValidate(input, { folds: PROTOCOL.folds, seed: PROTOCOL.seed + repeat });
    if (result.foldOf.some((f, row) => f !== folds[row]))
      throw new Error(`${cell}: crossValidate's folds differ from the exported ones in repeat ${repeat}`);
    for (const fold of result.folds) stepsUsed.add(fold.steps);
    return figures(result.outOfFold, input.labels, folds);
  });
  const passCompassSeconds = (performance.now() - started) / 1000;
  let answer: SklearnAnswer | null = null;
  try {
    answer = pending ? await pending : null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const sklearn = answer
    ? answer.repeats.map((r, i) => figures(r.risks, input.labels, foldOf[i] ?? []))
    : null;
  let gap = 0;
  answer?.repeats.forEach((r, i) => {
    const ours = sklearn?.[i];
    if (!ours) return;
    gap = Math.max(
      gap,
      Math.abs(ours.aucPooled - r.aucPooled),
      Math.abs(ours.aucMeanOfFolds - r.aucMeanOfFolds),
    );
  });
  if (reused) {
    return {
      ...reused,
      passCompass,
      passCompassSeconds,
      stepsUsed: [...stepsUsed].sort((a, b) => a - b),
    };
  }
  return {
    cell,
    rows: input.records.length,
    failures: input.labels.reduce((a, b) => a + b, 0),
    passCompass,
    sklearn,
    passCompassSeconds,
    sklearnSeconds: answer?.elapsedSeconds ?? null,
    sklearnC: answer?.repeats.flatMap((r) => r.C) ?? [],
    sklearnColumns: answer?.columns ?? null,
    convergenceWarnings: answer?.convergenceWarnings ?? 0,
    aucDefinitionGap: gap,
    stepsUsed: [...stepsUsed].sort((a, b) => a - b),
  };
}

function fmt(x: Interval, scale = 1, digits = 3): string {
  const f = (v: number) => (v * scale).toFixed(digits);
  return x.low === x.high ? f(x.mean) : `${f(x.mean)} (${f(x.low)} to ${f(x.high)})`;
}

const over = (rows: readonly RepeatFigures[], pick: keyof RepeatFigures) =>
  meanInterval(rows.map((r) => r[pick]));
const paired = (a: readonly RepeatFigures[], b: readonly RepeatFigures[], pick: keyof RepeatFigures) =>
  meanInterval(a.map((r, i) => r[pick] - (b[i]?.[pick] ?? Number.NaN)));
const signed = (x: Interval, scale = 1, digits = 3) => {
  const f = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(v * scale).toFixed(digits)}`;
  return x.low === x.high ? f(x.mean) : `${f(x.mean)} (${f(x.low)} to ${f(x.high)})`;
};
const median = (values: readonly number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The table's three lines for one cell: PassCompass, scikit-learn, and their paired difference. */
function cellLines(r: CellResult): string[] {
  const head = `| ${r.cell} | ${r.rows} (${r.failures}) |`;
  const line = (who: string, rows: RepeatFigures[], seconds: number | null) =>
    `${head} ${who} | ${fmt(over(rows, 'aucMeanOfFolds'))} | ${fmt(over(rows, 'aucPooled'))} | ` +
    `${fmt(over(rows, 'accuracy'), 100, 1)} | ${fmt(over(rows, 'brier'))} | ${seconds?.toFixed(0) ?? '-'} |`;
  const lines = [line(`PassCompass (steps ${r.stepsUsed.join('/')})`, r.passCompass, r.passCompassSeconds)];
  if (!r.sklearn) return lines;
  lines.push(
    line(`scikit-learn (C median ${median(r.sklearnC)?.toPrecision(2)})`, r.sklearn, r.sklearnSeconds),
  );
  const ahead = (pick: keyof RepeatFigures) =>
    r.passCompass.filter((p, i) => p[pick] > (r.sklearn?.[i]?.[pick] ?? Number.POSITIVE_INFINITY)).length;
  lines.push(
    `${head} difference, paired (PassCompass ahead in n/${r.passCompass.length} repeats) | ` +
      `${signed(paired(r.passCompass, r.sklearn, 'aucMeanOfFolds'))} [${ahead('aucMeanOfFolds')}] | ` +
      `${signed(paired(r.passCompass, r.sklearn, 'aucPooled'))} [${ahead('aucPooled')}] | ` +
      `${signed(paired(r.passCompass, r.sklearn, 'accuracy'), 100, 1)} | ` +
      `${signed(paired(r.passCompass, r.sklearn, 'brier'))} | |`,
  );
  return lines;
}

function printTable(results: readonly CellResult[]): void {
  console.log(
    '\n| cell | rows (fail) | learner | AUC, mean of folds | AUC, pooled | accuracy at 50% | Brier | s |',
  );
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of results) for (const line of cellLines(r)) console.log(line);
  if (!results.some((r) => r.sklearn)) return;
  const gap = Math.max(...results.map((r) => r.aucDefinitionGap));
  const warnings = results.reduce((a, r) => a + r.convergenceWarnings, 0);
  console.log(
    `\nscikit-learn's own roc_auc_score agrees with PassCompass's rocAuc on its risks to ${gap.toExponential(1)} ` +
      `(largest gap over every repeat, both definitions); lbfgs convergence warnings: ${warnings}.`,
  );
}

async function main(): Promise<void> {
  const missing = sklearnMissing();
  const { folds, repeats, seed } = PROTOCOL;
  console.log(
    `PassCompass vs scikit-learn on identical folds: ${repeats} × ${folds}-fold stratified CV, grouped by match ` +
      `key (a student in both courses stays in one fold), seeds ${seed}-${seed + repeats - 1} (the folds of ` +
      `\`passcompass evaluate\`); fail = G3 below 10${WITHOUT_DROPOUTS ? '; students with G3 = 0 left out' : ''}.`,
  );
  if (missing) {
    console.log(`\nscikit-learn is not available: ${missing}. PassCompass's figures alone follow.`);
  } else {
    console.log(
      `scikit-learn ${sklearnVersion()} (${PYTHON}): Pipeline(one-hot every level, StandardScaler, ` +
        `LogisticRegressionCV(Cs=${CS}, lbfgs, scoring='roc_auc', cv = ${INNER_FOLDS} stratified grouped inner ` +
        `folds of the training rows)) fitted on each training fold only; inputs: ` +
        `${RAW_INPUTS ? 'the attributes as they are' : "PassCompass's (with its failures>0 and G1>0)"}.`,
    );
  }
  console.log(
    'Every figure is computed by PassCompass\'s metric code on the out-of-fold risks: AUC "mean of folds" is the ' +
      'mean of the per-fold AUCs, "pooled" the AUC of all out-of-fold risks of a repeat together; each is the mean ' +
      'over repeats with its Student-t 95% interval. The difference is PassCompass − scikit-learn per repeat ' +
      '(same folds), with its own 95% interval; [n] counts the repeats where PassCompass is ahead. s: seconds ' +
      'for all repeats (both run at once, one core each).',
  );
  const results: CellResult[] = [];
  const jsonPath = option('json');
  const protocol = PROTOCOL_SAVED;
  for (const course of COURSE_LIST) {
    for (const setup of SETUPS) {
      const result = await compareCell(course, setup, missing === null);
      results.push(result);
      // Progress on stderr (the table comes at the end on stdout); the JSON is rewritten after every cell.
      console.error(cellLines(result).join('\n'));
      if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ protocol, results }, null, 2));
    }
  }
  printTable(results);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
