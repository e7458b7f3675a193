import { replaceWithNamedRoster, sheetValues, withSample, type Started } from './support';

/** A trained add-on whose Students sheet then holds `rows` students (the sample repeated), with a name column. */
function rosterOf(rows: number): Started {
  const started = withSample('loadSampleBothCourses');
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  replaceWithNamedRoster(started, rows);
  return started;
}

function score(started: Started): void {
  started.runtime.ui.answerNext('OK');
  started.addOn.call('scoreStudents');
}

describe('Score students at scale', () => {
  it('makes the same spreadsheet calls for 100 rows as for 10,000', () => {
    const counts = [100, 10_000].map((rows) => {
      const started = rosterOf(rows);
      score(started); // the first run adds the columns and creates the log
      started.runtime.calls.reset();
      score(started);
      const snapshot = started.runtime.calls.snapshot();
      return {
        spreadsheet: started.runtime.calls.total('SpreadsheetApp'),
        all: started.runtime.calls.total(),
        reads: snapshot['SpreadsheetApp.Range.getValues'],
        writes: snapshot['SpreadsheetApp.Range.setValues'],
      };
    });
    expect(counts[0]).toEqual(counts[1]);
  });

  it('logs every scored row once, under a pseudonymous key and never a name', () => {
    const started = rosterOf(300);
    score(started);
    const log = sheetValues(started.runtime, 'Inference log') ?? [];
    expect(log[0]).toEqual([
      'Time',
      'Run',
      'Model version',
      'Student key',
      'Risk of failing',
      'Tier',
      'Inputs (JSON)',
    ]);
    expect(log).toHaveLength(301);
    const keys = log.slice(1).map((row) => row[3]);
    expect(keys.every((k) => /^[0-9a-f]{16}$/.test(String(k)))).toBe(true);
    expect(new Set(keys).size).toBe(300);
    expect(JSON.stringify(log)).not.toContain('Student 1');
    const roster = sheetValues(started.runtime, 'Students') ?? [];
    const tierColumn = (roster[0] ?? []).indexOf('Tier');
    expect(log.slice(1).map((row) => row[5])).toEqual(roster.slice(1).map((row) => row[tierColumn]));
    expect(JSON.parse(String(log[1]?.[6]))).toHaveLength(33);
  });

  it('keeps the same pseudonym for a student across runs', () => {
    const started = rosterOf(50);
    score(started);
    score(started);
    const log = sheetValues(started.runtime, 'Inference log') ?? [];
    expect(log.slice(51).map((r) => r[3])).toEqual(log.slice(1, 51).map((r) => r[3]));
  });

  it('scores a roster too large for one execution in blocks, continuing from a trigger without losing or repeating a row', () => {
    const started = rosterOf(1000);
    started.runtime.PropertiesService.getDocumentProperties()?.setProperty(
      'passcompass.rowsPerExecution',
      '300',
    );
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    expect(started.runtime.spreadsheet.toasts.at(-1)?.message).toBe(
      'Scored 300 of 1000 rows; PassCompass continues in a few minutes.',
    );
    const handlers = started.runtime.google
      .runFor(30 * 60 * 1000)
      .map((execution) => `${execution.handler} ${execution.status}`);
    expect(handlers).toEqual(Array(3).fill('passCompassTick completed'));
    expect(started.runtime.ScriptApp.getProjectTriggers()).toHaveLength(0);
    const roster = sheetValues(started.runtime, 'Students') ?? [];
    const header = roster[0] ?? [];
    const risks = roster.slice(1).map((row) => row[header.indexOf('Risk of failing')]);
    expect(risks.every((r) => typeof r === 'number')).toBe(true);
    expect(roster.slice(1).filter((row) => row[header.indexOf('Tier')] === 'High')).toHaveLength(25);
    const log = sheetValues(started.runtime, 'Inference log') ?? [];
    expect(log).toHaveLength(1001);
    expect(new Set(log.slice(1).map((r) => r[3])).size).toBe(1000);
    expect(log.slice(1).map((r) => r[4])).toEqual(risks);
  });
});
