/**
 * Background work under Apps Script's real rules, in both install modes: the one PassCompass trigger per
 * document, locks lost while a dialog waits, triggers left over from an earlier run or version, a follow-up
 * that cannot get the lock, a run abandoned after a day, and executions stopped midway. In every case the
 * scoring ends with exactly one log row per student and the same risks and tiers as an uninterrupted run.
 */
import { INSTALL_MODES } from '../../src/local/platform/install-mode';
import { LocalGoogle } from '../../src/local/platform/local-google';
import { seededRandom } from '../../src/core/random';
import { MINUTE, outcome, passCompassTriggers, trainedRoster } from './background-support';

const ROWS = 1000;

describe.each(INSTALL_MODES)('background scoring, installed as %s', (installMode) => {
  /** The reference: the same roster scored with no interruption. */
  const uninterrupted = (() => {
    const started = trainedRoster(ROWS, { installMode });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    started.runtime.google.runFor(30 * MINUTE);
    return outcome(started);
  })();

  it('scores in blocks from one trigger, which is gone when the run is done', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents');
    expect(passCompassTriggers(started).map((t) => t.spec.handler)).toEqual(['passCompassTick']);
    const ran = started.runtime.google.runFor(30 * MINUTE).map((e) => `${e.handler} ${e.status}`);
    expect(ran).toEqual(Array(3).fill('passCompassTick completed'));
    expect(passCompassTriggers(started)).toHaveLength(0);
    expect(uninterrupted.log).toHaveLength(ROWS);
    expect(uninterrupted.tiers.filter((t) => t === 'High')).toHaveLength(25);
    expect(uninterrupted.lastRun.map((r) => r[2])).toEqual(uninterrupted.tiers);
  });

  it('does not double rows when the trigger fires while "Continue scoring?" waits (the dialog releases the lock)', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents'); // 300 rows, the rest is left to the trigger
    started.runtime.ui.answerNext('YES', () => {
      // While the teacher reads the question, the trigger fires and scores a block.
      started.runtime.clock.advance(2 * MINUTE);
      const ran = started.runtime.google.fireDueTriggers();
      expect(ran.map((e) => e.status)).toEqual(['completed']);
    });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    started.runtime.google.runFor(30 * MINUTE);
    const result = outcome(started);
    expect(result.log).toHaveLength(ROWS);
    expect(result.risks).toEqual(uninterrupted.risks);
    expect(result.tiers).toEqual(uninterrupted.tiers);
    expect(result.lastRun.map((r) => r[2])).toEqual(result.tiers);
  });

  it('tells the teacher, rather than acting on a stale answer, when the run finished while the dialog waited', () => {
    const started = trainedRoster(400, { installMode });
    started.addOn.call('scoreStudents');
    started.runtime.ui.answerNext('YES', () => {
      started.runtime.google.runFor(10 * MINUTE);
    });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    expect(started.runtime.ui.dialogs.at(-1)?.text).toBe(
      'The scoring run you asked to continue has finished meanwhile.',
    );
    expect(outcome(started).log).toHaveLength(400);
  });

  it('a trigger left over from an earlier version, with no run saved, starts nothing and removes itself', () => {
    const started = trainedRoster(200, { installMode });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents'); // one block: finished
    const before = outcome(started).log.length;
    started.runtime.google.executions.run(
      {
        kind: 'menu',
        handler: 'old version',
        user: started.runtime.user,
        documentId: started.runtime.documentId,
        authMode: 'FULL',
      },
      () => started.runtime.ScriptApp.newTrigger('continueScoring').timeBased().after(MINUTE).create(),
    );
    const ran = started.runtime.google.runFor(5 * MINUTE);
    expect(ran.map((e) => `${e.handler} ${e.status}`)).toEqual(['continueScoring completed']);
    expect(outcome(started).log).toHaveLength(before);
    expect(passCompassTriggers(started)).toHaveLength(0);
  });

  it('a follow-up that cannot get the lock retries by itself, reports repeated failures once, and finishes', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents');
    started.runtime.LockService.holdByAnotherExecution('document', 90 * MINUTE);
    const failing = started.runtime.google.runFor(60 * MINUTE);
    expect(failing.length).toBeGreaterThanOrEqual(3);
    expect(failing.every((e) => e.status === 'completed')).toBe(true); // recorded, not thrown
    expect(passCompassTriggers(started)).toHaveLength(1);
    expect(started.runtime.MailApp.sent.map((m) => m.subject)).toEqual([
      'PassCompass: scoring in the background keeps failing',
    ]);
    expect(JSON.stringify(started.runtime.MailApp.sent)).not.toMatch(/Student \d/);
    started.runtime.google.runFor(4 * 60 * MINUTE);
    const result = outcome(started);
    expect(result.log).toHaveLength(ROWS);
    expect(result.tiers).toEqual(uninterrupted.tiers);
    expect(passCompassTriggers(started)).toHaveLength(0);
    // The next menu action tells the teacher what happened, once.
    started.runtime.ui.answerNext('OK').answerNext('OK');
    started.addOn.call('trainModel');
    expect(started.runtime.ui.dialogs.at(-2)?.text).toMatch(/failed 3 times in a row/);
  });

  it('writes a block that fails with an error to the Monitoring sheet, with when it is tried again', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents');
    const versions = started.runtime.spreadsheet.getSheetByName('Versions');
    const header = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).map(String);
    const model = versions?.getRange(2, header.indexOf('Model (JSON)') + 1);
    const saved = model?.getValue();
    model?.setValue('{"edited": true}');
    started.runtime.google.runFor(3 * MINUTE);
    const monitoring = started.runtime.spreadsheet.getSheetByName('Monitoring');
    const row = monitoring?.getRange(2, 1, 1, 15).getDisplayValues()[0] ?? [];
    expect(row[12]).toBe('Background work failed');
    expect(row[14]).toMatch(/^Scoring in the background \(attempt 1\) failed: .+ It is tried again at /);
    // Put right, the next attempt finishes the run.
    model?.setValue(saved);
    started.runtime.google.runFor(60 * MINUTE);
    expect(outcome(started).log).toHaveLength(ROWS);
  });

  it('marks a run that waited more than a day abandoned instead of resuming it, and says so', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents');
    started.runtime.LockService.holdByAnotherExecution('document', 25 * 60 * MINUTE);
    started.runtime.google.runFor(26 * 60 * MINUTE, 30 * MINUTE);
    const result = outcome(started);
    expect(result.log).toHaveLength(300);
    expect(new Set(result.log.map((row) => row[5]))).toEqual(new Set(['Not finished']));
    expect(passCompassTriggers(started)).toHaveLength(0);
    started.runtime.ui.answerNext('OK').answerNext('OK');
    started.addOn.call('scoreStudents');
    const shown = started.runtime.ui.dialogs.map((d) => d.text);
    expect(shown.filter((text) => /more than a day ago/.test(text))).toHaveLength(1);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'an execution stopped at random points (seed %i) leaves the same sheets as an uninterrupted run',
    (seed) => {
      const random = seededRandom(seed);
      const started = trainedRoster(ROWS, { installMode });
      started.runtime.ui.answerNext('OK');
      started.addOn.call('scoreStudents');
      for (let step = 0; step < 200 && passCompassTriggers(started).length > 0; step += 1) {
        if (random() < 0.5) started.runtime.stopNextExecutionAfter(Math.floor(random() * 60));
        started.runtime.google.runFor(2 * MINUTE);
      }
      started.runtime.google.runFor(3 * 60 * MINUTE, 5 * MINUTE);
      const result = outcome(started);
      expect(result.log).toHaveLength(ROWS);
      expect(new Set(result.log.map((row) => row[3])).size).toBe(ROWS);
      expect(result.risks).toEqual(uninterrupted.risks);
      expect(result.tiers).toEqual(uninterrupted.tiers);
      expect(result.lastRun.map((r) => r[2])).toEqual(result.tiers);
    },
  );

  describe('a follow-up block stopped at its boundaries and inside it', () => {
    const SMALL = 400;
    const started = () => {
      const roster = trainedRoster(SMALL, { installMode, perBlock: 100 });
      roster.runtime.ui.answerNext('OK');
      roster.addOn.call('scoreStudents');
      return roster;
    };
    const sheetCalls = (roster: ReturnType<typeof started>) =>
      Object.entries(roster.runtime.calls.snapshot())
        .filter(([key]) => /(^|\.)(Range|Sheet)\./.test(key))
        .reduce((sum, [, count]) => sum + count, 0);
    // The range and sheet calls of one uninterrupted follow-up block, and the run it gives.
    const whole = started();
    const before = sheetCalls(whole);
    const blocks = whole.runtime.google.runFor(MINUTE);
    const perBlock = sheetCalls(whole) - before;
    whole.runtime.google.runFor(30 * MINUTE);
    const reference = outcome(whole);

    it('measures one block, with enough calls for the stops below to fall inside it', () => {
      expect(blocks).toHaveLength(1);
      expect(perBlock).toBeGreaterThan(6);
    });

    // 0: at its start; 1: after its first read; perBlock - 1: its last write refused, nothing saved after it.
    it.each(['start', 'first call', 'middle', 'last call but one', 'last call'] as const)(
      'stopped at its %s, ends with the same sheets and one log row per student',
      (where) => {
        const stops = {
          start: 0,
          'first call': 1,
          middle: Math.floor(perBlock / 2),
          'last call but one': perBlock - 2,
          'last call': perBlock - 1,
        };
        const roster = started();
        roster.runtime.stopNextExecutionAfter(stops[where]);
        roster.runtime.google.runFor(MINUTE);
        // The stop struck the follow-up block.
        expect(roster.runtime.google.executions.finished.at(-1)?.status).toBe('failed');
        roster.runtime.google.runFor(3 * 60 * MINUTE, 2 * MINUTE);
        const result = outcome(roster);
        expect(result.log).toHaveLength(SMALL);
        expect(new Set(result.log.map((row) => row[3])).size).toBe(SMALL);
        expect(result.risks).toEqual(reference.risks);
        expect(result.tiers).toEqual(reference.tiers);
        expect(passCompassTriggers(roster)).toHaveLength(0);
      },
    );
  });

  it.each([11, 12, 13])(
    'two scoring runs and daily monitoring checks, stopped at random points (seed %i), lose and repeat no log row',
    (seed) => {
      const random = seededRandom(seed);
      const started = trainedRoster(ROWS, { installMode });
      const now = started.runtime.clock.now();
      // The daily check falls due within the hour, in the middle of the scoring.
      const settings = started.runtime.PropertiesService.document.getProperty('passcompass.settings');
      const hour = (new Date(now).getUTCHours() + 1) % 24;
      started.runtime.PropertiesService.document.setProperty(
        'passcompass.settings',
        JSON.stringify({ ...(settings ? JSON.parse(settings) : {}), monitoringHour: hour }),
      );
      started.runtime.ui.answerNext('OK');
      started.addOn.call('turnOnDailyMonitoring');
      const scoreWithStops = () => {
        started.runtime.ui.answerNext('OK');
        started.addOn.call('scoreStudents');
        for (let step = 0; step < 60; step += 1) {
          if (random() < 0.4) started.runtime.stopNextExecutionAfter(Math.floor(random() * 60));
          started.runtime.google.runFor(2 * MINUTE);
        }
        started.runtime.google.runFor(3 * 60 * MINUTE, 5 * MINUTE);
      };
      scoreWithStops();
      scoreWithStops();
      // A stop left armed by the loop may strike the next daily check; the heartbeat covers it, the next day runs.
      started.runtime.google.runFor(72 * 60 * MINUTE, 30 * MINUTE);

      const result = outcome(started);
      const runs = [...new Set(result.log.map((row) => row[1]))];
      expect(runs).toHaveLength(2);
      for (const run of runs) {
        const rows = result.log.filter((row) => row[1] === run);
        expect(rows).toHaveLength(ROWS);
        expect(new Set(rows.map((row) => row[3])).size).toBe(ROWS);
      }
      expect(result.risks).toEqual(uninterrupted.risks);
      expect(result.tiers).toEqual(uninterrupted.tiers);
      expect(result.lastRun.map((r) => r[2])).toEqual(result.tiers);
      const monitoring = started.runtime.spreadsheet.getSheetByName('Monitoring');
      const times = monitoring?.getRange(2, 1, monitoring.getLastRow() - 1, 1).getValues() ?? [];
      expect(times.filter(([at]) => at !== '').length).toBeGreaterThanOrEqual(2);
    },
  );

  it('two editors: each has a trigger of their own, and the work is still done once', () => {
    const started = trainedRoster(ROWS, { installMode });
    started.addOn.call('scoreStudents');
    started.runtime.ui.answerNext('YES');
    started.runtime.click('scoreStudents', [], 'colleague@school.example');
    const owners = passCompassTriggers(started)
      .map((t) => t.owner)
      .sort();
    expect(owners).toEqual(['colleague@school.example', 'teacher@school.example']);
    started.runtime.google.runFor(30 * MINUTE);
    const result = outcome(started);
    expect(result.log).toHaveLength(ROWS);
    expect(result.tiers).toEqual(uninterrupted.tiers);
    expect(passCompassTriggers(started)).toHaveLength(0);
  });
});

describe('an add-on used in two spreadsheets', () => {
  it('keeps one trigger per document, and each document scores its own roster', () => {
    const google = new LocalGoogle({ installMode: 'add-on' });
    const first = trainedRoster(600, { google });
    const second = trainedRoster(900, { google });
    first.addOn.call('scoreStudents');
    second.addOn.call('scoreStudents');
    expect(
      passCompassTriggers(first)
        .map((t) => t.documentId)
        .sort(),
    ).toEqual([first.runtime.documentId, second.runtime.documentId].sort());
    const ran = google.runFor(30 * MINUTE);
    expect(ran.every((e) => e.status === 'completed')).toBe(true);
    expect(outcome(first).log).toHaveLength(600);
    expect(outcome(second).log).toHaveLength(900);
    expect(google.triggers).toHaveLength(0);
  });
});
