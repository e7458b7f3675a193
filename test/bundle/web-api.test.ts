/**
 * The web API (`doPost`, `doGet`) of the built bundle on the local runtime: predictions equal to Score students',
 * every bad request answered with a JSON error naming its fields, the token enforced, and one inference-log
 * row per prediction, also after thousands of calls.
 */
import { LOG_HEADER } from '../../src/jobs/score/inference-log';
import fc from 'fast-check';
import { attributeForHeader } from '../../src/core/data/dictionary';
import { startAddOn } from '../../src/local/bundle';
import { alerts, saveSettings, sheetValues, withSample, type Started } from './support';

interface Answer {
  error?: string;
  problems?: string[];
  modelVersion?: number;
  predictions?: { risk: number | null; tier: string | null; reasons: string[] }[];
  status?: string;
  metrics?: Record<string, number>;
}

interface TextOutput {
  getContent(): string;
  getMimeType(): unknown;
}

const THRESHOLDS = { tierRule: 'thresholds', highFrom: 0.5, mediumFrom: 0.2 };

function trainedWithToken(): { started: Started; token: string } {
  const started = withSample('loadSampleMath');
  saveSettings(started.runtime, THRESHOLDS);
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  started.runtime.ui.answerNext('OK');
  started.addOn.call('createWebApiToken');
  const token = /\n\n([0-9a-f]{64})\n\n/.exec(alerts(started.runtime).at(-1) ?? '')?.[1];
  if (!token) throw new Error('no token shown');
  return { started, token };
}

function output(
  started: Started,
  name: 'doPost' | 'doGet',
  event: unknown,
): { answer: Answer; mime: string } {
  const out = started.addOn.request(name, event) as TextOutput;
  return { answer: JSON.parse(out.getContent()) as Answer, mime: String(out.getMimeType()) };
}

function post(started: Started, body: unknown, parameter: Record<string, string> = {}): Answer {
  const contents = typeof body === 'string' ? body : JSON.stringify(body);
  const { answer, mime } = output(started, 'doPost', {
    parameter,
    parameters: {},
    postData: { contents, length: contents.length, type: 'application/json', name: 'postData' },
  });
  expect(mime).toBe('JSON');
  return answer;
}

/** The roster's student rows as API students: every attribute column, keyed by its header. */
function rosterStudents(started: Started): Record<string, unknown>[] {
  const [header = [], ...rows] = sheetValues(started.runtime, 'Students') ?? [];
  return rows.map((row) =>
    Object.fromEntries(
      header.flatMap((h, i) => (attributeForHeader(String(h)) ? [[String(h), row[i]]] : [])),
    ),
  );
}

function logRows(started: Started): unknown[][] {
  return (sheetValues(started.runtime, 'Inference log') ?? []).slice(1);
}

describe('the web API before it is set up', () => {
  it('refuses predictions until a token exists, and says there is no champion', () => {
    const { runtime, addOn } = startAddOn();
    const started = { runtime, addOn };
    expect(post(started, { token: '', students: [{ age: 17 }] }).error).toMatch(/^The web API is off/);
    expect(output(started, 'doGet', { parameter: {} }).answer).toEqual({
      status: 'off',
      error: 'The web API is off: create a token with PassCompass ▸ Web API token….',
    });
  });

  it('answers "no champion" as a JSON error when there is a token but no model', () => {
    const { runtime, addOn } = startAddOn();
    runtime.ui.answerNext('OK');
    addOn.call('createWebApiToken');
    const token = /\n\n([0-9a-f]{64})\n\n/.exec(alerts(runtime).at(-1) ?? '')?.[1];
    expect(post({ runtime, addOn }, { token, students: [{ age: 17 }] }).error).toMatch(
      /^There is no champion model/,
    );
    expect(output({ runtime, addOn }, 'doGet', { parameter: {} }).answer).toMatchObject({
      status: 'no champion',
      modelVersion: null,
    });
  });

  it('serves the spreadsheet that made the token, with no active spreadsheet in the request', () => {
    const { runtime, addOn } = startAddOn();
    runtime.ui.answerNext('OK');
    addOn.call('createWebApiToken');
    // A bound script run as a web app cannot call getActiveSpreadsheet() (guides/bound, Special methods).
    runtime.setInvoker(() => ({
      active: runtime.SpreadsheetApp.getActive(),
      kept: runtime.PropertiesService.getScriptProperties().getProperty('passcompass.webApiSpreadsheetId'),
    }));
    expect(runtime.webAppRequest('doGet', { parameter: {} })).toEqual({
      active: null,
      kept: runtime.spreadsheet.getId(),
    });
  });
});

describe('the web API, through the bundle', () => {
  let started: Started;
  let token: string;
  beforeAll(() => {
    ({ started, token } = trainedWithToken());
  });

  it('gives the risks and tiers Score students gives for the same rows, and logs them as API rows', () => {
    const students = rosterStudents(started).slice(0, 50);
    const before = logRows(started).length;
    const answer = post(started, { token, students: students.map((s, i) => ({ ...s, key: `S${i}` })) });
    expect(answer.error).toBeUndefined();
    expect(answer.modelVersion).toBe(1);

    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    const [header = [], ...rows] = sheetValues(started.runtime, 'Students') ?? [];
    const risk = header.indexOf('Risk of failing');
    const tier = header.indexOf('Tier');
    expect(answer.predictions?.map((p) => p.risk)).toEqual(rows.slice(0, 50).map((r) => r[risk]));
    expect(answer.predictions?.map((p) => p.tier)).toEqual(rows.slice(0, 50).map((r) => r[tier]));
    expect(answer.predictions?.every((p) => (p.tier === 'Low') === (p.reasons.length === 0))).toBe(true);

    const logged = logRows(started).slice(before, before + 50);
    expect(logged.every((row) => String(row[1]).startsWith('API-'))).toBe(true);
    expect(logged.map((row) => row[4])).toEqual(answer.predictions?.map((p) => p.risk));
    // Keys are pseudonyms, never what was sent.
    expect(logged.every((row, i) => /^[0-9a-f]{16}$/.test(String(row[3])) && row[3] !== `S${i}`)).toBe(true);
  });

  it('accepts the token as a query parameter', () => {
    const [student] = rosterStudents(started);
    expect(post(started, { students: [student] }, { token }).predictions).toHaveLength(1);
  });

  it('refuses a missing or wrong token, and logs nothing', () => {
    const [student] = rosterStudents(started);
    const before = logRows(started).length;
    for (const body of [
      { students: [student] },
      // The last character changed to a different hex digit (a fixed '0' was the same token one time in 16).
      { token: `${token.slice(0, -1)}${token.endsWith('0') ? '1' : '0'}`, students: [student] },
      { token: 7, students: [student] },
    ])
      expect(post(started, body)).toEqual({ error: 'The token is missing or wrong.' });
    expect(post(started, { students: [student] }, { token: 'nope' }).error).toBe(
      'The token is missing or wrong.',
    );
    expect(logRows(started)).toHaveLength(before);
  });

  it('names each bad field of each student', () => {
    const [a = {}, b = {}] = rosterStudents(started);
    const answer = post(started, {
      token,
      students: [a, { ...b, age: 'abc', Medu: 7, nickname: 'x' }, 'no', { ...a, key: ['k'] }],
    });
    expect(answer.error).toBe('The request is not valid.');
    expect(answer.problems).toEqual([
      'students[1].age: "abc" is not a number',
      'students[1].Medu: 7 is outside the valid range 0-4',
      'students[1].nickname: is not a student attribute PassCompass knows',
      'students[2]: "no" is not a JSON object',
      'students[3].key: ["k"] is not a student key (a non-empty string)',
    ]);
  });

  it('refuses bodies and batches over the limits', () => {
    const [student = {}] = rosterStudents(started);
    expect(post(started, 'x'.repeat(1_000_001)).problems).toEqual([
      'body: has 1000001 characters; at most 1000000 are accepted',
    ]);
    expect(post(started, { token, students: Array(1001).fill(student) }).problems).toEqual([
      'students: has 1001 students; at most 1000 per request',
    ]);
  });

  it('answers every generated bad request with a JSON error naming fields, never throwing', () => {
    const fields = ['age', 'Medu', 'absences', 'sex', 'school', 'key', 'G1', 'bogus', '__proto__'];
    const badStudent = fc.dictionary(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 2 }), {
      minKeys: 1,
    });
    const body = fc.oneof(
      fc.string(),
      fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
      fc.record({
        students: fc.array(fc.oneof(badStudent, fc.jsonValue({ maxDepth: 1 })), { maxLength: 5 }),
      }),
    );
    fc.assert(
      fc.property(body, (generated) => {
        const sent = typeof generated === 'string' ? generated : { ...generated, token };
        const answer = post(started, sent);
        if (answer.predictions) return; // a generated request may happen to be valid
        expect(typeof answer.error).toBe('string');
        for (const problem of answer.problems ?? [])
          expect(problem).toMatch(
            /^(body|students(\[\d+\])?(\.[A-Za-z_$][\w$]*|\[".*"\])?|[A-Za-z_$][\w$]*|\[".*"\]): ./,
          );
      }),
      { numRuns: 200 },
    );
  });

  it('doGet tells the health and the champion, never a student', () => {
    const { answer, mime } = output(started, 'doGet', { parameter: {} });
    expect(mime).toBe('JSON');
    expect(answer).toMatchObject({ status: 'ok', modelVersion: 1 });
    expect(answer.metrics?.['auc']).toBeGreaterThan(0.5);
    expect(Object.keys(answer).sort()).toEqual([
      'metrics',
      'modelVersion',
      'problems',
      'status',
      'trainedAt',
    ]);
  });

  it('logs exactly one row per prediction over thousands of sequential calls', () => {
    const students = rosterStudents(started);
    const before = logRows(started).length;
    // ~10 ms a call on the local runtime: 3,000 calls of one to three students each.
    const calls = 3000;
    let predictions = 0;
    for (let i = 0; i < calls; i += 1) {
      const batch = Array.from({ length: 1 + (i % 3) }, (_, j) => ({
        ...students[(predictions + j) % students.length],
        key: `k${predictions + j}`,
      }));
      const answer = post(started, { token, students: batch });
      expect(answer.predictions).toHaveLength(batch.length);
      predictions += batch.length;
    }
    expect(predictions).toBe(6000);
    const logged = logRows(started).slice(before);
    expect(logged).toHaveLength(predictions);
    // One run per call, one pseudonymous key per student sent.
    expect(new Set(logged.map((row) => row[LOG_HEADER.indexOf('Run')])).size).toBe(calls);
    expect(new Set(logged.map((row) => row[LOG_HEADER.indexOf('Student key')])).size).toBe(predictions);
  }, 180_000);
});
