/**
 * Importing BigQuery ML weights: pasted rows of ML.WEIGHTS on version 1's inputs become a challenger measured
 * on this workbook's graded rows, or a refused experiment; never the champion.
 */
import { DataError } from '../../src/core/errors';
import type { LogisticModel } from '../../src/core/model/logistic';
import { readModel } from '../../src/core/model/model-schema';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { VERSION_HEADER } from '../../src/core/registry/model-version';
import { modelAttributes } from '../../src/core/scoring/scoreability';
import { featureColumnName } from '../../src/core/sql/feature-sql';
import { EXPERIMENT_HEADER } from '../../src/jobs/experiments';
import { type ImportWeightsDeps, importBigQueryWeights } from '../../src/jobs/import-weights';
import type { CellValue } from '../../src/jobs/ports';
import { Registry } from '../../src/jobs/registry';
import { InMemoryRecordSheet, InMemoryTable, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, mathRoster, train } from './trained';

/** Version 1, trained on the Math sample, and its model. */
let trained: Sheets;
let model: LogisticModel;
beforeAll(() => {
  trained = emptySheets();
  const result = train(trained);
  const read = readModel(result.version.modelJson);
  if (typeof read === 'string') throw new Error(read);
  model = read;
});

/** ML.WEIGHTS as CSV: version 1's own coefficients times `sign`, so the ranking is kept or turned round. */
function weightsCsv(sign: number, version = 1, of: LogisticModel = model): string {
  return [
    'processed_input,weight',
    ...of.encoding.features.map(
      (f) => `${featureColumnName(f, version)},${sign * (of.coefficients[f.name] as number)}`,
    ),
    `__INTERCEPT__,${sign * of.intercept}`,
  ].join('\n');
}

const AT = Date.parse('2026-12-01T09:00:00Z');

function copy(sheets: Sheets, students = sheets.students) {
  return {
    students,
    versions: new InMemoryRecordSheet(sheets.versions.rows()),
    aliases: new InMemoryRecordSheet(sheets.aliases.rows()),
    experiments: new InMemoryRecordSheet(sheets.experiments.rows()),
  };
}

function deps(sheets = copy(trained)): ImportWeightsDeps & ReturnType<typeof copy> {
  let clock = AT;
  return {
    ...sheets,
    issues: new InMemoryTable(),
    settings: { ...DEFAULT_SETTINGS, mode: 'early' },
    digests: nodeDigests,
    now: () => new Date((clock += 1500)),
  };
}

const column = (name: (typeof EXPERIMENT_HEADER)[number]) => EXPERIMENT_HEADER.indexOf(name);

describe('importBigQueryWeights', () => {
  it('registers weights on version 1’s inputs as a challenger, measured on the graded rows', () => {
    const d = deps();
    const result = importBigQueryWeights(d, weightsCsv(1));
    expect(result).toMatchObject({
      status: 'registered',
      runId: 'R-0002',
      inputsOf: 1,
      measured: 395,
      notScored: 0,
      notes: [],
    });
    if (result.status !== 'registered') throw new Error('not registered');
    expect(result.version).toMatchObject({
      version: 2,
      createdAt: '2026-12-01T09:00:03.000Z',
      experimentId: 'R-0002',
      rows: 395,
      mode: 'early',
      evidence: null,
    });
    expect(result.version.features).toEqual(model.encoding.features.map((f) => f.name));
    const registry = Registry.read(d, nodeDigests);
    expect(registry.aliases()).toEqual({ champion: 1, challenger: 2 });
    expect(registry.load(2).version).toBe(2);
    const row = d.experiments.rows()[1] as CellValue[];
    expect(row).toHaveLength(EXPERIMENT_HEADER.length);
    expect(row[column('Run')]).toBe('R-0002');
    expect(row[column('Time')]).toEqual(new Date(AT + 1500));
    expect(row[column('Rows')]).toBe(395);
    expect(row[column('Failures')]).toBe(130);
    expect(row[column('Mode')]).toBe('early');
    expect(JSON.parse(String(row[column('Parameters (JSON)')]))).toMatchObject({
      importedFrom: 'BigQuery ML',
      inputsOf: 1,
      passMark: 10,
      capacity: DEFAULT_SETTINGS.capacity,
    });
    expect(row[column('AUC sd')]).toBe('');
    expect(row[column('Per fold (JSON)')]).toBe('[]');
    expect(row[column('Duration (s)')]).toBe(3);
    expect(row[column('Version')]).toBe(2);
    expect(row[column('Outcome')]).toBe(
      'challenger: imported from BigQuery ML on the inputs of version 1; measured on 395 rows of this ' +
        'workbook, not cross-validated',
    );
    for (const name of ['CV ROC AUC', 'Accuracy', 'Precision', 'Recall', 'F1', 'Brier'] as const) {
      const value = row[column(name)];
      expect(typeof value).toBe('number');
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it('refuses weights that rank failing students below passing ones, and says what to check', () => {
    const d = deps();
    const result = importBigQueryWeights(d, weightsCsv(-1));
    expect(result.status).toBe('refused');
    if (result.status !== 'refused') throw new Error('not refused');
    expect(result.inputsOf).toBe(1);
    // Turned round, the ranking's ROC AUC is 1 minus version 1's (0.80 on these rows).
    expect(result.why).toBe(
      'It is not clearly better than chance: its ROC AUC on the graded students of this workbook is 0.20, and ' +
        'the 95% interval (0.16 to 0.24) does not lie wholly above 0.5, the AUC of a coin toss. ' +
        'The weights rank students who failed below those who passed: check that the model was trained on ' +
        'failed = 1 for a final grade below the pass mark, as the CREATE MODEL says.',
    );
    expect(Registry.read(d, nodeDigests).aliases()).toEqual({ champion: 1, challenger: null });
    const row = d.experiments.rows()[1] as CellValue[];
    expect(row[column('Version')]).toBe('');
    expect(row[column('CV ROC AUC')]).toBe('');
    expect(row[column('Outcome')]).toBe(`refused, not registered: ${result.why}`);
  });

  it('refuses weights of a version this spreadsheet never registered', () => {
    const d = deps();
    expect(() => importBigQueryWeights(d, weightsCsv(1, 7))).toThrow(
      new DataError(
        'These weights were fitted on the inputs of version 7 (their names start v7_), which this spreadsheet ' +
          'has never registered: import them where export-sql --create-model was run.',
      ),
    );
    expect(d.experiments.rows()).toHaveLength(1);
  });

  it('leaves out the graded rows it cannot score, and says how many', () => {
    // Two graded rows with every input blank: too many blanks to count as average.
    const blanked = mathRoster((rows) => {
      const keep = ['G3', 'G1', 'G2'].map((name) => rows[0]?.indexOf(name));
      return rows.map((row, i) =>
        i === 1 || i === 2 ? row.map((cell, j) => (keep.includes(j) ? cell : '')) : row,
      );
    });
    const result = importBigQueryWeights(deps(copy(trained, blanked)), weightsCsv(1));
    expect(result).toMatchObject({
      status: 'registered',
      measured: 393,
      notScored: 2,
      notes: ['2 graded rows were left out: they cannot be scored.'],
    });
  });

  it('says which grade columns a mid-term version reads that the Students sheet lacks, at its header row', () => {
    // Every input but the grades is a required column of any roster; a mid-term version also reads G1 and G2.
    const mid = emptySheets();
    const midModel = readModel(train(mid, { mode: 'mid' }).version.modelJson);
    if (typeof midModel === 'string') throw new Error(midModel);
    expect(modelAttributes(midModel)).toEqual(expect.arrayContaining(['G1', 'G2']));
    const withoutPeriodGrades = mathRoster((rows) => {
      const drop = ['G1', 'G2'].map((name) => rows[0]?.indexOf(name));
      return rows.map((row) => row.filter((_, j) => !drop.includes(j)));
    });
    const d = deps(copy(mid, withoutPeriodGrades));
    let thrown: unknown;
    try {
      importBigQueryWeights(d, weightsCsv(1, 1, midModel));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toEqual(
      new DataError("The Students sheet has no column for G1, G2, which version 1's inputs read."),
    );
    expect((thrown as DataError).location).toEqual({ row: 1, column: 'G1' });
    expect(d.experiments.rows()).toHaveLength(1);
  });

  it('loads a version only a damaged Versions row claims, and says what is wrong with that row', () => {
    const sheets = copy(trained);
    (sheets.versions.data[0] as CellValue[])[VERSION_HEADER.indexOf('Mode')] = 'late';
    const d = deps(sheets);
    expect(() => importBigQueryWeights(d, weightsCsv(1))).toThrow(
      'Model version 1 was not loaded: Versions row 2, "Mode" is "late", not early or mid. Roll back to an ' +
        'earlier version or train a new one.',
    );
    expect(d.experiments.rows()).toHaveLength(1);
  });

  it('refuses weights of a version no row holds, even when a damaged row claims another number', () => {
    const sheets = copy(trained);
    const damaged = [...(sheets.versions.data[0] as CellValue[])];
    damaged[0] = 5;
    damaged[VERSION_HEADER.indexOf('Mode')] = 'late';
    sheets.versions.data.push(damaged);
    expect(() => importBigQueryWeights(deps(sheets), weightsCsv(1, 7))).toThrow(
      new DataError(
        'These weights were fitted on the inputs of version 7 (their names start v7_), which this spreadsheet ' +
          'has never registered: import them where export-sql --create-model was run.',
      ),
    );
    expect(() => importBigQueryWeights(deps(sheets), weightsCsv(1, 5))).toThrow(
      'Model version 5 was not loaded: Versions row 3, "Mode" is "late", not early or mid.',
    );
  });

  it('says "1 graded row was" when one row cannot be scored', () => {
    const blanked = mathRoster((rows) => {
      const keep = ['G3', 'G1', 'G2'].map((name) => rows[0]?.indexOf(name));
      return rows.map((row, i) => (i === 1 ? row.map((cell, j) => (keep.includes(j) ? cell : '')) : row));
    });
    const result = importBigQueryWeights(deps(copy(trained, blanked)), weightsCsv(1));
    expect(result).toMatchObject({
      status: 'registered',
      measured: 394,
      notScored: 1,
      notes: ['1 graded row was left out: they cannot be scored.'],
    });
  });

  it('returns the registry’s problems in its notes, and the version as committed before its Status mirror', () => {
    const sheets = copy(trained);
    (sheets.versions.data[0] as CellValue[])[VERSION_HEADER.indexOf('Status')] = '';
    const result = importBigQueryWeights(deps(sheets), weightsCsv(1));
    if (result.status !== 'registered') throw new Error('not registered');
    expect(result.notes).toEqual([
      'Versions: the Status column disagrees with the Aliases history (row 2 says nothing for champion). The ' +
        'Aliases decide: the champion is version 1 and the challenger no version; the Status column is ' +
        'rewritten to match at the next Train model, Promote or Roll back.',
    ]);
    expect(result.version.status).toBe('');
    expect(sheets.versions.data.map((row) => row[VERSION_HEADER.indexOf('Status')])).toEqual([
      'champion',
      'challenger',
    ]);
  });

  it('records how the import was measured, and top-K at the school’s capacity', () => {
    // Capacity 1: the riskiest student alone. Capacity above the roster: everyone, so every failure is caught.
    const one = deps();
    one.settings = { ...one.settings, capacity: 1 };
    const first = importBigQueryWeights(one, weightsCsv(1));
    if (first.status !== 'registered') throw new Error('not registered');
    expect(first.version.metrics).toMatchObject({ topKRecall: 0.0077, topKPrecision: 1 });
    const row = one.experiments.rows()[1] as CellValue[];
    expect(JSON.parse(String(row[column('Parameters (JSON)')]))).toMatchObject({
      measuredOn: 'this workbook’s graded rows, not cross-validated',
      capacity: 1,
    });
    expect(row[column('Top-K recall')]).toBe(0.0077);
    expect(row[column('Top-K precision')]).toBe(1);

    const all = deps();
    all.settings = { ...all.settings, capacity: 1000 };
    const everyone = importBigQueryWeights(all, weightsCsv(1));
    if (everyone.status !== 'registered') throw new Error('not registered');
    // 130 of the 395 graded students failed.
    expect(everyone.version.metrics).toMatchObject({ topKRecall: 1, topKPrecision: 0.3291 });
    const allRow = all.experiments.rows()[1] as CellValue[];
    expect(allRow[column('Top-K recall')]).toBe(1);
    expect(allRow[column('Top-K precision')]).toBe(0.3291);
  });

  it('gives every reason for a refusal, without the ranking hint when the weights are no worse than a coin', () => {
    // Forty graded students, and weights of zero: every student the same risk, an ROC AUC of exactly 0.5.
    const forty = mathRoster((rows) => rows.slice(0, 41));
    const d = deps(copy(trained, forty));
    const result = importBigQueryWeights(d, weightsCsv(0));
    if (result.status !== 'refused') throw new Error('not refused');
    expect(result.usefulness.outOfFoldAuc).toBe(0.5);
    // 8 of the first 40 students failed; Hanley-McNeil at AUC 0.5 with 8 and 32: 0.5 ± 1.96 × 0.116.
    expect(result.why).toBe(
      'Only 8 students who failed and 32 students who passed have a final grade; a model needs at least 10 of ' +
        'each to learn the difference and to be measured. Only 40 students have a final grade; a model needs at ' +
        'least 50, so that each cross-validation fold is more than a handful of students. It is not clearly ' +
        'better than chance: its ROC AUC on the graded students of this workbook is 0.50, and the 95% interval ' +
        '(0.27 to 0.73) does not lie wholly above 0.5, the AUC of a coin toss.',
    );
    const row = d.experiments.rows()[1] as CellValue[];
    expect(row[column('Outcome')]).toBe(`refused, not registered: ${result.why}`);
    expect(Registry.read(d, nodeDigests).aliases()).toEqual({ champion: 1, challenger: null });
  });

  it('imports onto version 1’s inputs again once another version is registered, and moves the challenger on', () => {
    const d = deps();
    expect(importBigQueryWeights(d, weightsCsv(1))).toMatchObject({ status: 'registered', runId: 'R-0002' });
    const again = importBigQueryWeights(d, weightsCsv(1));
    expect(again).toMatchObject({ status: 'registered', runId: 'R-0003', inputsOf: 1, measured: 395 });
    if (again.status !== 'registered') throw new Error('not registered');
    expect(again.version.version).toBe(3);
    expect(Registry.read(d, nodeDigests).aliases()).toEqual({ champion: 1, challenger: 3 });
    expect(
      d.aliases
        .rows()
        .slice(-1)
        .map((row) => row.slice(1, 5)),
    ).toEqual([['challenger', 2, 3, 'import']]);
  });
});
