/**
 * `passcompass evaluate`: how good the model would be, by repeated cross-validation with the add-on's own
 * training code (`core/model/evaluation.ts`). The roster is read as `run` reads it (a CSV or .xlsx loaded into
 * a local spreadsheet, then checked as Check data checks it), so a figure describes what the add-on would train
 * on that file. Without `--data`, the vendored UCI files: Math, Portuguese and both joined.
 *
 * Cells are a dataset and one of the three setups of Cortez and Silva (2008): C early term (no grades), B
 * mid-term with G1, A mid-term with G1 and G2. `--moment early|mid` names C or A.
 */
import { join, resolve } from 'node:path';
import { matchKey } from '../../core/data/match-key';
import type { StudentRecord } from '../../core/data/dictionary';
import { checkRoster } from '../../core/data/roster/check-roster';
import { DataError } from '../../core/errors';
import { type CellEvaluation, type Interval, evaluateCell } from '../../core/model/evaluation';
import { EQUITY_FIGURES, type EquityFigure, MIN_GROUP } from '../../core/model/equity';
import { type FeatureSet, featureSetFor } from '../../core/model/feature-sets';
import { failLabels } from '../../core/model/target';
import { TrainingDataError } from '../../core/model/training-data-error';
import { createRuntimeBase } from '../runtime';
import type { EvaluateOptions, Setup } from './arguments';
import { CliError, EXIT, InputError } from './cli-errors';
import { ROSTER_SHEET } from './load-csv';
import { loadRoster } from './load-roster';
import { checkDataPath } from './run-paths';

interface Dataset {
  name: string;
  records: StudentRecord[];
  columns: string[];
}

export interface EvaluatedCell extends CellEvaluation {
  dataset: string;
  setup: Setup;
  moment: 'early' | 'mid';
  inputs: number;
}

/** Inner folds on which the corrections are fitted, inside each outer fold's training rows. */
const CALIBRATION_FOLDS = 5;

/** Bootstrap resamples for the equity gaps' intervals. */
const EQUITY_RESAMPLES = 500;

const UCI_FOLDER = resolve(__dirname, '../../../data/uci-student');
const UCI_FILES = { Math: 'student-mat.csv', Portuguese: 'student-por.csv' } as const;

/** The roster at `path`, read and checked as the add-on reads it; only rows with a final grade. */
async function readDataset(
  path: string,
  format: 'csv' | 'xlsx',
  name: string,
  withoutDropouts: boolean,
): Promise<Dataset> {
  const loaded = await loadRoster({ input: path, output: '', format }, name, createRuntimeBase());
  const values = loaded.spreadsheet.getSheetByName(ROSTER_SHEET)?.getDataRange().getValues() ?? [];
  try {
    const checked = checkRoster(values);
    if (!checked.columns.byAttribute.has('G3'))
      throw new InputError(`${name} has no final grade column (G3): there is nothing to evaluate against.`);
    const records = checked.records.filter(
      (r) => typeof r['G3'] === 'number' && !(withoutDropouts && r['G3'] === 0),
    );
    return { name, records, columns: [...checked.columns.byAttribute.keys()] };
  } catch (error) {
    if (error instanceof DataError) throw new InputError(`${name}: ${error.message}`);
    throw error;
  }
}

async function datasets(options: EvaluateOptions, cwd: string): Promise<Dataset[]> {
  if (options.data !== null) {
    const { input, format } = checkDataPath(options.data, cwd);
    return [await readDataset(input, format, options.data, options.withoutDropouts)];
  }
  const math = await readDataset(join(UCI_FOLDER, UCI_FILES.Math), 'csv', 'Math', options.withoutDropouts);
  const portuguese = await readDataset(
    join(UCI_FOLDER, UCI_FILES.Portuguese),
    'csv',
    'Portuguese',
    options.withoutDropouts,
  );
  const withCourse = (d: Dataset, course: string) => d.records.map((r) => ({ ...r, course }));
  const joined: Dataset = {
    name: 'Joined',
    records: [...withCourse(math, 'math'), ...withCourse(portuguese, 'portuguese')],
    columns: [...math.columns, 'course'],
  };
  return [math, portuguese, joined];
}

/** The add-on's feature set for `setup`; null when the dataset lacks the grades it needs. */
function featureSet(setup: Setup, columns: readonly string[]): FeatureSet | null {
  if (setup === 'C') return featureSetFor('early', columns);
  if (!columns.includes('G1') || (setup === 'A' && !columns.includes('G2'))) return null;
  return featureSetFor('mid', setup === 'B' ? columns.filter((c) => c !== 'G2') : columns);
}

export async function evaluate(options: EvaluateOptions, out: (line: string) => void, cwd: string) {
  const cells: EvaluatedCell[] = [];
  const skipped: string[] = [];
  for (const dataset of await datasets(options, cwd)) {
    for (const setup of options.setups) {
      const set = featureSet(setup, dataset.columns);
      if (!set) {
        skipped.push(`${dataset.name} ${setup} (no ${setup === 'A' ? 'G1 and G2' : 'G1'} column)`);
        continue;
      }
      const labels = failLabels(dataset.records, options.passMark);
      const input = {
        records: dataset.records,
        labels,
        groups: dataset.records.map(matchKey),
        featureSet: set,
      };
      try {
        const result = evaluateCell(input, {
          ...options,
          ...(options.calibration ? { calibrationFolds: CALIBRATION_FOLDS } : {}),
          ...(options.equity ? { equityResamples: EQUITY_RESAMPLES } : {}),
        });
        cells.push({
          dataset: dataset.name,
          setup,
          moment: set.moment,
          inputs: set.attributes.length,
          ...result,
        });
      } catch (error) {
        if (error instanceof TrainingDataError)
          throw new CliError(`${dataset.name} ${setup}: ${error.message}`, EXIT.addOnStopped);
        throw error;
      }
    }
  }
  const { folds, repeats, seed, capacity, passMark, withoutDropouts } = options;
  if (options.json) {
    const protocol = { folds, repeats, seed, capacity, passMark, withoutDropouts };
    out(JSON.stringify({ ...protocol, cells, skipped }, null, 2));
    return;
  }
  out(
    `${repeats} × ${folds}-fold stratified cross-validation (students in both courses kept in one fold), seeds ` +
      `${seed}-${seed + repeats - 1}; mean and 95% interval over ${cells[0]?.intervalOver ?? 'repeats'}. ` +
      `Fail: G3 below ${passMark}${options.withoutDropouts ? '; students with a final grade of 0 left out' : ''}. Recall at capacity: share of the failing students among the ` +
      `${capacity} highest risks per roster of that size. Baseline: everyone given the training folds' fail rate.`,
  );
  out('');
  out(
    '| cell | rows | fail rate | AUC (mean of folds) | AUC (pooled) | accuracy % | Brier | recall at capacity | baseline accuracy % | baseline Brier |',
  );
  out('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const c of cells) {
    const m = c.model;
    out(
      `| ${c.dataset} ${c.setup} | ${c.rows} | ${((100 * c.failures) / c.rows).toFixed(1)}% | ${interval(m.auc)} | ` +
        `${interval(m.pooledAuc)} | ${interval(m.accuracy, 100, 1)} | ${interval(m.brier)} | ` +
        `${interval(m.recallAtCapacity)} | ${interval(c.baseline.accuracy, 100, 1)} | ${interval(c.baseline.brier)} |`,
    );
  }
  for (const cell of skipped) out(`Skipped ${cell}.`);
  if (options.calibration) calibrationTable(cells, out);
  if (options.equity) equityTable(cells, options.capacity, out);
}

/** `0.712 (0.705-0.719)`. */
function interval(x: Interval, scale = 1, digits = 3): string {
  const f = (v: number) => (v * scale).toFixed(digits);
  return x.low === x.high ? f(x.mean) : `${f(x.mean)} (${f(x.low)}-${f(x.high)})`;
}

/** Brier before and after each correction, and the reliability of the out-of-fold risks as they are. */
function calibrationTable(cells: readonly EvaluatedCell[], out: (line: string) => void): void {
  out('');
  out(
    `Calibration: each correction fitted on ${CALIBRATION_FOLDS} inner folds of each outer fold's training rows, ` +
      'then applied to its test rows (lower Brier is better).',
  );
  out('');
  out(
    '| cell | Brier as trained | after Platt | after isotonic | predicted → observed by tenth of risk (count) |',
  );
  out('| --- | --- | --- | --- | --- |');
  for (const c of cells) {
    const calibration = c.calibration;
    if (!calibration) continue;
    const bins = calibration.reliability.raw
      .filter((bin) => bin.count > 0)
      .map((bin) => `${pct(bin.meanPredicted ?? 0)}→${pct(bin.observedRate ?? 0)} (${bin.count})`)
      .join(', ');
    out(
      `| ${c.dataset} ${c.setup} | ${interval(calibration.brier.raw)} | ${interval(calibration.brier.platt)} | ` +
        `${interval(calibration.brier.isotonic)} | ${bins} |`,
    );
  }
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

const FIGURE_WORDS: Record<EquityFigure, string> = {
  shareHigh: 'share High',
  falseNegativeRate: 'failing, not High',
  falsePositiveRate: 'passing, High',
  precision: 'High who fail',
};

/** Per cell and sensitive attribute, the largest gap of each figure between groups, with its interval. */
function equityTable(cells: readonly EvaluatedCell[], capacity: number, out: (line: string) => void): void {
  out('');
  out(
    `Equity of the High tier (the ${capacity} highest out-of-fold risks of the first repeat): the largest gap ` +
      `between groups of at least ${MIN_GROUP} students, highest group first, with a ${EQUITY_RESAMPLES}-resample ` +
      'bootstrap 95% interval; an interval that includes 0 may be chance.',
  );
  out('');
  out(`| cell | attribute | groups (size) | ${EQUITY_FIGURES.map((f) => FIGURE_WORDS[f]).join(' | ')} |`);
  out(`| --- | --- | --- |${' --- |'.repeat(EQUITY_FIGURES.length)}`);
  for (const c of cells) {
    for (const attribute of c.equity ?? []) {
      const groups = attribute.groups.map((g) => `${g.group} (${g.size})`).join(', ');
      const gaps = EQUITY_FIGURES.map((figure) => {
        const gap = attribute.gaps.find((g) => g.figure === figure);
        if (!gap) return '–';
        const range = gap.interval ? ` (${pct(gap.interval.low)} to ${pct(gap.interval.high)})` : '';
        return `${gap.highest}−${gap.lowest} ${pct(gap.gap)}${range}`;
      });
      out(`| ${c.dataset} ${c.setup} | ${attribute.attribute} | ${groups} | ${gaps.join(' | ')} |`);
    }
  }
}
