/**
 * Nothing a teacher owns is ever overwritten (issue "Hardening", item 1), through the menu entry points of the
 * built add-on: a sheet or a roster column named like one of PassCompass's but that PassCompass did not make is
 * left exactly as it was; PassCompass uses another name, says which once, and reuses it on the next run. A
 * workbook made before PassCompass kept its record (simulated by deleting the record: the sheets and columns
 * are the ones the previous version made) keeps working, its sheets and columns adopted.
 */
import { ProtectionType } from '../../src/local/spreadsheet';
import { type Runtime, type Started, sheetValues, withSample } from './support';

const OWNED_KEY = 'passcompass.owned';
const OWN = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'];

/** A menu click, its closing dialog acknowledged (Check data shows only a toast). */
function click(started: Started, entryPoint: string): void {
  if (entryPoint !== 'checkData') started.runtime.ui.answerNext('OK');
  started.addOn.call(entryPoint);
}

function toasts(runtime: Runtime): string[] {
  return runtime.spreadsheet.toasts.map((t) => t.message);
}

/** The toasts that say PassCompass used another name than its usual one. */
function renameNotices(runtime: Runtime): string[] {
  return toasts(runtime).filter((message) => message.startsWith('PassCompass leaves your'));
}

function sheetNames(runtime: Runtime): string[] {
  return runtime.spreadsheet.getSheets().map((sheet) => sheet.getName());
}

function students(runtime: Runtime): unknown[][] {
  return sheetValues(runtime, 'Students') ?? [];
}

/** Puts a sheet named `name` holding `values` in the spreadsheet, as a teacher would. */
function teacherSheet(runtime: Runtime, name: string, values: unknown[][]): void {
  const sheet = runtime.spreadsheet.insertSheet(name);
  sheet.getRange(1, 1, values.length, values[0]?.length ?? 1).setValues(values);
}

/**
 * Inserts a teacher's column headed `header` as column B of Students (after `school`), with `cell(i)` in data row
 * i: where a teacher adds a column of their own, in the middle of the roster.
 */
function teacherColumn(runtime: Runtime, header: string, cell: (i: number) => unknown): void {
  const sheet = runtime.spreadsheet.getSheetByName('Students');
  if (!sheet) throw new Error('no Students sheet');
  const rows = sheet.getLastRow();
  sheet.insertColumnAfter(1);
  sheet
    .getRange(1, 2, rows, 1)
    .setValues([[header], ...Array.from({ length: rows - 1 }, (_, i) => [cell(i)])]);
}

function column(values: unknown[][], header: string): unknown[] {
  const index = (values[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return values.slice(1).map((row) => row[index]);
}

function ownership(runtime: Runtime): {
  sheets: Record<string, { id?: number; name: string }>;
  columns: { name: string; headers: Record<string, string> }[];
} {
  return JSON.parse(runtime.PropertiesService.getDocumentProperties()?.getProperty(OWNED_KEY) ?? '{}');
}

describe("a teacher's column named like one of PassCompass's", () => {
  // Each reproducer: the teacher's column and values that are plainly theirs.
  const cases: [string, (i: number) => unknown, string][] = [
    ['Tier', (i) => `support tier ${1 + (i % 3)}`, 'Tier (PassCompass)'],
    ['tier ', (i) => (i % 2 === 0 ? 'support tier 1' : ''), 'Tier (PassCompass)'],
    ['Risk of failing', (i) => (i % 4 === 0 ? 'yes, see file' : 'no'), 'Risk of failing (PassCompass)'],
    ['Main reasons', (i) => (i % 5 === 0 ? 'attendance; family moved' : ''), 'Main reasons (PassCompass)'],
    ['Model version', (i) => `Y10 plan ${i % 2 === 0 ? 'A' : 'B'}`, 'Model version (PassCompass)'],
    ['Scored at', (i) => 10 + (i % 8), 'Scored at (PassCompass)'],
    // A teacher's own tiers, in PassCompass's very words: still theirs, since PassCompass did not make the column.
    ['Tier', (i) => (i % 10 === 0 ? 'High' : 'Low'), 'Tier (PassCompass)'],
  ];

  describe.each(cases)('headed "%s"', (header, cell, ours) => {
    const started = withSample('loadSampleMath');
    teacherColumn(started.runtime, header, cell);
    click(started, 'trainModel');
    const before = students(started.runtime);
    click(started, 'scoreStudents');
    const first = students(started.runtime);
    const noticesAfterFirst = renameNotices(started.runtime);
    click(started, 'scoreStudents');
    const second = students(started.runtime);
    const width = before[0]?.length ?? 0;
    const expectedHeaders = OWN.map((h) => (h === ours.replace(' (PassCompass)', '') ? ours : h));

    it('is left exactly as it was, with every other teacher cell', () => {
      // PassCompass's own columns are appended at the right: everything left of them is the teacher's.
      expect(first.map((row) => row.slice(0, width))).toEqual(before);
      expect(second.map((row) => row.slice(0, width))).toEqual(before);
    });

    it(`gets PassCompass's own column beside it, named "${ours}", which holds PassCompass's values`, () => {
      expect((first[0] ?? []).slice(width)).toEqual(expectedHeaders);
      const risks = column(first, expectedHeaders[0] as string);
      expect(risks.every((r) => typeof r === 'number' && r >= 0 && r <= 1)).toBe(true);
      expect(new Set(column(first, expectedHeaders[1] as string))).toEqual(
        new Set(['High', 'Medium', 'Low']),
      );
      expect(column(first, expectedHeaders[3] as string).every((v) => v === 1)).toBe(true);
    });

    it('tells the teacher once which name PassCompass uses', () => {
      expect(noticesAfterFirst).toEqual([
        `PassCompass leaves your column "${header.trim()}" as it is: its own is "${ours}".`,
      ]);
      expect(renameNotices(started.runtime)).toEqual(noticesAfterFirst);
    });

    it('reuses its column on the next run: no new column, the same header row', () => {
      expect(second[0]).toEqual(first[0]);
      expect(ownership(started.runtime).columns).toEqual([
        {
          id: expect.any(Number),
          name: 'Students',
          headers: Object.fromEntries(OWN.map((h, i) => [h, expectedHeaders[i]])),
        },
      ]);
    });
  });

  it("makes Load sample data ask before replacing the roster, since the column is not PassCompass's", () => {
    const started = withSample('loadSampleMath');
    teacherColumn(started.runtime, 'Tier', (i) => `support tier ${1 + (i % 3)}`);
    click(started, 'trainModel');
    click(started, 'scoreStudents');
    const before = students(started.runtime);
    started.runtime.ui.answerNext('NO');
    started.addOn.call('loadSampleMath');
    expect(started.runtime.ui.dialogs.at(-1)?.text).toContain('already holds 395 rows of other data');
    expect(students(started.runtime)).toEqual(before);
  });
});

describe('a column PassCompass made and the teacher then wrote in', () => {
  it('is left with what the teacher wrote; PassCompass writes its tiers beside it and says so', () => {
    const started = withSample('loadSampleMath');
    click(started, 'trainModel');
    click(started, 'scoreStudents');
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    const header = (students(started.runtime)[0] ?? []).map(String);
    sheet?.getRange(5, header.indexOf('Tier') + 1).setValue('spoke to parents');
    const before = students(started.runtime);
    click(started, 'scoreStudents');
    const after = students(started.runtime);
    // Every column but the four PassCompass still owns (rewritten in place) is as it was, the edited Tier too.
    const stillOwn = OWN.filter((h) => h !== 'Tier').map((h) => header.indexOf(h));
    const teachers = (rows: unknown[][]) =>
      rows.map((row) => row.slice(0, header.length).filter((_, i) => !stillOwn.includes(i)));
    expect(teachers(after)).toEqual(teachers(before));
    expect(column(after, 'Tier')[3]).toBe('spoke to parents');
    expect((after[0] ?? []).slice(before[0]?.length)).toEqual(['Tier (PassCompass)']);
    expect(new Set(column(after, 'Tier (PassCompass)'))).toEqual(new Set(['High', 'Medium', 'Low']));
    expect(renameNotices(started.runtime)).toEqual([
      'PassCompass leaves your column "Tier" as it is: its own is "Tier (PassCompass)".',
    ]);
  });
});

describe("a teacher's sheet named like one of PassCompass's", () => {
  const TEACHER = [
    ['Week', 'What we covered'],
    ['1', 'fractions'],
    ['2', '=SUM(1,2)'],
  ];

  it.each([
    ['Summary', 'trainModel', 'Summary (PassCompass)'],
    ['summary', 'trainModel', 'Summary (PassCompass)'],
    ['Data issues', 'checkData', 'Data issues (PassCompass)'],
  ])(
    '"%s" is not replaced: %s writes "%s" instead, says so once, and reuses it',
    (name, entryPoint, ours) => {
      const started = withSample('loadSampleMath');
      teacherSheet(started.runtime, name, TEACHER);
      const before = sheetValues(started.runtime, name);
      click(started, entryPoint);
      click(started, entryPoint);
      expect(sheetValues(started.runtime, name)).toEqual(before);
      expect(started.runtime.spreadsheet.getSheetByName(name)?.getName()).toBe(name);
      const own = sheetValues(started.runtime, ours) ?? [];
      expect(own[0]?.[0]).toBe(entryPoint === 'trainModel' ? 'Column' : 'Row');
      expect(renameNotices(started.runtime)).toEqual([
        `PassCompass leaves your sheet "${name}" as it is: its own is "${ours}".`,
      ]);
      expect(sheetNames(started.runtime).filter((n) => n.includes('(PassCompass'))).toEqual([ours]);
    },
  );

  it('Check data names the sheet it listed the issues in', () => {
    const started = withSample('loadSampleMath');
    teacherSheet(started.runtime, 'Data issues', TEACHER);
    started.runtime.spreadsheet.getSheetByName('Students')?.getRange('AD7').setValue('lots');
    started.addOn.call('checkData');
    expect(toasts(started.runtime).at(-1)).toBe(
      'Checked 395 rows: 1 issue listed in Data issues (PassCompass).',
    );
  });

  it("Experiments, Versions, Aliases, Inference log and Monitoring are never appended to, even with PassCompass's own header", () => {
    const started = withSample('loadSampleMath');
    const names = ['Experiments', 'Versions', 'Aliases', 'Inference log', 'Monitoring'];
    teacherSheet(started.runtime, 'Experiments', TEACHER);
    // A teacher who copied PassCompass's header row (but not its protection): still the teacher's sheet.
    teacherSheet(started.runtime, 'Versions', [
      ['Version', 'Created', 'Experiment'],
      [7, 'last year', 'mine'],
    ]);
    teacherSheet(started.runtime, 'Aliases', TEACHER);
    teacherSheet(started.runtime, 'Inference log', TEACHER);
    teacherSheet(started.runtime, 'Monitoring', TEACHER);
    const before = Object.fromEntries(names.map((n) => [n, sheetValues(started.runtime, n)]));

    click(started, 'trainModel');
    click(started, 'scoreStudents');
    click(started, 'checkNow');
    click(started, 'trainModel');
    click(started, 'scoreStudents');
    click(started, 'checkNow');

    for (const name of names) expect(sheetValues(started.runtime, name)).toEqual(before[name]);
    // PassCompass's registry, log and monitoring live in its own sheets, and work from there.
    const versions = sheetValues(started.runtime, 'Versions (PassCompass)') ?? [];
    expect(versions.slice(1).map((row) => row[0])).toEqual([1, 2]);
    expect((sheetValues(started.runtime, 'Aliases (PassCompass)') ?? []).length).toBeGreaterThan(1);
    expect((sheetValues(started.runtime, 'Experiments (PassCompass)') ?? []).slice(1)).toHaveLength(2);
    expect(sheetValues(started.runtime, 'Inference log (PassCompass)')).toHaveLength(1 + 2 * 395);
    const history = (sheetValues(started.runtime, 'Monitoring (PassCompass)') ?? []).filter(
      (row, i) => i > 0 && row[0] !== '',
    );
    expect(history).toHaveLength(2);
    expect(history.every((row) => row[1] === 1 || row[1] === 2)).toBe(true);
    expect(column(students(started.runtime), 'Model version').every((v) => v === 1 || v === 2)).toBe(true);
    expect(renameNotices(started.runtime).sort()).toEqual(
      names
        .map((n) => `PassCompass leaves your sheet "${n}" as it is: its own is "${n} (PassCompass)".`)
        .sort(),
    );
  });

  it("a sheet of PassCompass that the teacher renamed stays PassCompass's; a new one of the old name is the teacher's", () => {
    const started = withSample('loadSampleMath');
    click(started, 'trainModel');
    started.runtime.spreadsheet.getSheetByName('Summary')?.setName('Model summary');
    teacherSheet(started.runtime, 'Summary', TEACHER);
    const before = sheetValues(started.runtime, 'Summary');
    click(started, 'trainModel');
    expect(sheetValues(started.runtime, 'Summary')).toEqual(before);
    expect((sheetValues(started.runtime, 'Model summary') ?? [])[0]?.[0]).toBe('Column');
    expect(sheetNames(started.runtime).filter((n) => n.includes('(PassCompass'))).toEqual([]);
    expect(renameNotices(started.runtime)).toEqual([]);
  });
});

describe('a workbook made before PassCompass kept its record (the upgrade path)', () => {
  /** Trained, scored and checked by this version, then the record deleted: what the previous version left. */
  function previousVersionWorkbook(): Started {
    const started = withSample('loadSampleMath');
    click(started, 'trainModel');
    click(started, 'scoreStudents');
    click(started, 'checkNow');
    started.runtime.PropertiesService.getDocumentProperties()?.deleteProperty(OWNED_KEY);
    return started;
  }

  function runEverything(started: Started): void {
    click(started, 'checkData');
    click(started, 'trainModel');
    click(started, 'scoreStudents');
    click(started, 'checkNow');
  }

  it('adopts its sheets and columns: no new sheet or column, the registry, log and history carry on', () => {
    const started = previousVersionWorkbook();
    const names = sheetNames(started.runtime);
    const header = students(started.runtime)[0];
    runEverything(started);
    // The one new sheet: the model card of the version this run trained.
    expect(sheetNames(started.runtime)).toEqual([...names, 'Model card v2']);
    expect(students(started.runtime)[0]).toEqual(header);
    expect((sheetValues(started.runtime, 'Versions') ?? []).slice(1).map((row) => row[0])).toEqual([1, 2]);
    expect(sheetValues(started.runtime, 'Inference log')).toHaveLength(1 + 2 * 395);
    const history = (sheetValues(started.runtime, 'Monitoring') ?? []).filter(
      (row, i) => i > 0 && row[0] !== '',
    );
    expect(history).toHaveLength(2);
    expect(renameNotices(started.runtime)).toEqual([]);
    const record = ownership(started.runtime);
    expect(Object.keys(record.sheets).sort()).toEqual([
      'Aliases',
      'Data issues',
      'Experiments',
      'Inference log',
      'Model card v2',
      'Monitoring',
      'Summary',
      'Versions',
    ]);
    expect(
      Object.values(record.sheets)
        .map((s) => s.name)
        .sort(),
    ).toEqual(Object.keys(record.sheets).sort());
    expect(record.columns[0]?.headers).toEqual(Object.fromEntries(OWN.map((h) => [h, h])));
  });

  it("adopts them too when an .xlsx round trip dropped the protections' descriptions", () => {
    const started = previousVersionWorkbook();
    for (const sheet of started.runtime.spreadsheet.getSheets())
      for (const protection of sheet.getProtections(ProtectionType.SHEET)) protection.setDescription('');
    const names = sheetNames(started.runtime);
    runEverything(started);
    expect(sheetNames(started.runtime)).toEqual([...names, 'Model card v2']);
    expect(renameNotices(started.runtime)).toEqual([]);
  });

  it("does not adopt a sheet without PassCompass's protection, nor a column a teacher wrote in", () => {
    const started = previousVersionWorkbook();
    for (const protection of started.runtime.spreadsheet
      .getSheetByName('Summary')
      ?.getProtections(ProtectionType.SHEET) ?? [])
      protection.remove();
    const summary = sheetValues(started.runtime, 'Summary');
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    const header = (students(started.runtime)[0] ?? []).map(String);
    sheet?.getRange(3, header.indexOf('Scored at') + 1).setValue('after the parents evening');
    const before = students(started.runtime);
    runEverything(started);
    expect(sheetValues(started.runtime, 'Summary')).toEqual(summary);
    expect((sheetValues(started.runtime, 'Summary (PassCompass)') ?? [])[0]?.[0]).toBe('Column');
    const after = students(started.runtime);
    expect(column(after, 'Scored at')).toEqual(column(before, 'Scored at'));
    expect((after[0] ?? []).slice(header.length)).toEqual(['Scored at (PassCompass)']);
    expect(renameNotices(started.runtime).sort()).toEqual([
      'PassCompass leaves your column "Scored at" as it is: its own is "Scored at (PassCompass)".',
      'PassCompass leaves your sheet "Summary" as it is: its own is "Summary (PassCompass)".',
    ]);
  });
});
