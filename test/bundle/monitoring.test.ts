/**
 * Monitoring through the built add-on: Check now and the daily check, the Monitoring sheet, alert emails and
 * their privacy, the heartbeat, and one daily check per document however often it is turned on.
 */
import { INSTALL_MODES } from '../../src/local/platform/install-mode';
import { alerts, sheetValues, type Started } from './support';
import {
  HOUR,
  setFinalGrades,
  RECIPIENTS,
  distinctiveName,
  historyColumn,
  monitoringHistory,
  scoredSchool,
  shiftToNextTerm,
} from './monitoring-support';

const sent = (started: Started) => started.runtime.MailApp.sent;

function lastDialog(started: Started): string {
  return alerts(started.runtime).at(-1) ?? '';
}

describe.each(INSTALL_MODES)('Check now, installed %s', (installMode) => {
  describe('Check now at the start of term (the roster the model was trained on, no final grades yet)', () => {
    const started = scoredSchool({ installMode });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');

    it('writes one history row: the champion, the rows scored, no drift, no alert', () => {
      expect(monitoringHistory(started)).toHaveLength(1);
      expect(historyColumn(started, 'Version')).toEqual([1]);
      expect(historyColumn(started, 'What was compared')[0]).toMatch(/^Inference log, run S-/);
      expect(historyColumn(started, 'Rows compared')).toEqual([1044]);
      expect(historyColumn(started, 'Drifted columns (corrected)')).toEqual([0]);
      expect(historyColumn(started, 'Students with final grades')).toEqual(['']);
      expect(historyColumn(started, 'Verdict')).toEqual(['OK']);
      expect(historyColumn(started, 'Alert')[0]).toMatch(/^Not sent: no problem/);
      expect(sent(started)).toHaveLength(0);
    });

    it('says the verdict in a dialog', () => {
      expect(lastDialog(started)).toMatch(/Verdict: OK\./);
    });

    it('compares the Students sheet when nothing was scored since the last check', () => {
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      expect(historyColumn(started, 'What was compared')[1]).toBe('Students sheet');
    });
  });

  describe('final grades arrive', () => {
    const started = scoredSchool({ installMode });
    setFinalGrades(started, started.finalGrades);
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');

    it('joins them with the logged predictions: the realised AUC is the one computed by hand from the log', () => {
      const log = (sheetValues(started.runtime, 'Inference log') ?? []).slice(1);
      // One scoring run, one log row per student, in roster order.
      const risks = log.map((row) => row[4] as number);
      const failed = started.finalGrades.map((grade) => (grade as number) < 10);
      let wins = 0;
      let pairs = 0;
      failed.forEach((fail, i) => {
        if (!fail) return;
        failed.forEach((other, j) => {
          if (other) return;
          pairs += 1;
          const [a, b] = [risks[i] as number, risks[j] as number];
          wins += a > b ? 1 : a === b ? 0.5 : 0;
        });
      });
      expect(historyColumn(started, 'Students with final grades')).toEqual([1044]);
      expect(historyColumn(started, 'Realised AUC')[0]).toBeCloseTo(wins / pairs, 12);
    });

    it('lists each realised metric with its interval beside what cross-validation promised', () => {
      const cells = (sheetValues(started.runtime, 'Monitoring') ?? []).flat().map(String);
      for (const metric of ['ROC AUC', 'Accuracy at the threshold', 'High tier: share of failures caught'])
        expect(cells).toContain(metric);
    });
  });

  describe('next term: a shifted roster', () => {
    const started = scoredSchool({ installMode });
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');
    shiftToNextTerm(started);
    started.runtime.clock.advance(24 * HOUR);
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');
    const email = sent(started)[0];

    it('drifts in the shifted columns, corrected and raw', () => {
      const detail = sheetValues(started.runtime, 'Monitoring') ?? [];
      const text = detail.flat().map(String);
      expect(text.some((cell) => /^absences: median \d+ → \d+$/.test(cell))).toBe(true);
      expect(historyColumn(started, 'Drifted columns (corrected)')[1]).toBeGreaterThanOrEqual(2);
    });

    it('emails both recipients once, saying what happened and what to do, with a link', () => {
      expect(sent(started)).toHaveLength(1);
      expect(email?.to).toEqual(RECIPIENTS);
      expect(email?.subject).toMatch(/^PassCompass: /);
      expect(email?.htmlBody).toContain(started.runtime.spreadsheet.getUrl());
      expect(email?.body).toMatch(/retrain|Train model/i);
      expect(historyColumn(started, 'Alert')[1]).toBe('Sent to 2');
    });

    it('never names a student, a key, a row or a roster value', () => {
      const message = `${email?.subject}\n${email?.body}\n${email?.htmlBody}`;
      for (let i = 0; i < 1044; i += 1) expect(message).not.toContain(distinctiveName(i));
      expect(message).not.toMatch(/\brows? \d+\b/i);
      expect(message).not.toContain('Quintessa');
      const keys = (sheetValues(started.runtime, 'Inference log') ?? [])
        .slice(1)
        .map((row) => String(row[3]));
      expect(keys.length).toBeGreaterThan(1000);
      for (const key of keys) expect(message).not.toContain(key);
    });

    it('does not send the same news again the next day', () => {
      started.runtime.clock.advance(24 * HOUR);
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      expect(sent(started)).toHaveLength(1);
      expect(historyColumn(started, 'Alert')[2]).toMatch(/^Not sent: nothing new/);
    });
  });

  describe('a check that cannot read its model', () => {
    const started = scoredSchool({ installMode });
    const versions = started.runtime.spreadsheet.getSheetByName('Versions');
    const header = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).map(String);
    versions?.getRange(2, header.indexOf('Model (JSON)') + 1).setValue('{"edited": true}');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');

    it('is written to the sheet as failed, with the stage it was in', () => {
      expect(historyColumn(started, 'Verdict')).toEqual(['Check failed']);
      expect(historyColumn(started, 'Notes')[0]).toMatch(/^Failed while reading the model registry/);
    });

    it('is alerted, without the error text (it could quote a cell)', () => {
      expect(sent(started)).toHaveLength(1);
      expect(sent(started)[0]?.body).toMatch(/reading the model registry/);
    });
  });

  describe('a Versions row edited by hand', () => {
    it('is named in the check’s notes, and the check compares with the champion the Aliases name', () => {
      const started = scoredSchool({ installMode });
      const versions = started.runtime.spreadsheet.getSheetByName('Versions');
      const header = (versions?.getRange(1, 1, 1, versions.getLastColumn()).getValues()[0] ?? []).map(String);
      versions?.getRange(2, header.indexOf('Status') + 1).setValue('retired');
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      expect(historyColumn(started, 'Version')).toEqual([1]);
      expect(historyColumn(started, 'Verdict')).toEqual(['OK']);
      expect(String(historyColumn(started, 'Notes')[0])).toContain(
        'Versions: the Status column disagrees with the Aliases history',
      );
    });
  });

  describe('no recipients, no quota', () => {
    it('still runs and says no one was told', () => {
      const started = scoredSchool({ installMode });
      started.runtime.PropertiesService.getDocumentProperties()?.setProperty(
        'passcompass.settings',
        JSON.stringify({ mode: 'early', alertRecipients: [] }),
      );
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      shiftToNextTerm(started);
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      expect(historyColumn(started, 'Verdict')[1]).toBe('Drift');
      expect(historyColumn(started, 'Alert')[1]).toBe('Not sent: no recipients in Settings');
      expect(sent(started)).toHaveLength(0);
    });

    it('records a spent mail quota in the sheet instead of failing', () => {
      const started = scoredSchool({ installMode, mailDailyQuota: 1 });
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      shiftToNextTerm(started);
      started.runtime.ui.answerNext('OK');
      started.addOn.call('checkNow');
      expect(historyColumn(started, 'Alert')[1]).toMatch(/^Not sent: the daily mail quota is used up/);
      expect(historyColumn(started, 'Verdict')[1]).toBe('Drift');
    });
  });
});

describe.each(INSTALL_MODES)('daily monitoring, installed %s', (installMode) => {
  it('runs one check a day at the settings hour in the spreadsheet time zone, however often it is turned on', () => {
    const started = scoredSchool({ installMode });
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOnDailyMonitoring');
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOnDailyMonitoring');
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOnDailyMonitoring', [], 'counsellor@school.example');
    expect(lastDialog(started)).toMatch(/already on: teacher@school\.example turned it on/);

    started.runtime.google.runFor(72 * HOUR, 30 * 60 * 1000);
    const times = historyColumn(started, 'Checked at') as Date[];
    expect(times).toHaveLength(3);
    // 07:00 in Lisbon is 07:00 UTC in December; a daily trigger may fire within its hour.
    for (const at of times) expect(at.getUTCHours()).toBe(7);
  });

  it('turned off, runs no more checks and leaves no trigger behind', () => {
    const started = scoredSchool({ installMode });
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOnDailyMonitoring');
    started.runtime.google.runFor(30 * HOUR, 30 * 60 * 1000);
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOffDailyMonitoring');
    started.runtime.google.runFor(72 * HOUR, 30 * 60 * 1000);
    expect(monitoringHistory(started)).toHaveLength(1);
    expect(started.runtime.ScriptApp.allTriggers()).toHaveLength(0);
  });

  it('says so at the next menu action, and in the next email, when no check finished for 48 hours', () => {
    const started = scoredSchool({ installMode });
    started.runtime.ui.answerNext('OK');
    started.runtime.click('turnOnDailyMonitoring');
    // The editor who turned it on lost access: their trigger is gone.
    for (const trigger of started.runtime.ScriptApp.allTriggers())
      started.runtime.ScriptApp.deleteTrigger(trigger);
    started.runtime.clock.advance(49 * HOUR);
    started.runtime.ui.answerNext('OK');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');
    expect(alerts(started.runtime).join('\n')).toMatch(/no check has finished since it was turned on/);
    expect(sent(started)[0]?.subject).toMatch(/did not run/);
  });
});

describe('a teacher’s own sheet named Monitoring', () => {
  it('is left alone, and Check now names the sheet PassCompass wrote to', () => {
    const started = scoredSchool();
    started.runtime.spreadsheet.insertSheet('Monitoring').getRange('A1').setValue('attendance follow-ups');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('checkNow');
    expect(sheetValues(started.runtime, 'Monitoring')).toEqual([['attendance follow-ups']]);
    expect(sheetValues(started.runtime, 'Monitoring (PassCompass)')?.length).toBeGreaterThan(1);
    expect(lastDialog(started)).toContain('The Monitoring (PassCompass) sheet has the details.');
  });
});
