import { createHash } from 'node:crypto';

import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, InferenceLog, KeyValueStore, RosterSheet } from '../../src/jobs/ports';
import { type FinishedRun, finishRun, scoringSummary } from '../../src/jobs/score/finish-run';
import {
  ABANDON_AFTER_MS,
  RUN_KEY,
  type ScoringRun,
  clearRun,
  headerDigest,
  loadRun,
  readRun,
  saveRun,
  whyNotResumable,
} from '../../src/jobs/score/scoring-run';
import { MapStore } from '../support/fakes';

const run: ScoringRun = {
  runId: 'S-2026-11-26T10:00:00.000Z-abcd1234',
  version: 1,
  startedAt: '2026-11-26T10:00:00.000Z',
  dataRows: 300,
  width: 34,
  nextRow: 120,
  columns: { risk: 34, tier: 35, reasons: 36, version: 37, scoredAt: 38 },
  logged: 118,
  header: 'school\tsex',
};

function store(text: string | null): KeyValueStore {
  return { get: (key) => (key === RUN_KEY ? text : null), set: () => undefined, remove: () => undefined };
}

describe('the saved state of a scoring run', () => {
  it('reads back a run as it was saved', () => {
    expect(readRun(store(JSON.stringify(run)))).toEqual({ kind: 'run', run });
    expect(readRun(store(null))).toEqual({ kind: 'none' });
  });

  it.each([
    ['not JSON', '{"runId": ', 'it is not valid JSON', null],
    ['null', 'null', 'it holds null, not a scoring run', null],
    ['a list', '[1]', 'it holds [1], not a scoring run', null],
    [
      'a fractional nextRow',
      { nextRow: 2.5 },
      '"nextRow" is 2.5, not a whole number from 0 to 300',
      run.runId,
    ],
    ['a negative nextRow', { nextRow: -4 }, '"nextRow" is -4, not a whole number from 0 to 300', run.runId],
    [
      'a nextRow past the roster',
      { nextRow: 301 },
      '"nextRow" is 301, not a whole number from 0 to 300',
      run.runId,
    ],
    ['a text version', { version: '1' }, '"version" is "1", not a version number', run.runId],
    ['no start time', { startedAt: 'soon' }, '"startedAt" is "soon", not a time', run.runId],
    ['a null width', { width: null }, '"width" is null, not a whole number of columns', run.runId],
    [
      'fractional logged rows',
      { logged: 0.5 },
      '"logged" is 0.5, not a whole number from 0 to 300',
      run.runId,
    ],
    ['no columns', { columns: null }, '"columns" is null, not the columns', run.runId],
    [
      'a fractional column',
      { columns: { ...run.columns, tier: 1.5 } },
      '"columns.tier" is 1.5, not a column index',
      run.runId,
    ],
    [
      'one column twice',
      { columns: { ...run.columns, tier: 34 } },
      '"columns" names the same column twice',
      run.runId,
    ],
    ['no run id', { runId: '' }, '"runId" is "", not a run id', null],
  ])(
    'reports %s as damaged, saying which field, and keeps the run id when it can',
    (_, change, why, runId) => {
      const text = typeof change === 'string' ? change : JSON.stringify({ ...run, ...change });
      expect(readRun(store(text))).toEqual({ kind: 'damaged', why, runId });
      expect(loadRun(store(text))).toBeNull();
    },
  );
});

/** The saved run's JSON with `field` left out. */
function without(field: keyof ScoringRun): string {
  const copy: Record<string, unknown> = { ...run };
  delete copy[field];
  return JSON.stringify(copy);
}

describe('where and how a run is kept', () => {
  it("is saved as JSON under the document property 'passcompass.scoringRun'", () => {
    const properties = new MapStore();
    saveRun(properties, run);
    expect([...properties.values]).toEqual([
      [
        'passcompass.scoringRun',
        '{"runId":"S-2026-11-26T10:00:00.000Z-abcd1234","version":1,"startedAt":"2026-11-26T10:00:00.000Z",' +
          '"dataRows":300,"width":34,"nextRow":120,"columns":{"risk":34,"tier":35,"reasons":36,"version":37,' +
          '"scoredAt":38},"logged":118,"header":"school\\tsex"}',
      ],
    ]);
    expect(loadRun(properties)).toEqual(run);
  });

  it('is read from that property only', () => {
    const properties = new MapStore();
    properties.values.set('passcompass.other', JSON.stringify(run));
    expect(readRun(properties)).toEqual({ kind: 'none' });
    expect(loadRun(properties)).toBeNull();
    properties.values.set('passcompass.scoringRun', JSON.stringify(run));
    expect(readRun(properties)).toEqual({ kind: 'run', run });
  });

  it('is removed when cleared, leaving the other properties', () => {
    const properties = new MapStore();
    properties.values.set('passcompass.scoringRun', JSON.stringify(run));
    properties.values.set('passcompass.other', 'kept');
    clearRun(properties);
    expect([...properties.values]).toEqual([['passcompass.other', 'kept']]);
    expect(loadRun(properties)).toBeNull();
  });

  it('reads an empty property as no run, not as a damaged one', () => {
    expect(readRun(store(''))).toEqual({ kind: 'none' });
    expect(loadRun(store(''))).toBeNull();
  });

  it('accepts every field at the edge of its range', () => {
    const edge: ScoringRun = {
      ...run,
      version: 1,
      dataRows: 0,
      width: 1,
      nextRow: 0,
      logged: 0,
      header: '',
      columns: { risk: 0, tier: 1, reasons: 2, version: 3, scoredAt: 4 },
    };
    expect(readRun(store(JSON.stringify(edge)))).toEqual({ kind: 'run', run: edge });
    const full = { ...run, nextRow: 300, logged: 300 };
    expect(readRun(store(JSON.stringify(full)))).toEqual({ kind: 'run', run: full });
  });

  it.each([
    ['a number', '5', 'it holds 5, not a scoring run', null],
    ['a text', '"run"', 'it holds "run", not a scoring run', null],
    ['no run id', without('runId'), '"runId" is missing, not a run id', null],
    ['a numeric run id', { runId: 5 }, '"runId" is 5, not a run id', null],
    ['version 0', { version: 0 }, '"version" is 0, not a version number', run.runId],
    ['a fractional version', { version: 1.5 }, '"version" is 1.5, not a version number', run.runId],
    ['a numeric start time', { startedAt: 0 }, '"startedAt" is 0, not a time', run.runId],
    ['no start time at all', without('startedAt'), '"startedAt" is missing, not a time', run.runId],
    ['negative rows', { dataRows: -1 }, '"dataRows" is -1, not a whole number of rows', run.runId],
    ['fractional rows', { dataRows: 2.5 }, '"dataRows" is 2.5, not a whole number of rows', run.runId],
    ['rows as text', { dataRows: '300' }, '"dataRows" is "300", not a whole number of rows', run.runId],
    ['no width', { width: 0 }, '"width" is 0, not a whole number of columns', run.runId],
    ['a fractional width', { width: 1.5 }, '"width" is 1.5, not a whole number of columns', run.runId],
    ['no next row', without('nextRow'), '"nextRow" is missing, not a whole number from 0 to 300', run.runId],
    ['negative logged rows', { logged: -1 }, '"logged" is -1, not a whole number from 0 to 300', run.runId],
    [
      'more logged rows than the roster',
      { logged: 301 },
      '"logged" is 301, not a whole number from 0 to 300',
      run.runId,
    ],
    [
      'rows beyond a smaller roster',
      { dataRows: 10, nextRow: 10, logged: 11 },
      '"logged" is 11, not a whole number from 0 to 10',
      run.runId,
    ],
    ['a numeric header', { header: 5 }, '"header" is 5, not the header text', run.runId],
    ['no header', without('header'), '"header" is missing, not the header text', run.runId],
    ['columns as a number', { columns: 5 }, '"columns" is 5, not the columns', run.runId],
    ['no columns at all', without('columns'), '"columns" is missing, not the columns', run.runId],
    [
      'a list of columns',
      { columns: [34, 35, 36, 37, 38] },
      '"columns.risk" is missing, not a column index',
      run.runId,
    ],
    [
      'a negative column',
      { columns: { ...run.columns, scoredAt: -1 } },
      '"columns.scoredAt" is -1, not a column index',
      run.runId,
    ],
    [
      'a fractional version column',
      { columns: { ...run.columns, version: 37.5 } },
      '"columns.version" is 37.5, not a column index',
      run.runId,
    ],
    [
      'a missing risk column',
      { columns: { tier: 35, reasons: 36, version: 37, scoredAt: 38 } },
      '"columns.risk" is missing, not a column index',
      run.runId,
    ],
    [
      'two bad columns',
      { columns: { ...run.columns, reasons: 'C', version: -2 } },
      '"columns.reasons" is "C", not a column index',
      run.runId,
    ],
    [
      'a long value',
      { version: 'v'.repeat(38) },
      `"version" is "${'v'.repeat(38)}", not a version number`,
      run.runId,
    ],
    [
      'a value too long to show',
      { version: 'v'.repeat(39) },
      `"version" is "${'v'.repeat(36)}…, not a version number`,
      run.runId,
    ],
  ])('also reports %s as damaged', (_, change, why, runId) => {
    const text = typeof change === 'string' ? change : JSON.stringify({ ...run, ...change });
    expect(readRun(store(text))).toEqual({ kind: 'damaged', why, runId });
    expect(loadRun(store(text))).toBeNull();
  });
});

describe('when a saved run is too old to resume', () => {
  const layout = { header: ['school', 'sex'], dataRows: 300 };
  const started = Date.parse(run.startedAt);

  it('gives up after exactly one day', () => {
    expect(ABANDON_AFTER_MS).toBe(86_400_000);
  });

  it('resumes a run started exactly a day ago, and not one started a millisecond earlier', () => {
    expect(whyNotResumable(run, new Date('2026-11-27T10:00:00.000Z'), layout)).toBeNull();
    expect(whyNotResumable(run, new Date('2026-11-27T10:00:00.001Z'), layout)).toBe(
      'it started more than a day ago, and the roster may have changed since',
    );
    expect(whyNotResumable(run, new Date(started + 23 * 60 * 60 * 1000), layout)).toBeNull();
  });

  it('says why before looking at the header or the rows', () => {
    const changed = { header: ['other'], dataRows: 0 };
    expect(whyNotResumable(run, new Date('2026-11-28T10:00:00.000Z'), changed)).toBe(
      'it started more than a day ago, and the roster may have changed since',
    );
  });
});

describe('when rows of the roster were deleted meanwhile', () => {
  const now = new Date('2026-11-26T10:05:00.000Z');

  it('resumes while the roster still has the next row to score, and not once it lost rows before it', () => {
    expect(whyNotResumable(run, now, { header: ['school', 'sex'], dataRows: 120 })).toBeNull();
    expect(whyNotResumable(run, now, { header: ['school', 'sex'], dataRows: 119 })).toBe(
      'rows were deleted from the Students sheet while it was under way',
    );
  });

  it('names a changed header first', () => {
    expect(whyNotResumable(run, now, { header: ['school'], dataRows: 0 })).toBe(
      "the Students sheet's columns changed while it was under way",
    );
  });
});

describe("what a saved run keeps of the roster's header", () => {
  const now = new Date('2026-11-26T10:05:00.000Z');
  const layout = (header: string[]) => ({ header, dataRows: 300 });
  const long = ['school', 'x'.repeat(50_000), 'sex'];

  it('is "sha256:" and the SHA-256 of the UTF-8 cells joined with tabs, each cell as text', () => {
    const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    expect(headerDigest(['school', 'sex'])).toBe(`sha256:${hex('school\tsex')}`);
    expect(headerDigest(['école', 3, true, null])).toBe(`sha256:${hex('école\t3\ttrue\tnull')}`);
    expect(headerDigest([])).toBe('sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  it('resumes a run whose header digest matches a header with cells that are not text', () => {
    const header = ['school', 7, null];
    const saved = { ...run, header: headerDigest(header) };
    expect(whyNotResumable(saved, now, { header, dataRows: 300 })).toBeNull();
    expect(whyNotResumable({ ...run, header: 'school\t7\tnull' }, now, { header, dataRows: 300 })).toBeNull();
  });

  it('is a digest of a fixed size, however long the headers (a document property holds at most 9 KB)', () => {
    expect(headerDigest(long)).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(headerDigest(long)).not.toBe(headerDigest(['school', 'x'.repeat(49_999), 'sex']));
  });

  it('resumes while the header is unchanged, and not once a header changed', () => {
    const saved = { ...run, header: headerDigest(long) };
    expect(whyNotResumable(saved, now, layout(long))).toBeNull();
    expect(whyNotResumable(saved, now, layout(['school', 'sex', 'x'.repeat(50_000)]))).toBe(
      "the Students sheet's columns changed while it was under way",
    );
  });

  it('still resumes a run saved by an earlier version, which kept the header text itself', () => {
    expect(whyNotResumable(run, now, layout(['school', 'sex']))).toBeNull();
    expect(whyNotResumable(run, now, layout(['school', 'age']))).toBe(
      "the Students sheet's columns changed while it was under way",
    );
  });
});

const finished: FinishedRun = {
  runId: run.runId,
  version: 3,
  scored: 70,
  notScored: 0,
  tiers: { High: 22, Medium: 40, Low: 8 },
  expectedCatch: 0.4,
  tie: null,
  notes: [],
  logRowsDeleted: 0,
};

describe('the scoring summary', () => {
  it('reads as before when nothing ties at the cut and nothing was damaged', () => {
    expect(scoringSummary(finished)).toBe(
      'Scored 70 students with model version 3: 22 High, 40 Medium, 8 Low. From cross-validation, the High tier ' +
        'should contain about 40% of the students who will fail.',
    );
  });

  it('says how many students share the risk at the cut-off and that none of them is High', () => {
    expect(scoringSummary({ ...finished, tie: { risk: 0.4123, students: 12, placesLeft: 3 } })).toBe(
      'Scored 70 students with model version 3: 22 High, 40 Medium, 8 Low. 12 students share the risk at the ' +
        "High tier's cut-off (41.2%) and only 3 High places were left: none of them is marked High (equal risks " +
        'get equal tiers; PassCompass does not choose among them by row order). Counsellors with room can start ' +
        'with them. From cross-validation, the High tier should contain about 40% of the students who will fail.',
    );
  });

  it('says so when every student has the same risk', () => {
    const all = {
      ...finished,
      tiers: { High: 0, Medium: 70, Low: 0 },
      expectedCatch: Number.NaN,
      tie: { risk: 0.3, students: 70, placesLeft: 25 },
    };
    expect(scoringSummary(all)).toBe(
      'Scored 70 students with model version 3: 0 High, 70 Medium, 0 Low. Every scored student has the same ' +
        'risk (30.0%): the model cannot rank them, so none is marked High.',
    );
  });

  it('ends with its notes, one a line', () => {
    expect(
      scoringSummary({ ...finished, notes: ['First note.', 'Second note.'] })
        .split('\n')
        .slice(1),
    ).toEqual(['First note.', 'Second note.']);
  });
});

describe('finishing a run whose inference-log rows were deleted meanwhile', () => {
  it('writes the tiers to the roster, leaves the log tiers alone and says why, instead of failing', () => {
    const risks: CellValue[] = [0.9, 0.8, 0.1, 0.2];
    const written: CellValue[][][] = [];
    const roster: RosterSheet = {
      layout: () => ({ header: [], dataRows: 4 }),
      readRows: () => [],
      ensureColumns: () => ({ columns: [], headers: [] }),
      writeColumns: (_columns: readonly number[], _first: number, values: CellValue[][]) => {
        written.push(values);
      },
      readColumn: (column: number) => (column === run.columns.risk ? risks : risks.map(() => 'a reason')),
      style: () => undefined,
    } as unknown as RosterSheet;
    const logWrites: number[][] = [];
    const log: InferenceLog = {
      append: () => 2,
      rowsWhere: () => [2, 3, 4], // one of the four rows was deleted by hand
      writeCells: (_column, rows) => {
        logWrites.push([...rows]);
      },
      deleteRows: () => undefined,
      trim: () => 0,
    };
    const version = { version: 1, catchCurve: null } as unknown as Parameters<typeof finishRun>[2];
    const done = finishRun(
      { roster, log, settings: { ...DEFAULT_SETTINGS, capacity: 2 } },
      { ...run, dataRows: 4 },
      version,
      ['An earlier note.'],
    );
    // The tiers, and the Main reasons of the Low rows turned neutral, in one write.
    expect(written).toEqual([
      [
        ['High', 'a reason'],
        ['High', 'a reason'],
        ['Low', 'No strong risk factors'],
        ['Low', 'No strong risk factors'],
      ],
    ]);
    expect(logWrites).toEqual([]);
    expect(done.notes).toEqual([
      'An earlier note.',
      `The Inference log holds 3 rows of this run (${run.runId}) for 4 students scored: rows were deleted or ` +
        'edited meanwhile. The tiers are in the Students sheet; the log rows keep a blank Tier rather than one ' +
        'that could belong to another student.',
    ]);
  });
});
