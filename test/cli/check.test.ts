/**
 * `passcompass check`: the add-on's monitoring check (Check now) of a roster against the champion of a workbook
 * that `passcompass run` saved. One model workbook is trained once, on the vendored UCI maths roster (2 folds, two
 * alert recipients), and every check reads a private copy of it: the same roster is OK (exit 0), a roster with
 * more absences and less study time drifts (exit 4), a renamed column and out-of-range ages are data-quality
 * problems (exit 4), a report taken as the next --model continues the history, and a workbook without a champion
 * has nothing to check (exit 2, nothing saved). The inputs are never changed.
 */
import { copyFileSync, existsSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import { writeXlsx } from '../../src/local/xlsx';
import {
  REPO,
  copyFixture,
  passcompass,
  readWorkbook,
  removeScratchFolders,
  scratchFolder,
  sheetNames,
  valuesOf,
} from './support';

afterAll(removeScratchFolders);

const SAMPLE = join(REPO, 'data/uci-student/student-mat.csv');
const STUDENTS = 395;
const PROPERTIES = 'PassCompass properties';

/** The folder holding the model workbook trained once for the whole file. */
let trained = '';

beforeAll(async () => {
  trained = scratchFolder();
  copyFileSync(SAMPLE, join(trained, 'roster.csv'));
  const run = await passcompass(
    [
      'run',
      '--in',
      'roster.csv',
      '--out',
      'model.xlsx',
      '--set',
      'folds=2',
      '--set',
      'alertRecipients=head.of.year@school.org,data.lead@school.org',
    ],
    trained,
  );
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
});

/** A new folder with copies of the model workbook and the unchanged roster. */
function workspace(): string {
  const dir = scratchFolder();
  for (const file of ['model.xlsx', 'roster.csv']) copyFileSync(join(trained, file), join(dir, file));
  return dir;
}

/** The vendored roster with `change` applied to each row (by column name), written as a comma CSV. */
function writeRoster(
  dir: string,
  name: string,
  change: (row: Record<string, string>, i: number) => void,
  header?: (h: string) => string,
): string {
  const { header: columns, rows } = parseCsv(readFileSync(SAMPLE, 'utf8'));
  const lines = rows.map((cells, i) => {
    const row = Object.fromEntries(columns.map((c, j) => [c, cells[j] ?? '']));
    change(row, i);
    return columns.map((c) => row[c]).join(',');
  });
  writeFileSync(join(dir, name), [columns.map((h) => header?.(h) ?? h).join(','), ...lines].join('\n'));
  return join(dir, name);
}

/** More absences for everyone (doubled, plus 3, at most 93) and less study time for every other student. */
function shifted(row: Record<string, string>, i: number): void {
  row['absences'] = String(Math.min(93, Number(row['absences']) * 2 + 3));
  if (i % 2 === 0) row['studytime'] = String(Math.max(1, Number(row['studytime']) - 1));
}

/** The history rows of a report's Monitoring sheet (column A holds the check's time), by header. */
async function history(path: string): Promise<Record<string, unknown>[]> {
  const [header = [], ...rows] = valuesOf(await readWorkbook(path), 'Monitoring') ?? [];
  const width = header.indexOf('Notes') + 1;
  return rows
    .filter((row) => row[0] !== '')
    .map((row) => Object.fromEntries(header.slice(0, width).map((h, i) => [String(h), row[i]])));
}

function savedBackground(values: unknown[][] | null): { checks: Record<string, unknown> } {
  const row = (values ?? []).find(([key]) => key === 'passcompass.background');
  return JSON.parse(String(row?.[1] ?? 'null')) as { checks: Record<string, unknown> };
}

function fingerprint(path: string) {
  return { bytes: readFileSync(path), mtimeMs: statSync(path).mtimeMs };
}

describe('passcompass check', () => {
  it('finds nothing wrong with the roster the model was trained on: verdict OK, exit code 0', async () => {
    const dir = workspace();
    const run = await passcompass(
      ['check', '--in', 'roster.csv', '--model', 'model.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(
      /^Read roster\.csv: 395 student rows, 33 columns, 1 sheet\.\nRead model\.xlsx: champion model version 1, 8 sheets\.\n/,
    );
    // The roster given is what drift compares, not the run that `run` scored and logged.
    expect(run.stdout).toMatch(
      /\nDrift is measured on the roster in roster\.csv, not on the scoring run already logged in model\.xlsx \(S-[^)]+\)\.\n/,
    );
    // The dialog Check now shows, answered and printed, then the verdict from the Monitoring sheet.
    expect(run.stdout).toContain(
      '▸ Check now\n  Verdict: OK.\n  Alert: Not sent: no problem.\n  The Monitoring sheet has the details.\n',
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `Saved .*report\\.xlsx\\.\\nVerdict: OK \\(model version 1; ${STUDENTS} rows compared, from the Students sheet\\)\\.\\n` +
          '  Drifted columns: 0 of \\d+ raw, 0 after correction\\.\\n' +
          '  Data-quality problems: none\\.\\n' +
          `  Realised AUC: 0\\.\\d\\d \\(cross-validated 0\\.\\d\\d\\), from ${STUDENTS} students with final grades\\.\\n` +
          '  Alert: Not sent: no problem\\.$',
      ),
    );

    // The report: the model workbook's sheets, this roster as Students, the check, the properties to continue.
    const report = await readWorkbook(join(dir, 'report.xlsx'));
    expect(sheetNames(report).sort()).toEqual(
      [
        'Students',
        'Monitoring',
        'Data issues',
        'Summary',
        'Aliases',
        'Versions',
        'Experiments',
        'Model card v1',
        'Inference log',
        PROPERTIES,
      ].sort(),
    );
    const [header = [], ...rows] = valuesOf(report, 'Students') ?? [];
    expect(rows).toHaveLength(STUDENTS);
    expect(header).not.toContain('Risk of failing');
    expect(report.getSheetByName(PROPERTIES)?.isSheetHidden()).toBe(true);
    const checks = savedBackground(valuesOf(report, PROPERTIES)).checks;
    expect(checks['lastFinishedAt']).toEqual(expect.any(Number));
    expect(checks['lastComparedRun']).toMatch(/^S-/);
    expect(await history(join(dir, 'report.xlsx'))).toEqual([
      expect.objectContaining({
        Version: 1,
        'What was compared': 'Students sheet',
        'Rows compared': STUDENTS,
        'Drifted columns (corrected)': 0,
        'Data-quality problems': 0,
        Verdict: 'OK',
      }),
    ]);
  });

  it('reports drift after absences rise and study time falls: exit code 4, the columns named', async () => {
    const dir = workspace();
    writeRoster(dir, 'shifted.csv', shifted);
    const run = await passcompass(
      ['check', '--in', 'shifted.csv', '--model', 'model.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('▸ Check now\n  Verdict: Drift.\n');
    expect(run.stdout).toContain(
      `\nVerdict: Drift (model version 1; ${STUDENTS} rows compared, from the Students sheet).\n`,
    );
    expect(run.stdout).toMatch(/\n {2}Drifted columns: \d+ of \d+ raw, 2 after correction:\n/);
    expect(run.stdout).toMatch(/\n {4}- absences: median \d+ → \d+\n/);
    expect(run.stdout).toMatch(/\n {4}- weekly study time: "under 2 hours" \d+% → \d+%\n/);
    expect(run.stdout).toContain('\n  Data-quality problems: none.\n');
    // Offline nothing is emailed: the alert is counted, its text is neither printed nor saved.
    expect(run.stdout).toMatch(
      /\n {2}Alert: an alert email would have been sent to 2 recipients \(offline, nothing is emailed\)\.$/,
    );
    expect(run.stdout).not.toContain('@school.org');
    expect(await history(join(dir, 'report.xlsx'))).toEqual([
      expect.objectContaining({ Verdict: 'Drift', 'Drifted columns (corrected)': 2, Alert: 'Sent to 2' }),
    ]);
  });

  it('names data-quality problems (a renamed column, ages out of range): exit code 4', async () => {
    const dir = workspace();
    writeRoster(
      dir,
      'odd.csv',
      (row, i) => {
        if (i % 10 === 0) row['age'] = '45';
      },
      (h) => (h === 'absences' ? 'absence_days' : h),
    );
    const run = await passcompass(
      ['check', '--in', 'odd.csv', '--model', 'model.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('\nVerdict: Data quality (model version 1;');
    expect(run.stdout).toContain(
      '\n  Data-quality problems: 2:\n' +
        '    - No roster column holds absences, which the model uses: it reads as blank for every student.\n' +
        '    - age has 40 values the data dictionary does not allow (40 above the range 15-22): rows 2, 12, 22, 32, ' +
        '42 and 35 more.\n',
    );
  });

  it('reports realised accuracy below what cross-validation promised (final grades turned round): exit code 4', async () => {
    const dir = workspace();
    writeRoster(dir, 'graded.csv', (row) => {
      row['G3'] = String(20 - Number(row['G3']));
    });
    const run = await passcompass(
      ['check', '--in', 'graded.csv', '--model', 'model.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(4);
    expect(run.stdout).toContain('\nVerdict: Accuracy (model version 1;');
    expect(run.stdout).toMatch(
      /\n {2}Realised accuracy off what cross-validation promised:\n {4}- ROC AUC: 0\.\d\d \(cross-validated 0\.\d\d\)\n/,
    );
  });

  it('reads an .xlsx roster as run does: the Students sheet of a saved workbook, its properties unused', async () => {
    const dir = workspace();
    const run = await passcompass(
      ['check', '--in', 'model.xlsx', '--model', 'model.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Read model\.xlsx: 395 student rows, 38 columns, 8 sheets\.\n/);
    expect(run.stdout).toContain(
      '\nmodel.xlsx: its saved properties are not used; the check uses those of model.xlsx.\n',
    );
    expect(run.stdout).toContain('\nVerdict: OK (model version 1;');
  });

  it('never changes --in or --model, byte for byte, whether the check passes, finds problems or is refused', async () => {
    const dir = workspace();
    writeRoster(dir, 'shifted.csv', shifted);
    const inputs = ['roster.csv', 'shifted.csv', 'model.xlsx'].map((name) => join(dir, name));
    const before = inputs.map(fingerprint);
    const codes = [];
    for (const argv of [
      ['check', '--in', 'roster.csv', '--model', 'model.xlsx', '--out', 'ok.xlsx'],
      ['check', '--in', 'shifted.csv', '--model', 'model.xlsx', '--out', 'drift.xlsx'],
      ['check', '--in', 'roster.csv', '--model', 'model.xlsx', '--out', 'model.xlsx', '--force'],
      ['check', '--in', 'model.xlsx', '--model', 'ok.xlsx', '--out', './sub/../model.xlsx', '--force'],
    ]) {
      codes.push((await passcompass(argv, dir)).code);
    }
    expect(codes).toEqual([0, 4, 2, 2]);
    expect(inputs.map(fingerprint)).toEqual(before);
  });

  it.each([
    [
      '--model',
      ['--in', 'roster.csv', '--model', 'model.xlsx', '--out', 'model.xlsx'],
      'the --model workbook itself',
    ],
    ['--in', ['--in', 'copy.xlsx', '--model', 'model.xlsx', '--out', 'copy.xlsx'], 'the input file itself'],
    [
      'a link to --model',
      ['--in', 'roster.csv', '--model', 'model.xlsx', '--out', 'link.xlsx'],
      'the --model workbook itself',
    ],
  ])('refuses --out naming %s, even with --force (exit code 2)', async (_what, files, what) => {
    const dir = workspace();
    copyFileSync(join(dir, 'model.xlsx'), join(dir, 'copy.xlsx'));
    symlinkSync(join(dir, 'model.xlsx'), join(dir, 'link.xlsx'));
    const run = await passcompass(['check', ...files, '--force'], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `passcompass: --out ${files[5]} is ${what}; PassCompass never writes over its input. Choose another name.`,
    );
    expect(run.stdout).toBe('');
  });

  it('continues the history when a report is the next --model: two rows, the alert not repeated', async () => {
    const dir = workspace();
    writeRoster(dir, 'shifted.csv', shifted);
    const first = await passcompass(
      ['check', '--in', 'shifted.csv', '--model', 'model.xlsx', '--out', 'report1.xlsx'],
      dir,
    );
    expect(first.code).toBe(4);
    const second = await passcompass(
      ['check', '--in', 'shifted.csv', '--model', 'report1.xlsx', '--out', 'report2.xlsx'],
      dir,
    );
    expect(second.stderr).toBe('');
    expect(second.code).toBe(4);
    expect(second.stdout).toMatch(
      /^Read shifted\.csv: .*\nRead report1\.xlsx: champion model version 1, 9 sheets\.\n/,
    );
    // The logged run was recorded as compared by the first check: nothing to say about it now.
    expect(second.stdout).not.toContain('Drift is measured on the roster');
    expect(second.stdout).toMatch(/\n {2}Alert: Not sent: nothing new: drift\.$/);

    const rows = await history(join(dir, 'report2.xlsx'));
    expect(rows.map((row) => [row['Verdict'], row['Alert']])).toEqual([
      ['Drift', 'Sent to 2'],
      ['Drift', 'Not sent: nothing new: drift'],
    ]);
    expect(await history(join(dir, 'report1.xlsx'))).toHaveLength(1);
  });

  it.each([
    [
      'has no Aliases sheet',
      'it has no Aliases sheet, the history of its champion',
      async (dir: string) => copyFixture('roster-workbook.xlsx', dir, 'none.xlsx'),
    ],
    [
      'has no champion in its Aliases history',
      'its Aliases history names no champion',
      async (dir: string) => {
        const workbook = await readWorkbook(join(dir, 'model.xlsx'));
        const aliases = workbook.getSheetByName('Aliases');
        aliases?.deleteRows(2, (aliases?.getLastRow() ?? 2) - 1);
        await writeXlsx(workbook, join(dir, 'none.xlsx'));
      },
    ],
  ])(
    'says there is nothing to check when --model %s: exit code 2, nothing saved',
    async (_what, where, make) => {
      const dir = workspace();
      await make(dir);
      const run = await passcompass(
        ['check', '--in', 'roster.csv', '--model', 'none.xlsx', '--out', 'report.xlsx'],
        dir,
      );
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(
        `passcompass: Nothing to check: none.xlsx has no champion model version (${where}), so there is nothing to ` +
          'compare the roster with. Train one first with passcompass run, then check against the workbook it saves. ' +
          'Nothing was saved.',
      );
      expect(existsSync(join(dir, 'report.xlsx'))).toBe(false);
    },
  );

  it('finds the champion in the Aliases history, as the add-on does, whatever the Status column says', async () => {
    const dir = workspace();
    const workbook = await readWorkbook(join(dir, 'model.xlsx'));
    const versions = workbook.getSheetByName('Versions');
    const status = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).indexOf(
      'Status',
    );
    versions?.getRange(2, status + 1).setValue('retired');
    await writeXlsx(workbook, join(dir, 'retired.xlsx'));
    const run = await passcompass(
      ['check', '--in', 'roster.csv', '--model', 'retired.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Read retired.xlsx: champion model version 1,');
  });

  it('exits with 1 when the check itself fails (an altered model version), saving the failure in the report', async () => {
    const dir = workspace();
    const workbook = await readWorkbook(join(dir, 'model.xlsx'));
    workbook.getSheetByName('Versions')?.getRange(2, 12).setValue('{"intercept": 5}');
    await writeXlsx(workbook, join(dir, 'altered.xlsx'));
    const run = await passcompass(
      ['check', '--in', 'roster.csv', '--model', 'altered.xlsx', '--out', 'report.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      '\nVerdict: Check failed.\n  Failed while reading the model registry: Model version 1 was not loaded: Versions row 2: its row no longer matches its checksum',
    );
    expect(await history(join(dir, 'report.xlsx'))).toEqual([
      expect.objectContaining({ Verdict: 'Check failed' }),
    ]);
  });
});
