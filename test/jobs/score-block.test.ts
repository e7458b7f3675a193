/** Scoring one block of roster rows with a small hand-made model, so every risk and reason can be worked out. */
import { findRosterColumns } from '../../src/core/data/roster/roster-columns';
import type { LogisticModel } from '../../src/core/model/logistic';
import type { CellValue } from '../../src/jobs/ports';
import { scoreBlock } from '../../src/jobs/score/score-block';

/**
 * log-odds = 0.5 × (absences − 4) / 2 + 1 × (failures − 0.5) / 1; a blank counts as the centre (adds 0).
 */
const MODEL: LogisticModel = {
  kind: 'logistic-regression',
  version: 1,
  predicts: 'P(fail)',
  intercept: 0,
  coefficients: { absences: 0.5, failures: 1 },
  encoding: {
    version: 1,
    features: [
      { attribute: 'absences', transform: 'linear', name: 'absences', center: 4, scale: 2 },
      { attribute: 'failures', transform: 'linear', name: 'failures', center: 0.5, scale: 1 },
    ],
    references: {},
    dropped: [],
  },
  training: { steps: 100, learningRate: 0.1, appliedRate: 0.1, rows: 100, failures: 20 },
};

/**
 * Scores `rows` as the block starting at data row 0 (sheet row 2) of a roster keyed by "Student name". Rows may
 * hold null or undefined, as a short or sparse row read from a sheet can.
 */
const score = (rows: (readonly unknown[])[]) =>
  scoreBlock(MODEL, findRosterColumns(['Student name', 'absences', 'failures']), rows as CellValue[][], 0);

describe('scoring a block of rows', () => {
  it('keys a row by its name, trimmed, or by its sheet row when the name is blank', () => {
    const keys = score([
      ['  Ana Silva ', 4, 0],
      [null, 4, 0],
      ['', 4, 0],
    ]).map((row) => row.key);
    expect(keys).toEqual(['Ana Silva', 'row 3', 'row 4']);
  });

  it('leaves a row with nothing in it alone: no risk, no reasons', () => {
    const expected = (row: number) => ({
      risk: null,
      reasons: '',
      key: `row ${row}`,
      inputs: [null, null],
      empty: true,
    });
    expect(
      score([
        [null, null, null],
        [undefined, '', undefined],
        ['', '', ''],
      ]),
    ).toEqual([expected(2), expected(3), expected(4)]);
  });

  it('names the reasons and then the blanks counted as average', () => {
    // absences 10 pushes by 0.5 × (10 − 4) / 2 = 1.5 (a reason); failures is blank (0): risk = 1 / (1 + e^−1.5).
    const [row] = score([['Ana', 10, '']]);
    expect(row).toEqual({
      risk: 1 / (1 + Math.exp(-1.5)),
      reasons: '10 absences. Blank, counted as average: past class failures.',
      key: 'Ana',
      inputs: [10, null],
      empty: false,
    });
  });
});
