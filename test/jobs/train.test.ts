import { createHash } from 'node:crypto';
import { DataError } from '../../src/core/errors';
import { seededRandom } from '../../src/core/random';
import { verifyChecksum } from '../../src/core/registry/integrity';
import { VERSION_HEADER, type ModelVersion } from '../../src/core/registry/model-version';
import { EXPERIMENT_HEADER } from '../../src/jobs/experiments';
import type { CellValue } from '../../src/jobs/ports';
import { Registry } from '../../src/jobs/registry';
import { trainingReport } from '../../src/ui/training-report';
import { nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, mathRoster, train } from './trained';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const col = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);
const OUTCOME = EXPERIMENT_HEADER.indexOf('Outcome');
const VERSION = EXPERIMENT_HEADER.indexOf('Version');
const experimentCell = (sheets: Sheets, name: (typeof EXPERIMENT_HEADER)[number]) =>
  sheets.experiments.data[0]?.[EXPERIMENT_HEADER.indexOf(name)];

/** The Math roster with 95% of its cells blanked (seeded), as in the report: about 15 graded rows remain. */
const mostlyBlank = () =>
  mathRoster((rows) => {
    const random = seededRandom(7);
    return rows.map((row, i) => (i === 0 ? row : row.map((cell) => (random() < 0.95 ? '' : cell))));
  });

describe('Train model registers what it trusts', () => {
  it('stores a checksum over every field it later trusts', () => {
    const sheets = emptySheets();
    const result = train(sheets);
    expect(result.alias).toBe('champion');
    expect(verifyChecksum(result.version, sha256Hex)).toBe('all');
    expect(sheets.versions.data[0]?.[col('Checksum (SHA-256)')]).toBe(result.version.checksum);
    expect(result.version.checksum).not.toBe(sha256Hex(result.version.modelJson));
    expect(result.usefulness.refusals).toEqual([]);
    expect(result.usefulness.interval?.low).toBeGreaterThan(0.5);
  });

  it('never lets a new version take the alias of a champion whose AUC was edited down to 0.01', () => {
    const sheets = emptySheets();
    train(sheets);
    const metrics = JSON.parse(String(sheets.versions.data[0]?.[col('Metrics (JSON)')])) as object;
    (sheets.versions.data[0] as CellValue[])[col('Metrics (JSON)')] = JSON.stringify({
      ...metrics,
      auc: 0.01,
    });
    const second = train(sheets);
    expect(second.alias).toBe('challenger');
    expect(second.gateReason).toMatch(
      /^champion v1 could not be loaded \(Versions row 2: its row no longer matches its checksum: .*\), so nothing was compared; promote by hand$/,
    );
    expect(Registry.read(sheets, nodeDigests).aliases()).toEqual({ champion: 1, challenger: 2 });
  });

  it('never compares with the AUC of an earlier PassCompass row, and says why', () => {
    const sheets = emptySheets();
    train(sheets);
    const row = sheets.versions.data[0] as CellValue[];
    const metrics = JSON.parse(String(row[col('Metrics (JSON)')])) as object;
    row[col('Metrics (JSON)')] = JSON.stringify({ ...metrics, auc: 0.01 });
    row[col('Checksum (SHA-256)')] = sha256Hex(String(row[col('Model (JSON)')]));
    const second = train(sheets);
    expect(second.alias).toBe('challenger');
    expect(second.gateReason).toBe(
      'champion v1 was recorded by an earlier PassCompass and its CV ROC AUC (0.010) is not covered by its checksum, so it is not compared; promote by hand',
    );
    expect(
      second.notes.some((n) => n.startsWith('Model version 1 (Versions row 2) was recorded by an earlier')),
    ).toBe(true);
  });
});

describe('Train model refuses to publish a useless model', () => {
  it('records the 95%-blank roster as a refused experiment and registers nothing', () => {
    const sheets = emptySheets(mostlyBlank());
    const result = train(sheets);
    expect(result.alias).toBe('refused');
    expect(result.usefulness.rows).toBeLessThan(50);
    expect(result.usefulness.refusals.length).toBeGreaterThanOrEqual(2);
    expect(result.champion).toBeNull();
    expect(sheets.versions.data).toEqual([]);
    expect(sheets.aliases.data).toEqual([]);
    expect(sheets.versions.writes + sheets.aliases.writes).toBe(0);
    const [experiment] = sheets.experiments.data;
    expect(experiment?.[VERSION]).toBe('');
    expect(String(experiment?.[OUTCOME])).toBe(
      `refused, not registered: ${result.usefulness.refusals.join(' ')}`,
    );
    expect(String(experiment?.[OUTCOME])).toMatch(/have a final grade; a model needs at least 10 of each/);
  });

  it('leaves the champion in place, and its number free, when a later model is refused', () => {
    const sheets = emptySheets();
    train(sheets);
    sheets.students = mostlyBlank();
    const refused = train(sheets);
    expect(refused.alias).toBe('refused');
    expect(refused.champion).toBe(1);
    expect(sheets.versions.data).toHaveLength(1);
    expect(sheets.aliases.data).toHaveLength(1);
    expect(sheets.experiments.data.map((r) => r[VERSION])).toEqual([1, '']);
    sheets.students = mathRoster();
    expect(train(sheets).version.version).toBe(2);
  });

  it('says why in the training report, what the champion is, and what to do', () => {
    const sheets = emptySheets();
    train(sheets);
    sheets.students = mostlyBlank();
    const report = trainingReport(train(sheets), 25);
    const lines = report.split('\n');
    expect(lines[0]).toBe('This model was not published: no version was registered and it scores no one.');
    expect(report).toMatch(/^Only \d+ students who failed and \d+ students who passed have a final grade/m);
    expect(report).toMatch(/^Only \d+ students have a final grade; a model needs at least 50/m);
    expect(report).toContain('Version 1 stays the champion.');
    expect(report).toContain(
      'To publish a model, train on more graded students (at least 10 who failed, 10 who passed and 50 in all)',
    );
    expect(report).not.toMatch(/It is now the/);
  });

  it('refuses a roster whose outcome has nothing to do with the inputs: AUC not clearly above 0.5', () => {
    const random = seededRandom(11);
    const sheets = emptySheets(
      mathRoster((rows) => {
        const g3 = (rows[0] as string[]).indexOf('G3');
        return rows.map((row, i) =>
          i === 0 ? row : row.map((cell, j) => (j === g3 ? (random() < 0.3 ? 5 : 15) : cell)),
        );
      }),
    );
    const result = train(sheets);
    expect(result.usefulness.rows).toBe(395);
    expect(result.alias).toBe('refused');
    expect(result.usefulness.refusals).toEqual([
      expect.stringMatching(/^It is not clearly better than chance: its out-of-fold ROC AUC is 0\.\d\d/),
    ]);
  });
});

describe('the version a refused run would have been', () => {
  it('is returned for the report but is not a registered version', () => {
    const sheets = emptySheets(mostlyBlank());
    const result = train(sheets);
    const candidate: ModelVersion = result.version;
    expect(candidate.checksum).toBe('');
    expect(candidate.status).toBe('');
    expect(result.warnings).toEqual([]);
    expect(Registry.read(sheets, nodeDigests).nextVersion()).toBe(1);
  });
});

/** Takes column `name` out of a roster (header first). */
const withoutColumn = (name: string) => (rows: CellValue[][]) => {
  const drop = (rows[0] as CellValue[]).indexOf(name);
  return rows.map((row) => row.filter((_, j) => j !== drop));
};

/** The first 40 students of the Math roster (too few to publish, so a run on them is refused, and fast). */
const first40 = (change: (rows: CellValue[][]) => CellValue[][] = (rows) => rows) =>
  mathRoster((rows) => change(rows.slice(0, 41)));

/** Blanks the G1 grade of every student after the first `withG1`. */
const g1Only = (withG1: number) => (rows: CellValue[][]) => {
  const g1 = (rows[0] as CellValue[]).indexOf('G1');
  return rows.map((row, i) => (i <= withG1 ? row : row.map((cell, j) => (j === g1 ? '' : cell))));
};

describe('Train model chooses the moment of the term', () => {
  it('refuses the mid-term setting without a G1 column, before writing anything', () => {
    const sheets = emptySheets(first40(withoutColumn('G1')));
    let error: unknown;
    try {
      train(sheets, { mode: 'mid' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).message).toBe(
      'The mid-term setting needs a first-period grade column ("G1"). Add it, or choose early term in Settings.',
    );
    expect((error as DataError).location).toEqual({ row: 1, column: 'G1' });
    expect(sheets.experiments.writes + sheets.versions.writes + sheets.aliases.writes).toBe(0);
  });

  it('trains early-term without a G1 column', () => {
    const sheets = emptySheets(first40(withoutColumn('G1')));
    expect(train(sheets, { mode: 'early' }).version.mode).toBe('early');
    expect(experimentCell(sheets, 'Mode')).toBe('early');
  });

  // 40 rows (too few to publish, so each run is refused, but its mode is still recorded): mid-term from 20
  // rows with a G1 grade (half of 40) up, early-term below.
  it.each([
    [40, 'mid'],
    [20, 'mid'],
    [19, 'early'],
  ])('on auto, with G1 in %i of 40 rows, trains %s-term', (withG1, mode) => {
    const sheets = emptySheets(first40(g1Only(withG1)));
    const result = train(sheets, { mode: 'auto' });
    expect(result.alias).toBe('refused');
    expect(result.version.mode).toBe(mode);
    expect(experimentCell(sheets, 'Mode')).toBe(mode);
  });
});

describe('Train model records the run as it was set up', () => {
  it('uses the folds, seed and capacity of the settings, and says nothing more when every input is used', () => {
    // Without the course column (every Math row is math), no input is the same in every row.
    const sheets = emptySheets(mathRoster(withoutColumn('course')));
    const result = train(sheets, { folds: 3, seed: 7, capacity: 25, equityGapLimit: 1 });
    expect(result.alias).toBe('champion');
    expect(result.notes).toEqual([]);
    expect(result.warnings).toEqual([]);
    // 395 rows in 3 folds of 131 or 132; capacity 25 of 395 students is K = round(25 / 395 × 132) = 8 a fold.
    const folds = result.validated.validation.folds;
    expect(folds.map((f) => f.testRows).sort()).toEqual([131, 132, 132]);
    expect(folds.map((f) => f.topK.k)).toEqual([8, 8, 8]);
    const parameters = JSON.parse(String(experimentCell(sheets, 'Parameters (JSON)'))) as object;
    expect(parameters).toMatchObject({ folds: 3, seed: 7, capacity: 25 });
    expect(JSON.parse(String(experimentCell(sheets, 'Per fold (JSON)')))).toHaveLength(3);
    // The fake clock moves a minute at each reading: start, the version's time, the end.
    expect(experimentCell(sheets, 'Duration (s)')).toBe(120);
    // No equity gap above 100 points, so nothing follows the gate's reason.
    expect(experimentCell(sheets, 'Outcome')).toBe('champion: first version');
    // Each cross-validated figure with its spread, the Brier score before calibration and the Platt correction
    // (this roster's percentages are more accurate with it).
    expect(result.validated.calibration.platt).not.toBeNull();
    expect(Object.keys(result.version.metrics)).toEqual([
      'auc',
      'aucSd',
      'brier',
      'brierSd',
      'accuracyAtHalf',
      'accuracyAtHalfSd',
      'accuracy',
      'accuracySd',
      'precision',
      'precisionSd',
      'recall',
      'recallSd',
      'f1',
      'f1Sd',
      'topKRecall',
      'topKRecallSd',
      'topKPrecision',
      'topKPrecisionSd',
      'brierUncalibrated',
      'plattA',
      'plattB',
    ]);
    expect(result.version.metrics['aucSd']).toBe(experimentCell(sheets, 'AUC sd'));
  });

  it('names the inputs that are the same in every training row', () => {
    // The first 40 Math students are all at school GP, all want higher education, and all take math.
    const result = train(emptySheets(first40()));
    expect(result.alias).toBe('refused');
    expect(result.notes).toEqual([
      'Not used, because every training row has the same value or none: school, higher, course.',
    ]);
  });
});
