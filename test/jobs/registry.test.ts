import { createHash } from 'node:crypto';
import { TamperedVersionError, versionChecksum } from '../../src/core/registry/integrity';
import { type ModelVersion, VERSION_HEADER, versionFromRow } from '../../src/core/registry/model-version';
import type { CellValue } from '../../src/jobs/ports';
import { ALIASES_SHEET, Registry, VERSIONS_SHEET } from '../../src/jobs/registry';
import { nodeDigests } from '../support/fakes';
import { type Sheets, emptySheets, train } from './trained';

const sha256Hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const col = (name: (typeof VERSION_HEADER)[number]) => VERSION_HEADER.indexOf(name);
const STATUS = col('Status');

/** Version 1 champion and version 2 challenger, trained on the Math sample (sheets shared by the tests). */
let twoVersions: Sheets;
beforeAll(() => {
  twoVersions = emptySheets();
  train(twoVersions);
  train(twoVersions);
});

/** A copy of the trained sheets, so each test edits its own. */
function sheets(): Sheets {
  const copy = emptySheets(twoVersions.students);
  copy.versions.data = twoVersions.versions.rows();
  copy.aliases.data = twoVersions.aliases.rows();
  return copy;
}

const read = (s: Sheets) => Registry.read(s, nodeDigests);

/** Sets one cell of a Versions row (0-based data row). */
function edit(s: Sheets, row: number, column: (typeof VERSION_HEADER)[number], value: CellValue): void {
  (s.versions.data[row] as CellValue[])[col(column)] = value;
}

/** Makes data row `row` look like one an earlier PassCompass wrote: a checksum of the model JSON only. */
function asLegacy(s: Sheets, row: number): void {
  edit(s, row, 'Checksum (SHA-256)', sha256Hex(String(s.versions.data[row]?.[col('Model (JSON)')])));
}

/** Signs data row `row` again as Train model would, so that an edit passes the full checksum. */
function resign(s: Sheets, row: number): void {
  const v = versionFromRow(s.versions.data[row] as CellValue[]);
  if ('problem' in v) throw new Error(`row ${row} does not parse: ${v.column} ${v.problem}`);
  edit(s, row, 'Checksum (SHA-256)', versionChecksum(v, sha256Hex));
}

const REFUSED = 'Roll back to an earlier version or train a new one.';

function metricsWith(s: Sheets, row: number, auc: number): string {
  const metrics = JSON.parse(String(s.versions.data[row]?.[col('Metrics (JSON)')])) as Record<
    string,
    unknown
  >;
  return JSON.stringify({ ...metrics, auc });
}

describe('one source of truth for the champion', () => {
  it('reads the champion from the Aliases history, whatever the Status column says', () => {
    const s = sheets();
    expect(s.versions.data.map((r) => r[STATUS])).toEqual(['champion', 'challenger']);
    edit(s, 1, 'Status', 'champion'); // two rows now claim champion
    const registry = read(s);
    expect(registry.aliases()).toEqual({ champion: 1, challenger: 2 });
    expect(registry.champion()?.version).toBe(1);
    expect(registry.problems).toEqual([
      'Versions: the Status column disagrees with the Aliases history (row 3 says "champion" for challenger). ' +
        'The Aliases decide: the champion is version 1 and the challenger version 2; the Status column is ' +
        'rewritten to match at the next Train model, Promote or Roll back.',
    ]);
  });

  it('rewrites the Status mirror from the Aliases at the next commit', () => {
    const s = sheets();
    edit(s, 0, 'Status', 'archived');
    edit(s, 1, 'Status', 'champion');
    read(s).commit(null, []);
    expect(s.versions.data.map((r) => r[STATUS])).toEqual(['champion', 'challenger']);
    expect(read(s).problems).toEqual([]);
  });

  it('ignores an Aliases row that breaks the schema, naming its row and column, and says what is used', () => {
    const s = sheets();
    (s.aliases.data[1] as CellValue[])[3] = 'two';
    const registry = read(s);
    expect(registry.aliases()).toEqual({ champion: 1, challenger: null });
    expect(registry.problems[0]).toBe(
      'Aliases row 3: "To version" is "two", not a version number or blank. That row is ignored: from the ' +
        'other rows, the champion is version 1 and the challenger no version.',
    );
  });
});

describe('loading a version', () => {
  it('loads an untouched version, vouched for in full by its checksum', () => {
    const version = read(sheets()).load(1);
    expect(version).toMatchObject({ version: 1, mode: 'early', checksumCovers: 'all' });
    expect(version.catchCurve?.byShare).toHaveLength(101);
  });

  it.each([
    ['an AUC edited to 0.01', (s: Sheets) => edit(s, 0, 'Metrics (JSON)', metricsWith(s, 0, 0.01))],
    ['an edited mode', (s: Sheets) => edit(s, 0, 'Mode', 'mid')],
    ['an edited threshold', (s: Sheets) => edit(s, 0, 'Threshold', 0.05)],
    ['an edited row count', (s: Sheets) => edit(s, 0, 'Rows', 17)],
    [
      'an edited catch curve',
      (s: Sheets) => {
        const curve = JSON.parse(String(s.versions.data[0]?.[col('Catch curve (JSON)')])) as {
          byShare: number[];
        };
        curve.byShare[30] = 0.99;
        edit(s, 0, 'Catch curve (JSON)', JSON.stringify(curve));
      },
    ],
    ['a cleared reference sample', (s: Sheets) => edit(s, 0, 'Reference sample (JSON)', '')],
    ['an edited model JSON', (s: Sheets) => edit(s, 0, 'Model (JSON)', '{"intercept": 5}')],
  ])('refuses %s, naming the row', (_, change) => {
    const s = sheets();
    change(s);
    expect(() => read(s).load(1)).toThrow(TamperedVersionError);
    expect(() => read(s).load(1)).toThrow(
      /^Model version 1 was not loaded: Versions row 2: its row no longer matches its checksum: a cell the checksum covers was changed/,
    );
  });

  it.each([
    [
      'invalid JSON in the catch curve',
      'Catch curve (JSON)',
      '{"byShare": [0.1',
      '"Catch curve (JSON)" is not valid JSON',
    ],
    [
      'a catch curve that is not one',
      'Catch curve (JSON)',
      '{}',
      '"Catch curve (JSON)" must hold 101 numbers from 0 to 1 in byShare',
    ],
    ['a text threshold', 'Threshold', 'high', '"Threshold" is "high", not a probability from 0 to 1'],
    [
      'no version number',
      'Version',
      'one',
      '"Version" is "one", not a version number (a whole number from 1)',
    ],
  ] as const)('names the column of %s, and the row is never loaded', (_, column, value, problem) => {
    const s = sheets();
    edit(s, 0, column, value);
    const registry = read(s);
    expect(registry.problems).toContain(
      `Versions row 2: ${problem}, so the row is not a version and is never loaded.`,
    );
    expect(() => registry.load(1)).toThrow(TamperedVersionError);
    if (column !== 'Version')
      expect(() => registry.load(1)).toThrow(`Model version 1 was not loaded: Versions row 2, ${problem}.`);
  });

  it('notes a display cell that disagrees with the checksummed metrics, and uses the metrics', () => {
    const s = sheets();
    edit(s, 0, 'CV ROC AUC', 0.01);
    const registry = read(s);
    const version = registry.load(1);
    expect(registry.problems).toEqual([
      `Versions row 2, "CV ROC AUC" reads 0.01, but the metrics its checksum covers say ${version.metrics['auc']}; ` +
        `PassCompass uses ${version.metrics['auc']}, and the cell is rewritten at the next change.`,
    ]);
    registry.commit(null, []);
    expect(s.versions.data[0]?.[col('CV ROC AUC')]).toBe(version.metrics['auc']);
  });

  it('refuses a version two rows claim', () => {
    const s = sheets();
    s.versions.data.push([...(s.versions.data[0] as CellValue[])]);
    expect(() => read(s).load(1)).toThrow(
      'Model version 1 was not loaded: rows 2 and 4 of the Versions sheet both claim it; delete the copy.',
    );
  });
});

describe('a row written by an earlier PassCompass (checksum of the model JSON only)', () => {
  it('still loads, with its mode, features and rows from the model JSON and no catch curve, and says so', () => {
    const s = sheets();
    asLegacy(s, 0);
    edit(s, 0, 'Mode', 'mid'); // outside the old checksum: recomputed from the model
    const registry = read(s);
    const version = registry.load(1);
    expect(version).toMatchObject({ version: 1, mode: 'early', checksumCovers: 'model', catchCurve: null });
    expect(registry.problems[0]).toMatch(
      /^Model version 1 \(Versions row 2\) was recorded by an earlier PassCompass, whose checksum covers only its model JSON/,
    );
    expect(registry.problems[1]).toBe(
      'Versions row 2: Mode reads "mid" but the model is early-term. PassCompass uses what the model JSON says.',
    );
  });

  it.each([
    [
      '{}',
      '"Model (JSON)" is not a PassCompass model (kind logistic-regression, version 1, predicting P(fail))',
    ],
    ['null', '"Model (JSON)" is null, not a model'],
    ['{"intercept": ', '"Model (JSON)" is not valid JSON'],
  ])(
    'is refused, with a plain reason, when its model JSON matches its checksum but is %s',
    (json, problem) => {
      const s = sheets();
      edit(s, 0, 'Model (JSON)', json);
      edit(s, 0, 'Checksum (SHA-256)', sha256Hex(json));
      expect(() => read(s).load(1)).toThrow(
        `Model version 1 was not loaded: Versions row 2, ${problem}. Roll back to an earlier version or train a new one.`,
      );
    },
  );

  it('drops a damaged reference sample it cannot vouch for, and says monitoring has none', () => {
    const s = sheets();
    asLegacy(s, 0);
    edit(s, 0, 'Reference sample (JSON)', '{"format": "reference-sample/1"}');
    const registry = read(s);
    expect(registry.load(1).referenceSample).toBe('');
    expect(registry.problems.at(-1)).toBe(
      'Versions row 2, "Reference sample (JSON)" is damaged (The reference sample\'s row count must be a whole ' +
        'number ≥ 0); monitoring has no training rows to compare with for this version.',
    );
  });

  it('keeps its old checksum when the Status mirror is rewritten', () => {
    const s = sheets();
    asLegacy(s, 0);
    const checksum = s.versions.data[0]?.[col('Checksum (SHA-256)')];
    read(s).commit(null, []);
    expect(s.versions.data[0]?.[col('Checksum (SHA-256)')]).toBe(checksum);
    expect(read(s).load(1).checksumCovers).toBe('model');
  });
});

describe('the sheets and the rows it reads', () => {
  it('keeps its records on the sheets named Versions and Aliases', () => {
    expect([VERSIONS_SHEET, ALIASES_SHEET]).toEqual(['Versions', 'Aliases']);
  });

  it('lists every ignored Aliases row, and says "Those rows are" for more than one', () => {
    const s = sheets();
    (s.aliases.data[0] as CellValue[])[3] = 'one';
    (s.aliases.data[1] as CellValue[])[3] = 'two';
    const registry = read(s);
    expect(registry.aliases()).toEqual({ champion: null, challenger: null });
    expect(registry.problems[0]).toBe(
      'Aliases row 2: "To version" is "one", not a version number or blank; Aliases row 3: "To version" is ' +
        '"two", not a version number or blank. Those rows are ignored: from the other rows, the champion is ' +
        'no version and the challenger no version.',
    );
  });

  it('numbers the next version after the rows of the Versions sheet, even with no Aliases history', () => {
    const s = sheets();
    s.aliases.data = [];
    expect(read(s).nextVersion()).toBe(3); // versions 1 and 2 are on the sheet
  });

  it('reads the Status cell whatever its case and surrounding spaces', () => {
    const s = sheets();
    edit(s, 0, 'Status', '  Champion ');
    expect(read(s).problems).toEqual([]);
  });

  it('lists every Status cell that disagrees with the Aliases', () => {
    const s = sheets();
    edit(s, 0, 'Status', 'archived');
    edit(s, 1, 'Status', 'archived');
    expect(read(s).problems).toEqual([
      'Versions: the Status column disagrees with the Aliases history (row 2 says "archived" for champion; ' +
        'row 3 says "archived" for challenger). The Aliases decide: the champion is version 1 and the ' +
        'challenger version 2; the Status column is rewritten to match at the next Train model, Promote or ' +
        'Roll back.',
    ]);
  });
});

describe('a version that is not there', () => {
  it('says its row is missing when every row of the Versions sheet is readable', () => {
    expect(() => read(sheets()).load(9)).toThrow(
      `Model version 9 was not loaded: its row is missing from the Versions sheet. ${REFUSED}`,
    );
  });

  it('lists the unreadable rows that might have held it', () => {
    const s = sheets();
    edit(s, 0, 'Threshold', 'high');
    edit(s, 1, 'Threshold', 'low');
    expect(() => read(s).load(9)).toThrow(
      'Model version 9 was not loaded: no readable row of the Versions sheet holds it (row 2: "Threshold" is ' +
        '"high", not a probability from 0 to 1; row 3: "Threshold" is "low", not a probability from 0 to 1). ' +
        REFUSED,
    );
  });
});

describe('a row whose checksum matches but whose cells disagree with its model JSON', () => {
  it.each([
    ['Mode', 'mid', '"Mode" says mid but its model is early-term'],
    ['Features', 'age', '"Features" does not list the features of its model'],
    // The Math sample has 395 students, all of them trained on.
    ['Rows', 17, '"Rows" says 17 but its model was trained on 395'],
  ] as const)('is refused when %s reads %s', (column, value, why) => {
    const s = sheets();
    edit(s, 0, column, value);
    resign(s, 0);
    expect(() => read(s).load(1)).toThrow(
      `Model version 1 was not loaded: Versions row 2: ${why}. ${REFUSED}`,
    );
  });
});

describe('the reference sample of a row its checksum covers in full', () => {
  it('loads a version without one, with nothing to report', () => {
    const s = sheets();
    edit(s, 0, 'Reference sample (JSON)', '');
    resign(s, 0);
    const registry = read(s);
    expect(registry.load(1)).toMatchObject({ version: 1, referenceSample: '', checksumCovers: 'all' });
    expect(registry.problems).toEqual([]);
  });

  it('refuses a damaged one, naming the row and column', () => {
    const s = sheets();
    edit(s, 0, 'Reference sample (JSON)', '{"format": "reference-sample/1"}');
    resign(s, 0);
    // The sample's own reason, without its full stop: the refusal adds one.
    expect(() => read(s).load(1)).toThrow(
      'Model version 1 was not loaded: Versions row 2, "Reference sample (JSON)" is damaged: The reference ' +
        `sample's row count must be a whole number ≥ 0. ${REFUSED}`,
    );
  });
});

describe('display cells and notes', () => {
  it.each(['CV ROC AUC', 'CV Brier'] as const)('says nothing of a blank %s cell', (column) => {
    const s = sheets();
    edit(s, 0, column, '');
    const registry = read(s);
    registry.load(1);
    expect(registry.problems).toEqual([]);
  });

  it.each([
    ['no Brier score', (metrics: Record<string, unknown>) => ({ ...metrics, brier: undefined })],
    [
      'an AUC that could not be computed (null)',
      (metrics: Record<string, unknown>) => ({ ...metrics, auc: null }),
    ],
  ])('says nothing of a display cell when the checksummed metrics have %s', (_, change) => {
    const s = sheets();
    const metrics = JSON.parse(String(s.versions.data[0]?.[col('Metrics (JSON)')])) as Record<
      string,
      unknown
    >;
    edit(s, 0, 'Metrics (JSON)', JSON.stringify(change(metrics)));
    resign(s, 0);
    expect(typeof s.versions.data[0]?.[col('CV ROC AUC')]).toBe('number');
    expect(typeof s.versions.data[0]?.[col('CV Brier')]).toBe('number');
    const registry = read(s);
    registry.load(1);
    expect(registry.problems).toEqual([]);
  });

  it('notes a legacy row once, however often it is loaded', () => {
    const s = sheets();
    asLegacy(s, 0);
    const registry = read(s);
    registry.load(1);
    registry.load(1);
    expect(registry.problems).toHaveLength(1);
    expect(registry.problems[0]).toMatch(/^Model version 1 \(Versions row 2\) was recorded by an earlier/);
  });
});

describe('committing', () => {
  /** Version 2 copied as version 3, signed (or with `checksum` when given). */
  function third(s: Sheets, checksum?: string): ModelVersion {
    const v = { ...read(s).load(2), version: 3 };
    return { ...v, checksum: checksum ?? versionChecksum(v, sha256Hex) };
  }

  it('appends nothing to Aliases when no alias moves', () => {
    const s = sheets();
    read(s).commit(null, []);
    expect(s.aliases.writes).toBe(0);
    expect(s.versions.writes).toBe(1);
    expect(s.aliases.data).toHaveLength(2);
  });

  it('loads a version it has just added, which has no display cells read from the sheet yet', () => {
    const s = sheets();
    const registry = read(s);
    registry.commit(third(s), []);
    expect(registry.load(3)).toMatchObject({ version: 3, checksumCovers: 'all' });
    expect(registry.problems).toEqual([]);
  });

  it('names the sheet row of a version it has just added: after the two there', () => {
    const s = sheets();
    const registry = read(s);
    registry.commit(third(s, 'not a checksum'), []);
    expect(() => registry.load(3)).toThrow(
      /^Model version 3 was not loaded: Versions row 4: its row no longer matches its checksum/,
    );
  });
});
