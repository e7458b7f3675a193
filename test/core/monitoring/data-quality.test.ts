import type { StudentRecord } from '../../../src/core/data/dictionary';
import type { ColumnTable } from '../../../src/core/drift/column-table';
import {
  BLANK_SHARE_EXCESS,
  type CurrentRow,
  type DataQualityInput,
  MIN_BLANK_ROWS,
  dataQuality,
} from '../../../src/core/monitoring/data-quality';

const ATTRIBUTES = ['absences', 'studytime', 'Mjob', 'school'];

/** 100 reference rows: 5 blank absences, every Mjob but "health", only Gabriel Pereira students. */
const reference: ColumnTable = {
  absences: [...Array<number | null>(95).fill(4), ...Array<null>(5).fill(null)],
  studytime: Array(100).fill(2),
  Mjob: [...Array(50).fill('teacher'), ...Array(25).fill('services'), ...Array(25).fill('other')],
  school: Array(100).fill('GP'),
};

const aValidRow: StudentRecord = { absences: 3, studytime: 2, Mjob: 'teacher', school: 'GP' };

/** `count` valid rows on sheet rows 2.., each changed by `change(index)` where that gives a change. */
function currentRows(
  count: number,
  change: (index: number) => StudentRecord | undefined = () => undefined,
): CurrentRow[] {
  return Array.from({ length: count }, (_, index) => ({
    sheetRow: index + 2,
    values: { ...aValidRow, ...change(index) },
  }));
}

function check(overrides: Partial<DataQualityInput> = {}) {
  return dataQuality({
    attributes: ATTRIBUTES,
    reference,
    rows: currentRows(40),
    rosterHeaders: ['Name', 'absences', 'Study time', 'mother job', 'School'],
    notScoredRows: [],
    ...overrides,
  });
}

describe('data quality of clean rows', () => {
  it('reports no problem, and each column with its blank shares', () => {
    const report = check();
    expect(report.problems).toEqual([]);
    expect(report.rows).toBe(40);
    expect(report.columns.find((column) => column.column === 'absences')).toEqual({
      column: 'absences',
      present: true,
      rows: 40,
      blank: 0,
      blankShare: 0,
      referenceBlankShare: 0.05,
      outOfRange: {},
      unseenCells: 0,
      unseenCategories: 0,
    });
  });

  it('reports nothing about values for no rows, but still the unscored rows', () => {
    const report = check({ rows: [], notScoredRows: [9, 4] });
    expect(report.columns.every((column) => column.blankShare === 0)).toBe(true);
    expect(report.problems).toEqual([
      {
        kind: 'not-scored',
        column: null,
        count: 2,
        firstRows: [4, 9],
        sentence: '2 rows could not be scored: rows 4 and 9.',
      },
    ]);
  });
});

describe('blank shares', () => {
  it(`is a problem more than ${BLANK_SHARE_EXCESS * 100} points above the reference, from ${MIN_BLANK_ROWS} rows`, () => {
    // 7 of 40 blank = 17.5%, against 5% in the reference: 12.5 points above
    const report = check({
      rows: currentRows(40, (i) => (i % 5 === 1 && i < 35 ? { absences: null } : undefined)),
    });
    expect(report.problems).toEqual([
      {
        kind: 'blank-share',
        column: 'absences',
        count: 7,
        firstRows: [3, 8, 13, 18, 23],
        sentence:
          'absences is blank in 7 of 40 rows (18%, against 5% in the training sample): rows 3, 8, 13, 18, 23 and 2 more.',
      },
    ]);
  });

  it('is not a problem at exactly 10 points above the reference', () => {
    // 6 of 40 = 15%, reference 5%: 10 points, not more
    const report = check({ rows: currentRows(40, (i) => (i < 6 ? { absences: null } : undefined)) });
    expect(report.problems).toEqual([]);
  });

  it('is a problem from exactly 5 blank rows', () => {
    const report = check({ rows: currentRows(10, (i) => (i < 5 ? { absences: null } : undefined)) });
    expect(report.problems).toEqual([
      {
        kind: 'blank-share',
        column: 'absences',
        count: 5,
        firstRows: [2, 3, 4, 5, 6],
        sentence:
          'absences is blank in 5 of 10 rows (50%, against 5% in the training sample): rows 2, 3, 4, 5 and 6.',
      },
    ]);
  });

  it('takes the blank share of an empty reference as 0', () => {
    const empty: ColumnTable = { absences: [], studytime: [], Mjob: [], school: [] };
    const report = check({
      reference: empty,
      attributes: ['absences'],
      rows: currentRows(10, (i) => (i < 5 ? { absences: null } : undefined)),
    });
    expect(report.columns[0]).toMatchObject({ blankShare: 0.5, referenceBlankShare: 0 });
    expect(report.problems.map((problem) => problem.sentence)).toEqual([
      'absences is blank in 5 of 10 rows (50%, against 0% in the training sample): rows 2, 3, 4, 5 and 6.',
    ]);
  });

  it('is not a problem under 5 blank rows, however high the share', () => {
    const report = check({ rows: currentRows(8, (i) => (i < 4 ? { studytime: null } : undefined)) });
    expect(report.columns[1]).toMatchObject({ blank: 4, blankShare: 0.5 });
    expect(report.problems).toEqual([]);
  });

  it('flags an all-blank column', () => {
    const report = check({ rows: currentRows(30, () => ({ studytime: '  ' })) });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({ kind: 'blank-share', column: 'studytime', count: 30 });
    expect(report.problems[0]?.sentence).toMatch(
      /^weekly study time \(studytime\) is blank in 30 of 30 rows \(100%/,
    );
  });
});

describe('values outside the data dictionary', () => {
  it('counts numbers below, above, fractional and not numbers, and lists the first rows', () => {
    const faults: Record<number, string | number> = { 3: -1, 5: 120, 6: 2.5, 9: 'lots', 12: 150 };
    const report = check({
      rows: currentRows(20, (i) => (i in faults ? { absences: faults[i] ?? null } : undefined)),
    });
    expect(report.columns[0]?.outOfRange).toEqual({
      'below-min': 1,
      'above-max': 2,
      'not-whole': 1,
      'not-a-number': 1,
    });
    expect(report.problems).toEqual([
      {
        kind: 'out-of-range',
        column: 'absences',
        count: 5,
        firstRows: [5, 7, 8, 11, 14],
        sentence:
          'absences has 5 values the data dictionary does not allow (1 below the range 0-93, 2 above the range 0-93, ' +
          '1 not a whole number, 1 not a number): rows 5, 7, 8, 11 and 14.',
      },
    ]);
  });

  it('puts several faults of one kind in the plural', () => {
    const faults: Record<number, string | number> = { 0: 2.5, 1: 'lots', 2: 7.5, 3: 'many' };
    const report = check({
      rows: currentRows(10, (i) => (i in faults ? { absences: faults[i] ?? null } : undefined)),
    });
    expect(report.problems.map((problem) => problem.sentence)).toEqual([
      'absences has 4 values the data dictionary does not allow (2 not whole numbers, 2 not numbers): ' +
        'rows 2, 3, 4 and 5.',
    ]);
  });

  it('flags an ordinal code outside its scale', () => {
    const report = check({ rows: currentRows(10, (i) => (i === 0 ? { studytime: 5 } : undefined)) });
    expect(report.problems[0]?.sentence).toBe(
      'weekly study time (studytime) has 1 value the data dictionary does not allow (1 above the range 1-4): row 2.',
    );
  });

  it('counts text that is no category, without ever quoting it', () => {
    const report = check({
      rows: currentRows(10, (i) => (i === 4 ? { Mjob: 'Alice Smith, see note' } : undefined)),
    });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      kind: 'out-of-range',
      column: 'Mjob',
      count: 1,
      firstRows: [6],
    });
    expect(report.problems[0]?.sentence).toBe(
      "mother's job (Mjob) has 1 value the data dictionary does not allow (1 not in its list of categories): row 6.",
    );
    expect(JSON.stringify(report)).not.toContain('Alice');
  });
});

describe('categories never seen in the reference', () => {
  it('counts the cells and the distinct unseen categories', () => {
    const unseen: Record<number, string> = { 1: 'health', 2: 'health', 7: 'at_home' };
    const report = check({ rows: currentRows(10, (i) => (unseen[i] ? { Mjob: unseen[i] } : undefined)) });
    expect(report.columns[2]).toMatchObject({ unseenCells: 3, unseenCategories: 2 });
    expect(report.problems).toEqual([
      {
        kind: 'unseen-category',
        column: 'Mjob',
        count: 3,
        firstRows: [3, 4, 9],
        sentence:
          "mother's job (Mjob) has 3 values in 2 categories never seen in the training sample, which the model " +
          'scores as its most common category: rows 3, 4 and 9.',
      },
    ]);
  });

  it('puts one unseen value in one category in the singular', () => {
    const report = check({ rows: currentRows(10, (i) => (i === 1 ? { Mjob: 'health' } : undefined)) });
    expect(report.problems.map((problem) => problem.sentence)).toEqual([
      "mother's job (Mjob) has 1 value in 1 category never seen in the training sample, which the model " +
        'scores as its most common category: row 3.',
    ]);
  });

  it('reads a category with spaces around it as the category, and counts it once', () => {
    const spaced: Record<number, string> = { 1: 'health', 2: ' health ', 3: ' teacher' };
    const report = check({ rows: currentRows(10, (i) => (spaced[i] ? { Mjob: spaced[i] } : undefined)) });
    expect(report.columns[2]).toMatchObject({ outOfRange: {}, unseenCells: 2, unseenCategories: 1 });
    expect(report.problems.map((problem) => [problem.kind, problem.count, problem.firstRows])).toEqual([
      ['unseen-category', 2, [3, 4]],
    ]);
  });

  it('flags a second school when the reference held one (a constant reference column)', () => {
    const report = check({ rows: currentRows(10, (i) => (i >= 5 ? { school: 'MS' } : undefined)) });
    expect(report.problems.map((problem) => [problem.kind, problem.column, problem.count])).toEqual([
      ['unseen-category', 'school', 5],
    ]);
  });
});

describe('missing columns and unscored rows', () => {
  it('reports a model column without a roster header once, not also as blanks', () => {
    const report = check({
      rosterHeaders: ['absences', 'mother job', 'School'],
      rows: currentRows(12, () => ({ studytime: null })),
    });
    expect(report.columns[1]?.present).toBe(false);
    expect(report.problems).toEqual([
      {
        kind: 'missing-column',
        column: 'studytime',
        count: 12,
        firstRows: [],
        sentence:
          'No roster column holds weekly study time (studytime), which the model uses: it reads as blank for every student.',
      },
    ]);
  });

  it('puts a single unscored row in the singular', () => {
    expect(check({ notScoredRows: [5] }).problems.map((problem) => problem.sentence)).toEqual([
      '1 row could not be scored: row 5.',
    ]);
  });

  it('lists missing columns first and unscored rows last, with the first five rows sorted', () => {
    const report = check({
      rosterHeaders: ['absences', 'study time', 'mother job'],
      notScoredRows: [30, 12, 7, 7, 19, 3, 25],
      rows: currentRows(10, (i) => (i === 0 ? { absences: 100 } : undefined)),
    });
    expect(report.problems.map((problem) => problem.kind)).toEqual([
      'missing-column',
      'out-of-range',
      'not-scored',
    ]);
    expect(report.problems[2]).toMatchObject({ count: 6, firstRows: [3, 7, 12, 19, 25] });
    expect(report.problems[2]?.sentence).toBe(
      '6 rows could not be scored: rows 3, 7, 12, 19, 25 and 1 more.',
    );
  });
});

describe('data quality on wrong shapes', () => {
  it('throws RangeError for an attribute missing from the reference or the dictionary', () => {
    expect(() => check({ attributes: ['absences', 'goout'] })).toThrow(RangeError);
    expect(() => check({ attributes: ['shoe size'] })).toThrow(RangeError);
  });

  it('throws RangeError for a sheet row that is not a whole number ≥ 1', () => {
    expect(() => check({ notScoredRows: [0] })).toThrow(RangeError);
    expect(() => check({ rows: [{ sheetRow: 2.5, values: aValidRow }] })).toThrow(RangeError);
  });

  it('says which column or row is wrong', () => {
    expect(() => check({ attributes: ['absences', 'goout'] })).toThrow(
      new RangeError('The reference table has no column "goout".'),
    );
    expect(() => check({ notScoredRows: [0] })).toThrow(
      new RangeError('An unscored row must be a sheet row number (a whole number ≥ 1), got 0.'),
    );
    expect(() => check({ rows: [...currentRows(2), { sheetRow: 2.5, values: aValidRow }] })).toThrow(
      new RangeError("Current row 2's sheet row must be a sheet row number (a whole number ≥ 1), got 2.5."),
    );
  });
});
