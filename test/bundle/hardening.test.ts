/**
 * The reviewer's reproducers, through the built add-on and its menu: damaged values in the workbook or the
 * document's properties never reach the user as a stack trace, edited registry rows are never believed, and
 * ties in risk are reported rather than settled by row order.
 */
import { createHash } from 'node:crypto';
import { VERSION_HEADER } from '../../src/core/registry/model-version';
import { alerts, sheetValues, withSample, writeStudents, type Runtime, type Started } from './support';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const column = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name) + 1;

function properties(runtime: Runtime) {
  const store = runtime.PropertiesService.getDocumentProperties();
  if (!store) throw new Error('no document properties');
  return store;
}

/** Clicks `entryPoint`, answering OK to `dialogs` alerts; fails the test if it throws (a stack trace). */
function click(started: Started, entryPoint: string, dialogs = 1): void {
  for (let i = 0; i < dialogs; i += 1) started.runtime.ui.answerNext('OK');
  expect(() => started.addOn.call(entryPoint)).not.toThrow();
}

/** The Math sample, trained once (version 1, champion). */
function trainedMath(settings: Record<string, unknown> = { mode: 'early' }): Started {
  const started = withSample('loadSampleMath');
  properties(started.runtime).setProperty('passcompass.settings', JSON.stringify(settings));
  click(started, 'trainModel');
  return started;
}

function versionCell(started: Started, row: number, name: (typeof VERSION_HEADER)[number]) {
  return started.runtime.spreadsheet.getSheetByName('Versions')?.getRange(row, column(name)) ?? null;
}

function statuses(started: Started): unknown[] {
  return (sheetValues(started.runtime, 'Versions') ?? []).slice(1).map((r) => r[column('Status') - 1]);
}

function tiers(started: Started): unknown[] {
  const values = sheetValues(started.runtime, 'Students') ?? [];
  const index = (values[0] ?? []).indexOf('Tier');
  return values.slice(1).map((row) => row[index]);
}

describe('settings and saved state that are not what they should be', () => {
  it('trains with the defaults when the saved settings are null, and says so', () => {
    const started = withSample('loadSampleMath');
    properties(started.runtime).setProperty('passcompass.settings', 'null');
    click(started, 'trainModel');
    expect(alerts(started.runtime)[0]).toMatch(/^Version 1 /);
    expect(alerts(started.runtime)[0]).toContain(
      'Setting: The saved settings hold null, not a set of named values; defaults are used.',
    );
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toMatch(/^Scored 395 students with model version 1: 25 High/);
  });

  it('names each null setting and uses its default, never reading null as 0', () => {
    const started = withSample('loadSampleMath');
    properties(started.runtime).setProperty(
      'passcompass.settings',
      JSON.stringify({ mode: 'early', seed: null, capacity: null }),
    );
    click(started, 'trainModel');
    const report = alerts(started.runtime)[0] ?? '';
    expect(report).toContain('Setting: capacity must be a whole number from 1 to 100000; using 25.');
    expect(report).toContain('Setting: seed must be a whole number from 0 to 2147483647; using 1.');
  });

  it.each([
    ['2.5', 2.5],
    ['-3', -3],
    ['lots', '"lots"'],
  ])('scores every row, and says so, when passcompass.rowsPerExecution is %s', (value, shown) => {
    const started = trainedMath();
    properties(started.runtime).setProperty('passcompass.rowsPerExecution', value);
    click(started, 'scoreStudents');
    const summary = alerts(started.runtime).at(-1) ?? '';
    expect(summary).toMatch(/^Scored 395 students with model version 1: 25 High/);
    expect(summary).toContain(
      `The document property passcompass.rowsPerExecution is ${String(shown)}, not a whole number of rows from 1; ` +
        'it was ignored, and each execution scored as many rows as the cost model allows.',
    );
    expect(tiers(started).filter((t) => t === '')).toEqual([]);
  });

  it('scores a roster with a 50,000-character header, in one execution and in blocks (the saved run keeps a digest)', () => {
    const started = trainedMath();
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    sheet?.insertColumnBefore(1);
    sheet?.getRange(1, 1).setValue('x'.repeat(50_000));
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toMatch(/^Scored 395 students with model version 1: 25 High/);

    properties(started.runtime).setProperty('passcompass.rowsPerExecution', '100');
    click(started, 'scoreStudents', 0); // 100 rows, then the background trigger continues
    expect(properties(started.runtime).getProperty('passcompass.scoringRun')?.length).toBeLessThan(1000);
    started.runtime.google.runFor(30 * 60 * 1000);
    expect(properties(started.runtime).getProperty('passcompass.scoringRun')).toBeNull();
    expect(started.runtime.google.executions.finished.filter((e) => e.status === 'failed')).toEqual([]);
    const log = (sheetValues(started.runtime, 'Inference log') ?? []).slice(1);
    expect(log.filter((row) => row[1] === log.at(-1)?.[1] && row[5] !== '')).toHaveLength(395);
  });

  it('ends a saved scoring run it cannot read, says which field, and scores again on the next click', () => {
    const started = trainedMath();
    properties(started.runtime).setProperty('passcompass.rowsPerExecution', '100');
    click(started, 'scoreStudents', 0); // scores 100 rows, continues in the background
    const saved = JSON.parse(
      properties(started.runtime).getProperty('passcompass.scoringRun') ?? '{}',
    ) as object;
    properties(started.runtime).setProperty(
      'passcompass.scoringRun',
      JSON.stringify({ ...saved, nextRow: 2.5 }),
    );
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toBe(
      'The saved state of a scoring run (document property passcompass.scoringRun) could not be read: "nextRow" ' +
        'is 2.5, not a whole number from 0 to 395. That run was ended (its rows in the Inference log say Not ' +
        'finished); the Students sheet keeps what was written. Score again to start from the first row.',
    );
    const log = (sheetValues(started.runtime, 'Inference log') ?? []).slice(1);
    expect(log.length).toBe(100);
    expect(log.every((row) => row[5] === 'Not finished')).toBe(true);
    properties(started.runtime).deleteProperty('passcompass.rowsPerExecution');
    click(started, 'scoreStudents', 2); // the notice of the ended run, then the summary
    expect(alerts(started.runtime).at(-1)).toMatch(/^Scored 395 students/);
  });
});

describe('registry rows that were edited', () => {
  it('never loads a version whose catch curve was edited, and says which row', () => {
    const started = trainedMath();
    const cell = versionCell(started, 2, 'Catch curve (JSON)');
    const curve = JSON.parse(String(cell?.getValue())) as { byShare: number[] };
    curve.byShare[5] = 0.99;
    cell?.setValue(JSON.stringify(curve));
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toMatch(
      /^Model version 1 was not loaded: Versions row 2: its row no longer matches its checksum: a cell the checksum covers was changed/,
    );
    cell?.setValue('{"byShare": [0.1,');
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toBe(
      'Model version 1 was not loaded: Versions row 2, "Catch curve (JSON)" is not valid JSON. Roll back to an ' +
        'earlier version or train a new one.',
    );
  });

  it.each([
    ['Mode', 'mid'],
    ['Threshold', 0.01],
    ['Features', 'failures'],
  ] as const)('never loads a version whose %s was edited', (name, value) => {
    const started = trainedMath();
    versionCell(started, 2, name)?.setValue(value);
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toMatch(
      /^Model version 1 was not loaded: Versions row 2: its row no longer matches/,
    );
  });

  it.each([
    ['{}', 'is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))'],
    ['null', 'is null, not a model'],
    ['{"intercept": ', 'is not valid JSON'],
  ])(
    'refuses model JSON %s that matches its checksum but is not a model, in plain words',
    (json, problem) => {
      const started = trainedMath();
      versionCell(started, 2, 'Model (JSON)')?.setValue(json);
      versionCell(started, 2, 'Checksum (SHA-256)')?.setValue(sha256Hex(json));
      click(started, 'scoreStudents');
      expect(alerts(started.runtime).at(-1)).toBe(
        `Model version 1 was not loaded: Versions row 2, "Model (JSON)" ${problem}. Roll back to an earlier version or train a new one.`,
      );
    },
  );

  it('never lets a new version take the champion alias after the champion AUC was edited to 0.01', () => {
    const started = trainedMath();
    const cell = versionCell(started, 2, 'Metrics (JSON)');
    cell?.setValue(JSON.stringify({ ...(JSON.parse(String(cell.getValue())) as object), auc: 0.01 }));
    click(started, 'trainModel');
    expect(statuses(started)).toEqual(['champion', 'challenger']);
    expect(alerts(started.runtime).at(-1)).toMatch(
      /It is now the challenger: champion v1 could not be loaded \(Versions row 2: its row no longer matches its checksum: .*\), so nothing was compared; promote by hand\./,
    );
  });

  it('loads a row of an earlier PassCompass (checksum of the model JSON only) but trusts only its model', () => {
    const started = trainedMath();
    versionCell(started, 2, 'Checksum (SHA-256)')?.setValue(
      sha256Hex(String(versionCell(started, 2, 'Model (JSON)')?.getValue())),
    );
    const metrics = versionCell(started, 2, 'Metrics (JSON)');
    metrics?.setValue(JSON.stringify({ ...(JSON.parse(String(metrics.getValue())) as object), auc: 0.01 }));
    click(started, 'scoreStudents');
    const summary = alerts(started.runtime).at(-1) ?? '';
    expect(summary).toMatch(/^Scored 395 students with model version 1: 25 High, \d+ Medium, \d+ Low\.\n/);
    expect(summary).not.toContain('From cross-validation');
    expect(summary).toContain(
      'No share of failures caught is given: version 1 was recorded by an earlier PassCompass and its catch ' +
        'curve is not covered by its checksum. Train a new version to have one.',
    );
    click(started, 'trainModel');
    expect(statuses(started)).toEqual(['champion', 'challenger']);
    expect(alerts(started.runtime).at(-1)).toContain(
      'It is now the challenger: champion v1 was recorded by an earlier PassCompass and its CV ROC AUC (0.010) ' +
        'is not covered by its checksum, so it is not compared; promote by hand.',
    );
  });
});

describe("PassCompass's own sheets emptied by hand", () => {
  it.each([
    ['Inference log', 'Time'],
    ['Experiments', 'Run'],
  ])(
    'keeps scoring and training when the %s sheet was cleared, header and all, and writes its header back',
    (name, firstHeader) => {
      const started = trainedMath();
      click(started, 'scoreStudents');
      started.runtime.spreadsheet.getSheetByName(name)?.clear();
      click(started, 'scoreStudents');
      click(started, 'trainModel');
      expect(alerts(started.runtime).at(-2)).toMatch(/^Scored 395 students with model version 1/);
      expect(alerts(started.runtime).at(-1)).toMatch(/^Version 2 /);
      const values = sheetValues(started.runtime, name) ?? [];
      expect(values[0]?.[0]).toBe(firstHeader);
      expect(values.length).toBe(name === 'Experiments' ? 2 : 396);
    },
  );
});

describe('one source of truth for the champion', () => {
  it('scores with the champion of the Aliases when two Versions rows say champion, and rewrites the mirror next', () => {
    const started = trainedMath();
    click(started, 'trainModel'); // version 2, challenger
    started.runtime.ui.answerNextPrompt('better', 'OK');
    started.addOn.call('promoteChallenger'); // version 2 champion
    versionCell(started, 2, 'Status')?.setValue('champion');
    expect(statuses(started)).toEqual(['champion', 'champion']);
    click(started, 'scoreStudents');
    const summary = alerts(started.runtime).at(-1) ?? '';
    expect(summary).toMatch(/^Scored 395 students with model version 2:/);
    expect(summary).toContain(
      'Versions: the Status column disagrees with the Aliases history (row 2 says "champion" for archived). The ' +
        'Aliases decide: the champion is version 2 and the challenger no version; the Status column is rewritten ' +
        'to match at the next Train model, Promote or Roll back.',
    );
    click(started, 'trainModel');
    expect(statuses(started)).toEqual(['archived', 'champion', 'challenger']);
  });

  it('names an Aliases time no date can hold when there is no champion left to score with', () => {
    const started = trainedMath();
    started.runtime.spreadsheet.getSheetByName('Aliases')?.getRange(2, 1).setValue(9_007_199_254_740_991);
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toBe(
      'There is no model to score with yet. Aliases row 2: "Time" is 9007199254740991, not a time. That row is ' +
        'ignored: from the other rows, the champion is no version and the challenger no version. Versions: the ' +
        'Status column disagrees with the Aliases history (row 2 says "champion" for archived). The Aliases ' +
        'decide: the champion is no version and the challenger no version; the Status column is rewritten to ' +
        'match at the next Train model, Promote or Roll back. Run Train model first.',
    );
  });

  it('ignores a damaged Aliases row, naming it, and scores with what the other rows say', () => {
    const started = trainedMath();
    started.runtime.spreadsheet.getSheetByName('Aliases')?.getRange(2, 2).setValue('boss');
    click(started, 'scoreStudents');
    expect(alerts(started.runtime).at(-1)).toBe(
      'There is no model to score with yet. Aliases row 2: "Alias" is "boss", not champion or challenger. That ' +
        'row is ignored: from the other rows, the champion is no version and the challenger no version. ' +
        'Versions: the Status column disagrees with the Aliases history (row 2 says "champion" for archived). ' +
        'The Aliases decide: the champion is no version and the challenger no version; the Status column is ' +
        'rewritten to match at the next Train model, Promote or Roll back. Run Train model first.',
    );
    started.runtime.spreadsheet.getSheetByName('Aliases')?.getRange(2, 2).setValue('champion');
    started.runtime.spreadsheet.getSheetByName('Aliases')?.getRange(2, 5).setValue('magic');
    click(started, 'trainModel');
    expect(alerts(started.runtime).at(-1)).toContain(
      'Aliases row 2: "Moved by" is "magic", not one of set by training, import, promote, roll back. That row is ignored: ' +
        'from the other rows, the champion is no version and the challenger no version.',
    );
  });
});

describe('ties in risk at the High cut-off', () => {
  /** The trained add-on with Students replaced by `rows` (header first) of the sample. */
  function withStudents(started: Started, pick: (sample: unknown[][]) => unknown[][]): void {
    const [header = [], ...sample] = sheetValues(started.runtime, 'Students') ?? [];
    started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
    writeStudents(started.runtime, [header, ...pick(sample)]);
  }

  it('marks nobody High when every student has the same risk, and says why', () => {
    const started = trainedMath();
    withStudents(started, (sample) => Array.from({ length: 70 }, () => sample[0] ?? []));
    click(started, 'scoreStudents');
    const summary = alerts(started.runtime).at(-1) ?? '';
    expect(summary).toMatch(/^Scored 70 students with model version 1: 0 High, /);
    expect(summary).toMatch(
      /Every scored student has the same risk \(\d+\.\d%\): the model cannot rank them, so none is marked High\./,
    );
    expect(tiers(started).filter((t) => t === 'High')).toEqual([]);
  });

  it('keeps a pair of equal risks split by the capacity out of High, and reports them', () => {
    const started = trainedMath();
    // Every student twice: the 25 places end inside the 13th pair.
    withStudents(started, (sample) => sample.flatMap((row) => [row, row]));
    click(started, 'scoreStudents');
    const summary = alerts(started.runtime).at(-1) ?? '';
    expect(summary).toMatch(/^Scored 790 students with model version 1: 24 High, /);
    expect(summary).toMatch(
      /2 students share the risk at the High tier's cut-off \(\d+\.\d%\) and only 1 High place was left: none of them is marked High/,
    );
    expect(tiers(started).filter((t) => t === 'High')).toHaveLength(24);
  });
});
