/**
 * The last step of a scoring run on in-memory sheets: the tiers and rewritten reasons written to the roster, the
 * tiers written to this run's inference-log rows, the header notes, the log trimmed, and the figures and notes
 * of the summary.
 */
import type { CatchCurve } from '../../src/core/scoring/catch-curve';
import type { ModelVersion } from '../../src/core/registry/model-version';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { CellValue, InferenceLog, RosterSheet } from '../../src/jobs/ports';
import {
  type FinishedRun,
  MAX_LOG_ROWS,
  finishRun,
  scoringSummary,
  tierRuleOf,
} from '../../src/jobs/score/finish-run';
import type { ScoringRun } from '../../src/jobs/score/scoring-run';

const COLUMNS = { risk: 5, tier: 6, reasons: 7, version: 8, scoredAt: 9 };
const RUN_ID = 'S-2026-12-01T08:00:00.000Z-aaaaaaaa';

/** PassCompass's risk and reasons columns of the roster, one cell a data row; records what is written. */
class ColumnsRoster implements RosterSheet {
  readonly columnReads: [number, number][] = [];
  readonly writes: { columns: number[]; first: number; values: CellValue[][] }[] = [];
  readonly styled: {
    columns: unknown;
    dataRows: number;
    notes: { risk: string; tier: string; reasons: string };
  }[] = [];
  constructor(
    private readonly risks: CellValue[],
    private readonly reasons: CellValue[],
  ) {}
  layout(): { header: CellValue[]; dataRows: number } {
    throw new Error('finishRun reads no layout');
  }
  readRows(): CellValue[][] {
    throw new Error('finishRun reads no rows');
  }
  ensureColumns(): { columns: number[]; headers: string[] } {
    throw new Error('finishRun adds no columns');
  }
  writeColumns(columns: readonly number[], first: number, values: CellValue[][]) {
    this.writes.push({ columns: [...columns], first, values });
  }
  readColumn(column: number, count: number) {
    this.columnReads.push([column, count]);
    if (column === COLUMNS.risk) return this.risks.slice(0, count);
    if (column === COLUMNS.reasons) return this.reasons.slice(0, count);
    throw new Error(`finishRun reads no column ${column}`);
  }
  style(columns: unknown, dataRows: number, notes: { risk: string; tier: string; reasons: string }) {
    this.styled.push({ columns, dataRows, notes });
  }
}

/** The Inference log: `runs[i]` is the run id of sheet row i + 2. */
class RunsLog implements InferenceLog {
  readonly cellWrites: { column: number; rows: number[]; values: CellValue[] }[] = [];
  readonly trims: number[] = [];
  readonly looked: [number, CellValue][] = [];
  constructor(
    private readonly runs: string[],
    private readonly trimmed = 0,
  ) {}
  append(): number {
    throw new Error('finishRun appends nothing');
  }
  rowsWhere(column: number, value: CellValue) {
    this.looked.push([column, value]);
    return this.runs.flatMap((run, i) => (run === value ? [i + 2] : []));
  }
  writeCells(column: number, rows: readonly number[], values: readonly CellValue[]) {
    this.cellWrites.push({ column, rows: [...rows], values: [...values] });
  }
  deleteRows(): void {
    throw new Error('finishRun deletes no rows');
  }
  trim(maxRows: number) {
    this.trims.push(maxRows);
    return this.trimmed;
  }
}

/** A catch curve read easily: the top i% hold i% of the failures; risks from i/100 up hold 1 - i/200 of them. */
const CURVE: CatchCurve = {
  byShare: Array.from({ length: 101 }, (_, i) => i / 100),
  byThreshold: Array.from({ length: 101 }, (_, i) => 1 - i / 200),
  failRate: 0.3,
  rows: 395,
};

function version(changes: Partial<ModelVersion> = {}): ModelVersion {
  return {
    version: 3,
    createdAt: '2026-11-26T10:02:00.000Z',
    experimentId: 'R-1',
    dataFingerprint: '',
    rows: 395,
    mode: 'early',
    features: [],
    metrics: {},
    threshold: 0.5,
    modelJson: '{}',
    checksum: '',
    status: 'champion',
    catchCurve: CURVE,
    referenceSample: '',
    evidence: null,
    checksumCovers: 'all',
    ...changes,
  };
}

function run(dataRows: number): ScoringRun {
  return {
    runId: RUN_ID,
    version: 3,
    startedAt: '2026-12-01T08:00:00.000Z',
    dataRows,
    width: 5,
    nextRow: dataRows,
    columns: COLUMNS,
    logged: dataRows,
    header: 'sha256:0',
  };
}

function finish(
  cells: [CellValue, CellValue][],
  options: {
    settings?: Partial<Settings>;
    logRuns?: string[];
    version?: ModelVersion;
    notes?: string[];
    trimmed?: number;
  } = {},
) {
  const roster = new ColumnsRoster(
    cells.map(([risk]) => risk),
    cells.map(([, reasons]) => reasons),
  );
  const logRuns = options.logRuns ?? cells.filter(([, reasons]) => reasons !== '').map(() => RUN_ID);
  const log = new RunsLog(logRuns, options.trimmed);
  const deps = { roster, log, settings: { ...DEFAULT_SETTINGS, ...options.settings } };
  const result = options.notes
    ? finishRun(deps, run(cells.length), options.version ?? version(), options.notes)
    : finishRun(deps, run(cells.length), options.version ?? version());
  return { result, roster, log };
}

const BLANK = 'Blank, counted as average: health.';
const LOW = 'No strong risk factors';

describe('finishing a scoring run', () => {
  /** Risk and Main reasons as the blocks wrote them, a hand-typed risk or two included. */
  const ROSTER: [CellValue, CellValue][] = [
    [0.9, 'absences: many'],
    [0.2, `going out with friends: high. ${BLANK}`],
    ['', ''], // an empty row: no reasons, no log row
    ['', 'Not scored: 4 values are blank (a, b, c, …).'],
    [0, 'age: 19'],
    [1, '3 past class failures'],
    [0.5, 'no internet access at home'],
    [1.5, 'typed over by hand'],
    [-0.2, 'typed over by hand'],
  ];

  it('writes tiers and the reasons for each tier to the roster in one write', () => {
    const { roster } = finish(ROSTER, { settings: { capacity: 2, mediumFrom: 0.3 } });
    expect(roster.columnReads).toEqual([
      [COLUMNS.risk, 9],
      [COLUMNS.reasons, 9],
    ]);
    expect(roster.writes).toEqual([
      {
        columns: [COLUMNS.tier, COLUMNS.reasons],
        first: 0,
        values: [
          ['High', 'absences: many'],
          ['Low', `${LOW}. ${BLANK}`],
          ['', ''],
          ['', 'Not scored: 4 values are blank (a, b, c, …).'],
          ['Low', LOW],
          ['High', '3 past class failures'],
          ['Medium', 'no internet access at home'],
          ['', 'typed over by hand'],
          ['', 'typed over by hand'],
        ],
      },
    ]);
  });

  it("writes the tiers to this run's log rows only, one per row with something in it", () => {
    const logRuns = [RUN_ID, RUN_ID, 'S-other', RUN_ID, RUN_ID, RUN_ID, 'S-other', RUN_ID, RUN_ID, RUN_ID];
    const { log, result } = finish(ROSTER, { settings: { capacity: 2 }, logRuns });
    expect(log.looked).toEqual([[1, RUN_ID]]);
    expect(log.cellWrites).toEqual([
      {
        column: 5,
        rows: [2, 3, 5, 6, 7, 9, 10, 11],
        values: ['High', 'Low', '', 'Low', 'High', 'Medium', '', ''],
      },
    ]);
    expect(result.notes).toEqual([]);
  });

  it('counts the scored rows, the rows not scored and each tier, and reads the catch curve at the High tier', () => {
    const { result } = finish(ROSTER, { settings: { capacity: 2 }, trimmed: 7 });
    expect(result).toEqual({
      runId: RUN_ID,
      version: 3,
      scored: 5,
      notScored: 3,
      tiers: { High: 2, Medium: 1, Low: 2 },
      // The top 2 of 5 scored: 40% of the students, who hold 40% of the failures on this curve.
      expectedCatch: 0.4,
      tie: null,
      notes: [],
      logRowsDeleted: 7,
    });
    expect(scoringSummary(result)).toBe(
      'Scored 5 students with model version 3: 2 High, 1 Medium, 2 Low; 3 rows not scored (see Main reasons). ' +
        'From cross-validation, the High tier should contain about 40% of the students who will fail.',
    );
  });

  it('counts no row as not scored when a teacher cleared the reasons of a scored row', () => {
    // Row 3 has a risk but its Main reasons cell was cleared: it is scored, and nothing is "not scored".
    const { result } = finish(
      [
        [0.9, 'a'],
        [0.5, ''],
      ],
      { settings: { capacity: 1 } },
    );
    expect(result).toMatchObject({ scored: 2, notScored: 0 });
  });

  it('trims the log to its bound and notes on the headers how the tiers were chosen', () => {
    const { roster, log } = finish(ROSTER, { settings: { capacity: 2, passMark: 12 } });
    expect(MAX_LOG_ROWS).toBe(50_000);
    expect(log.trims).toEqual([50_000]);
    expect(roster.styled).toEqual([
      {
        columns: COLUMNS,
        dataRows: 9,
        notes: {
          risk:
            "Risk of failing: the model's estimate of the chance that this student's final grade (G3) ends " +
            'below 12, the pass mark in Settings. It says whom to talk to first; it is not a verdict, and many ' +
            'students at high risk pass.',
          tier:
            'Tier, at the last scoring run: High = the 2 highest risks, as the capacity in Settings is 2: this ' +
            'time 90.0% and above. A student just below 90.0% is not High: the places were taken. Medium = the ' +
            'others from 30%; Low = below 30% (Settings).',
          reasons: expect.stringMatching(/^Main reasons: /) as unknown as string,
        },
      },
    ]);
  });

  it('uses risk thresholds when the settings say so, and reads the curve at the High threshold', () => {
    const { result, roster } = finish(ROSTER, {
      settings: { tierRule: 'thresholds', highFrom: 0.6, mediumFrom: 0.25, capacity: 1 },
    });
    expect(roster.writes[0]?.values.map(([tier]) => tier)).toEqual([
      'High',
      'Low',
      '',
      '',
      'Low',
      'High',
      'Medium',
      '',
      '',
    ]);
    expect(result).toMatchObject({ scored: 5, notScored: 3, tiers: { High: 2, Medium: 1, Low: 2 } });
    // Risks from 60% up hold 1 - 60/200 = 70% of the failures on this curve.
    expect(result.expectedCatch).toBeCloseTo(0.7, 12);
  });

  it('still reads the curve under thresholds that put nobody in the High tier', () => {
    const { result } = finish(
      [
        [0.2, 'a'],
        [0.4, 'b'],
      ],
      { settings: { tierRule: 'thresholds', highFrom: 0.9, mediumFrom: 0.3 } },
    );
    expect(result.tiers).toEqual({ High: 0, Medium: 1, Low: 1 });
    expect(result.expectedCatch).toBeCloseTo(0.55, 12);
  });

  it('gives no share caught when the version has no catch curve', () => {
    const { result } = finish(ROSTER, { settings: { capacity: 2 }, version: version({ catchCurve: null }) });
    expect(result.expectedCatch).toBeNaN();
    expect(result.notes).toEqual([]);
  });

  it('passes on the notes it is given, and adds none of its own when all is well', () => {
    const { result } = finish(ROSTER, { settings: { capacity: 2 }, notes: ['An earlier note.'] });
    expect(result.notes).toEqual(['An earlier note.']);
  });

  it('says why a version recorded by an earlier PassCompass gives no share caught', () => {
    const { result } = finish(ROSTER, {
      settings: { capacity: 2 },
      version: version({ checksumCovers: 'model', catchCurve: null }),
      notes: ['An earlier note.'],
      logRuns: [RUN_ID],
    });
    expect(result.notes).toEqual([
      'An earlier note.',
      `The Inference log holds 1 row of this run (${RUN_ID}) for 8 students scored: rows were deleted or ` +
        'edited meanwhile. The tiers are in the Students sheet; the log rows keep a blank Tier rather than one ' +
        'that could belong to another student.',
      'No share of failures caught is given: version 3 was recorded by an earlier PassCompass and its catch ' +
        'curve is not covered by its checksum. Train a new version to have one.',
    ]);
  });
});

describe('equal risks at the High cut-off', () => {
  it('leave the whole group out of High, read the curve at the High tier as marked, and say so', () => {
    const { result, roster } = finish(
      [
        [0.9, 'a'],
        [0.7, 'b'],
        [0.7, 'c'],
        [0.7, 'd'],
        [0.1, 'e'],
      ],
      { settings: { capacity: 2, mediumFrom: 0.3 } },
    );
    expect(roster.writes[0]?.values.map(([tier]) => tier)).toEqual([
      'High',
      'Medium',
      'Medium',
      'Medium',
      'Low',
    ]);
    expect(result).toMatchObject({
      scored: 5,
      notScored: 0,
      tiers: { High: 1, Medium: 3, Low: 1 },
      tie: { risk: 0.7, students: 3, placesLeft: 1 },
    });
    // One High student of five: 20%, not the 40% of a capacity of 2.
    expect(result.expectedCatch).toBeCloseTo(0.2, 12);
    expect(scoringSummary(result)).toBe(
      'Scored 5 students with model version 3: 1 High, 3 Medium, 1 Low. 3 students share the risk at the High ' +
        "tier's cut-off (70.0%) and only 1 High place was left: none of them is marked High (equal risks get " +
        'equal tiers; PassCompass does not choose among them by row order). Counsellors with room can start ' +
        'with them. From cross-validation, the High tier should contain about 20% of the students who will fail.',
    );
  });

  it('give no share caught when nobody is High', () => {
    const { result } = finish(
      [
        [0.4, 'a'],
        [0.4, 'b'],
        [0.4, 'c'],
      ],
      { settings: { capacity: 2 } },
    );
    expect(result).toMatchObject({
      tiers: { High: 0, Medium: 3, Low: 0 },
      tie: { risk: 0.4, students: 3, placesLeft: 2 },
    });
    expect(result.expectedCatch).toBeNaN();
    expect(scoringSummary(result)).toBe(
      'Scored 3 students with model version 3: 0 High, 3 Medium, 0 Low. Every scored student has the same risk ' +
        '(40.0%): the model cannot rank them, so none is marked High.',
    );
  });
});

describe('a short read of the Main reasons column', () => {
  it('counts a missing reasons cell as blank', () => {
    const roster = new ColumnsRoster([0.9, ''], ['absences: many']);
    const log = new RunsLog([RUN_ID]);
    const result = finishRun(
      { roster, log, settings: { ...DEFAULT_SETTINGS, capacity: 1 } },
      run(2),
      version(),
    );
    expect(roster.writes[0]?.values).toEqual([
      ['High', 'absences: many'],
      ['', ''],
    ]);
    expect(result).toMatchObject({ scored: 1, notScored: 0 });
  });
});

describe('the tier rule of the settings', () => {
  const settings: Settings = { ...DEFAULT_SETTINGS, capacity: 7, highFrom: 0.65, mediumFrom: 0.35 };

  it('is a capacity with its Medium bound', () => {
    expect(tierRuleOf({ ...settings, tierRule: 'capacity' })).toEqual({
      kind: 'capacity',
      capacity: 7,
      mediumFrom: 0.35,
    });
  });

  it('or thresholds', () => {
    expect(tierRuleOf({ ...settings, tierRule: 'thresholds' })).toEqual({
      kind: 'thresholds',
      highFrom: 0.65,
      mediumFrom: 0.35,
    });
  });
});

describe('the scoring summary of a run', () => {
  const finished: FinishedRun = {
    runId: RUN_ID,
    version: 2,
    scored: 10,
    notScored: 0,
    tiers: { High: 3, Medium: 4, Low: 3 },
    expectedCatch: Number.NaN,
    tie: { risk: 0.5, students: 4, placesLeft: 2 },
    notes: [],
    logRowsDeleted: 0,
  };

  it('says how many High places were left, in the plural', () => {
    expect(scoringSummary(finished)).toBe(
      'Scored 10 students with model version 2: 3 High, 4 Medium, 3 Low. 4 students share the risk at the High ' +
        "tier's cut-off (50.0%) and only 2 High places were left: none of them is marked High (equal risks get " +
        'equal tiers; PassCompass does not choose among them by row order). Counsellors with room can start ' +
        'with them.',
    );
  });

  it('says how many rows were not scored', () => {
    expect(scoringSummary({ ...finished, tie: null, notScored: 1 })).toBe(
      'Scored 10 students with model version 2: 3 High, 4 Medium, 3 Low; 1 row not scored (see Main reasons).',
    );
  });
});
