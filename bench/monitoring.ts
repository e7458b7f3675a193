/**
 * The monitoring check (Check now) through the built bundle on the local runtime, for rosters of 100, 1,000
 * and 10,000 students: Node time, spreadsheet service calls (which must not grow with the rows), cells touched
 * and the cost model's estimate of Apps Script time against the 6-minute limit. Also the pure core of the check
 * (`inspect`) alone, in Node, on the same sheets.
 *
 * Each size gets its own spreadsheet: the sample (1,044 rows) loaded, an early-term champion trained on it with
 * the default settings (its reference sample is drawn at training), then the Students sheet replaced by the
 * roster (the sample's rows in a fixed shuffled order, repeated, every student named, final grades blank as at
 * the start of a term) and scored once; one alert recipient in Settings. Three checks are measured, each after
 * the first check (which creates the Monitoring sheet, counted too), so the Monitoring sheet exists and nothing
 * new is alerted:
 *   (a) drift from the latest scoring run's logged inputs (the check's memory of the run it compared is cleared
 *       before each run, so every run reads the log as the first check after a scoring run does);
 *   (b) drift from the Students sheet, nothing having been scored since the last check;
 *   (c) as (b), with the final grades (G3) filled in: realised accuracy joins them with the logged predictions
 *       (after one check with grades, which may email news).
 * Calls and cells are those of one check; Node time is the median of several (after a warm-up).
 */
import { startAddOn } from '../src/local/bundle';
import { ManualClock } from '../src/local/services/clock';
import { decodeReferenceSample } from '../src/core/drift/reference-codec';
import type { LogisticModel } from '../src/core/model/logistic';
import { modelAttributes } from '../src/core/scoring/scoreability';
import { parseSettings } from '../src/core/settings';
import { sha256Hex } from '../src/core/sha256';
import { BACKGROUND_KEY } from '../src/jobs/background/background-state';
import { inspect } from '../src/jobs/monitoring/inspect';
import type { CellValue, RecordSheet } from '../src/jobs/ports';
import { Registry } from '../src/jobs/registry';
import { MAX_LOG_ROWS } from '../src/jobs/score/finish-run';
import { SALT_KEY } from '../src/jobs/score/score-students';
import { fmtMs, medianMs } from './stats';

const LIMIT_MS = 6 * 60 * 1000;
/** Coprime with the sample's 1,044 rows: row i of the roster is sample row (i × STRIDE) mod 1,044. */
const STRIDE = 7_919;
/** Early term, the other settings at their defaults; one alert recipient, so news is emailed once. */
const SETTINGS = { mode: 'early', alertRecipients: ['data.lead@school.example'] };

type Started = ReturnType<typeof startAddOn>;

const count = (n: number): string => n.toLocaleString('en-GB');

export type CheckPath = 'first' | 'log' | 'sheet' | 'grades' | 'fullLog';

export const PATH_WORDS: Readonly<Record<CheckPath, string>> = {
  first: 'first check (creates the Monitoring sheet), from the log',
  log: '(a) drift from the latest run in the Inference log',
  sheet: '(b) drift from the Students sheet (nothing new scored)',
  grades: '(c) as (b), final grades in (realised accuracy)',
  fullLog: `(a) with the Inference log at its cap of ${count(MAX_LOG_ROWS)} rows (the latest run of 10,000 and 4 before it)`,
};

export interface CheckFigures {
  rows: number;
  path: CheckPath;
  /** What the check wrote in its history row. */
  source: string;
  rowsCompared: unknown;
  verdict: string;
  spreadsheetCalls: number;
  calls: number;
  cells: number;
  estimatedMs: number;
  /** Calls by `Service.Class.method`, for what grew. */
  byMethod: Record<string, number>;
  /** Node time of one Check now, median (not measured for the first check, which happens once). */
  nodeMs: number | null;
  /** Node time of `inspect` alone on the same data, median; null for the first check. */
  inspectMs: number | null;
}

export interface MonitoringFigures {
  modelColumns: number;
  referenceRows: number;
  runs: number;
  checks: CheckFigures[];
}

/** A spreadsheet with an early-term champion trained on the sample, and `rows` named students scored. */
function trainedSchool(rows: number): Started & { grades: CellValue[] } {
  const started = startAddOn({ clock: new ManualClock(Date.parse('2026-12-01T07:00:00Z')) });
  const { runtime, addOn } = started;
  addOn.call('loadSampleBothCourses');
  runtime.PropertiesService.getDocumentProperties()?.setProperty(
    'passcompass.settings',
    JSON.stringify(SETTINGS),
  );
  runtime.ui.answerNext('OK');
  addOn.call('trainModel');

  const old = runtime.spreadsheet.getSheetByName('Students');
  if (!old) throw new Error('no Students sheet');
  const sample = old.getDataRange().getValues() as CellValue[][];
  const header = ['Student name', ...(sample[0] ?? [])];
  const grade = header.indexOf('G3');
  const grades: CellValue[] = [];
  const body = Array.from({ length: rows }, (_, i) => {
    const row = [`Student ${i + 1}`, ...(sample[1 + ((i * STRIDE) % (sample.length - 1))] ?? [])];
    grades.push(row[grade] as CellValue);
    row[grade] = '';
    return row;
  });
  runtime.spreadsheet.deleteSheet(old);
  const sheet = runtime.spreadsheet.insertSheet('Students');
  if (sheet.getMaxColumns() < header.length)
    sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
  if (sheet.getMaxRows() < rows + 1) sheet.insertRowsAfter(sheet.getMaxRows(), rows + 1 - sheet.getMaxRows());
  sheet.getRange(1, 1, rows + 1, header.length).setValues([header, ...body]);

  score(started);
  return { ...started, grades };
}

function score({ runtime, addOn }: Started): void {
  runtime.clock.advance(60_000);
  runtime.ui.answerNext('OK');
  addOn.call('scoreStudents');
}

function restoreGrades(school: ReturnType<typeof trainedSchool>): void {
  const sheet = school.runtime.spreadsheet.getSheetByName('Students');
  const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
  sheet
    ?.getRange(2, header.indexOf('G3') + 1, school.grades.length, 1)
    .setValues(school.grades.map((g) => [g]));
}

/** Makes the next check see the latest scoring run as new, as the first check after a scoring run does. */
function forgetComparedRun(runtime: Started['runtime']): void {
  const properties = runtime.PropertiesService.getDocumentProperties();
  const state = JSON.parse(properties?.getProperty(BACKGROUND_KEY) ?? '{}') as {
    checks?: { lastComparedRun: string | null };
  };
  if (state.checks) state.checks.lastComparedRun = null;
  properties?.setProperty(BACKGROUND_KEY, JSON.stringify(state));
}

/** The run the check's memory says the last check compared. */
function comparedRun(runtime: Started['runtime']): string | null {
  const state = JSON.parse(
    runtime.PropertiesService.getDocumentProperties()?.getProperty(BACKGROUND_KEY) ?? '{}',
  ) as { checks?: { lastComparedRun: string | null } };
  return state.checks?.lastComparedRun ?? null;
}

function checkNow({ runtime, addOn }: Started): void {
  runtime.ui.answerNext('OK');
  addOn.call('checkNow');
}

/** The newest history row of the Monitoring sheet, by header. */
function lastHistory(runtime: Started['runtime']): Record<string, unknown> {
  const values = runtime.spreadsheet.getSheetByName('Monitoring')?.getDataRange().getValues() ?? [];
  const header = (values[0] ?? []).map(String);
  const rows = values.slice(1).filter((row) => row[0] !== '');
  const last = rows[rows.length - 1] ?? [];
  return Object.fromEntries(header.map((name, i) => [name, last[i]]));
}

const sheetRows = (runtime: Started['runtime'], name: string): CellValue[][] =>
  (runtime.spreadsheet.getSheetByName(name)?.getDataRange().getValues() ?? []) as CellValue[][];

const records = (rows: CellValue[][]): RecordSheet => ({ rows: () => rows.slice(1) }) as RecordSheet;

/** Node time of `inspect` alone on the spreadsheet's current sheets, as the check would call it. */
function inspectMs(runtime: Started['runtime'], lastComparedRun: string | null, runs: number): number {
  const properties = runtime.PropertiesService.getDocumentProperties();
  const registry = Registry.read(
    { versions: records(sheetRows(runtime, 'Versions')), aliases: records(sheetRows(runtime, 'Aliases')) },
    { sha256Hex },
  );
  const champion = registry.champion();
  if (!champion) throw new Error('no champion');
  const students = sheetRows(runtime, 'Students');
  const log = sheetRows(runtime, 'Inference log').slice(1);
  const settings = parseSettings(properties?.getProperty('passcompass.settings') ?? null).settings;
  const salt = properties?.getProperty(SALT_KEY) ?? null;
  return medianMs(
    () => inspect({ champion, students, log, lastComparedRun, settings, salt, sha256Hex }),
    runs,
  );
}

function measureCheck(
  school: Started,
  rows: number,
  path: CheckPath,
  runs: number,
  before: () => void = () => undefined,
): CheckFigures {
  const { runtime } = school;
  before();
  const lastComparedRun = comparedRun(runtime);
  runtime.calls.reset();
  checkNow(school);
  const figures = {
    spreadsheetCalls: runtime.calls.total('SpreadsheetApp'),
    calls: runtime.calls.total(),
    cells: runtime.calls.cells(),
    estimatedMs: runtime.calls.estimatedMs(),
    byMethod: runtime.calls.snapshot(),
  };
  const history = lastHistory(runtime);
  const timed = path !== 'first';
  return {
    rows,
    path,
    source: String(history['What was compared']),
    rowsCompared: history['Rows compared'],
    verdict: String(history['Verdict']),
    ...figures,
    nodeMs: timed
      ? medianMs(() => {
          before();
          checkNow(school);
        }, runs)
      : null,
    inspectMs: timed ? inspectMs(runtime, lastComparedRun, runs) : null,
  };
}

/** Every check of one roster size (see the module comment). */
function benchSize(rows: number, runs: number): { checks: CheckFigures[]; school: Started } {
  const school = trainedSchool(rows);
  const first = measureCheck(school, rows, 'first', runs);
  const run = first.source.replace(/^Inference log, run /, '');
  const checks = [first, measureCheck(school, rows, 'log', runs, () => forgetComparedRun(school.runtime))];
  // The log path leaves the run compared; a check of the Students sheet must not find it new.
  if (!checks[1]?.source.endsWith(run)) throw new Error(`expected the log path, got ${checks[1]?.source}`);
  checks.push(measureCheck(school, rows, 'sheet', runs));
  restoreGrades(school);
  // The first check with grades may have news to email (realised accuracy); measured are the checks after it.
  checkNow(school);
  checks.push(measureCheck(school, rows, 'grades', runs));
  return { checks, school };
}

function championShape(school: Started): { modelColumns: number; referenceRows: number } {
  const registry = Registry.read(
    {
      versions: records(sheetRows(school.runtime, 'Versions')),
      aliases: records(sheetRows(school.runtime, 'Aliases')),
    },
    { sha256Hex },
  );
  const champion = registry.champion();
  if (!champion?.referenceSample) throw new Error('no champion with a reference sample');
  const model = JSON.parse(champion.modelJson) as LogisticModel;
  return {
    modelColumns: modelAttributes(model).length,
    referenceRows: decodeReferenceSample(champion.referenceSample).rows,
  };
}

export function benchMonitoring(
  sizes: readonly number[] = [100, 1_000, 10_000],
  runs = 5,
): MonitoringFigures {
  const checks: CheckFigures[] = [];
  let shape = { modelColumns: 0, referenceRows: 0 };
  for (const rows of sizes) {
    const size = benchSize(rows, runs);
    checks.push(...size.checks);
    shape = championShape(size.school);
  }
  // The daily check's worst case: the log read whole at its cap, five scoring runs of the largest roster.
  const rows = Math.max(...sizes);
  const full = trainedSchool(rows);
  while (sheetRows(full.runtime, 'Inference log').length - 1 + rows <= MAX_LOG_ROWS) score(full);
  checkNow(full);
  checks.push(measureCheck(full, rows, 'fullLog', runs, () => forgetComparedRun(full.runtime)));
  return { ...shape, runs, checks };
}

/** Methods whose call count differs between the smallest and the largest roster, for one path. */
function grown(checks: readonly CheckFigures[], path: CheckPath): string[] {
  const same = checks.filter((c) => c.path === path);
  const small = same[0];
  const large = same[same.length - 1];
  if (!small || !large || small === large) return [];
  const methods = new Set([...Object.keys(small.byMethod), ...Object.keys(large.byMethod)]);
  return [...methods]
    .filter((m) => (small.byMethod[m] ?? 0) !== (large.byMethod[m] ?? 0))
    .map((m) => `${m} ${small.byMethod[m] ?? 0} → ${large.byMethod[m] ?? 0}`);
}

export function printMonitoring(figures: MonitoringFigures): void {
  console.log(
    `\nMonitoring check (Check now) through dist/ on the local runtime: early-term champion, ` +
      `${figures.modelColumns} model columns, reference sample of ${count(figures.referenceRows)} rows; ` +
      `Node time median of ${figures.runs}:`,
  );
  const paths: CheckPath[] = ['first', 'log', 'sheet', 'grades', 'fullLog'];
  for (const path of paths) {
    console.log(`  ${PATH_WORDS[path]}:`);
    for (const c of figures.checks.filter((x) => x.path === path)) {
      const node =
        c.nodeMs === null ? '' : `, Node ${fmtMs(c.nodeMs)} (inspect alone ${fmtMs(c.inspectMs ?? 0)})`;
      console.log(
        `    ${count(c.rows).padStart(6)} rows: ${String(c.spreadsheetCalls).padStart(3)} spreadsheet calls ` +
          `(${count(c.calls)} in all), ${count(c.cells).padStart(7)} cells, cost-model estimate ` +
          `${(c.estimatedMs / 1000).toFixed(1)} s (${((100 * c.estimatedMs) / LIMIT_MS).toFixed(0)}% of 6 min)${node}; ` +
          `${c.verdict}, ${count(Number(c.rowsCompared))} rows compared`,
      );
    }
    const growth = grown(figures.checks, path);
    if (growth.length > 0) console.log(`    calls that grow with the rows: ${growth.join('; ')}`);
  }
}

if (require.main === module) printMonitoring(benchMonitoring());
