import { encodeRecord, encodeRecords, fitEncoding } from '../../../src/core/model/encoding';
import { aRoster } from '../../support/roster-builder';

// Oracle for the standardisation, python3:
//   import statistics as s; x=[0,2,4]; m=s.mean(x); sd=s.pstdev(x); print(m, sd, (4-m)/sd)
//   → 2 1.632993161855452 1.224744871391589
describe('the encoding', () => {
  const rows = [
    { absences: 0, Mjob: 'other', higher: 'yes' },
    { absences: 2, Mjob: 'other', higher: 'no' },
    { absences: 4, Mjob: 'teacher', higher: 'yes' },
  ];
  /** The encoding of mother's job fitted on rows holding these levels, in this order. */
  const jobs = (...levels: string[]) =>
    fitEncoding(
      levels.map((Mjob) => ({ Mjob })),
      ['Mjob'],
    );

  it('standardises a number with the training mean and population standard deviation', () => {
    const encoding = fitEncoding(rows, ['absences']);
    expect(encoding.features).toEqual([
      { attribute: 'absences', transform: 'linear', name: 'absences', center: 2, scale: 1.632993161855452 },
    ]);
    expect(encodeRecord(encoding, { absences: 4 })[0]).toBeCloseTo(1.224744871391589, 12);
    expect(encodeRecord(encoding, { absences: 2 })).toEqual([0]);
  });

  it('one-hot encodes categories, leaving out the most frequent level as the reference', () => {
    const encoding = fitEncoding(rows, ['Mjob', 'higher']);
    expect(encoding.references).toEqual({ Mjob: 'other', higher: 'yes' });
    expect(encoding.features.map((f) => f.name)).toEqual(['Mjob=teacher', 'higher=no']);
  });

  it('gives a level its indicator, 1 for the level (spaces around it ignored) and 0 otherwise, standardised', () => {
    const encoding = fitEncoding(rows, ['Mjob']);
    // python3: import statistics as s; x=[0,0,1]; m=s.mean(x); sd=s.pstdev(x); print(m, sd, (1-m)/sd, (0-m)/sd)
    //   → 0.3333333333333333 0.4714045207910317 1.4142135623730951 -0.7071067811865475
    expect(encoding.features[0]).toMatchObject({ name: 'Mjob=teacher', level: 'teacher' });
    expect(encoding.features[0]?.center).toBeCloseTo(0.3333333333333333, 12);
    expect(encoding.features[0]?.scale).toBeCloseTo(0.4714045207910317, 12);
    expect(encodeRecord(encoding, { Mjob: 'teacher' })[0]).toBeCloseTo(1.4142135623730951, 12);
    expect(encodeRecord(encoding, { Mjob: ' teacher ' })[0]).toBeCloseTo(1.4142135623730951, 12);
    expect(encodeRecord(encoding, { Mjob: 'other' })[0]).toBeCloseTo(-0.7071067811865475, 12);
  });

  it('takes the most frequent level as the reference wherever it first appears', () => {
    const encoding = jobs('teacher', 'health', 'other', 'other', 'services', 'services', 'services');
    expect(encoding.references).toEqual({ Mjob: 'services' });
    expect(encoding.features.map((f) => f.name)).toEqual(['Mjob=other', 'Mjob=teacher', 'Mjob=health']);
    expect(jobs('health', 'at_home', 'at_home').references).toEqual({ Mjob: 'at_home' });
    expect(jobs('at_home', 'at_home', 'health').references).toEqual({ Mjob: 'at_home' });
  });

  it('counts a level written with spaces around it as that level, and no blank as a level', () => {
    const encoding = jobs('teacher', ' other', 'other ', '', '  ');
    expect(encoding.references).toEqual({ Mjob: 'other' });
    expect(encoding.features.map((f) => f.name)).toEqual(['Mjob=teacher']);
    expect(encoding.dropped).toEqual([]);
  });

  it('breaks ties in frequency by dictionary order (teacher, health, services, at_home, other)', () => {
    expect(jobs('services', 'teacher').references).toEqual({ Mjob: 'teacher' });
    expect(jobs('teacher', 'services').references).toEqual({ Mjob: 'teacher' });
    const encoding = jobs('other', 'health', 'at_home', 'teacher');
    expect(encoding.references).toEqual({ Mjob: 'teacher' });
    expect(encoding.features.map((f) => f.name)).toEqual(['Mjob=health', 'Mjob=at_home', 'Mjob=other']);
  });

  it('puts a level the dictionary lacks after the known ones, and such levels alphabetically', () => {
    const expected = { Mjob: 'other' };
    const order = ['Mjob=astronaut', 'Mjob=pilot', 'Mjob=zookeeper'];
    for (const levels of [
      ['pilot', 'zookeeper', 'astronaut', 'other'],
      ['zookeeper', 'pilot', 'other', 'astronaut'],
      ['astronaut', 'pilot', 'zookeeper', 'other'],
      ['other', 'astronaut', 'zookeeper', 'pilot'],
    ]) {
      const encoding = jobs(...levels);
      expect(encoding.references).toEqual(expected);
      expect(encoding.features.map((f) => f.name)).toEqual(order);
    }
    expect(jobs('pilot', 'astronaut').references).toEqual({ Mjob: 'astronaut' });
    expect(jobs('astronaut', 'pilot').references).toEqual({ Mjob: 'astronaut' });
    expect(jobs('pilot', 'Pilot').references).toEqual({ Mjob: 'Pilot' });
  });

  it('encodes a category never seen in training like the reference level', () => {
    const encoding = fitEncoding(rows, ['Mjob']);
    expect(encodeRecord(encoding, { Mjob: 'pilot' })).toEqual(encodeRecord(encoding, { Mjob: 'other' }));
    expect(encodeRecord(encoding, { Mjob: 'health' })).toEqual(encodeRecord(encoding, { Mjob: 'other' }));
  });

  it('encodes a blank as the training mean, 0 in every feature of its attribute', () => {
    const encoding = fitEncoding(rows, ['absences', 'Mjob', 'higher']);
    expect(encodeRecord(encoding, { absences: null, Mjob: '', higher: '  ' })).toEqual([0, 0, 0]);
    expect(encodeRecord(encoding, {})).toEqual([0, 0, 0]);
  });

  it('drops constant columns (numeric or categorical) and all-blank ones instead of dividing by 0', () => {
    const { records } = aRoster()
      .withRows(30)
      .withColumn('age', 16)
      .withColumn('school', 'GP')
      .withBlankColumn('absences')
      .build();
    const encoding = fitEncoding(records, ['age', 'absences', 'failures', 'Pstatus', 'school']);
    expect(encoding.dropped).toEqual(['school', 'age', 'absences']);
    expect(encoding.features.map((f) => f.name)).toEqual(['failures', 'Pstatus=A']);
    expect(encodeRecords(encoding, records).flat().every(Number.isFinite)).toBe(true);
  });

  it('treats a spread of at most 1e-12 as constant (rounding noise) and keeps a larger one', () => {
    // python3: import statistics as s; print(s.pstdev([0, 2e-12]), s.pstdev([0, 4e-12])) → 1e-12 2e-12
    const tiny = fitEncoding([{ absences: 0 }, { absences: 2e-12 }], ['absences']);
    expect(tiny.features).toEqual([]);
    expect(tiny.dropped).toEqual(['absences']);
    const small = fitEncoding([{ absences: 0 }, { absences: 4e-12 }], ['absences']);
    expect(small.dropped).toEqual([]);
    expect(small.features).toEqual([
      { attribute: 'absences', transform: 'linear', name: 'absences', center: 2e-12, scale: 2e-12 },
    ]);
  });

  it('has no features when there are no training rows', () => {
    const encoding = fitEncoding([], ['absences', 'Mjob']);
    expect(encoding.features).toEqual([]);
    expect(encoding.dropped).toEqual(['Mjob', 'absences']);
    expect(encodeRecord(encoding, { absences: 3 })).toEqual([]);
  });

  it('applies log1p and "any at all" transforms to counts', () => {
    const encoding = fitEncoding(rows, ['absences'], { transforms: { absences: ['log1p', 'positive'] } });
    expect(encoding.features.map((f) => f.name)).toEqual(['log1p(absences)', 'absences>0']);
    // python3: import math, statistics as s; x=[math.log1p(v) for v in (0,2,4)]; print(s.mean(x))
    //   → 0.9026834003674032
    expect(encoding.features[0]?.center).toBeCloseTo(0.9026834003674032, 12);
    expect(encoding.features[1]?.center).toBeCloseTo(2 / 3, 12);
  });

  it('reads numbers written as text, and throws TypeError naming the row for other text', () => {
    const encoding = fitEncoding(rows, ['absences']);
    expect(encodeRecord(encoding, { absences: ' 4 ' })).toEqual(encodeRecord(encoding, { absences: 4 }));
    expect(() => encodeRecords(encoding, [{ absences: 1 }, { absences: 'many' }])).toThrow(
      new TypeError('Row 2: "absences" should be a number but holds "many".'),
    );
  });

  it('throws RangeError for an attribute the dictionary lacks', () => {
    expect(() => fitEncoding(rows, ['shoeSize'])).toThrow(RangeError);
  });

  it('is plain JSON that encodes identically after a round trip', () => {
    const { records } = aRoster().withRows(40).build();
    const encoding = fitEncoding(records, ['absences', 'Mjob', 'studytime', 'higher'], {
      transforms: { absences: ['linear', 'positive'] },
    });
    const restored = JSON.parse(JSON.stringify(encoding)) as typeof encoding;
    expect(encodeRecords(restored, records)).toEqual(encodeRecords(encoding, records));
  });
});
