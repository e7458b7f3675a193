/**
 * The rows of a model card (core/model-card/card-types): a figure that could not be measured is left blank
 * (null), never shown as NaN, Infinity or undefined; a measured number or a time is kept as it is.
 */
import { fact, figure, header } from '../../../src/core/model-card/card-types';

describe('a figure of the card', () => {
  it('keeps a measured number, zero included, and a time', () => {
    expect(figure(0.27, 'percent')).toStrictEqual({ value: 0.27, kind: 'percent' });
    expect(figure(0, 'count')).toStrictEqual({ value: 0, kind: 'count' });
    expect(figure(-0.04, 'percent')).toStrictEqual({ value: -0.04, kind: 'percent' });
    const at = new Date('2026-11-26T10:00:00.000Z');
    expect(figure(at, 'time')).toStrictEqual({ value: at, kind: 'time' });
  });

  it('leaves blank what was not measured: undefined, null, NaN and infinities', () => {
    for (const value of [undefined, null, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(figure(value, 'score')).toStrictEqual({ value: null, kind: 'score' });
    }
  });
});

describe('the rows of the card', () => {
  it('makes a fact of a label, a sentence and its figures, and a header of column words', () => {
    expect(fact('Students', 'How many.', figure(300, 'count'))).toStrictEqual({
      kind: 'fact',
      label: 'Students',
      text: 'How many.',
      figures: [{ value: 300, kind: 'count' }],
    });
    expect(header('Group', 'Students and outcomes', 'Students')).toStrictEqual({
      kind: 'header',
      label: 'Group',
      text: 'Students and outcomes',
      figures: ['Students'],
    });
  });
});
