import { SampleIntegrityError } from '../../src/core/data/sample';
import { loadSample, type LoadSampleDeps } from '../../src/jobs/load-sample';
import type { CellValue, OwnColumn } from '../../src/jobs/ports';
import { OWN_HEADERS } from '../../src/jobs/score/score-students';
import { InMemoryTable, ScriptedDialogs, nodeDigests } from '../support/fakes';
import { sampleProjectFile } from '../support/bundled-samples';

function deps(
  students: InMemoryTable,
  dialogs = new ScriptedDialogs(),
  read = sampleProjectFile,
): LoadSampleDeps {
  return {
    files: { read },
    digests: nodeDigests,
    students,
    dialogs,
  };
}

/** Dialogs that also remember the titles of the questions and notices, in order. */
class TitledDialogs extends ScriptedDialogs {
  titles: string[] = [];
  override confirm(title: string, message: string) {
    this.titles.push(title);
    return super.confirm(title, message);
  }
  override toast(message: string, title?: string) {
    this.titles.push(title ?? '(none)');
    super.toast(message);
  }
}

/** A Students sheet whose ownership record names PassCompass's own columns, as the Sheets adapter reads it. */
class OwnedTable extends InMemoryTable {
  asked: string[][] = [];
  constructor(
    values: CellValue[][],
    private readonly own: number[],
  ) {
    super(values);
  }
  ownColumns(columns: readonly OwnColumn[]) {
    this.asked.push(columns.map((c) => c.header));
    return this.own;
  }
}

/** The Math sample as loaded, with a Risk of failing column put first and a Tier column added last. */
function mathWithOwnColumns(): CellValue[][] {
  const students = new InMemoryTable();
  loadSample(['math'], deps(students));
  return students.values.map((row, i) =>
    i === 0 ? ['Risk of failing', ...row, 'Tier'] : [i === 1 ? 0.42 : '', ...row, i === 1 ? 'High' : ''],
  );
}

describe('loadSample', () => {
  it('writes both courses to an empty Students sheet without asking', () => {
    const students = new InMemoryTable();
    const dialogs = new ScriptedDialogs();
    expect(loadSample(['math', 'portuguese'], deps(students, dialogs))).toEqual({
      status: 'loaded',
      rows: 1044,
      replacedOtherData: false,
    });
    expect(students.values).toHaveLength(1045);
    expect(dialogs.questions).toEqual([]);
    expect(dialogs.toasts).toEqual(['Loaded 1044 students into Students.']);
  });

  it('replaces an earlier sample load instead of appending, without asking', () => {
    const students = new InMemoryTable();
    loadSample(['math', 'portuguese'], deps(students));
    loadSample(['math'], deps(students));
    expect(students.values).toHaveLength(396);
    expect(students.writes).toBe(2);
  });

  it('asks before replacing other data, and leaves it untouched on no', () => {
    const teacherData: CellValue[][] = [
      ['name', 'grade'],
      ['Ana', 12],
    ];
    const students = new InMemoryTable(teacherData);
    const dialogs = new ScriptedDialogs([false]);
    expect(loadSample(['math'], deps(students, dialogs))).toEqual({ status: 'cancelled', rows: 0 });
    expect(dialogs.questions).toEqual([
      'The Students sheet already holds 1 row of other data. ' +
        'Replace it with the sample (395 students)? Other sheets are not touched.',
    ]);
    expect(students.values).toEqual(teacherData);
    expect(students.writes).toBe(0);
  });

  it('replaces other data after a yes', () => {
    const students = new InMemoryTable([['name'], ['Ana']]);
    expect(loadSample(['portuguese'], deps(students, new ScriptedDialogs([true])))).toMatchObject({
      status: 'loaded',
      rows: 649,
      replacedOtherData: true,
    });
  });

  it('treats an edited sample row as other data', () => {
    const students = new InMemoryTable();
    loadSample(['math'], deps(students));
    (students.values[5] as CellValue[])[1] = 'edited';
    const dialogs = new ScriptedDialogs([false]);
    loadSample(['math'], deps(students, dialogs));
    expect(dialogs.questions).toHaveLength(1);
  });

  it('refuses a sample file whose checksum does not match, and writes nothing', () => {
    const students = new InMemoryTable();
    const tampered = (name: string) => sampleProjectFile(name).replace('"GP"', '"XX"');
    expect(() => loadSample(['math'], deps(students, new ScriptedDialogs(), tampered))).toThrow(
      SampleIntegrityError,
    );
    expect(students.writes).toBe(0);
  });

  it('tells the teacher in a PassCompass toast', () => {
    const dialogs = new TitledDialogs();
    loadSample(['math'], deps(new InMemoryTable(), dialogs));
    expect(dialogs.toasts).toEqual(['Loaded 395 students into Students.']);
    expect(dialogs.titles).toEqual(['PassCompass']);
  });

  it('asks before replacing a sheet that holds only column headings of its own', () => {
    const students = new InMemoryTable([['name', 'grade']]);
    const dialogs = new TitledDialogs([false]);
    expect(loadSample(['math'], deps(students, dialogs))).toEqual({ status: 'cancelled', rows: 0 });
    expect(dialogs.titles).toEqual(['Replace the Students sheet?']);
    expect(dialogs.questions).toEqual([
      'The Students sheet already has column headings of its own. ' +
        'Replace them with the sample (395 students)? Other sheets are not touched.',
    ]);
    expect(students.values).toEqual([['name', 'grade']]);
    expect(students.writes).toBe(0);
  });

  it("replaces an earlier sample load without asking, PassCompass's own columns (first and last) not counted", () => {
    // Columns A (Risk of failing) and AJ (Tier) are PassCompass's; the three own columns it lacks are -1.
    const students = new OwnedTable(mathWithOwnColumns(), [0, -1, -1, -1, 35]);
    const dialogs = new ScriptedDialogs();
    expect(loadSample(['portuguese'], deps(students, dialogs))).toEqual({
      status: 'loaded',
      rows: 649,
      replacedOtherData: false,
    });
    expect(students.asked).toEqual([[...OWN_HEADERS]]);
    expect(dialogs.questions).toEqual([]);
    expect(students.values).toHaveLength(650);
    expect(students.values[0]).toHaveLength(34);
  });

  it("treats a teacher's column named like PassCompass's as other data", () => {
    // The same sheet, but the ownership record says the two columns are not PassCompass's.
    const students = new OwnedTable(mathWithOwnColumns(), [-1, -1, -1, -1, -1]);
    const dialogs = new TitledDialogs([false]);
    expect(loadSample(['portuguese'], deps(students, dialogs))).toEqual({ status: 'cancelled', rows: 0 });
    expect(dialogs.questions).toEqual([
      'The Students sheet already holds 395 rows of other data. ' +
        'Replace them with the sample (649 students)? Other sheets are not touched.',
    ]);
    expect(students.writes).toBe(0);
  });
});
