/**
 * The bundled UCI Student Performance sample (Cortez and Silva, 2008; CC BY 4.0): which files carry it, their
 * published SHA-256 checksums, and how their text becomes typed rows for the `Students` sheet. The files travel
 * as HTML files of the Apps Script project (read only when a teacher loads the sample), so the 110 KB of CSV
 * is not evaluated on every menu click and trigger run.
 */
import { parseCsv } from './csv';

export type Course = 'math' | 'portuguese';

export interface SampleFile {
  course: Course;
  /** The value written into the `course` column. */
  courseLabel: string;
  /** Name of the project file without extension, as `HtmlService.createHtmlOutputFromFile` wants it. */
  projectFile: string;
  /** The vendored CSV under `data/uci-student/`, copied into the project file by the build. */
  sourceCsv: string;
  /** SHA-256 of the file's bytes, hex, as published with the UCI data set. */
  sha256: string;
  /** Number of student rows, for the confirmation message and for tests. */
  rows: number;
}

export const SAMPLE_FILES: Readonly<Record<Course, SampleFile>> = {
  math: {
    course: 'math',
    courseLabel: 'Math',
    projectFile: 'sample-student-mat',
    sourceCsv: 'student-mat.csv',
    sha256: 'e47f9ee225e1ee6e69b7564e6dac7123e80b8486677fe111f351964cef5dec80',
    rows: 395,
  },
  portuguese: {
    course: 'portuguese',
    courseLabel: 'Portuguese',
    projectFile: 'sample-student-por',
    sourceCsv: 'student-por.csv',
    sha256: 'a7594a11d7771c0efe1a740824e0e833da9c4cad07c39a9766a874575563fb3f',
    rows: 649,
  },
};

export const COURSE_COLUMN = 'course';

/** Raised when a bundled sample file does not match its published checksum: never load altered data. */
export class SampleIntegrityError extends Error {
  constructor(
    readonly file: SampleFile,
    readonly actualSha256: string,
  ) {
    super(
      `The bundled ${file.courseLabel} sample (${file.projectFile}) does not match its published checksum, ` +
        'so it was not loaded. Reinstall PassCompass from an unmodified copy.',
    );
    this.name = 'SampleIntegrityError';
  }
}

export type SampleCell = string | number;

export interface SampleTable {
  header: string[];
  rows: SampleCell[][];
}

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** A field that is a plain decimal number becomes a number (the UCI files quote G1 and G2); the rest stays text. */
export function typeSampleField(field: string): SampleCell {
  return PLAIN_NUMBER.test(field) ? Number(field) : field;
}

/**
 * Turns the CSV text of one or more courses into one table: the 33 UCI attributes plus a `course` column.
 * Throws `RangeError` when the courses' headers differ, since joined rows would be misaligned.
 */
export function sampleTable(parts: { file: SampleFile; csvText: string }[]): SampleTable {
  let header: string[] | undefined;
  const rows: SampleCell[][] = [];
  for (const { file, csvText } of parts) {
    const parsed = parseCsv(csvText, ';');
    if (header && parsed.header.join(';') !== header.join(';')) {
      throw new RangeError(`The ${file.courseLabel} sample has different columns from the other course.`);
    }
    header = parsed.header;
    for (const row of parsed.rows) rows.push([...row.map(typeSampleField), file.courseLabel]);
  }
  return { header: [...(header ?? []), COURSE_COLUMN], rows };
}
