/**
 * The demo's "next term" roster: real UCI Student Performance students (Cortez and Silva, 2008; CC BY 4.0),
 * drawn at random with a seed, with a documented shift applied so that they no longer look like the training
 * data: more absences, less study time, more going out. Every other value is the real student's, and so are
 * the grades G1, G2 and G3, which are not regenerated to follow the shift (see data/next-term/README.md).
 *
 *   npx tsx scripts/next-term-roster.ts [--seed 2026] [--students 300]
 *
 * writes demo/next-term-roster.csv (the start of term: G3 blank) and demo/next-term-roster-graded.csv (the
 * end of term: G3 filled in), both comma-separated with a `student` id column first.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  FINAL_GRADE,
  GRADE_ATTRIBUTES,
  type NumericAttribute,
  attributeNamed,
  isCategorical,
} from '../src/core/data/dictionary';
import { SAMPLE_FILES, type SampleFile, sampleTable } from '../src/core/data/sample';
import { seededRandom, shuffleInPlace } from '../src/core/random';
import { sha256Hex } from '../src/core/sha256';

/** A cell as the source may hold it: text as parsed from the CSV, or a number (`sampleTable` types them). */
export type SourceCell = string | number;

export interface NextTermOptions {
  /** Seeds the draw of students and every random part of the shift; the same seed gives the same roster. */
  readonly seed: number;
  /** How many students the roster has (a whole number ≥ 1). */
  readonly students: number;
}

export interface NextTermRoster {
  /** `student`, then the source's columns in the source's order. */
  readonly header: string[];
  /** One row per student, with the final grade G3 filled in (the end of term). */
  readonly rows: (string | number)[][];
  /** Each change made to the real rows, in one plain sentence each, with its measured effect. */
  readonly shift: string[];
  /** For row i, the index of the source data row (0 = the first row below the header) it was drawn from. */
  readonly sourceRows: number[];
}

/** The id column's header: one of the spellings the add-on reads as a roster's row key. */
export const ID_COLUMN = 'student';

/** The seed and size the CLI uses unless told otherwise. */
export const DEFAULT_OPTIONS: NextTermOptions = { seed: 2026, students: 300 };

/** Absences: doubled, then this many more at most (uniform over 0…`ABSENCES_EXTRA_MAX`, seeded). */
export const ABSENCES_EXTRA_MAX = 4;
/** The probability that a student studies one level less (drawn per student, seeded). */
export const STUDY_LESS_SHARE = 0.5;
/** The probability that a student goes out with friends one level more (drawn per student, seeded). */
export const GO_OUT_MORE_SHARE = 1 / 3;

/**
 * The next-term roster drawn from `source` (its header row, then data rows, e.g. both UCI courses joined by
 * `sampleTable`, or one course as `parseCsv` reads it). Students are drawn without replacement while the source
 * has rows enough, in further shuffled passes over it when `students` exceeds its rows. Then, per student and
 * with random numbers drawn in a fixed order (so one student's values never change another's draws):
 * absences → min(2 × absences + U{0…4}, dictionary maximum); studytime → studytime − 1 (not below the
 * dictionary minimum) with probability 1/2; goout → goout + 1 (not above the dictionary maximum) with
 * probability 1/3. Columns the data dictionary knows as numbers come back as numbers, the rest as text.
 * Pure: the same source and options give the same roster. O(source rows + students × columns).
 * Throws `RangeError` for bad options, a source without rows, without a shifted column or the final grade,
 * with a `student` column already, with a row of another width, or with a shifted value outside the
 * dictionary's range.
 */
export function nextTermRoster(
  source: readonly (readonly SourceCell[])[],
  options: NextTermOptions,
): NextTermRoster {
  const { seed, students } = options;
  if (!Number.isFinite(seed)) throw new RangeError(`The seed must be a finite number, not ${seed}.`);
  if (!Number.isInteger(students) || students < 1)
    throw new RangeError(`The number of students must be a whole number ≥ 1, not ${students}.`);
  const [sourceHeader, ...data] = source;
  if (!sourceHeader || data.length === 0) throw new RangeError('The source has no rows below its header.');
  const header = sourceHeader.map((h) => String(h));
  const at = (name: string) => {
    const index = header.indexOf(name);
    if (index < 0) throw new RangeError(`The source has no "${name}" column.`);
    return index;
  };
  if (header.includes(ID_COLUMN)) throw new RangeError(`The source already has a "${ID_COLUMN}" column.`);
  data.forEach((row, i) => {
    if (row.length !== header.length)
      throw new RangeError(
        `Source row ${i + 1} has ${row.length} cells where the header has ${header.length}.`,
      );
  });
  at(FINAL_GRADE);
  const numericColumns = header.map((name) => isNumericAttribute(name));

  const random = seededRandom(seed);
  const sourceRows = drawRows(data.length, students, random);

  const absences = shiftedColumn('absences', at);
  const studytime = shiftedColumn('studytime', at);
  const goout = shiftedColumn('goout', at);
  const before = { absences: [] as number[], studytime: [] as number[], goout: [] as number[] };
  const after = { absences: [] as number[], studytime: [] as number[], goout: [] as number[] };
  let cappedAbsences = 0;

  const idWidth = Math.max(4, String(students).length);
  const rows = sourceRows.map((sourceRow, i) => {
    const real = data[sourceRow] as readonly SourceCell[];
    const row: (string | number)[] = real.map((cell, column) =>
      numericColumns[column] ? typedNumber(cell) : String(cell),
    );
    // Three draws per student, always, so a capped or floored value never moves the stream.
    const extra = Math.floor(random() * (ABSENCES_EXTRA_MAX + 1));
    const studyLess = random() < STUDY_LESS_SHARE;
    const goOutMore = random() < GO_OUT_MORE_SHARE;

    const a = realValue(row, absences, sourceRow);
    if (2 * a + extra > absences.range.max) cappedAbsences += 1;
    const s = realValue(row, studytime, sourceRow);
    const g = realValue(row, goout, sourceRow);
    row[absences.index] = Math.min(2 * a + extra, absences.range.max);
    row[studytime.index] = studyLess ? Math.max(s - 1, studytime.range.min) : s;
    row[goout.index] = goOutMore ? Math.min(g + 1, goout.range.max) : g;

    before.absences.push(a);
    before.studytime.push(s);
    before.goout.push(g);
    after.absences.push(row[absences.index] as number);
    after.studytime.push(row[studytime.index] as number);
    after.goout.push(row[goout.index] as number);
    return [`NT-${String(i + 1).padStart(idWidth, '0')}`, ...row];
  });

  const lowest = studytime.range.min;
  const high = goout.range.max;
  const changed = (name: keyof typeof before) => before[name].filter((v, i) => after[name][i] !== v).length;
  const of = `of ${students}`;
  const shift = [
    `Absences: each student's real count is doubled and 0 to ${ABSENCES_EXTRA_MAX} more are added ` +
      `(uniformly, seeded), capped at ${absences.range.max}, the data dictionary's maximum ` +
      `(${cappedAbsences} ${of} capped); median ${median(before.absences)} → ${median(after.absences)}, ` +
      `mean ${mean(before.absences)} → ${mean(after.absences)}, ` +
      `share with none ${percent(share(before.absences, 0))} → ${percent(share(after.absences, 0))}.`,
    `Study time: each student, with probability ${fraction(STUDY_LESS_SHARE)} (seeded), studies one level ` +
      `less, never below level ${lowest}, "${studytime.range.levels?.[0] ?? ''}" ` +
      `(${changed('studytime')} ${of} changed); share at level ${lowest} ` +
      `${percent(share(before.studytime, lowest))} → ${percent(share(after.studytime, lowest))}, ` +
      `mean ${mean(before.studytime)} → ${mean(after.studytime)}.`,
    `Going out: each student, with probability ${fraction(GO_OUT_MORE_SHARE)} (seeded), goes out with ` +
      `friends one level more, never above ${high} (${changed('goout')} ${of} changed); share at ` +
      `${high - 1}-${high} ${percent(share(before.goout, high - 1, high))} → ` +
      `${percent(share(after.goout, high - 1, high))}.`,
  ];
  return { header: [ID_COLUMN, ...header], rows, shift, sourceRows };
}

/** The same roster at the start of term: every final grade (G3) blank; G1 and G2 are kept. */
export function withoutFinalGrades(roster: NextTermRoster): NextTermRoster {
  const column = roster.header.indexOf(FINAL_GRADE);
  if (column < 0) return roster;
  return { ...roster, rows: roster.rows.map((row) => row.map((cell, i) => (i === column ? '' : cell))) };
}

/** The roster as CSV text: comma-separated, fields quoted only where needed, one line per row. */
export function rosterCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  const field = (value: string | number) => {
    const text = String(value);
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [header, ...rows].map((row) => row.map(field).join(',')).join('\n') + '\n';
}

interface Shifted {
  index: number;
  range: NumericAttribute;
}

/** `students` row indices out of `available`: distinct while possible, then further shuffled passes. */
function drawRows(available: number, students: number, random: () => number): number[] {
  const drawn: number[] = [];
  while (drawn.length < students) {
    const pass = shuffleInPlace(
      Array.from({ length: available }, (_, i) => i),
      random,
    );
    drawn.push(...pass.slice(0, students - drawn.length));
  }
  return drawn;
}

function shiftedColumn(name: string, at: (name: string) => number): Shifted {
  return { index: at(name), range: attributeNamed(name) as NumericAttribute };
}

/** The real value of a shifted column, checked against the dictionary's range. */
function realValue(row: readonly (string | number)[], column: Shifted, sourceRow: number): number {
  const value = row[column.index];
  const { name, min, max } = column.range;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(
      `Source row ${sourceRow + 1} has ${name} "${String(value)}", not a whole number from ${min} to ${max}.`,
    );
  }
  return value;
}

function isNumericAttribute(name: string): boolean {
  try {
    return !isCategorical(attributeNamed(name));
  } catch {
    return false;
  }
}

/** A numeric attribute's cell as a number; a blank or unreadable cell stays as it was (as text). */
function typedNumber(cell: SourceCell): string | number {
  if (typeof cell === 'number') return cell;
  const text = cell.trim();
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : cell;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The mean with one decimal: "4.5". */
function mean(values: readonly number[]): string {
  return (values.reduce((sum, v) => sum + v, 0) / values.length).toFixed(1);
}

/** 0.5 → "1/2", 1/3 → "1/3": the shares used here, as a reader says them. */
function fraction(share: number): string {
  const denominator = Math.round(1 / share);
  return Math.abs(share * denominator - 1) < 1e-9 ? `1/${denominator}` : String(share);
}

function share(values: readonly number[], low: number, high = low): number {
  return values.filter((v) => v >= low && v <= high).length / values.length;
}

function percent(fraction: number): string {
  return `${Math.round(fraction * 100)}%`;
}

/** Reads both vendored UCI courses, refusing a file that does not match its published checksum. */
export function readUciSource(dataDir = resolve(__dirname, '../data/uci-student')): SourceCell[][] {
  const parts = (Object.values(SAMPLE_FILES) as SampleFile[]).map((file) => {
    const csvText = readFileSync(join(dataDir, file.sourceCsv), 'utf8');
    const actual = sha256Hex(csvText);
    if (actual !== file.sha256)
      throw new Error(`${file.sourceCsv} does not match its published SHA-256 (${actual}); not used.`);
    return { file, csvText };
  });
  const table = sampleTable(parts);
  return [table.header, ...table.rows];
}

function cliOption(args: readonly string[], name: string, fallback: number): number {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? Number(args[at + 1]) : fallback;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const options: NextTermOptions = {
    seed: cliOption(args, 'seed', DEFAULT_OPTIONS.seed),
    students: cliOption(args, 'students', DEFAULT_OPTIONS.students),
  };
  const roster = nextTermRoster(readUciSource(), options);
  const outDir = resolve(__dirname, '../demo');
  mkdirSync(outDir, { recursive: true });
  const start = join(outDir, 'next-term-roster.csv');
  const graded = join(outDir, 'next-term-roster-graded.csv');
  writeFileSync(start, rosterCsv(roster.header, withoutFinalGrades(roster).rows));
  writeFileSync(graded, rosterCsv(roster.header, roster.rows));
  const grades = GRADE_ATTRIBUTES.join(', ');
  console.log(
    `Next-term roster: ${roster.rows.length} real UCI students (seed ${options.seed}), shifted:\n` +
      roster.shift.map((line) => `  - ${line}`).join('\n') +
      `\n  Grades (${grades}) are the real students', not regenerated to follow the shift.` +
      `\nWrote ${start} (start of term: ${FINAL_GRADE} blank)\n  and ${graded} (end of term: ${FINAL_GRADE} filled in).`,
  );
}
