import { REQUIRED_INPUTS } from '../../src/core/data/roster/check-roster';
import { seededRandom } from '../../src/core/random';
import { alerts, saveSettings, sheetValues, withSample, writeStudents, type Started } from './support';

const PASSCOMPASS_SHEETS = ['Versions', 'Aliases', 'Experiments', 'Summary'];

/** Replaces the Students sheet with `transform` of the Math sample, then clicks Train model. */
function trainOn(transform: (rows: unknown[][]) => unknown[][]): Started {
  const started = withSample('loadSampleMath');
  const rows = transform(sheetValues(started.runtime, 'Students') ?? []);
  started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
  writeStudents(started.runtime, rows);
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  return started;
}

function column(rows: unknown[][], name: string): number {
  return (rows[0] as string[]).indexOf(name);
}

function sheetNames(started: Started): string[] {
  return started.runtime.spreadsheet.getSheets().map((s) => s.getName());
}

describe('Train model on bad input', () => {
  it.each(REQUIRED_INPUTS)('names the missing column "%s" and writes nothing', (name) => {
    const started = trainOn((rows) => {
      const drop = column(rows, name);
      return rows.map((row) => row.filter((_, i) => i !== drop));
    });
    expect(alerts(started.runtime)).toEqual([
      `The roster has no column for "${name}". Add it to the header row (row 1); column order and extra columns do not matter.`,
    ]);
    expect(sheetNames(started)).toEqual(['Sheet1', 'Students']);
  });

  it('explains a roster where every student passed, and registers nothing', () => {
    const started = trainOn((rows) =>
      rows.map((row, i) => (i === 0 ? row : row.map((v, j) => (j === column(rows, 'G3') ? 15 : v)))),
    );
    expect(alerts(started.runtime)[0]).toMatch(/^Every one of the 395 students passed/);
    expect(sheetNames(started).filter((n) => PASSCOMPASS_SHEETS.includes(n))).toEqual([]);
  });

  it('explains too few rows for the folds', () => {
    const started = trainOn((rows) => rows.slice(0, 9));
    expect(alerts(started.runtime)[0]).toMatch(
      /^Cross-validation with 5 folds needs at least 5 different students/,
    );
    expect(sheetNames(started).filter((n) => PASSCOMPASS_SHEETS.includes(n))).toEqual([]);
  });

  it('refuses to publish the model of a roster with 95% blank cells, says why, and keeps the run as an experiment', () => {
    const random = seededRandom(7);
    const started = trainOn((rows) =>
      rows.map((row, i) => (i === 0 ? row : row.map((v) => (random() < 0.95 ? '' : v)))),
    );
    const dialog = started.runtime.ui.dialogs[0];
    expect(dialog?.title).toBe('PassCompass: model not published');
    const report = alerts(started.runtime)[0] ?? '';
    expect(report.split('\n')[0]).toBe(
      'This model was not published: no version was registered and it scores no one.',
    );
    expect(report).toMatch(
      /^Only \d+ students who failed and \d+ students who passed have a final grade; a model needs at least 10 of each/m,
    );
    expect(report).toMatch(/^Only \d+ students have a final grade; a model needs at least 50/m);
    expect(report).toContain('There is no champion yet, so Score students has no model to score with.');
    expect(
      sheetNames(started)
        .filter((n) => PASSCOMPASS_SHEETS.includes(n))
        .sort(),
    ).toEqual(['Experiments', 'Summary']);
    const experiments = (sheetValues(started.runtime, 'Experiments') ?? []).slice(1);
    expect(experiments).toHaveLength(1);
    expect(experiments[0]?.[18]).toBe('');
    expect(String(experiments[0]?.[19])).toMatch(/^refused, not registered: Only \d+ students who failed/);
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    expect(alerts(started.runtime).at(-1)).toBe(
      'There is no model to score with yet. Run Train model first.',
    );
  });

  it('explains a roster without a final grade column', () => {
    const started = trainOn((rows) => rows.map((row) => row.slice(0, column(rows, 'G3'))));
    expect(alerts(started.runtime)[0]).toMatch(/no final grade column/);
    expect(sheetNames(started).filter((n) => PASSCOMPASS_SHEETS.includes(n))).toEqual([]);
  });

  it('trains around a constant column and an all-blank column, and says they were not used', () => {
    const started = trainOn((rows) =>
      rows.map((row, i) =>
        i === 0
          ? row
          : row.map((v, j) =>
              j === column(rows, 'school') ? 'GP' : j === column(rows, 'romantic') ? '' : v,
            ),
      ),
    );
    const report = alerts(started.runtime)[0] ?? '';
    expect(report).toMatch(/^Version 1 /);
    // The Math sample also has one course only, and no first-period grade of 0.
    expect(report).toContain(
      'Not used, because every training row has the same value or none: school, romantic, course, G1>0.',
    );
    const issues = (sheetValues(started.runtime, 'Data issues') ?? []).slice(1);
    expect(issues.filter((r) => String(r[1]).startsWith('romantic')).at(-1)?.[3]).toBe(
      '…and 375 more cells where the value is blank',
    );
  });

  it('explains that the mid-term setting needs G1', () => {
    const started = withSample('loadSampleMath');
    saveSettings(started.runtime, { mode: 'mid' });
    const rows = (sheetValues(started.runtime, 'Students') ?? []).map((row) =>
      row.filter((_, i) => i !== 30),
    );
    started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
    writeStudents(started.runtime, rows);
    started.runtime.ui.answerNext('OK');
    started.addOn.call('trainModel');
    expect(alerts(started.runtime)[0]).toBe(
      'The mid-term setting needs a first-period grade column ("G1"). Add it, or choose early term in Settings.',
    );
  });

  it('reports an invalid setting and trains with its default', () => {
    const started = withSample('loadSampleMath');
    saveSettings(started.runtime, { folds: 1, passMark: 10 });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('trainModel');
    expect(alerts(started.runtime)[0]).toContain(
      'Setting: folds must be a whole number from 2 to 20; using 5.',
    );
  });
});
