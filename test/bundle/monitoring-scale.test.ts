/**
 * Check now at scale: one check makes the same service calls, method by method, for a roster of 100 students as
 * for 10,000, whether drift reads the latest scoring run from the Inference log (a) or the Students sheet (b).
 * The comparison is by method, so a regression says which call grew.
 */
import { type Started, saveSettings, sheetValues, withSample, writeStudents } from './support';

const SIZES = [100, 10_000] as const;
/** Coprime with the sample's 1,044 rows: roster row i is sample row (i × STRIDE) mod 1,044. */
const STRIDE = 7_919;

type Step = 'first' | 'log' | 'sheet' | 'grades' | 'gradesAgain';

interface Check {
  source: string;
  rowsCompared: unknown;
  verdict: string;
  /** Calls by `Service.Class.method`, every service. */
  calls: Record<string, number>;
}

/**
 * An early-term champion trained on the sample, then a Students sheet of `rows` named students (the sample's
 * rows in a fixed shuffled order, repeated), final grades blank as at the start of a term, scored once. One
 * alert recipient, so news is sent once and the next check has nothing new to send.
 */
function school(rows: number): Started & { grades: unknown[] } {
  const started = withSample('loadSampleBothCourses');
  // Two folds: this test is about the check's calls, not the model, and training is a slow step.
  saveSettings(started.runtime, { mode: 'early', folds: 2, alertRecipients: ['data.lead@school.example'] });
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  const sample = sheetValues(started.runtime, 'Students') ?? [];
  const header = ['Student name', ...(sample[0] ?? [])];
  const g3 = header.indexOf('G3');
  const grades: unknown[] = [];
  const body = Array.from({ length: rows }, (_, i) => {
    const row = [`Student ${i + 1}`, ...(sample[1 + ((i * STRIDE) % (sample.length - 1))] ?? [])];
    grades.push(row[g3]);
    row[g3] = '';
    return row;
  });
  started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
  writeStudents(started.runtime, [header, ...body]);
  score(started);
  return { ...started, grades };
}

function score(started: Started): void {
  started.runtime.clock.advance(60 * 60 * 1000);
  started.runtime.ui.answerNext('OK');
  started.addOn.call('scoreStudents');
}

function restoreGrades(started: Started & { grades: unknown[] }): void {
  const sheet = started.runtime.spreadsheet.getSheetByName('Students');
  const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
  sheet
    ?.getRange(2, header.indexOf('G3') + 1, started.grades.length, 1)
    .setValues(started.grades.map((grade) => [grade]));
}

/** One Check now, counted from a reset call log, with what its history row says. */
function checkNow(started: Started): Check {
  started.runtime.clock.advance(60 * 60 * 1000);
  started.runtime.calls.reset();
  started.runtime.ui.answerNext('OK');
  started.addOn.call('checkNow');
  const calls = started.runtime.calls.snapshot();
  const values = sheetValues(started.runtime, 'Monitoring') ?? [];
  const header = (values[0] ?? []).map(String);
  const history = values.slice(1).filter((row) => row[0] !== '');
  const last = history[history.length - 1] ?? [];
  const cell = (name: string) => last[header.indexOf(name)];
  return {
    source: String(cell('What was compared')),
    rowsCompared: cell('Rows compared'),
    verdict: String(cell('Verdict')),
    calls,
  };
}

/** The checks of one roster size, in order. */
function checksOf(rows: number): Record<Step, Check> {
  const started = school(rows);
  const first = checkNow(started); // (a), and creates the Monitoring sheet
  score(started);
  const log = checkNow(started); // (a) again, the Monitoring sheet there
  const sheet = checkNow(started); // (b): nothing scored since
  restoreGrades(started);
  const grades = checkNow(started); // (b) with realised accuracy: may send news
  const gradesAgain = checkNow(started); // the same, nothing new to send
  return { first, log, sheet, grades, gradesAgain };
}

const only = (calls: Record<string, number>, service: string): Record<string, number> =>
  Object.fromEntries(Object.entries(calls).filter(([method]) => method.startsWith(`${service}.`)));

describe('Check now at scale (100 and 10,000 roster rows)', () => {
  const checks = new Map<number, Record<Step, Check>>();
  beforeAll(() => {
    for (const rows of SIZES) checks.set(rows, checksOf(rows));
  });
  const small = (step: Step) => checks.get(SIZES[0])?.[step];
  const large = (step: Step) => checks.get(SIZES[1])?.[step];

  it('compares the logged run after a scoring run and the Students sheet when nothing new was scored, every row', () => {
    for (const rows of SIZES) {
      const byStep = checks.get(rows);
      for (const step of ['first', 'log'] as const) {
        expect(byStep?.[step].source).toMatch(/^Inference log, run S-/);
        expect(byStep?.[step].rowsCompared).toBe(rows);
      }
      for (const step of ['sheet', 'grades', 'gradesAgain'] as const) {
        expect(byStep?.[step].source).toBe('Students sheet');
        expect(byStep?.[step].rowsCompared).toBe(rows);
      }
    }
  });

  it.each([
    ['the first check, from the log (creates the Monitoring sheet)', 'first'],
    ['(a) from the latest scoring run in the log', 'log'],
    ['(b) from the Students sheet', 'sheet'],
  ] as const)('makes the same calls of every service, method by method: %s', (_, step) => {
    expect(small(step)?.verdict).toBe(large(step)?.verdict);
    expect(large(step)?.calls).toEqual(small(step)?.calls);
  });

  it('makes the same spreadsheet calls, method by method, with final grades in', () => {
    expect(only(large('gradesAgain')?.calls ?? {}, 'SpreadsheetApp')).toEqual(
      only(small('gradesAgain')?.calls ?? {}, 'SpreadsheetApp'),
    );
  });

  // The realised-accuracy join hashes each graded student's key with the bundle's own SHA-256 (as scoring
  // does), not `Utilities.computeDigest`, which would make one call per student.
  it('makes the same calls of every service with final grades in', () => {
    expect(large('gradesAgain')?.calls).toEqual(small('gradesAgain')?.calls);
  });
});
