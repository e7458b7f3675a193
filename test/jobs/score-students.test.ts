/**
 * Score students end to end on in-memory sheets: the roster cells PassCompass writes (and only those), the
 * inference-log rows, the saved state of a run scored in blocks, and every way a run is started, continued,
 * refused, abandoned or repaired.
 */
import { createHash } from 'node:crypto';
import { DataError } from '../../src/core/errors';
import { STATUS_COLUMN } from '../../src/core/registry/model-version';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings';
import type { CellValue, InferenceLog, OwnColumn, RosterSheet } from '../../src/jobs/ports';
import {
  ABANDONED_TIER,
  CELLS_PER_EXECUTION,
  OWN_COLUMNS,
  OWN_HEADERS,
  ROWS_PER_EXECUTION_KEY,
  SALT_KEY,
  type ScoreDeps,
  type ScoreResult,
  type ScoringRequest,
  pendingRun,
  scoreStudents,
} from '../../src/jobs/score/score-students';
import { RUN_KEY, type ScoringRun } from '../../src/jobs/score/scoring-run';
import { InMemoryRecordSheet, MapStore, nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

/** The Students sheet in memory: rows below the header, PassCompass's columns appended at the right. */
class FakeRoster implements RosterSheet {
  readonly ensured: { headers: string[]; header: CellValue[]; dataRows: number }[] = [];
  readonly writes: { columns: number[]; first: number; values: CellValue[][] }[] = [];
  readonly reads: [number, number, number][] = [];
  readonly styled: { columns: unknown; dataRows: number }[] = [];
  /** Throws from `readRows` while true (an execution that dies in its first block). */
  failReads = false;
  constructor(
    public header: CellValue[],
    public rows: CellValue[][],
  ) {}
  layout() {
    return { header: [...this.header], dataRows: this.rows.length };
  }
  readRows(first: number, count: number, width: number) {
    this.reads.push([first, count, width]);
    if (this.failReads) throw new Error('Exceeded maximum execution time');
    return this.rows
      .slice(first, first + count)
      .map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
  }
  ensureColumns(columns: readonly OwnColumn[], header: readonly CellValue[], dataRows: number) {
    this.ensured.push({ headers: columns.map((c) => c.header), header: [...header], dataRows });
    const indexes = columns.map((column) => {
      const at = this.header.indexOf(column.header);
      if (at >= 0) return at;
      this.header.push(column.header);
      for (const row of this.rows) row.length = this.header.length - 1;
      return this.header.length - 1;
    });
    return { columns: indexes, headers: indexes.map((i) => String(this.header[i])) };
  }
  writeColumns(columns: readonly number[], first: number, values: CellValue[][]) {
    this.writes.push({ columns: [...columns], first, values: values.map((row) => [...row]) });
    values.forEach((row, r) =>
      row.forEach((value, k) => {
        (this.rows[first + r] as CellValue[])[columns[k] as number] = value;
      }),
    );
  }
  readColumn(column: number, count: number) {
    return this.rows.slice(0, count).map((row) => row[column] ?? '');
  }
  style(columns: unknown, dataRows: number) {
    this.styled.push({ columns, dataRows });
  }
  /** PassCompass's five columns of every data row. */
  own(): CellValue[][] {
    const at = OWN_HEADERS.map((h) => this.header.indexOf(h));
    return this.rows.map((row) => at.map((i) => row[i] ?? ''));
  }
}

/** The Inference log in memory: sheet row 2 is `rows[0]`. */
class FakeLog implements InferenceLog {
  rows: CellValue[][] = [];
  readonly appended: number[] = [];
  readonly deleted: number[][] = [];
  readonly cellWrites: { column: number; rows: number[]; values: CellValue[] }[] = [];
  append(rows: CellValue[][]) {
    const first = this.rows.length + 2;
    this.rows.push(...rows.map((row) => [...row]));
    this.appended.push(rows.length);
    return first;
  }
  rowsWhere(column: number, value: CellValue) {
    return this.rows.flatMap((row, i) => (row[column] === value ? [i + 2] : []));
  }
  writeCells(column: number, rows: readonly number[], values: readonly CellValue[]) {
    this.cellWrites.push({ column, rows: [...rows], values: [...values] });
    rows.forEach((row, i) => {
      (this.rows[row - 2] as CellValue[])[column] = values[i] as CellValue;
    });
  }
  deleteRows(rows: readonly number[]) {
    this.deleted.push([...rows]);
    const gone = new Set(rows);
    this.rows = this.rows.filter((_, i) => !gone.has(i + 2));
  }
  trim(maxRows: number) {
    const over = Math.max(0, this.rows.length - maxRows);
    this.rows.splice(0, over);
    return over;
  }
}

const NOW = '2026-12-01T08:00:00.000Z';
const RUN_A = `S-${NOW}-aaaaaaaa`;
const SALT_B = 'bbbbbbbb-1111-2222-3333-444444444444';
const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
/** The pseudonym of `key` under `salt`, computed here from its definition (salted SHA-256, 16 hex digits). */
const key = (salt: string, rowKey: string) => sha256(`${salt}\u0000${rowKey}`).slice(0, 16);

/** Version 1, the champion, trained on the Math sample (early term: 30 attributes, no grades). */
let trained: Sheets;
let HEADER: CellValue[];
let MATH: CellValue[][];
beforeAll(() => {
  trained = emptySheets();
  train(trained);
  const [header, ...rows] = trained.students.values as [CellValue[], ...CellValue[][]];
  HEADER = header;
  MATH = rows;
});

/** Risks of Math rows 0-6 (sheet rows 2-8 of the sample) under version 1, as the model gives them. */
const RISK = [0.350983, 0.27188, 0.533944, 0.229123, 0.238333, 0.134583, 0.365645];
const risk = (i: number) => expect.closeTo(RISK[i] as number, 5) as unknown as number;
const REASONS_0 =
  'going out with friends: high; no internet access at home; already receives extra educational support ' +
  'from the school';
const REASONS_1 = "mother's education: primary school (4th grade)";

/** Math row `i`, a fresh copy. */
const math = (i: number): CellValue[] => [...(MATH[i] as CellValue[])];
const blankRow = (): CellValue[] => HEADER.map(() => '');
/** Math row 1 with four of the model's inputs blank: more than the three a row may have and be scored. */
function fourBlanks(): CellValue[] {
  const row = math(1);
  for (const name of ['famrel', 'freetime', 'goout', 'health']) row[HEADER.indexOf(name)] = '';
  return row;
}
const NOT_SCORED =
  'Not scored: 4 values are blank (quality of family relationships, free time after school, going out with friends, …).';

interface World {
  deps: ScoreDeps;
  roster: FakeRoster;
  log: FakeLog;
  store: MapStore;
  clock: { now: number };
  run(request?: ScoringRequest): ScoreResult;
  saved(): ScoringRun;
}

function world(
  rows: CellValue[][],
  options: {
    header?: CellValue[];
    settings?: Partial<Settings>;
    rowsPerExecution?: number;
    sheets?: Pick<Sheets, 'versions' | 'aliases'>;
  } = {},
): World {
  const roster = new FakeRoster([...(options.header ?? HEADER)], rows);
  const log = new FakeLog();
  const store = new MapStore();
  const clock = { now: Date.parse(NOW) };
  let uuids = 0;
  const sheets = options.sheets ?? trained;
  const deps: ScoreDeps = {
    versions: sheets.versions,
    aliases: sheets.aliases,
    roster,
    log,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    digests: nodeDigests,
    store,
    now: () => new Date(clock.now),
    uuid: () => `${'abcdefgh'.charAt(uuids++).repeat(8)}-1111-2222-3333-444444444444`,
    ...(options.rowsPerExecution === undefined ? {} : { rowsPerExecution: options.rowsPerExecution }),
  };
  return {
    deps,
    roster,
    log,
    store,
    clock,
    run: (request = { kind: 'menu', resume: null }) => scoreStudents(deps, request),
    saved: () => JSON.parse(store.get(RUN_KEY) ?? 'null') as ScoringRun,
  };
}

/** A log row of run `runId` as a block writes it (the tier is filled in when the run finishes). */
function logRow(runId: string, rowKey: string, riskCell: CellValue, mathRow: number, tier = ''): CellValue[] {
  return [
    new Date(NOW),
    runId,
    1,
    key(SALT_B, rowKey),
    riskCell,
    tier,
    JSON.stringify(math(mathRow).slice(0, 30)),
  ];
}

const OWN_34 = { risk: 34, tier: 35, reasons: 36, version: 37, scoredAt: 38 };
const headerAfter = () => `sha256:${sha256([...HEADER, ...OWN_HEADERS].map(String).join('\t'))}`;

describe('Score students in one execution', () => {
  it('writes risk, tier, reasons, version and time in its own five columns, blanks for an empty row', () => {
    const w = world([math(0), math(1), blankRow(), fourBlanks(), math(2)], { settings: { capacity: 1 } });
    const result = w.run();

    expect(result).toEqual({
      status: 'finished',
      runId: RUN_A,
      version: 1,
      scored: 3,
      notScored: 1,
      tiers: { High: 1, Medium: 1, Low: 1 },
      expectedCatch: expect.any(Number) as unknown as number,
      tie: null,
      notes: [],
      logRowsDeleted: 0,
    });
    expect(w.roster.header).toEqual([...HEADER, ...OWN_HEADERS]);
    expect(w.roster.ensured).toEqual([{ headers: [...OWN_HEADERS], header: HEADER, dataRows: 5 }]);
    const at = new Date(NOW);
    expect(w.roster.own()).toEqual([
      [risk(0), 'Medium', REASONS_0, 1, at],
      [risk(1), 'Low', 'No strong risk factors', 1, at],
      ['', '', '', '', ''],
      ['', '', NOT_SCORED, 1, at],
      [risk(2), 'High', '3 past class failures', 1, at],
    ]);
    // The teacher's 34 columns are read once, and never written.
    expect(w.roster.reads).toEqual([[0, 5, 34]]);
    expect(w.roster.writes[0]).toEqual({
      columns: [34, 36, 37, 38],
      first: 0,
      values: [
        [risk(0), REASONS_0, 1, at],
        [risk(1), REASONS_1, 1, at],
        ['', '', '', ''],
        ['', NOT_SCORED, 1, at],
        [risk(2), '3 past class failures', 1, at],
      ],
    });
    expect(w.roster.styled).toEqual([{ columns: OWN_34, dataRows: 5 }]);
  });

  it('logs one row per row with something in it, under a pseudonym made with a new salt it keeps', () => {
    const w = world([math(0), blankRow(), fourBlanks(), math(1)], { settings: { capacity: 1 } });
    w.run();
    const notScoredInputs = JSON.stringify(
      math(1)
        .slice(0, 30)
        .map((cell, i) =>
          ['famrel', 'freetime', 'goout', 'health'].includes(String(HEADER[i])) ? null : cell,
        ),
    );
    expect(w.log.appended).toEqual([3]);
    expect(w.log.rows).toEqual([
      logRow(RUN_A, 'row 2', risk(0), 0, 'High'),
      [new Date(NOW), RUN_A, 1, key(SALT_B, 'row 4'), '', '', notScoredInputs],
      logRow(RUN_A, 'row 5', risk(1), 1, 'Low'),
    ]);
    expect(w.store.get(SALT_KEY)).toBe(SALT_B);
    expect(w.store.get(RUN_KEY)).toBeNull();
    expect([...w.store.values.keys()]).toEqual([SALT_KEY]);
  });

  it('keeps using the salt the document already has', () => {
    const w = world([math(0)]);
    w.store.set(SALT_KEY, 'pepper');
    w.run();
    expect(w.log.rows.map((row) => row[3])).toEqual([key('pepper', 'row 2')]);
    expect(w.store.get(SALT_KEY)).toBe('pepper');
  });

  it('appends nothing to the log when every row is empty', () => {
    const w = world([blankRow(), blankRow()]);
    expect(w.run()).toMatchObject({ status: 'finished', scored: 0, notScored: 0 });
    expect(w.log.appended).toEqual([]);
    expect(w.roster.own()).toEqual([
      ['', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('passes on the problems of the registry and of the block size as notes, in that order', () => {
    const versions = new InMemoryRecordSheet(trained.versions.rows());
    (versions.data[0] as CellValue[])[STATUS_COLUMN] = '';
    const w = world([math(0), math(1)], { sheets: { versions, aliases: trained.aliases } });
    w.store.set(ROWS_PER_EXECUTION_KEY, 'lots');
    const result = w.run();
    expect(result.status === 'finished' && result.notes).toEqual([
      'Versions: the Status column disagrees with the Aliases history (row 2 says nothing for champion). The ' +
        'Aliases decide: the champion is version 1 and the challenger no version; the Status column is ' +
        'rewritten to match at the next Train model, Promote or Roll back.',
      `The document property ${ROWS_PER_EXECUTION_KEY} is "lots", not a whole number of rows from 1; it was ` +
        'ignored, and each execution scored as many rows as the cost model allows.',
    ]);
  });
});

describe('what PassCompass counts as its own cells', () => {
  const holds = (header: string) => (OWN_COLUMNS.find((c) => c.header === header) as OwnColumn).holds;

  it('names its five columns in order', () => {
    expect(OWN_HEADERS).toEqual(['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at']);
    expect(OWN_COLUMNS.map((c) => c.header)).toEqual([...OWN_HEADERS]);
    expect(SALT_KEY).toBe('passcompass.salt');
    expect(ROWS_PER_EXECUTION_KEY).toBe('passcompass.rowsPerExecution');
    expect(ABANDONED_TIER).toBe('Not finished');
    expect(CELLS_PER_EXECUTION).toBe(1_500_000);
  });

  it.each<[string, CellValue[], CellValue[]]>([
    ['Risk of failing', ['', 0, 0.5, 1], [-0.01, 1.01, '0.5', 'x', true, new Date(NOW)]],
    ['Tier', ['', 'High', 'Medium', 'Low'], ['high', 'Not finished', 'toString', 'constructor', 1, true]],
    ['Main reasons', ['', 'Not scored: x', 'anything'], [0, 1, true, new Date(NOW)]],
    ['Model version', ['', 1, 2, 40], [0, -1, 1.5, '1', true, new Date(NOW)]],
    ['Scored at', ['', new Date(NOW)], ['2026-12-01', 0, 1, true, 'x']],
  ])('%s holds %j and nothing like %j', (header, yes, no) => {
    expect(yes.map(holds(header))).toEqual(yes.map(() => true));
    expect(no.map(holds(header))).toEqual(no.map(() => false));
  });
});

describe('a roster scored in blocks', () => {
  it('saves the run after each block and continues it from the next row in the background', () => {
    const w = world([math(0), math(1), blankRow(), math(2), math(3)], {
      rowsPerExecution: 2,
      settings: { capacity: 1 },
    });
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 2, dataRows: 5 });
    expect(w.saved()).toEqual({
      runId: RUN_A,
      version: 1,
      startedAt: NOW,
      dataRows: 5,
      width: 34,
      nextRow: 2,
      columns: OWN_34,
      logged: 2,
      header: headerAfter(),
    });
    // Until the run finishes, the tiers are blank and the reasons are those of a row of unknown tier.
    expect(w.roster.own().slice(0, 2)).toEqual([
      [risk(0), '', REASONS_0, 1, new Date(NOW)],
      [risk(1), '', REASONS_1, 1, new Date(NOW)],
    ]);
    expect(w.log.rows.map((row) => row[5])).toEqual(['', '']);

    w.clock.now += 60_000;
    expect(w.run({ kind: 'follow-up' })).toEqual({
      status: 'continuing',
      runId: RUN_A,
      scored: 4,
      dataRows: 5,
    });
    expect(w.saved()).toMatchObject({ nextRow: 4, logged: 3, startedAt: NOW });
    w.clock.now += 60_000;
    expect(w.run({ kind: 'follow-up' })).toMatchObject({
      status: 'finished',
      runId: RUN_A,
      scored: 4,
      tiers: { High: 1, Medium: 1, Low: 2 },
    });
    expect(w.store.get(RUN_KEY)).toBeNull();
    expect(w.roster.reads).toEqual([
      [0, 2, 34],
      [2, 2, 34],
      [4, 1, 34],
    ]);
    // Each block stamps its own time; the log rows are in roster order.
    expect(w.roster.own().map((row) => row[4])).toEqual([
      new Date(NOW),
      new Date(NOW),
      '',
      new Date(Date.parse(NOW) + 60_000),
      new Date(Date.parse(NOW) + 120_000),
    ]);
    expect(w.log.rows.map((row) => [row[3], row[5]])).toEqual([
      [key(SALT_B, 'row 2'), 'Medium'],
      [key(SALT_B, 'row 3'), 'Low'],
      [key(SALT_B, 'row 5'), 'High'],
      [key(SALT_B, 'row 6'), 'Low'],
    ]);
    expect(w.run({ kind: 'follow-up' })).toEqual({ status: 'idle', why: 'No scoring run is waiting.' });
  });

  it('scores the rows added at the bottom while the run was under way', () => {
    const w = world([math(0), math(1)], { rowsPerExecution: 1 });
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 1, dataRows: 2 });
    w.roster.rows.push(math(2), math(3));
    expect(w.run({ kind: 'follow-up' })).toEqual({
      status: 'continuing',
      runId: RUN_A,
      scored: 2,
      dataRows: 4,
    });
    expect(w.saved()).toMatchObject({ dataRows: 4, nextRow: 2 });
    w.run({ kind: 'follow-up' });
    expect(w.run({ kind: 'follow-up' })).toMatchObject({ status: 'finished', scored: 4 });
    expect(w.roster.own().map((row) => row[0])).toEqual([risk(0), risk(1), risk(2), risk(3)]);
  });

  it('saves the run before its first block, so a first block that dies is continued', () => {
    const w = world([math(0), math(1)], { rowsPerExecution: 1 });
    w.roster.failReads = true;
    expect(() => w.run()).toThrow('Exceeded maximum execution time');
    expect(w.saved()).toMatchObject({ runId: RUN_A, nextRow: 0, logged: 0, dataRows: 2 });
    w.roster.failReads = false;
    expect(w.run({ kind: 'follow-up' })).toEqual({
      status: 'continuing',
      runId: RUN_A,
      scored: 1,
      dataRows: 2,
    });
  });

  it('finishes a saved run whose every row is scored without reading a row again', () => {
    const w = world([math(0), math(1)], { rowsPerExecution: 1 });
    w.run();
    const saved = w.saved();
    w.run({ kind: 'follow-up' });
    // A saved run that says every row is scored (as a run saved by hand, or by an earlier version, may).
    w.store.set(RUN_KEY, JSON.stringify({ ...saved, nextRow: 2, logged: 2 }));
    const writes = w.roster.writes.length;
    expect(w.run({ kind: 'follow-up' })).toMatchObject({ status: 'finished', runId: RUN_A, scored: 2 });
    expect(w.roster.reads).toEqual([
      [0, 1, 34],
      [1, 1, 34],
    ]);
    // Only the tiers are written.
    expect(w.roster.writes.slice(writes).map((write) => write.columns)).toEqual([[35, 36]]);
    expect(w.log.appended).toEqual([1, 1]);
    expect(w.store.get(RUN_KEY)).toBeNull();
  });

  it('deletes the log rows of a block that died after appending them, before scoring it again', () => {
    const w = world([math(0), math(1), math(2)], { rowsPerExecution: 1 });
    w.run();
    // Another run's row, then the row of a second block that died before saving how far it got.
    w.log.append([['x', 'S-other', 1, 'k', 0.5, 'High', '[]']]);
    w.log.append([logRow(RUN_A, 'row 3', 0.27, 1)]);
    expect(w.run({ kind: 'follow-up' })).toMatchObject({ status: 'continuing', scored: 2 });
    expect(w.log.deleted).toEqual([[4]]);
    expect(w.log.rows.map((row) => [row[1], row[3]])).toEqual([
      [RUN_A, key(SALT_B, 'row 2')],
      ['S-other', 'k'],
      [RUN_A, key(SALT_B, 'row 3')],
    ]);
    expect(w.saved()).toMatchObject({ nextRow: 2, logged: 2 });
    // Nothing to repair: nothing is deleted.
    w.run({ kind: 'follow-up' });
    expect(w.log.deleted).toEqual([[4]]);
  });
});

describe('the block size', () => {
  const notes = (result: ScoreResult) => (result.status === 'finished' ? result.notes : []);
  const ignored = (shown: string) =>
    `The document property ${ROWS_PER_EXECUTION_KEY} is ${shown}, not a whole number of rows from 1; it was ` +
    'ignored, and each execution scored as many rows as the cost model allows.';

  it('is read from the document property when the job is not given one', () => {
    const w = world([math(0), math(1), math(2)]);
    w.store.set(ROWS_PER_EXECUTION_KEY, '2');
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 2, dataRows: 3 });
  });

  it('takes a property of 1', () => {
    const w = world([math(0), math(1)]);
    w.store.set(ROWS_PER_EXECUTION_KEY, '1');
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 1, dataRows: 2 });
  });

  it('prefers the one the job is given to the property', () => {
    const w = world([math(0), math(1), math(2)], { rowsPerExecution: 1 });
    w.store.set(ROWS_PER_EXECUTION_KEY, '3');
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 1, dataRows: 3 });
  });

  it.each([
    ['0', '"0"'],
    ['2.5', '"2.5"'],
    ['-3', '"-3"'],
    ['many', '"many"'],
  ])('ignores a property of %s, with a note', (value, shown) => {
    const w = world([math(0), math(1)]);
    w.store.set(ROWS_PER_EXECUTION_KEY, value);
    const result = w.run();
    expect(result).toMatchObject({ status: 'finished', scored: 2 });
    expect(notes(result)).toEqual([ignored(shown)]);
  });

  it('ignores a given size that is not a whole number from 1, with a note', () => {
    const result = world([math(0), math(1)], { rowsPerExecution: 0.5 }).run();
    expect(result).toMatchObject({ status: 'finished', scored: 2 });
    expect(notes(result)).toEqual([ignored('0.5')]);
    expect(notes(world([math(0)], { rowsPerExecution: 0 }).run())).toEqual([ignored('0')]);
  });

  it('says nothing of an empty property', () => {
    const w = world([math(0), math(1)]);
    w.store.set(ROWS_PER_EXECUTION_KEY, '');
    const result = w.run();
    expect(result).toMatchObject({ status: 'finished', scored: 2 });
    expect(notes(result)).toEqual([]);
  });

  it('follows the cost model without one: 1.5 million cells, each row costing its width + 5 + 2 × 7', () => {
    // 1,000 columns: 1,019 cells a row, so 1,472 rows fit in one execution (1,472 × 1,019 = 1,499,968).
    const filler = Array.from({ length: 966 }, (_, i) => `Notes ${i + 1}`);
    const header = [...HEADER, ...filler];
    const rows = Array.from({ length: 1_500 }, (_, i) => [...math(i % 300), ...filler.map(() => '')]);
    const w = world(rows, { header });
    expect(w.run()).toEqual({ status: 'continuing', runId: RUN_A, scored: 1_472, dataRows: 1_500 });
    expect(w.roster.reads).toEqual([[0, 1_472, 1_000]]);
    expect(w.run({ kind: 'follow-up' })).toMatchObject({ status: 'finished', scored: 1_500 });
    expect(w.roster.reads).toEqual([
      [0, 1_472, 1_000],
      [1_472, 28, 1_000],
    ]);
  });
});

describe('a menu click while a run is saved', () => {
  /** A world whose first block of a 3-row roster is done, one row a block. */
  function underWay(): World {
    const w = world([math(0), math(1), math(2)], { rowsPerExecution: 1 });
    w.run();
    return w;
  }

  it('continues the run the teacher was shown, when they said continue', () => {
    const w = underWay();
    expect(pendingRun(w.store)).toEqual(w.saved());
    expect(w.run({ kind: 'menu', resume: { runId: RUN_A, continueIt: true } })).toEqual({
      status: 'continuing',
      runId: RUN_A,
      scored: 2,
      dataRows: 3,
    });
  });

  it('ends the run and starts again from the first row, when they said start again', () => {
    const w = underWay();
    w.log.append([['x', 'S-other', 1, 'k', 0.5, 'High', '[]']]);
    expect(w.run({ kind: 'menu', resume: { runId: RUN_A, continueIt: false } })).toEqual({
      status: 'continuing',
      runId: `S-${NOW}-cccccccc`,
      scored: 1,
      dataRows: 3,
    });
    expect(w.log.rows.map((row) => [row[1], row[5]])).toEqual([
      [RUN_A, 'Not finished'],
      ['S-other', 'High'],
      [`S-${NOW}-cccccccc`, ''],
    ]);
    expect(w.saved()).toMatchObject({ runId: `S-${NOW}-cccccccc`, nextRow: 1, logged: 1 });
  });

  it.each<[string, ScoringRequest]>([
    ['no question (none was saved when the menu asked)', { kind: 'menu', resume: null }],
    ['a question about another run', { kind: 'menu', resume: { runId: 'S-other', continueIt: false } }],
  ])('leaves a run started meanwhile alone, after %s', (_, request) => {
    const w = underWay();
    const before = w.store.get(RUN_KEY);
    expect(w.run(request)).toEqual({
      status: 'idle',
      why: 'Another scoring run started while you were deciding. It continues by itself; try again when it has finished.',
    });
    expect(w.store.get(RUN_KEY)).toBe(before);
    expect(w.roster.reads).toEqual([[0, 1, 34]]);
    expect(w.log.cellWrites).toEqual([]);
  });

  it('does nothing when the run the teacher chose to continue finished meanwhile', () => {
    const w = world([math(0)]);
    expect(w.run({ kind: 'menu', resume: { runId: RUN_A, continueIt: true } })).toEqual({
      status: 'idle',
      why: 'The scoring run you asked to continue has finished meanwhile.',
    });
    expect(w.roster.writes).toEqual([]);
    expect(w.store.values.size).toBe(0);
  });

  it('starts a new run when the one they chose to end finished meanwhile', () => {
    const w = world([math(0)]);
    expect(w.run({ kind: 'menu', resume: { runId: 'S-gone', continueIt: false } })).toMatchObject({
      status: 'finished',
      runId: RUN_A,
      scored: 1,
    });
  });

  it('does nothing in the background when no run is saved', () => {
    const w = world([math(0)]);
    expect(w.run({ kind: 'follow-up' })).toEqual({ status: 'idle', why: 'No scoring run is waiting.' });
    expect(w.roster.writes).toEqual([]);
    expect(w.roster.ensured).toEqual([]);
  });

  it('has no run to ask about when none is saved or the saved one is damaged', () => {
    const store = new MapStore();
    expect(pendingRun(store)).toBeNull();
    store.set(RUN_KEY, '{');
    expect(pendingRun(store)).toBeNull();
  });
});

describe('a run that cannot be resumed', () => {
  it('is abandoned a day after it started: its log rows say Not finished and it is forgotten', () => {
    const w = world([math(0), math(1), math(2)], { rowsPerExecution: 1 });
    w.run();
    w.log.append([['x', 'S-other', 1, 'k', 0.5, 'High', '[]']]);
    w.clock.now += 24 * 3_600_000 + 1;
    expect(w.run({ kind: 'follow-up' })).toEqual({
      status: 'abandoned',
      runId: RUN_A,
      why: 'The scoring run was not finished: it started more than a day ago, and the roster may have changed since. Score again.',
    });
    expect(w.log.rows.map((row) => [row[1], row[5]])).toEqual([
      [RUN_A, 'Not finished'],
      ['S-other', 'High'],
    ]);
    expect(w.log.cellWrites).toEqual([{ column: 5, rows: [2], values: ['Not finished'] }]);
    expect(w.store.get(RUN_KEY)).toBeNull();
    expect(w.roster.reads).toEqual([[0, 1, 34]]);
  });

  it('is abandoned when the roster lost rows it had scored', () => {
    const w = world([math(0), math(1), math(2)], { rowsPerExecution: 2 });
    w.run();
    w.roster.rows.splice(0, 2);
    expect(w.run({ kind: 'menu', resume: { runId: RUN_A, continueIt: true } })).toEqual({
      status: 'abandoned',
      runId: RUN_A,
      why: 'The scoring run was not finished: rows were deleted from the Students sheet while it was under way. Score again.',
    });
    expect(w.log.rows.map((row) => row[5])).toEqual(['Not finished', 'Not finished']);
    expect(w.store.get(RUN_KEY)).toBeNull();
  });

  it('is resumed while the header is the one it left, its own five columns included', () => {
    const w = world([math(0), math(1)], { rowsPerExecution: 1 });
    w.run();
    expect(w.saved().header).toBe(headerAfter());
    w.roster.header[0] = 'School';
    expect(w.run({ kind: 'follow-up' })).toMatchObject({
      status: 'abandoned',
      why: "The scoring run was not finished: the Students sheet's columns changed while it was under way. Score again.",
    });
  });
});

describe('a damaged saved run', () => {
  it('is ended, its log rows marked Not finished when its id can be read', () => {
    const w = world([math(0)]);
    w.log.append([
      ['x', 'S-old', 1, 'k', 0.5, '', '[]'],
      ['x', 'S-other', 1, 'k', 0.5, 'Low', '[]'],
    ]);
    w.store.set(RUN_KEY, JSON.stringify({ runId: 'S-old', version: 0 }));
    expect(w.run()).toEqual({
      status: 'abandoned',
      runId: 'S-old',
      why:
        `The saved state of a scoring run (document property ${RUN_KEY}) could not be read: "version" is 0, not ` +
        'a version number. That run was ended (its rows in the Inference log say Not finished); the Students ' +
        'sheet keeps what was written. Score again to start from the first row.',
    });
    expect(w.log.rows.map((row) => [row[1], row[5]])).toEqual([
      ['S-old', 'Not finished'],
      ['S-other', 'Low'],
    ]);
    expect(w.store.get(RUN_KEY)).toBeNull();
    expect(w.roster.writes).toEqual([]);
  });

  it('is ended without touching the log when not even its id can be read', () => {
    const w = world([math(0)]);
    w.log.append([['x', 'S-old', 1, 'k', 0.5, '', '[]']]);
    w.store.set(RUN_KEY, '{"runId": ');
    expect(w.run({ kind: 'follow-up' })).toEqual({
      status: 'abandoned',
      runId: '',
      why:
        `The saved state of a scoring run (document property ${RUN_KEY}) could not be read: it is not valid ` +
        'JSON. That run was ended; the Students sheet keeps what was written. Score again to start from the ' +
        'first row.',
    });
    expect(w.log.cellWrites).toEqual([]);
    expect(w.store.get(RUN_KEY)).toBeNull();
  });
});

describe('a run that cannot start', () => {
  const thrown = (f: () => unknown): DataError => {
    try {
      f();
    } catch (error) {
      if (error instanceof DataError) return error;
      throw error;
    }
    throw new Error('nothing was thrown');
  };

  it('needs a champion', () => {
    const sheets = { versions: new InMemoryRecordSheet(), aliases: new InMemoryRecordSheet() };
    const error = thrown(() => world([math(0)], { sheets }).run());
    expect(error.message).toBe('There is no model to score with yet. Run Train model first.');
  });

  it('says which ignored registry rows may be why there is none', () => {
    const aliases = new InMemoryRecordSheet([['soon', 'champion', '', 1, 'training', 'first version']]);
    const versions = new InMemoryRecordSheet([['x']]);
    const w = world([math(0)], { sheets: { versions, aliases } });
    expect(thrown(() => w.run()).message).toBe(
      'There is no model to score with yet. Aliases row 2: "Time" is "soon", not a time. That row is ignored: ' +
        'from the other rows, the champion is no version and the challenger no version. Versions row 2: ' +
        '"Version" is "x", not a version number (a whole number from 1), so the row is not a version and is never loaded. Run Train ' +
        'model first.',
    );
    expect(w.store.values.size).toBe(0);
  });

  it('needs a student row', () => {
    const w = world([]);
    const error = thrown(() => w.run());
    expect(error.message).toBe('The Students sheet has no student rows below its header row.');
    expect(error.location).toEqual({ row: 2 });
    expect(w.roster.ensured).toEqual([]);
  });

  it.each([
    [['absences'], 'Model version 1 needs a column the roster lacks: "absences".'],
    [['health', 'absences'], 'Model version 1 needs columns the roster lacks: "health", "absences".'],
  ])('needs every column the model reads (without %j)', (missing, message) => {
    const keep = HEADER.map((h) => !missing.includes(String(h)));
    const w = world([math(0).filter((_, i) => keep[i])], { header: HEADER.filter((_, i) => keep[i]) });
    const error = thrown(() => w.run());
    expect(error.message).toBe(message);
    expect(error.location).toEqual({ row: 1 });
    expect(w.roster.ensured).toEqual([]);
    expect(w.store.values.size).toBe(0);
  });
});
