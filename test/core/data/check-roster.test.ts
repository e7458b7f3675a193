import { SAMPLE_FILES, sampleTable } from '../../../src/core/data/sample';
import {
  ISSUES_LISTED_PER_KIND,
  REQUIRED_INPUTS,
  checkRoster,
} from '../../../src/core/data/roster/check-roster';
import { columnLetter } from '../../../src/core/data/roster/roster-columns';
import { DataError } from '../../../src/core/errors';
import { sampleProjectFile } from '../../support/bundled-samples';

/** The Math sample as a sheet would hold it: header row, then 395 rows of numbers and text. */
function mathRoster(): (string | number | boolean)[][] {
  const table = sampleTable([{ file: SAMPLE_FILES.math, csvText: sampleProjectFile('sample-student-mat') }]);
  return [table.header, ...table.rows];
}

function setCell(roster: unknown[][], row: number, header: string, value: unknown): void {
  const column = (roster[0] as string[]).indexOf(header);
  (roster[row - 1] as unknown[])[column] = value;
}

describe('checkRoster', () => {
  it('reads the clean sample with no issues', () => {
    const checked = checkRoster(mathRoster());
    expect(checked.records).toHaveLength(395);
    expect(checked.issues).toEqual([]);
    expect(checked.rowsWithFinalGrade).toBe(395);
    expect(checked.records[0]).toMatchObject({ school: 'GP', age: 18, failures: 0, G1: 5, higher: 'yes' });
  });

  it('finds columns by header in any order, case and spacing, and ignores extra columns', () => {
    const roster = mathRoster().map((row) => [...row].reverse());
    roster[0] = (roster[0] as string[]).map((h) =>
      h === 'absences' ? '  Absences ' : h === 'famsup' ? 'Family Support' : h,
    );
    roster.forEach((row, i) => row.push(i === 0 ? 'Tutor group' : '7B'));
    const checked = checkRoster(roster);
    expect(checked.issues).toEqual([]);
    expect(checked.records[0]).toMatchObject({ absences: 6, famsup: 'no' });
    expect(checked.columns.byAttribute.has('absences')).toBe(true);
  });

  it('keeps an id or name column as the row key and never as an input', () => {
    const roster = mathRoster().map((row, i) => [i === 0 ? 'Student name' : `Student ${i}`, ...row]);
    const checked = checkRoster(roster);
    expect(checked.rowKeys.slice(0, 2)).toEqual(['Student 1', 'Student 2']);
    expect(checked.columns.key).toEqual({ index: 0, header: 'Student name' });
    expect(Object.keys(checked.records[0] ?? {})).not.toContain('Student name');
  });

  it('falls back to the sheet row as the key', () => {
    expect(checkRoster(mathRoster()).rowKeys.slice(0, 2)).toEqual(['row 2', 'row 3']);
  });

  it('normalises messy values and says so, naming row and column', () => {
    const roster = mathRoster();
    setCell(roster, 2, 'famsup', 'Y');
    setCell(roster, 8, 'schoolsup', 'Yes');
    setCell(roster, 3, 'higher', true);
    setCell(roster, 4, 'absences', ' 12 ');
    setCell(roster, 5, 'age', '16,0');
    setCell(roster, 6, 'address', 'Rural');
    setCell(roster, 7, 'Mjob', 'At Home');
    const checked = checkRoster(roster);
    expect(checked.records[6]?.schoolsup).toBe('yes');
    expect(
      checked.records
        .slice(0, 6)
        .map((r, i) => [r.famsup, r.higher, r.absences, r.age, r.address, r.Mjob][i]),
    ).toEqual(['yes', 'yes', 12, 16, 'R', 'at_home']);
    const absences = `absences (${columnLetter((roster[0] as string[]).indexOf('absences'))})`;
    expect(checked.issues).toContainEqual({
      row: 4,
      column: absences,
      value: ' 12 ',
      problem: 'is a number stored as text',
      action: 'read as 12',
    });
    expect(checked.issues).toHaveLength(6);
  });

  it('treats unreadable values as blank and reports them', () => {
    const roster = mathRoster();
    setCell(roster, 2, 'failures', 9);
    setCell(roster, 3, 'studytime', 2.5);
    setCell(roster, 4, 'Fjob', 'astronaut');
    setCell(roster, 5, 'age', 'sixteen');
    setCell(roster, 6, 'G1', new Date(2026, 0, 2));
    const checked = checkRoster(roster);
    expect(
      checked.records.slice(0, 5).map((r, i) => [r.failures, r.studytime, r.Fjob, r.age, r.G1][i]),
    ).toEqual([null, null, null, null, null]);
    expect(checked.issues.map((i) => [i.row, i.problem])).toEqual([
      [2, 'is outside the valid range 0-4'],
      [3, 'is not a whole number from 1 to 4'],
      [4, 'is not one of the expected values (teacher, health, services, at_home, other)'],
      [5, 'is not a number'],
      [6, 'is a date (the spreadsheet may have converted it)'],
    ]);
  });

  it('reports blanks, except a blank final grade, which makes a row to score', () => {
    const roster = mathRoster();
    setCell(roster, 2, 'absences', '');
    setCell(roster, 3, 'G3', '');
    const checked = checkRoster(roster);
    expect(checked.blankCounts).toEqual({ absences: 1, G3: 1 });
    expect(checked.issues).toEqual([
      {
        row: 2,
        column: 'absences (AD)',
        value: '',
        problem: 'is blank',
        action: 'treated as blank: the model uses the training average',
      },
    ]);
    expect(checked.rowsWithFinalGrade).toBe(394);
  });

  it('treats an unreadable final grade as blank: that student is scored, not trained on', () => {
    const roster = mathRoster();
    setCell(roster, 2, 'G3', 'twenty');
    const checked = checkRoster(roster);
    expect(checked.records[0]?.G3).toBeNull();
    expect(checked.blankCounts).toEqual({ G3: 1 });
    expect(checked.rowsWithFinalGrade).toBe(394);
    expect(checked.issues).toEqual([
      {
        row: 2,
        column: 'G3 (AG)',
        value: 'twenty',
        problem: 'is not a number',
        action: 'treated as blank: the student is scored but not used for training',
      },
    ]);
  });

  it('counts no final grades in a roster that has no G3 column', () => {
    const roster = mathRoster();
    const column = (roster[0] as string[]).indexOf('G3');
    const checked = checkRoster(roster.map((row) => row.filter((_, i) => i !== column)));
    expect(checked.records).toHaveLength(395);
    expect(checked.records[0]).not.toHaveProperty('G3');
    expect(checked.rowsWithFinalGrade).toBe(0);
  });

  it('reads the key column trimmed, and falls back to the sheet row where its cell is blank', () => {
    const keys = ['  S-001 ', null, '   ', undefined, 1042];
    const roster: unknown[][] = mathRoster().map((row, i) =>
      i === 0 ? [...row, 'Student ID'] : i <= keys.length ? [...row, keys[i - 1]] : [...row, `S-${i}`],
    );
    // Row 5's cell is missing altogether: a row shorter than the header.
    (roster[4] as unknown[]).length = 34;
    const checked = checkRoster(roster);
    expect(checked.columns.key).toEqual({ index: 34, header: 'Student ID' });
    expect(checked.rowKeys.slice(0, 6)).toEqual(['S-001', 'row 3', 'row 4', 'row 5', '1042', 'S-6']);
  });

  it('lists the first issues of a kind one by one and counts the rest in one line', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 101; row += 1) setCell(roster, row, 'romantic', 'Y');
    const checked = checkRoster(roster);
    expect(checked.issues).toHaveLength(ISSUES_LISTED_PER_KIND + 1);
    expect(checked.issues.at(-1)?.problem).toBe('…and 80 more cells where the value was written differently');
  });

  it('lists the first issues of each kind in each column, not the first twenty of all', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 21; row += 1) setCell(roster, row, 'romantic', 'Y');
    setCell(roster, 22, 'famsup', 'Y');
    const checked = checkRoster(roster);
    expect(checked.issues).toHaveLength(21);
    expect(checked.issues.at(-1)).toEqual({
      row: 22,
      column: 'famsup (Q)',
      value: 'Y',
      problem: 'is written "Y"',
      action: 'read as yes',
    });
  });

  it('counts every other spelling of a value in a column as one kind of issue', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 21; row += 1) setCell(roster, row, 'romantic', 'Y');
    setCell(roster, 22, 'romantic', 'TRUE');
    const checked = checkRoster(roster);
    expect(checked.issues).toHaveLength(21);
    expect(checked.issues.at(-1)).toEqual({
      row: 22,
      column: 'romantic (W)',
      value: '',
      problem: '…and 1 more cells where the value was written differently',
      action: 'read as yes',
    });
  });

  it('keeps an unreadable value apart from the other spellings in its column', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 21; row += 1) setCell(roster, row, 'romantic', 'Y');
    setCell(roster, 22, 'romantic', 'maybe');
    const checked = checkRoster(roster);
    expect(checked.issues).toHaveLength(21);
    expect(checked.issues.at(-1)).toEqual({
      row: 22,
      column: 'romantic (W)',
      value: 'maybe',
      problem: 'is not one of the expected values (no, yes)',
      action: 'treated as blank: the model uses the training average',
    });
  });

  it('words the count of other unreadable values with their problem', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 23; row += 1) setCell(roster, row, 'age', 'sixteen');
    const checked = checkRoster(roster);
    expect(checked.issues).toHaveLength(ISSUES_LISTED_PER_KIND + 1);
    expect(checked.issues.at(-1)).toEqual({
      row: 22,
      column: 'age (C)',
      value: '',
      problem: '…and 2 more cells where the value is not a number',
      action: 'treated as blank: the model uses the training average',
    });
  });

  it('sorts the issues by row, then by column header, with each count at its first uncounted row', () => {
    const roster = mathRoster();
    for (let row = 2; row <= 22; row += 1) setCell(roster, row, 'romantic', 'Y');
    setCell(roster, 2, 'school', 'XX');
    setCell(roster, 2, 'age', 'sixteen');
    setCell(roster, 30, 'absences', '');
    const checked = checkRoster(roster);
    expect(checked.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'age (C)'],
      [2, 'romantic (W)'],
      [2, 'school (A)'],
      ...Array.from({ length: 19 }, (_, i) => [i + 3, 'romantic (W)']),
      [22, 'romantic (W)'],
      [30, 'absences (AD)'],
    ]);
    expect(checked.issues[22]?.problem).toBe('…and 1 more cells where the value was written differently');
  });

  describe('long cells', () => {
    const jobs = 'is not one of the expected values (teacher, health, services, at_home, other)';
    const fjobIssue = (value: string) => {
      const roster = mathRoster();
      setCell(roster, 2, 'Fjob', value);
      const checked = checkRoster(roster);
      expect(checked.issues).toHaveLength(1);
      return checked.issues[0];
    };

    it('quotes a cell of up to 1,000 characters whole', () => {
      const value = 'x'.repeat(1000);
      expect(fjobIssue(value)).toMatchObject({ value, problem: jobs });
    });

    it('quotes a longer cell cut to 1,000 characters and says so', () => {
      expect(fjobIssue('x'.repeat(1500))).toMatchObject({
        value: `${'x'.repeat(1000)}…`,
        problem: `${jobs} (value shown cut to 1,000 of its 1,500 characters)`,
      });
    });

    it('groups the length in threes', () => {
      expect(fjobIssue('x'.repeat(1_234_567))).toMatchObject({
        value: `${'x'.repeat(1000)}…`,
        problem: `${jobs} (value shown cut to 1,000 of its 1,234,567 characters)`,
      });
    });

    it('never cuts between the two halves of an emoji', () => {
      // Characters 1000 and 1001 are the two UTF-16 halves of 😀, so the quote stops before it.
      expect(fjobIssue(`${'a'.repeat(999)}😀${'b'.repeat(1000)}`)).toMatchObject({
        value: `${'a'.repeat(999)}…`,
        problem: `${jobs} (value shown cut to 1,000 of its 2,001 characters)`,
      });
    });

    it('names a column by its header of up to 1,000 characters, and cuts a longer one', () => {
      // Spaces inside a header do not matter to its meaning: both still mean "absences".
      const whole = `ab${' '.repeat(992)}sences`;
      const long = `ab${' '.repeat(1992)}sences`;
      for (const [header, shown] of [
        [whole, whole],
        [long, `ab${' '.repeat(998)}…`],
      ] as const) {
        const roster = mathRoster();
        setCell(roster, 3, 'absences', 'many');
        (roster[0] as string[])[29] = header;
        expect(checkRoster(roster).issues.map((i) => [i.row, i.column])).toEqual([[3, `${shown} (AD)`]]);
      }
    });
  });

  it('requires every attribute except the three grades and the course', () => {
    expect(REQUIRED_INPUTS).toEqual([
      'school',
      'sex',
      'age',
      'address',
      'famsize',
      'Pstatus',
      'Medu',
      'Fedu',
      'Mjob',
      'Fjob',
      'reason',
      'guardian',
      'traveltime',
      'studytime',
      'failures',
      'schoolsup',
      'famsup',
      'paid',
      'activities',
      'nursery',
      'higher',
      'internet',
      'romantic',
      'famrel',
      'freetime',
      'goout',
      'Dalc',
      'Walc',
      'health',
      'absences',
    ]);
  });

  it.each(REQUIRED_INPUTS)('names the required column "%s" when it is missing', (name) => {
    const roster = mathRoster();
    const column = (roster[0] as string[]).indexOf(name);
    const without = roster.map((row) => row.filter((_, i) => i !== column));
    expect(() => checkRoster(without)).toThrow(DataError);
    expect(() => checkRoster(without)).toThrow(`The roster has no column for "${name}".`);
  });

  it('refuses two columns that mean the same attribute', () => {
    const roster = mathRoster().map((row, i) => [...row, i === 0 ? 'Absences' : 0]);
    expect(() => checkRoster(roster)).toThrow(
      /Columns "absences" \(AD\) and "Absences" \(AI\) both mean "absences"/,
    );
  });

  it('refuses a roster without student rows', () => {
    expect(() => checkRoster([mathRoster()[0] as string[]])).toThrow(
      'The roster has no student rows below its header row.',
    );
    expect(() => checkRoster([])).toThrow(DataError);
    let error: unknown;
    try {
      checkRoster([mathRoster()[0] as string[]]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).location).toEqual({ row: 2 });
  });
});
