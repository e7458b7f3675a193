import { alerts, saveSettings, sheetValues, withSample, writeStudents, type Started } from './support';

const OWN = ['Risk of failing', 'Tier', 'Main reasons', 'Model version', 'Scored at'];

function trained(menuFunction = 'loadSampleBothCourses', settings: Record<string, unknown> = {}): Started {
  const started = withSample(menuFunction);
  saveSettings(started.runtime, settings);
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
  return started;
}

function score(started: Started): void {
  started.runtime.ui.answerNext('OK');
  started.addOn.call('scoreStudents');
}

function students(started: Started): unknown[][] {
  return sheetValues(started.runtime, 'Students') ?? [];
}

function column(values: unknown[][], header: string): unknown[] {
  const index = (values[0] ?? []).indexOf(header);
  if (index < 0) throw new Error(`no column ${header}`);
  return values.slice(1).map((row) => row[index]);
}

describe('Score students, through the bundle', () => {
  it('adds its five columns at the right and never changes a teacher cell', () => {
    const started = trained();
    const before = students(started);
    score(started);
    const after = students(started);
    expect((after[0] ?? []).slice(34)).toEqual(OWN);
    expect(after.map((row) => row.slice(0, 34))).toEqual(before);
    const risks = column(after, 'Risk of failing');
    expect(risks.every((r) => typeof r === 'number' && r >= 0 && r <= 1)).toBe(true);
    expect(new Set(column(after, 'Tier'))).toEqual(new Set(['High', 'Medium', 'Low']));
    expect(column(after, 'Model version').every((v) => v === 1)).toBe(true);
    expect(
      column(after, 'Scored at').every(
        (v) => v instanceof Date || Object.prototype.toString.call(v) === '[object Date]',
      ),
    ).toBe(true);
  });

  it('puts exactly the capacity in the High tier and reports the expected share of failures caught', () => {
    const started = trained('loadSampleBothCourses', { capacity: 40 });
    score(started);
    expect(column(students(started), 'Tier').filter((t) => t === 'High')).toHaveLength(40);
    expect(alerts(started.runtime).at(-1)).toMatch(
      /^Scored 1044 students with model version 1: 40 High, \d+ Medium, \d+ Low\. From cross-validation, the High tier should contain about \d+% of the students who will fail\.$/,
    );
  });

  it('uses risk thresholds when the settings say so', () => {
    const started = trained('loadSampleMath', { tierRule: 'thresholds', highFrom: 0.5, mediumFrom: 0.2 });
    score(started);
    const values = students(started);
    const tiers = column(values, 'Tier');
    column(values, 'Risk of failing').forEach((risk, i) => {
      expect(tiers[i]).toBe(Number(risk) >= 0.5 ? 'High' : Number(risk) >= 0.2 ? 'Medium' : 'Low');
    });
  });

  it('names reasons in words, and only factors that raise the risk', () => {
    const started = trained('loadSampleMath', { mode: 'early' });
    score(started);
    const values = students(started);
    const reasons = column(values, 'Main reasons').map(String);
    const failures = column(values, 'failures');
    const withFailures = reasons.filter((_, i) => Number(failures[i]) >= 2);
    expect(withFailures.length).toBeGreaterThan(0);
    expect(withFailures.every((text) => /past class failures/.test(text))).toBe(true);
    expect(reasons.some((text) => /[=_]/.test(text))).toBe(false);
  });

  it('updates its columns in place when run again, and finds them after a user moves them', () => {
    const started = trained('loadSampleMath');
    score(started);
    const first = students(started);
    // The teacher moves PassCompass's columns to the front of the sheet.
    const moved = first.map((row) => [...row.slice(34), ...row.slice(0, 34)]);
    started.runtime.spreadsheet.deleteSheet(started.runtime.spreadsheet.getSheetByName('Students') as never);
    writeStudents(started.runtime, moved);
    score(started);
    const again = students(started);
    expect(again[0]).toEqual(moved[0]);
    expect(again.map((row) => row.slice(5))).toEqual(moved.map((row) => row.slice(5)));
  });

  it('explains a row it cannot score and gives it no risk', () => {
    const started = trained('loadSampleMath');
    started.runtime.spreadsheet.getSheetByName('Students')?.getRange('AE3').setValue('');
    score(started);
    const values = students(started);
    expect(column(values, 'Risk of failing')[1]).toBe('');
    expect(column(values, 'Tier')[1]).toBe('');
    expect(column(values, 'Main reasons')[1]).toBe('Not scored: first-period grade (G1) is blank.');
  });

  it('refuses to score without a model, and names a column the model needs', () => {
    const started = withSample('loadSampleMath');
    started.runtime.ui.answerNext('OK');
    started.addOn.call('scoreStudents');
    expect(alerts(started.runtime)[0]).toBe('There is no model to score with yet. Run Train model first.');
    const withModel = trained('loadSampleMath');
    const rows = students(withModel).map((row) => row.filter((_, i) => i !== 29));
    withModel.runtime.spreadsheet.deleteSheet(
      withModel.runtime.spreadsheet.getSheetByName('Students') as never,
    );
    writeStudents(withModel.runtime, rows);
    withModel.runtime.ui.answerNext('OK');
    withModel.addOn.call('scoreStudents');
    expect(alerts(withModel.runtime).at(-1)).toBe(
      'Model version 1 needs a column the roster lacks: "absences".',
    );
  });
});

describe('Score students: colours and filter', () => {
  it('colours the tier and shades the risk with its own rules, keeping the user rules', () => {
    const started = trained('loadSampleMath');
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    const userRule = started.runtime.SpreadsheetApp.newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(15)
      .setBackground('#00ff00')
      .setRanges([sheet?.getRange('AG2:AG396') as never])
      .build();
    sheet?.setConditionalFormatRules([userRule]);
    score(started);
    score(started);
    const rules = sheet?.getConditionalFormatRules() ?? [];
    expect(rules).toHaveLength(5);
    expect(rules[0]?.getBooleanCondition()?.getBackground()).toBe('#00ff00');
    const tierTexts = rules.slice(1, 4).map((r) => r.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(tierTexts).toEqual(['High', 'Medium', 'Low']);
    expect(rules[4]?.getGradientCondition()).not.toBeNull();
    expect(rules[4]?.getRanges()[0]?.getA1Notation()).toBe('AI2:AI396');
  });

  it('adds a filter over the data when there is none, and keeps a user filter', () => {
    const started = trained('loadSampleMath');
    score(started);
    expect(
      started.runtime.spreadsheet.getSheetByName('Students')?.getFilter()?.getRange().getA1Notation(),
    ).toBe('A1:AM396');
    const other = trained('loadSampleMath');
    other.runtime.spreadsheet.getSheetByName('Students')?.getRange('A1:C396').createFilter();
    score(other);
    expect(
      other.runtime.spreadsheet.getSheetByName('Students')?.getFilter()?.getRange().getA1Notation(),
    ).toBe('A1:C396');
  });
});

describe('Load sample data after scoring', () => {
  it('replaces the scored sample without asking, dropping the old scores', () => {
    const started = trained('loadSampleMath');
    score(started);
    const dialogs = started.runtime.ui.dialogs.length;
    started.addOn.call('loadSampleMath');
    expect(started.runtime.ui.dialogs).toHaveLength(dialogs);
    expect(students(started)[0]).toHaveLength(34);
  });
});
