/**
 * The rows a monitoring check reads: the Students sheet as current rows with keys and final grades, the latest
 * scoring run's logged inputs, and the logged predictions by student key.
 */
import { latestLoggedRun, predictionsByKey, readStudents } from '../../../src/jobs/monitoring/current-rows';
import type { CellValue } from '../../../src/jobs/ports';

/** Sheets hand the job blanks as '', but a short or edited row may hold null or undefined. */
const cells = (row: unknown[]): CellValue[] => row as CellValue[];

describe('readStudents', () => {
  it('reads an empty sheet as no header and no rows', () => {
    const view = readStudents([], ['absences']);
    expect(view.header).toEqual([]);
    expect(view.rows).toEqual([]);
  });

  it('reads a blank header cell as empty text', () => {
    expect(readStudents([cells([null, 'absences'])], ['absences']).header).toEqual(['', 'absences']);
  });

  it('skips rows with nothing in them, whether blank, null or undefined, and keeps sheet row numbers', () => {
    const view = readStudents(
      [
        ['Student name', 'absences'],
        ['Ana', 3],
        ['', ''],
        cells([null, null]),
        cells([undefined, undefined]),
        ['Ben', 5],
      ],
      ['absences'],
    );
    expect(view.rows.map((row) => [row.sheetRow, row.key])).toEqual([
      [2, 'Ana'],
      [6, 'Ben'],
    ]);
  });

  it('keys a row by its trimmed name, or by its sheet row when the name is blank', () => {
    const view = readStudents(
      [['Student name', 'absences'], ['  Ana Silva ', 3], cells([null, 4]), ['', 5]],
      ['absences'],
    );
    expect(view.rows.map((row) => row.key)).toEqual(['Ana Silva', 'row 3', 'row 4']);
  });

  it('keys every row by its sheet row when the roster has no key column', () => {
    const view = readStudents([['absences'], [3], [4]], ['absences']);
    expect(view.rows.map((row) => row.key)).toEqual(['row 2', 'row 3']);
  });

  it('reads valid cells as scoring does and keeps invalid ones raw for data quality', () => {
    const view = readStudents(
      [
        ['Student name', 'absences', 'failures', 'sex'],
        // '5' is a number stored as text (read as 5); 200 is above the maximum of 93; true is not a number.
        ['Ana', '5', 200, 'F'],
        ['Ben', 2, true, 'female'],
      ],
      ['absences', 'failures', 'sex'],
    );
    expect(view.rows.map((row) => row.values)).toEqual([
      { absences: 5, failures: 200, sex: 'F' },
      { absences: 2, failures: 'true', sex: 'F' },
    ]);
    expect(view.rows.map((row) => row.asScored)).toEqual([
      { absences: 5, failures: null, sex: 'F' },
      { absences: 2, failures: null, sex: 'F' },
    ]);
  });

  it('reads a final grade, typed as text too, and none from a blank, out-of-range or non-number cell', () => {
    const view = readStudents(
      [
        ['Student name', 'absences', 'G3'],
        ['Ana', 1, 15],
        ['Ben', 1, 0],
        ['Cal', 1, ''],
        ['Dee', 1, 25],
        ['Eve', 1, ' 12 '],
        ['Fay', 1, 'twelve'],
      ],
      ['absences'],
    );
    expect(view.rows.map((row) => row.finalGrade)).toEqual([15, 0, null, null, 12, null]);
  });

  it('has no final grades without a G3 column', () => {
    const view = readStudents(
      [
        ['Student name', 'absences'],
        ['Ana', 1],
      ],
      ['absences'],
    );
    expect(view.rows.map((row) => row.finalGrade)).toEqual([null]);
  });
});

/** A log row: time, run, version, key, risk, tier, inputs (JSON). */
const logRow = (run: string, inputs: CellValue = '[1]', version = 1): CellValue[] => [
  new Date(Date.UTC(2026, 8, 14)),
  run,
  version,
  'k',
  0.2,
  'Low',
  inputs,
];

describe('latestLoggedRun', () => {
  const absences = () => ['absences'];

  it('finds a run in the first row when only web API calls follow it', () => {
    const run = latestLoggedRun([logRow('S-1', '[4]'), logRow('API-x', '[9]')], absences);
    expect(run).toMatchObject({ runId: 'S-1', version: 1, rows: 1, table: { absences: [4] } });
  });

  it('finds no run when the last row has no run id', () => {
    // A row cut short before its run column.
    expect(latestLoggedRun([logRow('S-1'), cells([new Date(Date.UTC(2026, 8, 15))])], absences)).toBeNull();
  });

  it('keeps logged numbers and texts and reads anything else as blank', () => {
    const run = latestLoggedRun(
      [logRow('S-1', '[3, "M", true, null]'), logRow('S-1', ''), logRow('S-1', 'not JSON'), logRow('S-1', 7)],
      () => ['absences', 'sex', 'higher', 'failures'],
    );
    expect(run?.table).toEqual({
      absences: [3, null, null, null],
      sex: ['M', null, null, null],
      higher: [null, null, null, null],
      failures: [null, null, null, null],
    });
  });
});

describe('predictionsByKey', () => {
  it('keeps the latest numeric risk of each key by the version asked for, with its tier', () => {
    const rows = [
      ['t', 'S-1', 1, 'a', 0.1, 'Low', '[]'],
      ['t', 'S-1', 1, 'b', 0.6, 'High', '[]'],
      ['t', 'S-2', 2, 'a', 0.9, 'High', '[]'],
      ['t', 'S-1', '1', 'c', '', '', '[]'],
      cells(['t', 'S-3', 1, 'b', 0.4]),
    ];
    // Version 2's row for "a" and "c"'s row without a risk are skipped; "b" is read again, without a tier.
    expect(predictionsByKey(rows, 1)).toEqual(
      new Map([
        ['a', { risk: 0.1, tier: 'Low' }],
        ['b', { risk: 0.4, tier: '' }],
      ]),
    );
  });
});
