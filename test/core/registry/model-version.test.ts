/**
 * A row of the Versions sheet, cell by cell: what `versionToRow` writes (stated by hand), where the cell limit
 * falls, and the exact words of every refusal `versionFromRow` gives for a cell that is not what PassCompass writes.
 */
import type { VersionEvidence } from '../../../src/core/model/evidence';
import {
  CELL_CHARACTER_LIMIT,
  type ModelVersion,
  VERSION_HEADER,
  describeCell,
  isBlankRow,
  versionFromRow,
  versionToRow,
} from '../../../src/core/registry/model-version';
import { fixtureEvidence } from '../../support/model-card-fixture';

/** 64 hex digits, written out: the checksum cell's format, whatever it was computed over. */
const CHECKSUM = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';

const column = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);

/** A version of the mid-term model; the row does not check the checksum, so it is a fixed one. */
function aVersion(overrides: Partial<ModelVersion> = {}): ModelVersion {
  return {
    version: 4,
    createdAt: '2026-11-26T10:00:00.000Z',
    experimentId: 'R-0004',
    dataFingerprint: 'f00d',
    rows: 395,
    mode: 'mid',
    features: ['failures', 'absences', 'G1'],
    metrics: { auc: 0.81, brier: 0.12, precision: Number.NaN },
    threshold: 0.35,
    modelJson: '{"intercept":-1}',
    checksum: CHECKSUM,
    status: 'challenger',
    catchCurve: null,
    referenceSample: '',
    evidence: null,
    ...overrides,
  };
}

/** The row of `aVersion()` with one cell replaced, read back. */
function readWith(name: (typeof VERSION_HEADER)[number], value: unknown) {
  const row: unknown[] = versionToRow(aVersion());
  row[column(name)] = value;
  return versionFromRow(row);
}

describe('the row a version is written as', () => {
  it('holds every cell as stated, the metrics copied to the display columns', () => {
    expect(versionToRow(aVersion())).toEqual([
      4,
      new Date('2026-11-26T10:00:00.000Z'),
      'R-0004',
      'f00d',
      395,
      'mid',
      'failures, absences, G1',
      0.81,
      0.12,
      0.35,
      '{"auc":0.81,"brier":0.12,"precision":null}',
      '{"intercept":-1}',
      CHECKSUM,
      'challenger',
      '',
      '',
      '',
    ]);
  });

  it('leaves a display column blank for an undefined or missing metric, and reads the row back', () => {
    const version = aVersion({ metrics: { auc: Number.NaN } });
    const row = versionToRow(version);
    expect(row[column('CV ROC AUC')]).toBe('');
    expect(row[column('CV Brier')]).toBe('');
    expect(row[column('Metrics (JSON)')]).toBe('{"auc":null}');
    // A mid-term version with blank display cells is a version.
    expect(versionFromRow(row)).toEqual(version);
  });

  it('takes model JSON of exactly the cell limit, and refuses one character more, with the figures', () => {
    // '{"pad":"' and '"}' are 10 characters around the padding.
    const atLimit = `{"pad":"${'x'.repeat(49_990)}"}`;
    expect(atLimit).toHaveLength(50_000);
    expect(CELL_CHARACTER_LIMIT).toBe(50_000);
    expect(versionToRow(aVersion({ modelJson: atLimit }))[column('Model (JSON)')]).toBe(atLimit);
    const over = `{"pad":"${'x'.repeat(49_991)}"}`;
    expect(() => versionToRow(aVersion({ modelJson: over }))).toThrow(
      new RangeError('Model version 4 is 50001 characters of JSON, over the 50000-character cell limit.'),
    );
  });

  it('takes evidence of exactly the cell limit, and refuses one character more, with the figures', () => {
    const evidence = fixtureEvidence();
    const padded = (length: number): VersionEvidence => ({
      ...evidence,
      equity: { ...evidence.equity, leftOut: ['x'.repeat(length)] },
    });
    // The cell is the JSON of the evidence with its keys sorted: as long as the plain JSON.
    const pad = 50_000 - JSON.stringify(padded(0)).length;
    expect(JSON.stringify(padded(pad))).toHaveLength(50_000);
    const cell = versionToRow(aVersion({ evidence: padded(pad) }))[column('Evidence (JSON)')];
    expect(cell).toHaveLength(50_000);
    expect(() => versionToRow(aVersion({ evidence: padded(pad + 1) }))).toThrow(
      new RangeError(
        'The evidence of model version 4 is 50001 characters of JSON, over the 50000-character cell limit.',
      ),
    );
  });
});

describe('reading a version row back', () => {
  it('takes a checksum with spaces around it or in capitals, and keeps it trimmed in lower case', () => {
    const read = readWith('Checksum (SHA-256)', ` ${CHECKSUM.toUpperCase()} `) as ModelVersion;
    expect(read.checksum).toBe(CHECKSUM);
  });

  it('drops empty entries of the features list', () => {
    const read = readWith('Features', 'failures, , absences,') as ModelVersion;
    expect(read.features).toEqual(['failures', 'absences']);
  });

  it('reads a missing status as blank and a number as its text', () => {
    expect((readWith('Status', null) as ModelVersion).status).toBe('');
    expect((readWith('Status', undefined) as ModelVersion).status).toBe('');
    expect((readWith('Status', 7) as ModelVersion).status).toBe('7');
  });

  it.each([0, 1])('takes the threshold %p, an end of [0, 1]', (threshold) => {
    expect((readWith('Threshold', threshold) as ModelVersion).threshold).toBe(threshold);
  });

  it('takes model JSON of exactly the cell limit, and refuses one character more', () => {
    const atLimit = 'x'.repeat(50_000);
    expect((readWith('Model (JSON)', atLimit) as ModelVersion).modelJson).toBe(atLimit);
    expect(readWith('Model (JSON)', `${atLimit}x`)).toEqual({
      column: 'Model (JSON)',
      problem: 'is over the 50000-character cell limit',
    });
  });

  it.each([
    ['Version', null, 'is blank, not a version number (a whole number from 1)'],
    ['Created', new Date(Number.NaN), 'is not a valid date, not a time'],
    ['Experiment', '  ', 'is "  ", not a run id'],
    ['Data fingerprint', ' ', 'is " ", not a fingerprint'],
    ['Features', '  ', 'is "  ", not a list of features'],
    ['Threshold', -0.1, 'is -0.1, not a probability from 0 to 1'],
    ['Metrics (JSON)', '', 'is blank, not the JSON of the metrics'],
    ['Metrics (JSON)', '   ', 'is blank, not the JSON of the metrics'],
    ['Metrics (JSON)', 0.8, 'is blank, not the JSON of the metrics'],
    ['Metrics (JSON)', '5', 'is not a JSON object of metrics'],
    ['Metrics (JSON)', '"auc"', 'is not a JSON object of metrics'],
    ['Metrics (JSON)', 'null', 'is not a JSON object of metrics'],
    ['Model (JSON)', ' ', 'is " ", not the JSON of a model'],
    [
      'Checksum (SHA-256)',
      `${CHECKSUM}0`,
      'is "0123456789abcdef0123456789abcdef01234…", not a SHA-256 checksum (64 hex digits)',
    ],
    [
      'Checksum (SHA-256)',
      `x${CHECKSUM}`,
      'is "x0123456789abcdef0123456789abcdef0123…", not a SHA-256 checksum (64 hex digits)',
    ],
    ['Catch curve (JSON)', 5, 'is not JSON text'],
  ] as const)('refuses %s = %p, in these words', (name, value, problem) => {
    expect(readWith(name, value)).toEqual({ column: name, problem });
  });
});

describe('a cell in a message', () => {
  it('shows text of up to 40 characters whole, and longer text cut to 37 and an ellipsis', () => {
    const forty = 'abcdefghij'.repeat(4);
    expect(describeCell(forty)).toBe('"abcdefghijabcdefghijabcdefghijabcdefghij"');
    expect(describeCell(`${forty}k`)).toBe('"abcdefghijabcdefghijabcdefghijabcdefg…"');
    expect(readWith('Mode', `${forty}k`)).toEqual({
      column: 'Mode',
      problem: 'is "abcdefghijabcdefghijabcdefghijabcdefg…", not early or mid',
    });
  });

  it('shows a blank, a missing cell and an invalid date in words, a date as ISO text', () => {
    expect(describeCell('')).toBe('blank');
    expect(describeCell(null)).toBe('blank');
    expect(describeCell(undefined)).toBe('blank');
    expect(describeCell(new Date(Number.NaN))).toBe('not a valid date');
    expect(describeCell(new Date('2026-11-26T10:00:00.000Z'))).toBe('2026-11-26T10:00:00.000Z');
    expect(describeCell(0)).toBe('0');
  });
});

describe('a blank row', () => {
  it('is one whose cells are all blank, null or missing', () => {
    expect(isBlankRow(['', '', ''])).toBe(true);
    expect(isBlankRow([null, null])).toBe(true);
    expect(isBlankRow([undefined, ''])).toBe(true);
    expect(isBlankRow([])).toBe(true);
  });

  it('is not one with a number, even 0, or text in it', () => {
    expect(isBlankRow(['', 0, ''])).toBe(false);
    expect(isBlankRow([null, 'R-0001'])).toBe(false);
  });
});
