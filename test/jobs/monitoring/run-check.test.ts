/** One monitoring check end to end on in-memory sheets: what it writes, whether it emails, what it remembers. */
import { VERSION_HEADER } from '../../../src/core/registry/model-version';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings';
import {
  type BackgroundState,
  loadBackground,
  saveBackground,
} from '../../../src/jobs/background/background-state';
import {
  type MonitoringDeps,
  backgroundFailureRow,
  runMonitoringCheck,
} from '../../../src/jobs/monitoring/run-check';
import type {
  Mailer,
  MonitoringDetail,
  MonitoringHistoryRow,
  MonitoringSheet,
} from '../../../src/jobs/ports';
import { InMemoryRecordSheet, InMemoryTable, MapStore, nodeDigests } from '../../support/fakes';
import { type Sheets, emptySheets, train } from '../trained';

class FakeMonitoring implements MonitoringSheet {
  readonly rows: MonitoringHistoryRow[] = [];
  readonly details: (MonitoringDetail | null)[] = [];
  record(row: MonitoringHistoryRow, detail: MonitoringDetail | null) {
    this.rows.push(row);
    this.details.push(detail);
  }
  note(row: MonitoringHistoryRow) {
    this.rows.push(row);
  }
  history = () => this.rows;
  name = () => 'Monitoring';
}

class FakeMailer implements Mailer {
  readonly sent: { recipients: readonly string[]; subject: string; body: string }[] = [];
  constructor(
    private readonly quota = 100,
    private readonly failure: string | null = null,
  ) {}
  remainingQuota = () => this.quota;
  send(recipients: readonly string[], message: { subject: string; body: string }) {
    if (this.failure !== null) throw new Error(this.failure);
    this.sent.push({ recipients, subject: message.subject, body: message.body });
  }
}

const NOW = Date.parse('2026-12-01T07:00:00Z');
const HOUR = 3_600_000;

/** Version 1 champion, trained on the Math sample. */
let trained: Sheets;
beforeAll(() => {
  trained = emptySheets();
  train(trained);
});

interface Setup {
  sheets?: Sheets;
  students?: InMemoryTable;
  mailer?: FakeMailer;
  store?: MapStore;
  settings?: Partial<Settings>;
  log?: InMemoryRecordSheet;
}

function setup(given: Setup = {}) {
  const sheets = given.sheets ?? trained;
  const monitoring = new FakeMonitoring();
  const mailer = given.mailer ?? new FakeMailer();
  const store = given.store ?? new MapStore();
  const deps: MonitoringDeps = {
    versions: sheets.versions,
    aliases: sheets.aliases,
    students: given.students ?? sheets.students,
    log: given.log ?? new InMemoryRecordSheet(),
    monitoring,
    mailer,
    store,
    digests: nodeDigests,
    settings: { ...DEFAULT_SETTINGS, alertRecipients: ['head@school.example'], ...given.settings },
    now: () => new Date(NOW),
    spreadsheet: { name: 'Year 10 maths', url: 'https://docs.google.com/spreadsheets/d/abc' },
    formatTime: (at) => `at ${at.toISOString()}`,
  };
  return { deps, monitoring, mailer, store };
}

/** A store whose background record is `state` over an empty one. */
function storeWith(state: Partial<BackgroundState>): MapStore {
  const store = new MapStore();
  saveBackground(store, { ...loadBackground(store), ...state });
  return store;
}

const failingTable = (message: unknown): InMemoryTable =>
  Object.assign(new InMemoryTable(), {
    read: () => {
      throw message;
    },
  });

const EMPTY = {
  version: null,
  source: '',
  rowsCompared: null,
  columnsTested: null,
  driftedRaw: null,
  driftedCorrected: null,
  driftedShare: null,
  dataQualityProblems: null,
  studentsWithGrades: null,
  realisedAuc: null,
  expectedAuc: null,
};

describe('runMonitoringCheck', () => {
  it('has nothing to check before a champion exists, and remembers a quiet check', () => {
    const { deps, monitoring, mailer, store } = setup({ sheets: emptySheets(new InMemoryTable()) });
    const row = {
      checkedAt: new Date(NOW),
      ...EMPTY,
      verdict: 'Nothing to check',
      alert: 'Not sent: no problem',
      notes: 'No champion model yet: train one, then the check compares new students with its training data.',
    };
    expect(runMonitoringCheck(deps)).toEqual({ row, problem: false });
    expect(monitoring.rows).toEqual([row]);
    expect(monitoring.details).toEqual([null]);
    expect(mailer.sent).toEqual([]);
    const state = loadBackground(store);
    expect(state.checks).toEqual({
      lastFinishedAt: NOW,
      lastAlertAt: null,
      compareWith: { verdict: 'ok', problemKinds: [], missedCheck: false },
      lastComparedRun: null,
    });
    expect(state.lastCheck).toEqual({ at: NOW, verdict: 'Nothing to check', alert: 'Not sent: no problem' });
  });

  it('records a failed check with its stage, emails it, and does not count it as finished', () => {
    const { deps, monitoring, mailer, store } = setup({
      students: failingTable(new Error('The sheet is gone.')),
    });
    const row = {
      checkedAt: new Date(NOW),
      ...EMPTY,
      verdict: 'Check failed',
      alert: 'Sent to 1',
      notes: 'Failed while reading the Students sheet: The sheet is gone.',
    };
    expect(runMonitoringCheck(deps)).toEqual({ row, problem: true });
    expect(monitoring.details).toEqual([null]);
    expect(mailer.sent).toHaveLength(1);
    expect(mailer.sent[0]?.recipients).toEqual(['head@school.example']);
    expect(mailer.sent[0]?.body).toContain('reading the Students sheet');
    expect(loadBackground(store).checks).toEqual({
      lastFinishedAt: null,
      lastAlertAt: NOW,
      compareWith: { verdict: 'check-failed', problemKinds: ['check-failed'], missedCheck: false },
      lastComparedRun: null,
    });
  });

  it('names the stage a check failed in, whatever was thrown', () => {
    const log = Object.assign(new InMemoryRecordSheet(), {
      rows: () => {
        throw 'quota exceeded';
      },
    });
    expect(runMonitoringCheck(setup({ log }).deps).row.notes).toBe(
      'Failed while reading the Inference log: quota exceeded',
    );
    const versions = Object.assign(new InMemoryRecordSheet(), {
      rows: () => {
        throw new Error('Versions unreadable.');
      },
    });
    const broken = { ...emptySheets(new InMemoryTable()), versions };
    expect(runMonitoringCheck(setup({ sheets: broken }).deps).row.notes).toBe(
      'Failed while reading the model registry: Versions unreadable.',
    );
  });

  it('keeps the news for the next check when nobody could be told', () => {
    const students = failingTable(new Error('The sheet is gone.'));
    const none = setup({ students, settings: { alertRecipients: [] } });
    expect(runMonitoringCheck(none.deps).row.alert).toBe('Not sent: no recipients in Settings');
    expect(loadBackground(none.store).checks.compareWith).toBeNull();
    expect(loadBackground(none.store).checks.lastAlertAt).toBeNull();

    const broken = setup({ students, mailer: new FakeMailer(100, 'Service invoked too many times.') });
    expect(runMonitoringCheck(broken.deps).row.alert).toBe('Not sent: Service invoked too many times.');
    expect(loadBackground(broken.store).checks.compareWith).toBeNull();
    expect(loadBackground(broken.store).checks.lastAlertAt).toBeNull();
  });

  it('holds news within a day of the last alert, and compares the next check with the old state', () => {
    const previous = { verdict: 'ok' as const, problemKinds: [], missedCheck: false };
    const store = storeWith({
      checks: {
        lastFinishedAt: NOW - HOUR,
        lastAlertAt: NOW - 3 * HOUR,
        compareWith: previous,
        lastComparedRun: null,
      },
    });
    const { deps, mailer } = setup({ students: failingTable(new Error('x')), store });
    expect(runMonitoringCheck(deps).row.alert).toBe(
      'Not sent: held until a day after the last alert (sent 3 h ago): new problem: check-failed',
    );
    expect(mailer.sent).toEqual([]);
    expect(loadBackground(store).checks).toEqual({
      lastFinishedAt: NOW - HOUR,
      lastAlertAt: NOW - 3 * HOUR,
      compareWith: previous,
      lastComparedRun: null,
    });
  });

  it('emails a missed check with the hours since monitoring was turned on', () => {
    const onSince = NOW - 72 * HOUR;
    const store = storeWith({ monitoring: { onSince, onBy: 'head@school.example', dueAt: NOW } });
    const { deps, mailer } = setup({ sheets: emptySheets(new InMemoryTable()), store });
    const outcome = runMonitoringCheck(deps);
    expect(outcome).toMatchObject({
      row: { verdict: 'Nothing to check', alert: 'Sent to 1' },
      problem: false,
    });
    expect(mailer.sent[0]?.body).toContain('72');
    expect(mailer.sent[0]?.body).not.toContain('reading the model registry');
    expect(loadBackground(store).checks.compareWith).toEqual({
      verdict: 'ok',
      problemKinds: [],
      missedCheck: true,
    });
  });

  it('emails a missed check with when the last one finished, in the spreadsheet’s time zone', () => {
    const lastFinishedAt = NOW - 50 * HOUR;
    const store = storeWith({
      monitoring: { onSince: NOW - 200 * HOUR, onBy: 'head@school.example', dueAt: NOW },
      checks: { lastFinishedAt, lastAlertAt: null, compareWith: null, lastComparedRun: null },
    });
    const { deps, mailer } = setup({ sheets: emptySheets(new InMemoryTable()), store });
    runMonitoringCheck(deps);
    expect(mailer.sent[0]?.body).toContain('at 2026-11-29T05:00:00.000Z');
    expect(mailer.sent[0]?.body).toContain('50');
  });

  it('compares the roster with the champion and writes the findings with their detail', () => {
    const { deps, monitoring, store } = setup();
    const outcome = runMonitoringCheck(deps);
    expect(outcome.row).toMatchObject({
      checkedAt: new Date(NOW),
      version: 1,
      rowsCompared: 395,
      dataQualityProblems: 0,
      studentsWithGrades: null,
      verdict: 'OK',
      alert: 'Not sent: no problem',
    });
    expect(outcome.problem).toBe(false);
    expect(monitoring.details[0]?.checkedAt).toEqual(new Date(NOW));
    expect(loadBackground(store).checks.lastFinishedAt).toBe(NOW);
    expect(loadBackground(store).lastCheck).toEqual({
      at: NOW,
      verdict: 'OK',
      alert: 'Not sent: no problem',
    });
  });

  it('adds the registry’s problems to the notes', () => {
    const sheets = emptySheets(trained.students);
    const row = [...trained.versions.rows()[0]!];
    row[VERSION_HEADER.indexOf('Version')] = 'two';
    row[VERSION_HEADER.indexOf('Status')] = '';
    sheets.versions.data = [...trained.versions.rows(), row];
    sheets.aliases.data = trained.aliases.rows();
    expect(runMonitoringCheck(setup({ sheets }).deps).row).toMatchObject({
      verdict: 'OK',
      notes:
        'Versions row 3: "Version" is "two", not a version number (a whole number from 1), so the row is not a ' +
        'version and is never loaded.',
    });
  });
});

describe('runMonitoringCheck, more', () => {
  it('counts a check that finds a problem as one, and emails it', () => {
    const absences = trained.students.values[0]?.indexOf('absences') ?? -1;
    const students = new InMemoryTable(
      trained.students.values.map((row, i) =>
        i === 0 ? row : row.map((cell, j) => (j === absences ? '' : cell)),
      ),
    );
    const { deps, mailer } = setup({ students });
    const outcome = runMonitoringCheck(deps);
    expect(outcome.problem).toBe(true);
    expect(outcome.row.alert).toBe('Sent to 1');
    expect(mailer.sent).toHaveLength(1);
  });

  it('names the stage when comparing the rows fails', () => {
    const students = new InMemoryTable([
      ['absences', 'absences'],
      [1, 2],
    ]);
    expect(runMonitoringCheck(setup({ students }).deps).row.notes).toBe(
      'Failed while comparing this term\'s rows with the training data: Columns "absences" (A) and "absences" ' +
        '(B) both mean "absences". Rename or remove one.',
    );
  });

  it('writes the registry’s problems after the check’s own notes', () => {
    const sheets = emptySheets(new InMemoryTable());
    const row = [...trained.versions.rows()[0]!];
    row[VERSION_HEADER.indexOf('Version')] = 'two';
    row[VERSION_HEADER.indexOf('Status')] = '';
    sheets.versions.data = [row];
    expect(runMonitoringCheck(setup({ sheets }).deps).row.notes).toBe(
      'No champion model yet: train one, then the check compares new students with its training data. ' +
        'Versions row 2: "Version" is "two", not a version number (a whole number from 1), so the row is not a ' +
        'version and is never loaded.',
    );
  });
});

describe('backgroundFailureRow', () => {
  it('writes what failed, why and when it is tried again, with no check figures', () => {
    const at = new Date(NOW);
    expect(backgroundFailureRow(at, 'Scoring', 'The sheet is locked.', '08:00')).toEqual({
      checkedAt: at,
      ...EMPTY,
      verdict: 'Background work failed',
      alert: 'Not sent: repeated failures are emailed to the trigger owner',
      notes: 'Scoring failed: The sheet is locked. It is tried again at 08:00.',
    });
  });
});
