/**
 * `passcompass export-sql`: the query of a workbook's champion, run (in its DuckDB spelling) over the roster the
 * workbook scored, gives the risks and tiers the add-on wrote on the Students sheet; --out writes a file; a
 * missing version or workbook is refused with exit code 2; the workbook is only read.
 */
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { asDuckDb, queryStudents } from './duckdb-students';
import { REPO, passcompass, readWorkbook, removeScratchFolders, scratchFolder, valuesOf } from './support';

afterAll(removeScratchFolders);

let dir = '';

beforeAll(async () => {
  dir = scratchFolder();
  copyFileSync(join(REPO, 'data/uci-student/student-por.csv'), join(dir, 'por.csv'));
  const run = await passcompass(
    ['run', '--in', 'por.csv', '--out', 'scored.xlsx', '--set', 'folds=2', '--set', 'tierRule=thresholds'],
    dir,
  );
  expect(run.code).toBe(0);
});

describe('passcompass export-sql --model scored.xlsx', () => {
  it('prints a query that scores the roster as the add-on scored it', async () => {
    const before = readFileSync(join(dir, 'scored.xlsx'));
    const run = await passcompass(
      ['export-sql', '--model', 'scored.xlsx', '--table', 'students', '--key', 'rid'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('SAFE_CAST(');
    expect(run.stdout).toContain('1 AS model_version');
    expect(readFileSync(join(dir, 'scored.xlsx'))).toEqual(before);

    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    const [header = [], ...rows] = valuesOf(saved, 'Students') ?? [];
    const riskAt = header.indexOf('Risk of failing');
    const tierAt = header.indexOf('Tier');

    const out = await queryStudents(
      join(dir, 'por.csv'),
      `SELECT * FROM (${asDuckDb(run.stdout)}) ORDER BY rid`,
    );

    expect(out).toHaveLength(rows.length);
    let worst = 0;
    out.forEach((row, i) => {
      worst = Math.max(worst, Math.abs(Number(row['risk_of_failing']) - Number(rows[i]?.[riskAt])));
      expect(row['tier']).toBe(rows[i]?.[tierAt]);
    });
    console.log(`max |risk difference| against the saved Students sheet: ${worst}`);
    expect(worst).toBeLessThan(1e-9);
  });

  it('writes the query to --out, and refuses an unknown version or a missing workbook', async () => {
    const wrote = await passcompass(['export-sql', '--model', 'scored.xlsx', '--out', 'scoring.sql'], dir);
    expect(wrote.code).toBe(0);
    expect(existsSync(join(dir, 'scoring.sql'))).toBe(true);
    expect(readFileSync(join(dir, 'scoring.sql'), 'utf8')).toContain('`project`.`dataset`.`students`');
    const again = await passcompass(['export-sql', '--model', 'scored.xlsx', '--out', 'scoring.sql'], dir);
    expect(again.code).toBe(2);

    const missing = await passcompass(['export-sql', '--model', 'scored.xlsx', '--version', '9'], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no registered model version 9');
    const none = await passcompass(['export-sql', '--model', 'nowhere.xlsx'], dir);
    expect(none.code).toBe(2);
    const bad = await passcompass(['export-sql', '--model', 'scored.xlsx', '--table', 'a;b'], dir);
    expect(bad.code).toBe(2);
  });

  it('prints BigQuery ML’s CREATE MODEL on the same inputs with --create-model', async () => {
    const run = await passcompass(
      ['export-sql', '--model', 'scored.xlsx', '--create-model', 'p.d.passcompass', '--l2-reg', '0.1'],
      dir,
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^CREATE OR REPLACE MODEL `p`.`d`.`passcompass`/);
    expect(run.stdout).toContain('L2_REG = 1e-1');
    expect(run.stdout).toContain('FROM `project`.`dataset`.`students` AS src');
  });
});
