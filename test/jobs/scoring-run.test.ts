import { DEFAULT_SETTINGS } from '../../src/core/settings';
import type { CellValue, InferenceLog, KeyValueStore, RosterSheet } from '../../src/jobs/ports';
import { type FinishedRun, finishRun, scoringSummary } from '../../src/jobs/score/finish-run';
import {
  RUN_KEY,
  type ScoringRun,
  headerDigest,
  loadRun,
  readRun,
  whyNotResumable,
} from '../../src/jobs/score/scoring-run';

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

describe("what a saved run keeps of the roster's header", () => {
  const now = new Date('2026-11-26T10:05:00.000Z');
  const layout = (header: string[]) => ({ header, dataRows: 300 });
  const long = ['school', 'x'.repeat(50_000), 'sex'];

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
