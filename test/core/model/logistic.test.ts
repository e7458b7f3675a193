import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import { encodeRecords } from '../../../src/core/model/encoding';
import {
  fitLogisticMatrix,
  risksOfEncoded,
  startModelWalk,
  trainLogisticModel,
} from '../../../src/core/model/logistic';
import { riskOfFailing } from '../../../src/core/model/score';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { ROSTER_EARLY_ATTRIBUTES, aRoster } from '../../support/roster-builder';

const FEW_STEPS = { steps: 25, learningRate: 1 };

describe('the logistic model wrapper', () => {
  const roster = aRoster().withRows(200).build();
  // Trained in each test, not while Jest collects them, so Stryker can tell which test covers each mutant.
  const trained = () => trainLogisticModel(roster.records, roster.labels, ROSTER_EARLY_ATTRIBUTES, FEW_STEPS);

  it('returns P(fail): more past failures, higher risk', () => {
    const model = trained();
    expect(model.predicts).toBe('P(fail)');
    expect(model.coefficients['failures']).toBeGreaterThan(0);
    const base = { ...(roster.records[0] ?? {}) };
    const [none, three] = riskOfFailing(model, [
      { ...base, failures: 0 },
      { ...base, failures: 3 },
    ]);
    expect(three).toBeGreaterThan(none as number);
  });

  it('fits the weights of classifiers[0] of the library’s own training, i.e. P(label ≠ 0)', () => {
    const model = trained();
    const X = encodeRecords(model.encoding, roster.records);
    const ours = fitLogisticMatrix(X, roster.labels, FEW_STEPS);
    const library = new LogisticRegression({ numSteps: 25, learningRate: ours.appliedRate / X.length });
    library.train(new Matrix(X.map((row) => [1, ...row])), Matrix.columnVector(roster.labels));
    expect(library.numberClasses).toBe(2);
    const reference = library.classifiers[0]?.weights?.to1DArray() ?? [];
    expect([ours.intercept, ...ours.weights]).toEqual(reference);
  });

  it('scores from its JSON exactly as the library scores', () => {
    const model = trained();
    const X = encodeRecords(model.encoding, roster.records);
    const library = new LogisticRegression({
      numSteps: 25,
      learningRate: model.training.appliedRate / X.length,
    });
    library.train(new Matrix(X.map((row) => [1, ...row])), Matrix.columnVector(roster.labels));
    const libraryScores = library.classifiers[0]?.testScores(new Matrix(X.map((row) => [1, ...row]))) ?? [];
    riskOfFailing(model, roster.records).forEach((risk, i) =>
      expect(risk).toBeCloseTo(libraryScores[i] as number, 12),
    );
  });

  it('reads along one walk the very models that separate fits of each step count give', () => {
    const walk = startModelWalk(roster.records, roster.labels, ROSTER_EARLY_ATTRIBUTES, 1);
    for (const steps of [1, 7, 25, 60]) {
      const alone = trainLogisticModel(roster.records, roster.labels, ROSTER_EARLY_ATTRIBUTES, {
        steps,
        learningRate: 1,
      });
      const read = walk.modelAt(steps);
      expect(read).toEqual(alone);
      expect(risksOfEncoded(read, walk.encoded)).toEqual(riskOfFailing(alone, roster.records));
    }
    expect(() => walk.modelAt(10)).toThrow(RangeError);
  });

  it('is plain JSON: a saved model scores identically', () => {
    const model = trained();
    const saved = JSON.parse(JSON.stringify(model)) as typeof model;
    expect(riskOfFailing(saved, roster.records)).toEqual(riskOfFailing(model, roster.records));
    expect(Object.keys(saved.coefficients)).toEqual(model.encoding.features.map((f) => f.name));
  });

  it('is deterministic', () => {
    const model = trained();
    const again = trainLogisticModel(roster.records, roster.labels, ROSTER_EARLY_ATTRIBUTES, FEW_STEPS);
    expect(again).toEqual(model);
  });

  it('records its training settings and caps the rate at the safe rate', () => {
    const greedy = trainLogisticModel(roster.records, roster.labels, ['failures', 'absences'], {
      steps: 30,
      learningRate: 1000,
    });
    expect(greedy.training).toMatchObject({ steps: 30, learningRate: 1000, rows: 200 });
    expect(greedy.training.appliedRate).toBeLessThan(5);
    expect(greedy.training.failures).toBe(roster.labels.filter((l) => l === 1).length);
    expect(Number.isFinite(greedy.intercept)).toBe(true);
  });

  it('throws TrainingDataError for no rows, one class only, or only constant and blank columns', () => {
    const passing = aRoster().withRows(20).withEverybodyPassing().build();
    const constant = aRoster().withRows(20).withColumn('age', 17).withBlankColumn('absences').build();
    const problem = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error instanceof TrainingDataError ? error.problem : 'other';
      }
      return 'none';
    };
    expect(problem(() => trainLogisticModel([], [], ['age'], FEW_STEPS))).toBe('no-rows');
    expect(problem(() => trainLogisticModel(passing.records, passing.labels, ['age'], FEW_STEPS))).toBe(
      'one-class',
    );
    expect(
      problem(() => trainLogisticModel(constant.records, constant.labels, ['age', 'absences'], FEW_STEPS)),
    ).toBe('no-features');
  });

  it('throws RangeError for G3 as an input, mismatched lengths, or bad settings', () => {
    const { records, labels } = roster;
    expect(() => trainLogisticModel(records, labels, ['G1', 'G3'], FEW_STEPS)).toThrow(RangeError);
    expect(() => trainLogisticModel(records, labels.slice(1), ['age'], FEW_STEPS)).toThrow(RangeError);
    expect(() => trainLogisticModel(records, labels, ['age'], { steps: 0, learningRate: 1 })).toThrow(
      RangeError,
    );
    expect(() => trainLogisticModel(records, labels, ['age'], { steps: 5, learningRate: -1 })).toThrow(
      RangeError,
    );
  });
});

describe('what the logistic model tells the user when it cannot train', () => {
  it('names the bad step count or learning rate, and takes a rate of 0 as bad', () => {
    const { records, labels } = aRoster().withRows(20).build();
    expect(() => trainLogisticModel(records, labels, ['age'], { steps: 0, learningRate: 1 })).toThrow(
      new RangeError('Steps must be a whole number of at least 1, not 0.'),
    );
    expect(() => trainLogisticModel(records, labels, ['age'], { steps: 5, learningRate: 0 })).toThrow(
      new RangeError('The learning rate must be a positive number, not 0.'),
    );
    expect(() => fitLogisticMatrix([[0], [1]], [0, 1], { steps: 5, learningRate: 0 })).toThrow(
      new RangeError('The learning rate must be a positive number, not 0.'),
    );
  });

  it('names G3 as the grade it predicts, and counts records against labels', () => {
    const { records, labels } = aRoster().withRows(20).build();
    expect(() => trainLogisticModel(records, labels, ['G1', 'G3'], FEW_STEPS)).toThrow(
      new RangeError('G3 is the final grade the model predicts; it can never be an input.'),
    );
    expect(() => trainLogisticModel(records, labels.slice(1), ['age'], FEW_STEPS)).toThrow(
      new RangeError('20 records but 19 labels.'),
    );
    expect(() => startModelWalk(records.slice(2), labels, ['age'], 1)).toThrow(
      new RangeError('18 records but 20 labels.'),
    );
  });

  it('says how many chosen columns there were when none of them varies', () => {
    const constant = aRoster().withRows(20).withColumn('age', 17).withBlankColumn('absences').build();
    const run = () => trainLogisticModel(constant.records, constant.labels, ['age', 'absences'], FEW_STEPS);
    expect(run).toThrow(TrainingDataError);
    expect(run).toThrow(
      'None of the 2 chosen columns varies in the training rows, so there is nothing to learn from.',
    );
  });

  it('checks the shape of a feature matrix: rows against labels, columns, and at least one column', () => {
    expect(() => fitLogisticMatrix([[1], [2]], [0, 1, 1], FEW_STEPS)).toThrow(
      new RangeError('2 feature rows but 3 labels.'),
    );
    expect(() => fitLogisticMatrix([[1, 2], [3]], [0, 1], FEW_STEPS)).toThrow(
      new RangeError('Feature rows have 1 and 2 columns.'),
    );
    const none = () => fitLogisticMatrix([[], []], [0, 1], FEW_STEPS);
    expect(none).toThrow(TrainingDataError);
    expect(none).toThrow('No usable feature is left to train on.');
  });

  it('stops when a single weight is no longer finite, even while the others are', () => {
    // λmax of this matrix overflows, so the safe rate is 0: after one step the intercept is still 0, but the
    // feature's gradient, −0.5 × 1.5e308 × 3, overflows to −Infinity, and −Infinity × 0 is NaN.
    const rows = [[1.5e308], [1.5e308], [1.5e308], [0]];
    const overflow = () => fitLogisticMatrix(rows, [0, 0, 0, 1], { steps: 1, learningRate: 1 });
    expect(overflow).toThrow(new Error('Gradient ascent diverged: a weight is not finite.'));
  });
});
