/** The rows a model learns from, and the fingerprint that tells two versions apart by the data they saw. */
import { DataError } from '../../src/core/errors';
import { checkRoster } from '../../src/core/data/roster/check-roster';
import type { Digests } from '../../src/jobs/ports';
import { fingerprint, trainingRows } from '../../src/jobs/training-rows';

/** Digests that return the text itself, so a test can read exactly what would be hashed. */
const plainText: Digests = { sha256Hex: (text) => text };

describe('trainingRows', () => {
  it('keeps the students with a final grade, labelled fail below the pass mark', () => {
    const checked = checkRoster(
      [
        ['sex', 'age', 'G3'],
        ['F', 16, 12],
        ['M', 17, ''],
        ['M', 15, 9],
        ['F', 18, 10],
      ],
      [],
    );
    const { records, labels, groups } = trainingRows(checked, 10);
    expect(records).toEqual([
      { sex: 'F', age: 16, G3: 12 },
      { sex: 'M', age: 15, G3: 9 },
      { sex: 'F', age: 18, G3: 10 },
    ]);
    expect(labels).toEqual([0, 1, 0]);
    // The match key: the 13 matching attributes joined by "|", here only sex (2nd) and age (3rd) present.
    expect(groups).toEqual(['|F|16||||||||||', '|M|15||||||||||', '|F|18||||||||||']);
  });

  it('leaves out a record with no final grade entry at all, as it does a blank one', () => {
    const checked = checkRoster(
      [
        ['sex', 'G3'],
        ['F', 8],
        ['M', 14],
      ],
      [],
    );
    const { G3: _dropped, ...withoutGrade } = checked.records[1] ?? {};
    checked.records[1] = withoutGrade;
    expect(trainingRows(checked, 10)).toEqual({
      records: [{ sex: 'F', G3: 8 }],
      labels: [1],
      groups: ['|F|||||||||||'],
    });
  });

  it('refuses a roster with no final grade column, pointing at the header row', () => {
    const checked = checkRoster(
      [
        ['sex', 'age'],
        ['F', 16],
      ],
      [],
    );
    let thrown: unknown;
    try {
      trainingRows(checked, 10);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DataError);
    expect(thrown).toMatchObject({
      message: 'The roster has no final grade column ("G3"), so there is nothing to learn from.',
      location: { row: 1 },
    });
  });
});

describe('fingerprint', () => {
  it('hashes the column names in sorted order and each row’s values in that order, then its label', () => {
    // Names across both records, sorted (capitals first): G3, absences, failures, sex. A name a record lacks
    // is null in its row; 0 stays 0.
    const text = fingerprint(
      [
        { sex: 'F', failures: 1, G3: 8 },
        { sex: 'M', G3: 14, absences: 0 },
      ],
      [1, 0],
      plainText,
    );
    expect(text).toBe('[["G3","absences","failures","sex"],[[8,null,1,"F",1],[14,0,null,"M",0]]]');
  });
});
