/**
 * `passcompass score`: this term's students, who have no final grades yet, scored with the champion of a
 * workbook that `passcompass run` trained on last year's class. One model workbook is trained once on the
 * vendored Portuguese roster (2 folds); this term is the maths roster without its G3 column, every student named.
 * Scoring adds PassCompass's columns to every student, trains nothing, keeps the registry, and saves a workbook
 * a later `score` continues; a workbook without a champion is refused; the inputs are never changed.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/core/data/csv';
import { REPO, passcompass, readWorkbook, removeScratchFolders, scratchFolder, valuesOf } from './support';

afterAll(removeScratchFolders);

const OWN_COLUMNS = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'];

let trained = '';
/** This term: the maths roster, a name column first, no final grade. */
let thisTerm = '';
let students = 0;

beforeAll(async () => {
  trained = scratchFolder();
  copyFileSync(join(REPO, 'data/uci-student/student-por.csv'), join(trained, 'last-year.csv'));
  const run = await passcompass(
    ['run', '--in', 'last-year.csv', '--out', 'last-year.xlsx', '--set', 'folds=2'],
    trained,
  );
  expect(run.code).toBe(0);

  const { header, rows } = parseCsv(readFileSync(join(REPO, 'data/uci-student/student-mat.csv'), 'utf8'));
  const g3 = header.indexOf('G3');
  const drop = (row: string[]) => row.filter((_, i) => i !== g3);
  const line = (fields: string[]) => fields.map((f) => `"${f.replace(/"/g, '""')}"`).join(',');
  thisTerm = [
    line(['Student name', ...drop(header)]),
    ...rows.map((row, i) => line([`Term two student ${i + 1}`, ...drop(row)])),
  ].join('\n');
  students = rows.length;
});

/** A folder with copies of last year's workbook and this term's roster. */
function workspace(): string {
  const dir = scratchFolder();
  copyFileSync(join(trained, 'last-year.xlsx'), join(dir, 'last-year.xlsx'));
  writeFileSync(join(dir, 'this-term.csv'), thisTerm);
  return dir;
}

describe('passcompass score --in this-term.csv --model last-year.xlsx --out scored.xlsx', () => {
  it('scores every student with last year’s champion, trains nothing, and leaves both inputs as they were', async () => {
    const dir = workspace();
    const before = [readFileSync(join(dir, 'this-term.csv')), readFileSync(join(dir, 'last-year.xlsx'))];
    const run = await passcompass(
      ['score', '--in', 'this-term.csv', '--model', 'last-year.xlsx', '--out', 'scored.xlsx'],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Read this-term.csv: ${students} student rows, 33 columns, 1 sheet.`);
    expect(run.stdout).toContain('Read last-year.xlsx: champion model version 1, ');
    expect(run.stdout).toContain('▸ Train model: not part of score; the champion (version 1) scores.');
    expect(run.stdout).toContain(`▸ Score students\n  Scored ${students} students with model version 1: `);

    const saved = await readWorkbook(join(dir, 'scored.xlsx'));
    const [header = [], ...rows] = valuesOf(saved, 'Students') ?? [];
    expect(header[0]).toBe('Student name');
    expect(header.slice(33)).toEqual(OWN_COLUMNS);
    expect(rows).toHaveLength(students);
    const tiers = new Map<unknown, number>();
    for (const row of rows) {
      expect(typeof row[33]).toBe('number');
      expect(row[36]).toBe(1);
      tiers.set(row[34], (tiers.get(row[34]) ?? 0) + 1);
    }
    expect([...tiers.keys()].every((tier) => ['High', 'Medium', 'Low'].includes(String(tier)))).toBe(true);
    const counts = ['High', 'Medium', 'Low'].filter((t) => tiers.has(t)).map((t) => `${tiers.get(t)} ${t}`);
    expect(run.stdout).toMatch(
      new RegExp(
        `Saved .*scored\\.xlsx: ${students} students; champion model version 1; scored: ${counts.join(', ')}\\.$`,
      ),
    );
    expect((valuesOf(saved, 'Versions') ?? []).map((row) => row[0])).toEqual(['Version', 1]);
    // Last year's scoring run, then this term's: one log row per student each.
    const lastYear = (valuesOf(await readWorkbook(join(dir, 'last-year.xlsx')), 'Inference log') ?? [])
      .length;
    expect(valuesOf(saved, 'Inference log')).toHaveLength(lastYear + students);
    expect([readFileSync(join(dir, 'this-term.csv')), readFileSync(join(dir, 'last-year.xlsx'))]).toEqual(
      before,
    );
  });

  it('saves a workbook that the next score takes as its model, the registry carried on', async () => {
    const dir = workspace();
    const args = (model: string, out: string) => [
      'score',
      '--in',
      'this-term.csv',
      '--model',
      model,
      '--out',
      out,
    ];
    expect((await passcompass(args('last-year.xlsx', 'first.xlsx'), dir)).code).toBe(0);
    const second = await passcompass(args('first.xlsx', 'second.xlsx'), dir);
    expect(second.code).toBe(0);
    const saved = await readWorkbook(join(dir, 'second.xlsx'));
    expect((valuesOf(saved, 'Versions') ?? []).map((row) => row[0])).toEqual(['Version', 1]);
    const header = (valuesOf(saved, 'Students') ?? [])[0] ?? [];
    // PassCompass's columns once, not again beside the first ones.
    expect(header.filter((h) => OWN_COLUMNS.includes(String(h)))).toEqual(OWN_COLUMNS);
  });

  it('refuses a workbook with no champion model, saving nothing (exit code 2)', async () => {
    const dir = workspace();
    const run = await passcompass(
      ['score', '--in', 'this-term.csv', '--model', 'this-term.csv', '--out', 'scored.xlsx'],
      dir,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'passcompass: --model this-term.csv is not an .xlsx workbook: give the workbook passcompass run saved.',
    );
    const plain = scratchFolder();
    writeFileSync(join(plain, 'this-term.csv'), thisTerm);
    copyFileSync(join(REPO, 'test/cli/fixtures/roster-workbook.xlsx'), join(plain, 'roster.xlsx'));
    const refused = await passcompass(
      ['score', '--in', 'this-term.csv', '--model', 'roster.xlsx', '--out', 'scored.xlsx'],
      plain,
    );
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'passcompass: roster.xlsx has no champion model version (it has no Aliases sheet, the history of its ' +
        'champion), so there is no model to score with. Give the workbook passcompass run saved after training ' +
        '(for example on last year’s class, with final grades). Nothing was saved.',
    );
  });
});
