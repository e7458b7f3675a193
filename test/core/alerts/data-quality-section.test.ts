import type { DataQualityCount } from '../../../src/core/alerts/alert-facts';
import { dataQualitySection } from '../../../src/core/alerts/data-quality-section';

const CANNOT_BE_READ =
  'Cells that cannot be read are treated as blank, so the risk scores of the students concerned rest on less information.';

describe('the data-quality section', () => {
  it('counts cells per column and kind, most cells first, in words for every kind', () => {
    const problems: DataQualityCount[] = [
      { kind: 'blank', column: 'studytime', count: 3 },
      { kind: 'other', column: 'absences', count: 5 },
      { kind: 'not-scored', column: null, count: 2 },
      { kind: 'out-of-range', column: 'age', count: 3 },
    ];
    expect(dataQualitySection(problems)).toEqual({
      tone: 'problem',
      title: 'Problems in the imported data',
      // 5 + 3 + 3 cells (the 2 students not scored are not cells), in absences, studytime and age
      paragraphs: [
        `The check found 11 cells with problems in 3 columns of the Students sheet. ${CANNOT_BE_READ}`,
      ],
      table: {
        caption: 'Data-quality problems',
        header: ['Column', 'Problem', 'How many'],
        rows: [
          ['absences', 'another problem', '5 cells'],
          ['studytime', 'left blank', '3 cells'],
          ['age', 'not a valid value', '3 cells'],
          ['whole roster', 'students who could not be scored', '2 students'],
        ],
      },
      notes: [],
    });
  });

  it('adds a sentence for a missing column, which counts no cells', () => {
    const section = dataQualitySection([
      { kind: 'blank-share', column: 'absences', count: 41 },
      { kind: 'missing-column', column: 'Medu', count: 212 },
    ]);
    expect(section.paragraphs).toEqual([
      `The check found 41 cells with problems in 2 columns of the Students sheet. ${CANNOT_BE_READ}`,
      'A missing column leaves out what it measures for every student.',
    ]);
    expect(section.table?.rows).toEqual([
      ['Medu', 'column missing from the roster', 'whole column'],
      ['absences', 'left blank more often than in training', '41 cells'],
    ]);
    expect(section.notes).toEqual([]);
  });

  it('shows 12 lines and counts the rest in a note, with exactly 12 needing no note', () => {
    const lines = (n: number): DataQualityCount[] =>
      Array.from({ length: n }, (_, i) => ({ kind: 'unseen-category', column: `c${i + 1}`, count: 1 }));
    expect(dataQualitySection(lines(12)).notes).toEqual([]);
    const fourteen = dataQualitySection(lines(14));
    expect(fourteen.table?.rows.map((row) => row[0])).toEqual(
      Array.from({ length: 12 }, (_, i) => `c${i + 1}`),
    );
    expect(fourteen.notes).toEqual(['2 more lines in the Monitoring sheet.']);
  });
});
