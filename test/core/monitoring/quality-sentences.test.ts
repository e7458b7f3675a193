import { problemSentence } from '../../../src/core/monitoring/quality-sentences';

describe('data-quality sentences', () => {
  it('throws RangeError for a column problem without its column or its summary', () => {
    expect(() =>
      problemSentence({ kind: 'blank-share', column: null, count: 6, firstRows: [2, 3] }, null),
    ).toThrow(new RangeError("A problem of kind blank-share needs its column and the column's summary."));
    expect(() =>
      problemSentence({ kind: 'out-of-range', column: 'absences', count: 1, firstRows: [2] }, null),
    ).toThrow(RangeError);
  });
});
