/**
 * `passcompass evaluate`: repeated cross-validation with the add-on's training code, beside a naive baseline.
 * Small runs (Math, 5 folds, 2-3 repeats) keep the suite fast; the full table is `passcompass evaluate`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parseArguments } from '../../src/local/cli/arguments';
import type { EvaluatedCell } from '../../src/local/cli/evaluate-command';
import { seededRandom } from '../../src/core/random';
import { REPO, passcompass, removeScratchFolders, scratchFolder } from './support';

afterAll(removeScratchFolders);

const MATH = readFileSync(join(REPO, 'data/uci-student/student-mat.csv'), 'utf8');

interface Report {
  folds: number;
  repeats: number;
  cells: EvaluatedCell[];
  skipped: string[];
}

async function evaluateJson(args: string[], dir = scratchFolder()): Promise<Report> {
  const run = await passcompass(['evaluate', ...args, '--json'], dir);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Report;
}

/** The Math file with its lines (after the header) rewritten by `change`. */
function mathWith(change: (lines: string[]) => string[], separator = ';'): string {
  const [header = '', ...lines] = MATH.trim().split('\n');
  return [header, ...change(lines)].map((line) => line.split(';').join(separator)).join('\n') + '\n';
}

describe('passcompass evaluate', () => {
  const quick = ['--setup', 'C', '--folds', '5', '--repeats', '2'];

  it('measures the early-term model on a roster well above the naive baseline on the same folds', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'math.csv'), MATH);
    const { cells } = await evaluateJson(['--data', 'math.csv', ...quick], dir);
    expect(cells).toHaveLength(1);
    const [cell] = cells as [EvaluatedCell];
    expect(cell).toMatchObject({
      dataset: 'math.csv',
      setup: 'C',
      moment: 'early',
      rows: 395,
      failures: 130,
    });
    expect(cell.model.auc.mean).toBeGreaterThan(0.65);
    expect(cell.model.auc.low).toBeLessThanOrEqual(cell.model.auc.mean);
    expect(cell.model.auc.high).toBeGreaterThanOrEqual(cell.model.auc.mean);
    // A constant risk cannot rank anyone: AUC exactly 0.5 in every fold.
    expect(cell.baseline.auc).toEqual({ mean: 0.5, low: 0.5, high: 0.5 });
    // The baseline calls everyone a pass (a fail rate of 130/395 is below 50%), so its accuracy is the pass
    // share of the test folds, and its Brier score about p(1 - p) with p = 130/395: 0.2208.
    expect(cell.baseline.accuracy.mean).toBeCloseTo(265 / 395, 2);
    expect(cell.baseline.brier.mean).toBeCloseTo(0.2208, 2);
    expect(cell.model.brier.mean).toBeLessThan(cell.baseline.brier.mean);
  });

  it('finds nothing to learn when the final grades are shuffled among the students (AUC near 0.5)', async () => {
    const dir = scratchFolder();
    const random = seededRandom(7);
    const shuffled = mathWith((lines) => {
      const grades = lines.map((line) => line.split(';').at(-1) ?? '');
      for (let i = grades.length - 1; i > 0; i -= 1) {
        const j = Math.floor(random() * (i + 1));
        [grades[i], grades[j]] = [grades[j] ?? '', grades[i] ?? ''];
      }
      return lines.map((line, i) => [...line.split(';').slice(0, -1), grades[i]].join(';'));
    });
    writeFileSync(join(dir, 'shuffled.csv'), shuffled);
    const { cells } = await evaluateJson(
      ['--data', 'shuffled.csv', '--setup', 'C', '--folds', '5', '--repeats', '3'],
      dir,
    );
    const auc = cells[0]?.model.auc.mean ?? NaN;
    expect(Math.abs(auc - 0.5)).toBeLessThan(0.07);
  });

  it('reads the roster as run does: the same figures from semicolons, commas and an .xlsx', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'semicolons.csv'), MATH);
    writeFileSync(
      join(dir, 'commas.csv'),
      mathWith((lines) => lines, ','),
    );
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Students');
    const [header = '', ...lines] = MATH.trim().split('\n');
    sheet.addRow(header.split(';').map((h) => h.replace(/"/g, '')));
    for (const line of lines)
      sheet.addRow(
        line.split(';').map((v) => (/^"?\d+"?$/.test(v) ? Number(v.replace(/"/g, '')) : v.replace(/"/g, ''))),
      );
    await workbook.xlsx.writeFile(join(dir, 'math.xlsx'));
    const figures = async (file: string) =>
      (await evaluateJson(['--data', file, ...quick], dir)).cells[0]?.model;
    const semicolons = await figures('semicolons.csv');
    expect(await figures('commas.csv')).toEqual(semicolons);
    expect(await figures('math.xlsx')).toEqual(semicolons);
  });

  it('evaluates every setup the data allows and says which it skipped', async () => {
    const dir = scratchFolder();
    // Without G1 and G2: only the early-term setup can be measured.
    writeFileSync(
      join(dir, 'no-grades.csv'),
      mathWith((lines) =>
        lines.map((l) =>
          l
            .split(';')
            .filter((_, i) => i !== 30 && i !== 31)
            .join(';'),
        ),
      ).replace(/;G1;G2/, ''),
    );
    const report = await evaluateJson(['--data', 'no-grades.csv', '--folds', '5', '--repeats', '1'], dir);
    expect(report.cells.map((c) => c.setup)).toEqual(['C']);
    expect(report.skipped).toEqual([
      'no-grades.csv B (no G1 column)',
      'no-grades.csv A (no G1 and G2 column)',
    ]);
    // One repeat: the interval is over its folds.
    expect(report.cells[0]?.intervalOver).toBe('folds');
  });

  it('prints a table by default, naming how it measured', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'math.csv'), MATH);
    const run = await passcompass(['evaluate', '--data', 'math.csv', ...quick], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^2 × 5-fold stratified cross-validation/);
    expect(run.stdout).toMatch(/\n\| math\.csv C \| 395 \| 32\.9% \| 0\.\d{3} \(0\.\d{3}-0\.\d{3}\) \|/);
  });

  it('refuses a roster without final grades, with exit code 2', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'no-g3.csv'), MATH.replace(';G3', ';final'));
    const run = await passcompass(['evaluate', '--data', 'no-g3.csv', ...quick], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('no-g3.csv has no final grade column (G3)');
  });
});

describe('evaluate arguments', () => {
  it('has defaults that reproduce the published protocol (20 × 10-fold, all setups)', () => {
    expect(parseArguments(['evaluate'])).toEqual({
      kind: 'evaluate',
      data: null,
      setups: ['C', 'B', 'A'],
      folds: 10,
      repeats: 20,
      seed: 1000,
      capacity: 25,
      passMark: 10,
      json: false,
      calibration: false,
      equity: false,
      withoutDropouts: false,
    });
    expect(parseArguments(['evaluate', '--moment', 'mid'])).toMatchObject({ setups: ['A'] });
    expect(parseArguments(['evaluate', '--setup', 'b'])).toMatchObject({ setups: ['B'] });
  });

  it.each([
    [['--setup', 'D'], '--setup must be A, B or C, not "D".'],
    [['--moment', 'late'], '--moment must be early or mid, not "late".'],
    [['--setup', 'A', '--moment', 'early'], 'Give --setup or --moment, not both.'],
    [['--folds', '1'], '--folds must be a whole number from 2 to 20, not "1".'],
    [['--repeats', '2.5'], '--repeats must be a whole number from 1 to 100, not "2.5".'],
    [['--seed'], '--seed needs a number.'],
    [
      ['--out', 'x.xlsx'],
      'Unknown option --out (an option of run, score, check, promote and rollback, not evaluate).',
    ],
  ])('refuses %p', (args, message) => {
    expect(() => parseArguments(['evaluate', ...args])).toThrow(message);
  });
});

describe('passcompass evaluate --calibration', () => {
  it('measures Platt and isotonic corrections fitted within each training fold, with reliability tables', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'por.csv'), readFileSync(join(REPO, 'data/uci-student/student-por.csv'), 'utf8'));
    const { cells } = await evaluateJson(
      ['--data', 'por.csv', '--setup', 'C', '--folds', '5', '--repeats', '2', '--calibration'],
      dir,
    );
    const calibration = cells[0]?.calibration;
    if (!calibration) throw new Error('no calibration report');
    // The uncorrected Brier is the model's own cross-validated Brier.
    expect(calibration.brier.raw.mean).toBeCloseTo(cells[0]?.model.brier.mean ?? NaN, 12);
    // The early-term Portuguese model is overconfident at the top (measured: 0.108 → 0.105 with Platt over
    // 3 × 10 folds); a correction that cannot see the test folds still lowers the Brier score.
    expect(calibration.brier.platt.mean).toBeLessThan(calibration.brier.raw.mean);
    for (const kind of ['raw', 'platt', 'isotonic'] as const) {
      const bins = calibration.reliability[kind];
      expect(bins).toHaveLength(10);
      // Every out-of-fold risk of both repeats is in one bin.
      expect(bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(2 * 649);
    }
  });
});

describe('passcompass evaluate --equity', () => {
  it('splits the High tier of the out-of-fold risks by each sensitive attribute the roster has', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'math.csv'), MATH);
    const { cells } = await evaluateJson(
      ['--data', 'math.csv', '--setup', 'C', '--folds', '5', '--repeats', '1', '--equity'],
      dir,
    );
    const equity = cells[0]?.equity ?? [];
    // No course column in one course's file.
    expect(equity.map((a) => a.attribute)).toEqual(['sex', 'address', 'school', 'Medu', 'Fedu']);
    for (const attribute of equity) {
      expect(attribute.groups.reduce((sum, g) => sum + g.size, 0)).toBe(395);
      expect(attribute.groups.reduce((sum, g) => sum + g.failures, 0)).toBe(130);
      // The capacity of 25 (fewer only if students tie at the cut).
      const high = attribute.groups.reduce((sum, g) => sum + g.high, 0);
      expect(high).toBeLessThanOrEqual(25);
      expect(high).toBeGreaterThan(20);
    }
    // The UCI Math file: 208 girls and 187 boys.
    expect(equity[0]?.groups.map((g) => [g.group, g.size])).toEqual([
      ['F', 208],
      ['M', 187],
    ]);
  });
});

describe('passcompass evaluate --without-dropouts', () => {
  it('leaves out the 38 Math students with a final grade of 0, every one of them a fail', async () => {
    const dir = scratchFolder();
    writeFileSync(join(dir, 'math.csv'), MATH);
    const args = ['--data', 'math.csv', '--setup', 'C', '--folds', '5', '--repeats', '1'];
    const report = await evaluateJson([...args, '--without-dropouts'], dir);
    expect(report.cells[0]).toMatchObject({ rows: 395 - 38, failures: 130 - 38 });
    expect(report).toMatchObject({ withoutDropouts: true });
  });
});
