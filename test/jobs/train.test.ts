import { createHash } from 'node:crypto';
import { seededRandom } from '../../src/core/random';
import { verifyChecksum } from '../../src/core/registry/integrity';
import { VERSION_HEADER, type ModelVersion } from '../../src/core/registry/model-version';
import { EXPERIMENT_HEADER } from '../../src/jobs/experiments';
import type { CellValue } from '../../src/jobs/ports';
import { Registry } from '../../src/jobs/registry';
import { trainingReport } from '../../src/ui/training-report';
import { nodeDigests } from '../support/fakes';
import { emptySheets, mathRoster, train } from './trained';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const col = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);
const OUTCOME = EXPERIMENT_HEADER.indexOf('Outcome');
const VERSION = EXPERIMENT_HEADER.indexOf('Version');

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
    expect(Registry.read(sheets, nodeDigests).nextVersion()).toBe(1);
  });
});
