import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAMPLE_FILES, sampleTable, typeSampleField } from '../../../src/core/data/sample';
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
    ).toThrow(RangeError);
  });

  it('types only plain decimal numbers', () => {
    expect([
      typeSampleField('12'),
      typeSampleField('-3.5'),
      typeSampleField('1e3'),
      typeSampleField('GT3'),
    ]).toEqual([12, -3.5, '1e3', 'GT3']);
  });
});
