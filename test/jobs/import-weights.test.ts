/**
 * Importing BigQuery ML weights: pasted rows of ML.WEIGHTS on version 1's inputs become a challenger measured
 * on this workbook's graded rows, or a refused experiment; never the champion.
 */
import { DataError } from '../../src/core/errors';
import type { LogisticModel } from '../../src/core/model/logistic';
import { readModel } from '../../src/core/model/model-schema';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
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
function weightsCsv(sign: number, version = 1): string {
  return [
    'processed_input,weight',
    ...model.encoding.features.map(
      (f) => `${featureColumnName(f, version)},${sign * (model.coefficients[f.name] as number)}`,
    ),
    `__INTERCEPT__,${sign * model.intercept}`,
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
    expect(result.why).toContain(
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
});
