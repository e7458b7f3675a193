/**
 * Load sample data: fills the `Students` sheet with the bundled UCI sample for one or both courses. The files
 * are checked against their published checksums before anything is written. Data that is not an earlier
 * sample load is never replaced without the teacher's yes, and re-running the job replaces rather than appends.
 */
import {
  SAMPLE_FILES,
  SampleIntegrityError,
  sampleTable,
  type Course,
  type SampleTable,
} from '../core/data/sample';
import type { CellValue, Dialogs, Digests, ProjectFiles, SheetTable } from './ports';
import { OWN_COLUMNS } from './score/score-students';

export const STUDENTS_SHEET = 'Students';

export interface LoadSampleDeps {
  files: ProjectFiles;
  digests: Digests;
  students: SheetTable;
  dialogs: Dialogs;
}

export type LoadSampleResult =
  { status: 'loaded'; rows: number; replacedOtherData: boolean } | { status: 'cancelled'; rows: 0 };

/** Loads the sample of `courses` into the Students sheet. Throws `SampleIntegrityError` on a bad checksum. */
export function loadSample(courses: readonly Course[], deps: LoadSampleDeps): LoadSampleResult {
  const allCourses = Object.keys(SAMPLE_FILES) as Course[];
  const texts = new Map(allCourses.map((course) => [course, readVerified(course, deps)]));
  const table = sampleTable(
    // Stryker disable next-line StringLiteral: every course's text was read into texts above, so the fallback is never used
    courses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? '' })),
  );

  const existing = deps.students.read();
  const fullSample = sampleTable(
    // Stryker disable next-line StringLiteral: every course's text was read into texts above, so the fallback is never used
    allCourses.map((course) => ({ file: SAMPLE_FILES[course], csvText: texts.get(course) ?? '' })),
  );
  const own = deps.students.ownColumns?.(OWN_COLUMNS, existing) ?? [];
  const otherData = existing.length > 0 && !isSampleData(existing, fullSample, own);
  if (otherData) {
    const question =
      `${whatIsThere(existing.length - 1)} with the sample (${table.rows.length} students)? ` +
      'Other sheets are not touched.';
    if (!deps.dialogs.confirm('Replace the Students sheet?', question))
      return { status: 'cancelled', rows: 0 };
  }

  deps.students.replace([table.header, ...table.rows]);
  deps.dialogs.toast(`Loaded ${table.rows.length} students into ${STUDENTS_SHEET}.`, 'PassCompass');
  return { status: 'loaded', rows: table.rows.length, replacedOtherData: otherData };
}

/** The start of the question before other data is replaced, for `rows` rows under the sheet's header row. */
function whatIsThere(rows: number): string {
  if (rows === 0) return `The ${STUDENTS_SHEET} sheet already has column headings of its own. Replace them`;
  if (rows === 1) return `The ${STUDENTS_SHEET} sheet already holds 1 row of other data. Replace it`;
  return `The ${STUDENTS_SHEET} sheet already holds ${rows} rows of other data. Replace them`;
}

function readVerified(course: Course, deps: LoadSampleDeps): string {
  const file = SAMPLE_FILES[course];
  const text = deps.files.read(file.projectFile);
  const actual = deps.digests.sha256Hex(text);
  if (actual !== file.sha256) throw new SampleIntegrityError(file, actual);
  return text;
}

/**
 * True when `existing` has the sample's header and each of its rows is a row of the sample, unchanged.
 * PassCompass's own columns (`own`: risk, tier, …, as the roster's ownership record has them) do not count: they
 * are replaced with the data. A teacher's column, even one named like them, does.
 */
function isSampleData(table: CellValue[][], sample: SampleTable, own: readonly number[]): boolean {
  // A -1 (an own column the roster lacks) matches no column index, so it needs no filtering out.
  const ownColumns = new Set(own);
  // Stryker disable next-line ArrayDeclaration: only called with a non-empty table, so table[0] is always there
  const keep = (table[0] ?? []).map((_, i) => !ownColumns.has(i));
  const existing = table.map((row) => row.filter((_, i) => keep[i]));
  const [header, ...rows] = existing;
  if (!header || rowKey(header) !== rowKey(sample.header)) return false;
  const sampleRows = new Set(sample.rows.map(rowKey));
  return rows.every((row) => sampleRows.has(rowKey(row)));
}

function rowKey(row: readonly unknown[]): string {
  return JSON.stringify(row);
}
