/** The web API's use cases on in-memory sheets: predictions, their log rows, and the service's health. */
import { createHash } from 'node:crypto';
import type { RequestedStudent } from '../../src/core/api/predict-request';
import type { NormalisedValue } from '../../src/core/data/roster/normalise-value';
import type { LogisticModel } from '../../src/core/model/logistic';
import { riskOfFailing } from '../../src/core/model/score';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { CellValue, InferenceLog } from '../../src/jobs/ports';
import { type PredictDeps, health, predictStudents } from '../../src/jobs/predict-api';
import { MAX_LOG_ROWS } from '../../src/jobs/score/finish-run';
import { Registry } from '../../src/jobs/registry';
import { SALT_KEY } from '../../src/jobs/score/score-students';
import { modelAttributes } from '../../src/core/scoring/scoreability';
import { InMemoryRecordSheet, MapStore, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, mathRoster, train } from './trained';

class ListLog implements InferenceLog {
  readonly rows: CellValue[][] = [];
  readonly trims: number[] = [];
  append(rows: CellValue[][]) {
    this.rows.push(...rows);
    return this.rows.length - rows.length + 2;
  }
  rowsWhere = () => [];
  writeCells = () => undefined;
  deleteRows = () => undefined;
  trim(maxRows: number) {
    this.trims.push(maxRows);
    return 0;
  }
}

const NOW = new Date('2026-12-02T08:15:00.000Z');

let trained: Sheets;
beforeAll(() => {
  trained = emptySheets();
  train(trained);
});

/** Math roster rows 2 and 3 (the first two students) as a request would send them. */
function students(): RequestedStudent[] {
  const [header, ...rows] = mathRoster().values as [string[], ...CellValue[][]];
  return rows.slice(0, 2).map((row, i) => ({
    key: `student-${i + 1}`,
    values: Object.fromEntries(header.map((name, j) => [name, row[j] as NormalisedValue])),
  }));
}

function deps(settings: Partial<Settings> = {}, uuids = ['0123456789abcdef', 'the-salt']) {
  const log = new ListLog();
  const store = new MapStore();
  const ids = [...uuids];
  const all: PredictDeps = {
    ...trained,
    digests: nodeDigests,
    log,
    store,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    now: () => NOW,
    uuid: () => ids.shift() ?? 'no-more-uuids',
  };
  return { deps: all, log, store };
}

const champion = () => Registry.read(trained, nodeDigests).load(1);
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

describe('predictions through the web API', () => {
  it('scores with the champion, tiers by the thresholds, and logs one pseudonymous row per student', () => {
    const requested = students();
    // Thresholds of 0: every scored student is High, so each keeps its main reasons.
    const { deps: d, log, store } = deps({ highFrom: 0, mediumFrom: 0 });
    const result = predictStudents(d, requested);

    const version = champion();
    const model = JSON.parse(version.modelJson) as LogisticModel;
    const attributes = modelAttributes(model);
    const records = requested.map((s) => Object.fromEntries(attributes.map((a) => [a, s.values[a] ?? null])));
    const risks = riskOfFailing(model, records);

    expect(result.modelVersion).toBe(1);
    expect(result.tierRule).toEqual({ highFrom: 0, mediumFrom: 0 });
    expect(result.predictions.map((p) => [p.risk, p.tier])).toEqual([
      [risks[0], 'High'],
      [risks[1], 'High'],
    ]);
    for (const p of result.predictions) {
      expect(p.reasons.length).toBeGreaterThan(0);
      expect(p.reasons.length).toBeLessThanOrEqual(3);
      expect(p).not.toHaveProperty('note');
    }

    // The run id: API-, the time, and the first 8 characters of a fresh id; then the salt is made and kept.
    expect(store.values.get(SALT_KEY)).toBe('the-salt');
    expect(log.rows).toEqual(
      requested.map((s, i) => [
        NOW,
        'API-2026-12-02T08:15:00.000Z-01234567',
        1,
        sha256(`the-salt\u0000student-${i + 1}`).slice(0, 16),
        risks[i],
        'High',
        JSON.stringify(attributes.map((a) => s.values[a] ?? null)),
      ]),
    );
    expect(log.trims).toEqual([MAX_LOG_ROWS]);
  });

  it('keeps the salt a scoring run made, and logs no key for a student sent without one', () => {
    const [first] = students();
    const { deps: d, log, store } = deps({}, ['fedcba9876543210']);
    store.set(SALT_KEY, 'earlier-salt');
    predictStudents(d, [{ ...(first as RequestedStudent), key: null }, first as RequestedStudent]);
    expect(store.values.get(SALT_KEY)).toBe('earlier-salt');
    expect(log.rows.map((row) => [row[1], row[3]])).toEqual([
      ['API-2026-12-02T08:15:00.000Z-fedcba98', ''],
      ['API-2026-12-02T08:15:00.000Z-fedcba98', sha256('earlier-salt\u0000student-1').slice(0, 16)],
    ]);
  });

  it('gives a Low-tier student no reasons, and an unscoreable one no risk and why', () => {
    const [first] = students() as [RequestedStudent];
    const { deps: d, log } = deps({ highFrom: 1, mediumFrom: 1 });
    const result = predictStudents(d, [first, { key: 'k', values: {} }]);
    expect(result.predictions[0]).toEqual({ risk: expect.any(Number), tier: 'Low', reasons: [] });
    // No note: nothing was filled in for a student who was not scored.
    expect(result.predictions[1]).toEqual({
      risk: null,
      tier: null,
      reasons: [expect.stringMatching(/^Not scored: \d+ values are blank \(/)],
    });
    expect(log.rows[1]?.slice(4, 6)).toEqual(['', '']);
  });

  it('notes blanks filled in as the typical value', () => {
    const [first] = students() as [RequestedStudent];
    const values = { ...first.values, absences: null };
    const { deps: d } = deps({ highFrom: 1, mediumFrom: 1 });
    const [prediction] = predictStudents(d, [{ key: 'k', values }]).predictions;
    expect(prediction?.note).toBe('Blank, counted as average: absences.');
  });

  it('refuses when there is no champion, with the registry’s problems', () => {
    const empty = { ...deps().deps, versions: new InMemoryRecordSheet(), aliases: new InMemoryRecordSheet() };
    expect(() => predictStudents(empty, students())).toThrow('There is no champion model to predict with.');
    // Two problems, each after a space: a row naming no version, and a row whose mover is unknown.
    const broken = {
      ...empty,
      aliases: new InMemoryRecordSheet([
        [new Date(NOW), 'champion', '', 7, 'nobody', ''],
        [new Date(NOW), 'champion', '', 'x', 'promote', ''],
      ]),
    };
    const problems = health({ ...broken }).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(() => predictStudents(broken, students())).toThrow(
      `There is no champion model to predict with.${problems.map((p) => ` ${p}`).join('')}`,
    );
    expect(problems.join(' ')).toMatch(/^Aliases row 2: "Moved by" is "nobody", not one of /);
  });
});

describe('the service’s health', () => {
  it('says ok with the champion’s version, time and metrics', () => {
    const version = champion();
    expect(health({ ...trained, digests: nodeDigests })).toEqual({
      status: 'ok',
      modelVersion: 1,
      trainedAt: version.createdAt,
      metrics: version.metrics,
      problems: [],
    });
  });

  it('says there is no champion, and why', () => {
    const sheets = {
      versions: new InMemoryRecordSheet(),
      aliases: new InMemoryRecordSheet([[new Date(NOW), 'champion', '', 7, 'nobody', '']]),
    };
    const result = health({ ...sheets, digests: nodeDigests });
    expect(result).toMatchObject({
      status: 'no champion',
      modelVersion: null,
      trainedAt: null,
      metrics: null,
    });
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^Aliases row 2: "Moved by" is "nobody", not one of /);
  });
});
