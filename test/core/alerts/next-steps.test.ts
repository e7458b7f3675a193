import { nextSteps } from '../../../src/core/alerts/next-steps';
import { anAlert } from './alert-facts-builder';

const MONITORING = "Open the spreadsheet's Monitoring sheet for the full figures of every check.";

describe('the data-quality step', () => {
  it('names the columns with most cells first and says how to list every cell', () => {
    expect(nextSteps(anAlert().withDataQuality().build())).toEqual([
      'Check the import: in the Students sheet, look at “absences”, “studytime” and “Mjob”, correct the ' +
        'cells, then run PassCompass ▸ Check data, which lists every cell in the Data issues sheet.',
      MONITORING,
    ]);
  });

  it('asks for the whole roster with a header row when no problem names a column', () => {
    const facts = anAlert()
      .withDataQuality([{ kind: 'not-scored', column: null, count: 2 }])
      .build();
    expect(nextSteps(facts)).toEqual([
      "Check the import: the Students sheet should hold this term's whole roster, with a header row.",
      MONITORING,
    ]);
  });
});
