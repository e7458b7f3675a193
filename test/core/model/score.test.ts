import { trainLogisticModel } from '../../../src/core/model/logistic';
import { contributions, riskOfFailing, sigmoid } from '../../../src/core/model/score';
import { aRoster } from '../../support/roster-builder';

describe('scoring with a saved model', () => {
  const roster = aRoster().withRows(120).build();
  // Trained in each test, not while Jest collects them, so Stryker can tell which test covers each mutant.
  const trained = () =>
    trainLogisticModel(roster.records, roster.labels, ['failures', 'absences', 'Mjob', 'higher'], {
      steps: 25,
      learningRate: 1,
    });

  it('is the sigmoid of the intercept plus the contributions', () => {
    const model = trained();
    const record = roster.records[3] ?? {};
    const z = model.intercept + Object.values(contributions(model, record)).reduce((a, b) => a + b, 0);
    expect(riskOfFailing(model, [record])[0]).toBeCloseTo(sigmoid(z), 14);
  });

  it('gives a student with every input blank the risk of the average training student', () => {
    const model = trained();
    expect(riskOfFailing(model, [{}])[0]).toBeCloseTo(sigmoid(model.intercept), 14);
    expect(Object.values(contributions(model, {})).every((c) => c === 0)).toBe(true);
  });

  it('does not need the training library', async () => {
    const model = trained();
    await jest.isolateModulesAsync(async () => {
      jest.doMock('ml-logistic-regression', () => {
        throw new Error('the training library was loaded');
      });
      const isolated = await import('../../../src/core/model/score');
      expect(isolated.riskOfFailing(model, roster.records)).toEqual(riskOfFailing(model, roster.records));
    });
  });

  it('throws RangeError for a damaged model that lacks a coefficient', () => {
    const model = trained();
    const { ['failures']: _dropped, ...rest } = model.coefficients;
    expect(() => riskOfFailing({ ...model, coefficients: rest }, roster.records)).toThrow(RangeError);
    expect(() => contributions({ ...model, coefficients: rest }, {})).toThrow(
      'The model has no usable coefficient for feature "failures".',
    );
  });

  it('returns no risks for no rows', () => {
    const model = trained();
    expect(riskOfFailing(model, [])).toEqual([]);
  });
});
