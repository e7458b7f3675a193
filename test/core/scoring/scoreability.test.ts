import { riskOfFailing } from '../../../src/core/model/score';
import {
  MAX_IMPUTED_BLANKS,
  imputedNote,
  modelAttributes,
  scoreability,
} from '../../../src/core/scoring/scoreability';
import { aHandBuiltModel, level, numeric } from './hand-built-model';

const midTerm = aHandBuiltModel([
  numeric('G1', -1, 10, 3),
  numeric('G1', -0.5, 1, 1, 'positive'),
  numeric('G2', -1, 10, 3),
  numeric('absences', 0.3, 4, 4),
  numeric('failures', 0.5),
  numeric('studytime', -0.2, 2, 1),
  level('Mjob', 'at_home', 0.2),
  level('Mjob', 'teacher', -0.1),
  level('higher', 'no', 0.8),
]);
const early = aHandBuiltModel([
  numeric('absences', 0.3, 4, 4),
  numeric('failures', 0.5),
  level('higher', 'no', 0.8),
]);
const complete = { G1: 9, G2: 8, absences: 14, failures: 1, studytime: 2, Mjob: 'other', higher: 'yes' };

describe('whether a row can be scored', () => {
  it('scores a complete row, with nothing imputed', () => {
    expect(scoreability(midTerm, complete)).toEqual({ ok: true, blanks: [] });
  });

  it('lists the model’s attributes once each, in feature order', () => {
    expect(modelAttributes(midTerm)).toEqual([
      'G1',
      'G2',
      'absences',
      'failures',
      'studytime',
      'Mjob',
      'higher',
    ]);
  });

  it('refuses a row whose first-period grade is blank when the model uses it', () => {
    expect(scoreability(midTerm, { ...complete, G1: '' })).toEqual({
      ok: false,
      why: 'Not scored: first-period grade (G1) is blank.',
    });
  });

  it('names both grades when both are blank', () => {
    expect(scoreability(midTerm, { ...complete, G1: null, G2: ' ' })).toEqual({
      ok: false,
      why: 'Not scored: first-period grade (G1) and second-period grade (G2) are blank.',
    });
  });

  it('names three blank grades as a list, should a damaged model read the final grade too', () => {
    const allGrades = aHandBuiltModel([numeric('G1', -1), numeric('G2', -1), numeric('G3', -1)]);
    expect(scoreability(allGrades, {})).toEqual({
      ok: false,
      why: 'Not scored: first-period grade (G1), second-period grade (G2) and final grade (G3) are blank.',
    });
  });

  it('ignores a blank grade the model does not use', () => {
    expect(scoreability(early, { ...complete, G1: null, G2: null })).toEqual({ ok: true, blanks: [] });
  });

  it(`scores a row with up to ${MAX_IMPUTED_BLANKS} blanks and lists them in model order`, () => {
    const record = { ...complete, higher: '', absences: null, Mjob: '  ' };
    expect(scoreability(midTerm, record)).toEqual({ ok: true, blanks: ['absences', 'Mjob', 'higher'] });
    expect(riskOfFailing(midTerm, [record])[0]).toBeGreaterThan(0);
  });

  it('counts a missing column as blank but 0 and "no" as values', () => {
    const { studytime: _missing, ...withoutStudytime } = complete;
    expect(scoreability(midTerm, { ...withoutStudytime, absences: 0, higher: 'no' })).toEqual({
      ok: true,
      blanks: ['studytime'],
    });
  });

  it('refuses a row with more blanks than that, naming the first three by their labels', () => {
    expect(
      scoreability(midTerm, { ...complete, absences: null, failures: null, studytime: null, Mjob: null }),
    ).toEqual({
      ok: false,
      why: 'Not scored: 4 values are blank (absences, past class failures, weekly study time, …).',
    });
  });

  it('reports a blank grade before a count of blanks', () => {
    expect(scoreability(midTerm, { G2: 9 })).toEqual({
      ok: false,
      why: 'Not scored: first-period grade (G1) is blank.',
    });
    expect(scoreability(early, {})).toEqual({ ok: true, blanks: ['absences', 'failures', 'higher'] });
  });

  it('refuses text in a numeric column, which could not be encoded, but reads a number typed as text', () => {
    expect(scoreability(midTerm, { ...complete, absences: 'lots' })).toEqual({
      ok: false,
      why: 'Not scored: absences should be a number but holds "lots".',
    });
    expect(scoreability(midTerm, { ...complete, absences: ' 14 ' })).toEqual({ ok: true, blanks: [] });
    expect(scoreability(midTerm, { ...complete, Mjob: 'pilot' })).toEqual({ ok: true, blanks: [] });
  });

  it('refuses a ticked box (TRUE) in a numeric column rather than read it as 1', () => {
    const ticked = { ...complete, absences: true } as unknown as typeof complete;
    expect(scoreability(midTerm, ticked)).toEqual({
      ok: false,
      why: 'Not scored: absences should be a number but holds "true".',
    });
  });

  it('scores every row of a model without inputs', () => {
    expect(scoreability(aHandBuiltModel([]), {})).toEqual({ ok: true, blanks: [] });
  });

  it('throws RangeError for a model that names an attribute the dictionary lacks', () => {
    expect(() => scoreability(aHandBuiltModel([numeric('shoeSize', 1)]), {})).toThrow(RangeError);
  });
});

describe('the note on imputed blanks', () => {
  it('names the blanks by their labels', () => {
    expect(imputedNote(['absences', 'failures'])).toBe(
      'Blank, counted as average: absences, past class failures.',
    );
  });

  it('is empty when nothing was blank', () => {
    expect(imputedNote([])).toBe('');
  });
});
