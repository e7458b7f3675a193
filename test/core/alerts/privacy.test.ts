/**
 * Privacy of the alert email: facts built from a roster full of distinctive fake student data, the way the
 * monitoring job builds them (aggregates from `checkRoster` and `datasetDrift`), never show a name, a key, a
 * note or a row number; the ways a caller could misuse the few free-text fields are caught by
 * `assertNoRosterText` before sending; and markup in any text is escaped.
 */
import { median } from 'simple-statistics';
import type { AlertFacts, AlertVerdict, DriftFacts } from '../../../src/core/alerts/alert-facts';
import { dataQualityFromIssues } from '../../../src/core/alerts/data-quality-facts';
import { type AlertEmail, renderAlertEmail } from '../../../src/core/alerts/render-alert';
import {
  AlertPrivacyError,
  assertNoRosterText,
  rosterTextIn,
} from '../../../src/core/alerts/roster-text-guard';
import { type StudentRecord, attributeNamed, isCategorical } from '../../../src/core/data/dictionary';
import { REQUIRED_INPUTS, checkRoster } from '../../../src/core/data/roster/check-roster';
import { SAMPLE_FILES, sampleTable } from '../../../src/core/data/sample';
import type { ColumnDrift } from '../../../src/core/drift/column-drift';
import { columnTable } from '../../../src/core/drift/column-table';
import { datasetDrift } from '../../../src/core/drift/dataset-drift';
import { metricsAtThreshold, rocAuc } from '../../../src/core/model/metrics';
import { seededRandom } from '../../../src/core/random';
import { sampleProjectFile } from '../../support/bundled-samples';
import { anAlert } from './alert-facts-builder';
import { everything } from './email-text';
import { fakeSchool } from './fake-school';

const school = fakeSchool();
const checked = checkRoster(school.table);
const training = checkRoster(
  (() => {
    const table = sampleTable([
      { file: SAMPLE_FILES.math, csvText: sampleProjectFile('sample-student-mat') },
    ]);
    return [table.header, ...table.rows];
  })(),
);

/** A drift phrase from aggregates only: medians of a numeric column, the share of the commonest category. */
function shiftPhrase(
  column: ColumnDrift,
  reference: readonly StudentRecord[],
  current: readonly StudentRecord[],
) {
  const attribute = attributeNamed(column.column);
  const values = (records: readonly StudentRecord[]) =>
    records.map((record) => record[column.column]).filter((value) => value !== null && value !== undefined);
  if (!isCategorical(attribute)) {
    const numbers = (records: readonly StudentRecord[]) => values(records) as number[];
    return `${attribute.label}: median ${median(numbers(reference))} → ${median(numbers(current))}`;
  }
  const [first] = attribute.categories;
  const share = (records: readonly StudentRecord[]) => {
    const all = values(records);
    return `${Math.round((100 * all.filter((value) => value === first).length) / all.length)}%`;
  };
  return `${attribute.label}: "${attribute.categoryLabels?.[first ?? ''] ?? first}" ${share(reference)} → ${share(current)}`;
}

function driftFacts(): DriftFacts {
  const drift = datasetDrift(
    columnTable(training.records, REQUIRED_INPUTS),
    columnTable(checked.records, REQUIRED_INPUTS),
  );
  const top = drift.columns
    .filter((column) => column.drifted)
    .sort((a, b) => (a.adjustedP ?? 1) - (b.adjustedP ?? 1))
    .slice(0, 5);
  return {
    rowsCompared: drift.quality.current.rows,
    referenceRows: drift.quality.reference.rows,
    columnsTested: drift.testedColumns,
    columnsDrifted: drift.raw.driftedColumns,
    columnsDriftedCorrected: drift.corrected.driftedColumns,
    topColumns: top.map((column) => shiftPhrase(column, training.records, checked.records)),
  };
}

function accuracyFacts(): AlertFacts['accuracy'] {
  const graded = checked.records.filter((record) => typeof record.G3 === 'number');
  const labels: number[] = graded.map((record) => ((record.G3 as number) < 10 ? 1 : 0));
  const random = seededRandom(3);
  const risks = labels.map((label) => (label ? 0.3 : 0.05) + 0.6 * random());
  const at = metricsAtThreshold(risks, labels, 0.5);
  const figure = (value: number, expected: number) => ({
    value,
    low: Math.max(0, value - 0.08),
    high: Math.min(1, value + 0.08),
    expected,
    flagged: expected > value + 0.08,
  });
  return {
    studentsWithFinalGrades: graded.length,
    auc: figure(rocAuc(risks, labels), 0.9),
    accuracy: figure(at.accuracy, 0.85),
    highTierRecall: figure(at.recall, 0.7),
    highTierPrecision: figure(at.precision, 0.5),
    failRate: figure(
      labels.reduce((a, b) => a + b, 0) / labels.length,
      risks.reduce((a, b) => a + b, 0) / risks.length,
    ),
  };
}

/** Facts of one check of the fake school, with every kind of finding, built from aggregates only. */
function factsOfTheFakeSchool(verdicts: readonly AlertVerdict[]): AlertFacts {
  return {
    spreadsheet: {
      name: 'Year 11 tutor groups 2024/25',
      url: 'https://docs.google.com/spreadsheets/d/1x/edit',
    },
    checkedAt: '12 March 2025, 06:00',
    model: { version: 4, moment: 'mid' },
    verdicts,
    drift: driftFacts(),
    dataQuality: dataQualityFromIssues(checked.issues),
    accuracy: accuracyFacts(),
    failure: { stage: 'comparing the roster with the training data' },
    missed: { lastFinishedAt: '9 March 2025, 06:01', hoursWithoutCheck: 72 },
    ...(verdicts.includes('back-to-normal') ? { resolved: ['drift', 'data-quality'] as const } : {}),
  };
}

/** The distinctive strings found anywhere in `email` (subject, plain text, HTML source and HTML text). */
function leaks(email: AlertEmail): string[] {
  const all = everything(email).toLowerCase();
  const found = school.distinctive.filter(
    (text) => !text.startsWith('row ') && all.includes(text.toLowerCase()),
  );
  const rows = all.match(/\brows? \d+\b/g) ?? [];
  return [...found, ...rows];
}

describe('an alert built from the aggregates of a roster full of names', () => {
  it('is built from a roster whose issues and keys do carry the names (the test would catch a leak)', () => {
    expect(checked.rowKeys.slice(0, 2)).toEqual(['Zebedee Quillfeather', 'Ottoline Quillfeather']);
    expect(checked.issues.some((issue) => issue.value === 'Evander Quillfeather' && issue.row === 16)).toBe(
      true,
    );
    expect(driftFacts()).toMatchObject({ rowsCompared: 240, referenceRows: 395, columnsTested: 30 });
  });

  it.each<[string, AlertVerdict[]]>([
    ['every problem at once', ['drift', 'data-quality', 'accuracy', 'check-failed', 'check-missed']],
    ['drift', ['drift']],
    ['data quality', ['data-quality']],
    ['accuracy', ['accuracy']],
    ['back to normal', ['back-to-normal']],
  ])('shows no name, key, note or row number (%s)', (_, verdicts) => {
    const email = renderAlertEmail(factsOfTheFakeSchool(verdicts));
    expect(leaks(email)).toEqual([]);
    expect(() => assertNoRosterText(email, school.distinctive)).not.toThrow();
  });

  it('still shows the aggregates: counts, columns and phrases', () => {
    const email = renderAlertEmail(factsOfTheFakeSchool(['drift', 'data-quality']));
    expect(email.body).toContain('PassCompass compared the 240 students on this term');
    expect(email.body).toContain('  Mjob (K)       not a valid value  16 cells');
    expect(email.body).toMatch(/ {2}- absences: median \d+ → \d+\n/);
  });
});

describe('a caller misusing the free-text fields', () => {
  const clean = factsOfTheFakeSchool(['drift', 'data-quality']);
  const zebedee = school.names[0] ?? '';

  it('is caught when a drift phrase names a student, and the error does not repeat the name', () => {
    const facts = {
      ...clean,
      drift: { ...driftFactsOf(clean), topColumns: [`absences: highest is ${zebedee} with 96`] },
    };
    const email = renderAlertEmail(facts);
    expect(rosterTextIn(email, school.names)).toEqual(['Zebedee Quillfeather']);
    expect(() => assertNoRosterText(email, school.distinctive)).toThrow(AlertPrivacyError);
    expect(() => assertNoRosterText(email, school.distinctive)).toThrow(
      'The alert would show 3 pieces of student data; it was not sent.', // full name, first name, surname
    );
  });

  it('is caught when a column label carries a student number or a quoted cell', () => {
    const issue = checked.issues.find((i) => school.names.includes(i.value));
    const facts = {
      ...clean,
      dataQuality: [
        { kind: 'blank' as const, column: school.studentNumbers[3] ?? '', count: 1 },
        { kind: 'out-of-range' as const, column: `${issue?.column}: ${issue?.value}`, count: 1 },
      ],
    };
    expect(rosterTextIn(renderAlertEmail(facts), [...school.names, ...school.studentNumbers])).toEqual([
      'Evander Quillfeather',
      'QX7-1021',
    ]);
  });

  it('is caught when a phrase names a sheet row', () => {
    const facts = { ...clean, drift: { ...driftFactsOf(clean), topColumns: ['absences: see row 17'] } };
    expect(rosterTextIn(renderAlertEmail(facts), [])).toEqual(['row 17']);
  });

  it("is caught through the HTML's escaping, in any case and spacing", () => {
    const name = school.names.find((n) => n.includes("D'Arcy")) ?? '';
    const facts = { ...clean, spreadsheet: { ...clean.spreadsheet, name: `notes on ${name.toUpperCase()}` } };
    const email = renderAlertEmail(facts);
    expect(email.htmlBody).toContain('D&#39;ARCY-SNODGRASS');
    expect(rosterTextIn({ ...email, subject: '', body: '' }, [name.replace(' ', '  ')])).toEqual([
      name.replace(' ', '  '),
    ]);
  });

  it('cannot add a field for a name: AlertFacts has none, and an extra field is never shown', () => {
    const facts: AlertFacts = {
      ...clean,
      // @ts-expect-error AlertFacts has no field for a student's name
      studentName: zebedee,
    };
    expect(leaks(renderAlertEmail(facts))).toEqual([]);
  });

  it('skips identifying texts too short to search for without matching ordinary words', () => {
    const email = renderAlertEmail(clean);
    expect(rosterTextIn(email, ['the', 'Mjob', '2025', '12345'])).toEqual(['Mjob']);
  });
});

describe('markup in the facts', () => {
  const script = '<script>alert("pwned")</script>';

  it('is escaped in the spreadsheet name, in the title and the page', () => {
    const email = renderAlertEmail(anAlert().withSpreadsheet(script).withDrift().build());
    expect(email.htmlBody).not.toMatch(/<script/i);
    expect(email.htmlBody).toContain(
      '<td style="padding:2px 0;color:#101828;">&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;</td>',
    );
    expect(email.body).toContain(`Spreadsheet: ${script}`); // plain text is not HTML
  });

  it('is escaped in phrases, column labels, stages and times', () => {
    const email = renderAlertEmail(
      anAlert()
        .withCheckedAt('<b>7 May</b>')
        .withDrift({ topColumns: ['<img src=x onerror=alert(1)>: 1 → 2'] })
        .withDataQuality([{ kind: 'blank', column: '"><iframe src="https://evil.example">', count: 3 }])
        .withFailedCheck("'><svg onload=alert(1)>")
        .build(),
    );
    expect(email.htmlBody).not.toMatch(/<(img|iframe|svg|b)[\s>]/i);
    expect(email.htmlBody).toContain('&lt;img src=x onerror=alert(1)&gt;: 1 → 2');
    expect(email.htmlBody).toContain('&quot;&gt;&lt;iframe src=&quot;https://evil.example&quot;&gt;');
    expect(email.htmlBody).toContain('&#39;&gt;&lt;svg onload=alert(1)&gt;');
  });
});

function driftFactsOf(facts: AlertFacts): DriftFacts {
  if (!facts.drift) throw new Error('no drift facts');
  return facts.drift;
}
