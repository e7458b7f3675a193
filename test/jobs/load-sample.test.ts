import { SampleIntegrityError } from '../../src/core/data/sample';
import { loadSample, type LoadSampleDeps } from '../../src/jobs/load-sample';
import type { CellValue } from '../../src/jobs/ports';
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
    expect(dialogs.questions[0]).toContain('already holds 1 rows of other data');
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
});
