import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  SAMPLE_FILES,
  SampleIntegrityError,
  sampleTable,
  typeSampleField,
} from '../../../src/core/data/sample';
import { repoRoot } from '../../support/bundled-samples';

const csv = (name: string) => readFileSync(join(repoRoot, 'data/uci-student', name), 'utf8');

describe('the vendored UCI sample', () => {
  it.each(Object.values(SAMPLE_FILES))('$sourceCsv matches its published SHA-256', (file) => {
    expect(
      createHash('sha256')
        .update(readFileSync(join(repoRoot, 'data/uci-student', file.sourceCsv)))
        .digest('hex'),
    ).toBe(file.sha256);
  });

  // That the build writes them into dist/ is test/build/dist-checks.test.ts's: core suites never read dist/,
  // which a mutation run's sandbox leaves out.
  it('names the project files the build writes, one per course', () => {
    expect(
      Object.values(SAMPLE_FILES).map((file) => [file.courseLabel, file.projectFile, file.rows]),
    ).toEqual([
      ['Math', 'sample-student-mat', 395],
      ['Portuguese', 'sample-student-por', 649],
    ]);
  });

  it('carries the attribution and licence in the data folder', () => {
    const readme = readFileSync(join(repoRoot, 'data/uci-student/README.md'), 'utf8');
    expect(readme).toContain('CC BY 4.0');
    expect(readme).toContain('Cortez');
  });
});

describe('sampleTable', () => {
  const both = sampleTable([
    { file: SAMPLE_FILES.math, csvText: csv('student-mat.csv') },
    { file: SAMPLE_FILES.portuguese, csvText: csv('student-por.csv') },
  ]);

  it('joins both courses into 1,044 rows of 33 attributes plus course', () => {
    expect(both.header).toHaveLength(34);
    expect(both.header.at(-1)).toBe('course');
    expect(both.rows).toHaveLength(395 + 649);
    expect(both.rows.filter((row) => row[33] === 'Math')).toHaveLength(395);
  });

  it('types numbers as numbers, including the quoted period grades', () => {
    const first = both.rows[0] ?? [];
    const at = (name: string) => first[both.header.indexOf(name)];
    expect([at('age'), at('G1'), at('G2'), at('G3'), at('school'), at('higher')]).toEqual([
      18,
      5,
      6,
      6,
      'GP',
      'yes',
    ]);
  });

  it('finds the published pass counts (G3 >= 10): Math 265 of 395, Portuguese 549 of 649', () => {
    const g3 = both.header.indexOf('G3');
    const passes = (course: string) =>
      both.rows.filter((r) => r[33] === course && Number(r[g3]) >= 10).length;
    expect([passes('Math'), passes('Portuguese')]).toEqual([265, 549]);
  });

  it('refuses courses whose columns differ', () => {
    expect(() =>
      sampleTable([
        { file: SAMPLE_FILES.math, csvText: 'a;b\n1;2' },
        { file: SAMPLE_FILES.portuguese, csvText: 'a;c\n1;2' },
      ]),
    ).toThrow(new RangeError('The Portuguese sample has different columns from the other course.'));
  });

  it('gives only the course column when no course is loaded', () => {
    expect(sampleTable([])).toEqual({ header: ['course'], rows: [] });
  });

  it('types only plain decimal numbers', () => {
    expect([
      typeSampleField('12'),
      typeSampleField('-3.5'),
      typeSampleField('12.75'),
      typeSampleField('-0.125'),
      typeSampleField('1e3'),
      typeSampleField('GT3'),
    ]).toEqual([12, -3.5, 12.75, -0.125, '1e3', 'GT3']);
  });
});

describe('SampleIntegrityError', () => {
  it('tells the teacher which sample was refused and what to do', () => {
    const error = new SampleIntegrityError(SAMPLE_FILES.portuguese, 'ab12');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('SampleIntegrityError');
    expect(error.message).toBe(
      'The bundled Portuguese sample (sample-student-por) does not match its published checksum, ' +
        'so it was not loaded. Reinstall PassCompass from an unmodified copy.',
    );
    expect([error.file, error.actualSha256]).toEqual([SAMPLE_FILES.portuguese, 'ab12']);
  });
});
