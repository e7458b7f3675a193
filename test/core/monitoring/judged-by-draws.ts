/**
 * The seeded draws behind judged-by-false-alarms and judged-by-shifts: fresh rosters of the UCI training
 * distribution, unchanged or with a documented shift, each checked against a version's reference sample the
 * way the monitoring check (`inspect` in src/jobs/monitoring/inspect.ts) checks them: the version's reference,
 * `datasetDrift` over the model's attributes with `driftShare: ANY_DRIFTED_COLUMN` (any
 * column flagged after the Benjamini-Hochberg correction makes the check's drift verdict). `inspect` itself costs
 * about 3.5 times as much (it also reads the sheet, checks data quality and describes every column), so it runs
 * on every 25th draw only, and its verdict is recorded beside the one computed here for the tests to compare.
 *
 * Each function returns one plain summary per check (JSON-safe), so the tests can run them in a plain Node
 * process (`inPlainNode`: hundreds of exact KS p-values are too slow inside Jest). The same seed always gives
 * the same draws, and the first k draws of a run of n are the draws of a run of k.
 */
import type { StudentRecord } from '../../../src/core/data/dictionary';
import { type ColumnTable, columnTable } from '../../../src/core/drift/column-table';
import { columnDrift } from '../../../src/core/drift/column-drift';
import { type DatasetDrift, datasetDrift } from '../../../src/core/drift/dataset-drift';
import type { DriftTest } from '../../../src/core/drift/drift-test-choice';
import { sampleReference } from '../../../src/core/drift/reference-sample';
import { ANY_DRIFTED_COLUMN, checkVerdict } from '../../../src/core/monitoring/check-verdict';
import { describeShift } from '../../../src/core/monitoring/describe-shift';
import type { ModelVersion } from '../../../src/core/registry/model-version';
import { type Random, seededRandom, shuffleInPlace } from '../../../src/core/random';
import {
  type TrainedVersion,
  asChampion,
  checkSheet,
  drawSize,
  drawWithReplacement,
  drawWithoutReplacement,
  heldOutRows,
  recordCells,
  sheetRecords,
  trainVersion,
  uciSheet,
} from '../../support/fresh-rosters';

/** The monitoring check's drift comparison, as `driftOf` in src/jobs/monitoring/inspect.ts makes it. */
export function monitoringDrift(
  reference: ColumnTable,
  current: ColumnTable,
  attributes: readonly string[],
): DatasetDrift {
  const columns = attributes.filter((name) => reference[name] !== undefined);
  return datasetDrift(reference, current, { columns, driftShare: ANY_DRIFTED_COLUMN });
}

/** What `inspect` found on the same roster. */
export interface Inspected {
  readonly drifted: boolean | null;
  readonly columns: string[];
  /** Its one-word verdict and problem kinds (data quality included). */
  readonly verdict: string;
  readonly problemKinds: string[];
  /** `describeShift` for each tested column, as the Monitoring sheet shows it. */
  readonly moved: Readonly<Record<string, string>>;
}

/** One check, in numbers. */
export interface CheckSummary {
  /** Students in the roster. */
  readonly size: number;
  readonly testedColumns: number;
  /** Columns flagged on raw p-values; `drifted` is "any of them". */
  readonly raw: { readonly drifted: boolean | null; readonly columns: string[] };
  /** Columns flagged on adjusted p-values; `drifted` is the check's drift verdict. */
  readonly corrected: { readonly drifted: boolean | null; readonly columns: string[] };
  /** The test behind each raw column flag, in column order. */
  readonly rawTests: DriftTest[];
  /** Every 25th draw: what `inspect` found. */
  readonly inspected?: Inspected;
}

const INSPECT_EVERY = 25;

function summary(size: number, drift: DatasetDrift): CheckSummary {
  const raw = drift.columns.filter((column) => column.drifted);
  return {
    size,
    testedColumns: drift.testedColumns,
    raw: { drifted: drift.raw.drifted, columns: raw.map((column) => column.column) },
    corrected: {
      drifted: drift.corrected.drifted,
      columns: drift.columns.filter((column) => column.driftedCorrected).map((column) => column.column),
    },
    rawTests: raw.flatMap((column) => (column.test ? [column.test] : [])),
  };
}

/** `inspect` on `roster` as a Students sheet (no Name column: row keys are `row N`). */
let header: string[] | undefined;
function inspected(champion: ModelVersion, roster: readonly StudentRecord[]): Inspected {
  header ??= uciSheet(['math']).header;
  const columns = header;
  const findings = checkSheet(
    champion,
    columns,
    roster.map((record) => recordCells(columns, record)),
  );
  return {
    drifted: findings.drift?.corrected.drifted ?? null,
    columns: (findings.drift?.columns ?? [])
      .filter((column) => column.driftedCorrected)
      .map((column) => column.column),
    verdict: findings.summary.verdict,
    problemKinds: findings.summary.problemKinds,
    moved: Object.fromEntries(findings.moved),
  };
}

/**
 * A version with what the monitoring check reads of it. The reference is the sample's table: decoding the
 * champion's cell gives the same table (judged-by-false-alarms checks it), and encoding a new reference for each
 * draw would cost more than the check. The champion row is built only for the draws `inspect` runs on.
 */
interface Checked {
  readonly version: TrainedVersion;
  readonly champion: () => ModelVersion;
  readonly reference: ColumnTable;
}

function checked(version: TrainedVersion): Checked {
  let champion: ModelVersion | undefined;
  return {
    version,
    champion: () => (champion ??= asChampion(version)),
    reference: version.reference.table,
  };
}

/** One check of `roster` against `against`, with `inspect` on every 25th draw. */
function check(against: Checked, roster: readonly StudentRecord[], draw: number): CheckSummary {
  const { attributes } = against.version;
  const result = summary(
    roster.length,
    monitoringDrift(against.reference, columnTable(roster, attributes), attributes),
  );
  return draw % INSPECT_EVERY === 0
    ? { ...result, inspected: inspected(against.champion(), roster) }
    : result;
}

let both: { records: StudentRecord[]; version: TrainedVersion } | undefined;
/** Both courses as Load sample data loads them, and the early-term version trained on them. Cached. */
export function bothCourses(): { records: StudentRecord[]; version: TrainedVersion } {
  if (!both) {
    const records = sheetRecords(uciSheet(['math', 'portuguese']));
    both = { records, version: trainVersion(records, 'early') };
  }
  return both;
}

/**
 * How the unchanged rosters are drawn:
 * - `with-replacement`: 40-700 students with replacement from all 1,044 rows, against the version's reference;
 * - `held-out`: 40-268 students without replacement from the 268 rows outside the version's reference;
 * - `new-split`: the same, with a reference drawn with seed d for draw d (1, 2, ...), of the same size as the
 *   version's, and the rows outside it as the pool.
 */
export type UnchangedDraw = 'with-replacement' | 'held-out' | 'new-split';

const UNCHANGED_SEEDS: Record<UnchangedDraw, number> = {
  'with-replacement': 20_240_901,
  'held-out': 20_240_902,
  'new-split': 20_240_903,
};

/** `draws` checks of unchanged rosters drawn as `how` says. */
export function unchangedDraws(how: UnchangedDraw, draws: number): CheckSummary[] {
  const { records, version } = bothCourses();
  const random = seededRandom(UNCHANGED_SEEDS[how]);
  const pick = (rows: readonly number[]): StudentRecord[] => rows.map((row) => records[row] as StudentRecord);
  const kept = checked(version);
  const heldOut = heldOutRows(records, version);
  return Array.from({ length: draws }, (_, draw) => {
    if (how === 'with-replacement')
      return check(kept, drawWithReplacement(records, drawSize(random, 40, 700), random), draw);
    if (how === 'held-out')
      return check(
        kept,
        pick(drawWithoutReplacement(heldOut, drawSize(random, 40, heldOut.length), random)),
        draw,
      );
    const seed = draw + 1;
    const rows = version.reference.rows;
    const order = shuffleInPlace(
      records.map((_record, index) => index),
      seededRandom(seed),
    );
    const pool = order.slice(rows);
    const reference = sampleReference(records, version.attributes, { maxRows: rows, seed });
    const split = { ...version, reference, referenceRows: order.slice(0, rows).sort((a, b) => a - b) };
    return check(
      checked(split),
      pick(drawWithoutReplacement(pool, drawSize(random, 40, pool.length), random)),
      draw,
    );
  });
}

/** Each way of drawing, `draws[how]` checks: one call, so one process runs them all. */
export function allUnchangedDraws(
  draws: Readonly<Record<UnchangedDraw, number>>,
): Record<UnchangedDraw, CheckSummary[]> {
  return {
    'with-replacement': unchangedDraws('with-replacement', draws['with-replacement']),
    'held-out': unchangedDraws('held-out', draws['held-out']),
    'new-split': unchangedDraws('new-split', draws['new-split']),
  };
}

/** A documented shift: which rows a roster is drawn from, what is changed in each, and the columns moved. */
interface Shift {
  readonly pool: (records: readonly StudentRecord[]) => StudentRecord[];
  readonly change: (record: StudentRecord, random: Random) => StudentRecord;
  readonly moved: readonly string[];
  /** The version checked against; both courses unless said. */
  readonly version?: 'portuguese';
}

const all = (records: readonly StudentRecord[]): StudentRecord[] => [...records];
const unchanged = (record: StudentRecord): StudentRecord => record;
const number = (record: StudentRecord, name: string): number => record[name] as number;

/** The shifts judged, by name. */
export const SHIFTS = {
  /** Every student's absences doubled, plus 3: half days counted as whole ones, and a week's late start. */
  'absences × 2 + 3': {
    pool: all,
    change: (record) => ({ ...record, absences: number(record, 'absences') * 2 + 3 }),
    moved: ['absences'],
  },
  /** Half the students (a seeded coin each) study one level less, never below the lowest level. */
  'study time one level down for half': {
    pool: all,
    change: (record, random) =>
      random() < 0.5 ? { ...record, studytime: Math.max(1, number(record, 'studytime') - 1) } : record,
    moved: ['studytime'],
  },
  /** Only Gabriel Pereira students (74% of the training rows). */
  'one school: Gabriel Pereira only': {
    pool: (records) => records.filter((record) => record['school'] === 'GP'),
    change: unchanged,
    moved: ['school'],
  },
  /** Only Mousinho da Silveira students (26% of the training rows). */
  'one school: Mousinho da Silveira only': {
    pool: (records) => records.filter((record) => record['school'] === 'MS'),
    change: unchanged,
    moved: ['school'],
  },
  /** Both parents' education one level lower for every student, never below "none". */
  "parents' education one level lower": {
    pool: all,
    change: (record) => ({
      ...record,
      Medu: Math.max(0, number(record, 'Medu') - 1),
      Fedu: Math.max(0, number(record, 'Fedu') - 1),
    }),
    moved: ['Medu', 'Fedu'],
  },
  /** A version trained on the Portuguese students only, checking a roster of Math students. */
  'Math roster, Portuguese reference': {
    pool: () => sheetRecords(uciSheet(['math'])),
    change: unchanged,
    moved: ['absences', 'paid'],
    version: 'portuguese',
  },
} satisfies Record<string, Shift>;

export type ShiftName = keyof typeof SHIFTS;

/** One check of a shifted roster. */
export interface ShiftedCheck extends CheckSummary {
  /** What `describeShift` says of each moved column. */
  readonly phrases: Readonly<Record<string, string>>;
  /** The check's one-word verdict from drift alone (every value is valid, so data quality has nothing). */
  readonly verdict: string;
  /** The attributes the version reads and the reference rows it keeps. */
  readonly attributes: number;
  readonly referenceRows: number;
}

let portuguese: TrainedVersion | undefined;
function portugueseVersion(): TrainedVersion {
  portuguese ??= trainVersion(sheetRecords(uciSheet(['portuguese'])), 'early');
  return portuguese;
}

const SHIFT_SEED = 20_240_910;

/** `draws` checks of rosters of 40-700 students drawn with replacement from the shift's pool, then shifted. */
export function shiftedDraws(name: ShiftName, draws: number): ShiftedCheck[] {
  const shift: Shift = SHIFTS[name];
  const { records, version: bothVersion } = bothCourses();
  const against = checked(shift.version === 'portuguese' ? portugueseVersion() : bothVersion);
  const { attributes } = against.version;
  const pool = shift.pool(records);
  const random = seededRandom(SHIFT_SEED);
  return Array.from({ length: draws }, (_, draw) => {
    const size = drawSize(random, 40, 700);
    const roster = drawWithReplacement(pool, size, random).map((record) => shift.change(record, random));
    const current = columnTable(roster, attributes);
    const drift = monitoringDrift(against.reference, current, attributes);
    const phrases = Object.fromEntries(
      shift.moved.map((column) => {
        const tested = drift.columns.find((entry) => entry.column === column);
        if (!tested) throw new Error(`${column} was not checked`);
        return [column, describeShift(tested, against.reference[column] ?? [], current[column] ?? [])];
      }),
    );
    const { verdict } = checkVerdict({ drift, dataQuality: [], accuracy: null });
    const result: ShiftedCheck = {
      ...summary(size, drift),
      phrases,
      verdict,
      attributes: attributes.length,
      referenceRows: against.version.reference.rows,
    };
    return draw % INSPECT_EVERY === 0
      ? { ...result, inspected: inspected(against.champion(), roster) }
      : result;
  });
}

/** What `describeShift` says of a whole population, shifted: figures an oracle can check. */
export interface WholeFilePhrases {
  /** absences of all 1,044 rows × 2 + 3, against the both-courses reference. */
  readonly absencesShifted: string;
  /** absences and paid of all 395 Math rows, against the Portuguese version's reference (all 649 rows). */
  readonly mathAbsences: string;
  readonly mathPaid: string;
}

function phraseFor(reference: ColumnTable, current: ColumnTable, column: string): string {
  const referenceCells = reference[column] ?? [];
  const currentCells = current[column] ?? [];
  return describeShift(columnDrift(column, referenceCells, currentCells), referenceCells, currentCells);
}

/** `draws` checks of every shift, by name, and the whole-file phrases: one call, so one process runs them. */
export function shiftMeasurements(draws: number): {
  draws: Record<ShiftName, ShiftedCheck[]>;
  wholeFile: WholeFilePhrases;
} {
  const names = Object.keys(SHIFTS) as ShiftName[];
  const { records, version } = bothCourses();
  const shifted = records.map((record) => ({ ...record, absences: number(record, 'absences') * 2 + 3 }));
  const math = columnTable(sheetRecords(uciSheet(['math'])), ['absences', 'paid']);
  const portugueseReference = portugueseVersion().reference.table;
  return {
    draws: Object.fromEntries(names.map((name) => [name, shiftedDraws(name, draws)])) as Record<
      ShiftName,
      ShiftedCheck[]
    >,
    wholeFile: {
      absencesShifted: phraseFor(version.reference.table, columnTable(shifted, ['absences']), 'absences'),
      mathAbsences: phraseFor(portugueseReference, math, 'absences'),
      mathPaid: phraseFor(portugueseReference, math, 'paid'),
    },
  };
}
