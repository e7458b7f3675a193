import {
  crossValidate,
  subset,
  trainAndValidate,
  trainFinalModel,
} from '../../../src/core/model/cross-validation';
import { DEFAULT_ENCODING } from '../../../src/core/model/feature-sets';
import { startModelWalk } from '../../../src/core/model/logistic';
import { riskOfFailing } from '../../../src/core/model/score';
import { chooseSteps } from '../../../src/core/model/step-tuning';
import { TrainingDataError } from '../../../src/core/model/training-data-error';
import { ROSTER_EARLY_ATTRIBUTES, type Roster, aRoster } from '../../support/roster-builder';

const featureSet = {
  attributes: ROSTER_EARLY_ATTRIBUTES,
  training: { steps: 25, learningRate: 1 },
  encoding: DEFAULT_ENCODING,
};
const inputOf = (roster: Roster, attributes: readonly string[] = ROSTER_EARLY_ATTRIBUTES) => ({
  ...roster,
  featureSet: { ...featureSet, attributes },
});

describe('cross-validation', () => {
  const roster = aRoster().withRows(240).withStudentsInBothCourses(30).build();
  // Validated in each test, not while Jest collects them, so Stryker can tell which test covers each mutant.
  const validated = () => crossValidate(inputOf(roster), { folds: 5, seed: 11 });

  it('tests every row exactly once, in the fold of its student', () => {
    const result = validated();
    expect(result.folds).toHaveLength(5);
    expect(result.folds.reduce((sum, fold) => sum + fold.testRows, 0)).toBe(roster.records.length);
    expect(result.outOfFold.every((risk) => risk > 0 && risk < 1)).toBe(true);
    roster.groups.forEach((group, row) => {
      const twin = roster.groups.indexOf(group);
      expect(result.foldOf[row]).toBe(result.foldOf[twin]);
    });
  });

  it('learns the signal in the synthetic roster', () => {
    const result = validated();
    expect(result.summary.auc.mean).toBeGreaterThan(0.7);
    expect(result.summary.auc.defined).toBe(5);
    expect(result.summary.auc.sd).toBeGreaterThan(0);
    expect(result.summary.brier.mean).toBeLessThan(0.25);
    expect(result.summary.topKRecall.mean).toBeGreaterThan(0.2);
  });

  it('chooses each fold’s threshold on its training folds', () => {
    const result = validated();
    for (const fold of result.folds) {
      expect(fold.atThreshold.threshold).toBeGreaterThan(0);
      expect(fold.atThreshold.threshold).toBeLessThan(1);
      expect(fold.trainRows + fold.testRows).toBe(roster.records.length);
    }
  });

  it('repeats exactly for a seed', () => {
    expect(crossValidate(inputOf(roster), { folds: 5, seed: 11 })).toEqual(validated());
  });

  it('ends with a model fitted on every row, with its threshold', () => {
    const trained = trainAndValidate(inputOf(roster), { folds: 5, seed: 11 });
    expect(trained.validation).toEqual(validated());
    expect(trained.model.training.rows).toBe(roster.records.length);
    expect(trained.threshold).toBeGreaterThan(0);
    expect(riskOfFailing(trained.model, roster.records)).toHaveLength(roster.records.length);
  });

  it('can choose the step count inside each training set by an inner cross-validation', () => {
    const small = aRoster().withRows(120).build();
    const tuned = trainAndValidate(inputOf(small), { folds: 3, stepCandidates: [3, 40], innerFolds: 2 });
    for (const fold of tuned.validation.folds) expect([3, 40]).toContain(fold.steps);
    expect([3, 40]).toContain(tuned.model.training.steps);
    expect(crossValidate(inputOf(small), { folds: 3 }).folds.every((fold) => fold.steps === 25)).toBe(true);
  });

  describe('with a grid of step counts (as the add-on trains)', () => {
    const grid = [40, 2, 5, 10, 20, 80, 160];
    const gridInput = {
      ...roster,
      featureSet: { ...featureSet, training: { stepCandidates: grid, learningRate: 1 } },
    };
    const tunedOnGrid = () => trainAndValidate(gridInput, { folds: 5, seed: 11 });

    it('records what it chose: the final steps, each fold’s, the grid and the threshold criterion', () => {
      const tuned = tunedOnGrid();
      expect(tuned.tuning).toEqual({
        steps: tuned.model.training.steps,
        candidates: [2, 5, 10, 20, 40, 80, 160],
        stepsPerFold: tuned.validation.folds.map((fold) => fold.steps),
        thresholdCriterion: 'f1',
      });
      for (const steps of [tuned.tuning.steps, ...tuned.tuning.stepsPerFold]) expect(grid).toContain(steps);
    });

    it('chooses each fold’s steps on its training rows only', () => {
      const tuned = tunedOnGrid();
      tuned.validation.folds.forEach((fold) => {
        const train = tuned.validation.foldOf.flatMap((f, row) => (f === fold.fold ? [] : [row]));
        const alone = trainFinalModel(subset(gridInput, train), { folds: 5, seed: 11 });
        expect(alone.model.training.steps).toBe(fold.steps);
      });
    });

    it('chooses the final model’s steps on every row, the same way', () => {
      const tuned = tunedOnGrid();
      expect(trainFinalModel(gridInput, { folds: 5, seed: 11 }).model).toEqual(tuned.model);
    });

    it('repeats exactly for a seed', () => {
      expect(trainAndValidate(gridInput, { folds: 5, seed: 11 })).toEqual(tunedOnGrid());
    });

    it('takes fixed steps as a grid of one: nothing is chosen', () => {
      const fixed = trainAndValidate(inputOf(roster), { folds: 5, seed: 11 });
      expect(fixed.tuning).toMatchObject({ steps: 25, candidates: [25], stepsPerFold: [25, 25, 25, 25, 25] });
    });
  });

  it('trains despite a constant column and an all-blank column', () => {
    const messy = aRoster().withRows(100).withColumn('school', 'GP').withBlankColumn('absences').build();
    const messyResult = trainAndValidate(inputOf(messy), { folds: 3 });
    expect(messyResult.model.encoding.dropped).toEqual(expect.arrayContaining(['school', 'absences']));
    expect(messyResult.validation.summary.auc.mean).toBeGreaterThan(0.5);
  });

  it('throws typed errors for too few rows, one class only, no features, and G3 as an input', () => {
    const problem = (run: () => unknown) => {
      try {
        run();
        return 'none';
      } catch (error) {
        if (error instanceof TrainingDataError) return error.problem;
        return error instanceof RangeError ? 'range' : 'other';
      }
    };
    const tiny = aRoster().withRows(12).build();
    const passing = aRoster().withRows(50).withEverybodyPassing().build();
    const constant = aRoster().withRows(50).withColumn('age', 16).build();
    expect(problem(() => crossValidate(inputOf(tiny), { folds: 10 }))).toBe('too-few-rows');
    expect(problem(() => crossValidate(inputOf(passing)))).toBe('one-class');
    expect(problem(() => crossValidate(inputOf(roster, [])))).toBe('no-features');
    expect(problem(() => crossValidate(inputOf(constant, ['age'])))).toBe('no-features');
    expect(problem(() => crossValidate(inputOf({ records: [], labels: [], groups: [] })))).toBe('no-rows');
    expect(problem(() => crossValidate(inputOf(roster, ['failures', 'G3'])))).toBe('range');
    expect(problem(() => crossValidate({ ...inputOf(roster), labels: [1, 0] }))).toBe('range');
  });
});

describe('crossValidate’s checks of its input', () => {
  const thrown = (run: () => unknown) => {
    try {
      run();
      return 'none';
    } catch (error) {
      const kind = error instanceof TrainingDataError ? error.problem : (error as Error).name;
      return `${kind}: ${(error as Error).message}`;
    }
  };

  it('names the three lengths when the labels or the groups do not match the records', () => {
    const roster = aRoster().withRows(20).build();
    const input = inputOf(roster);
    expect(thrown(() => crossValidate({ ...input, labels: roster.labels.slice(1) }))).toBe(
      'RangeError: 20 records, 19 labels and 20 groups differ.',
    );
    expect(thrown(() => crossValidate({ ...input, groups: roster.groups.slice(2) }))).toBe(
      'RangeError: 20 records, 20 labels and 18 groups differ.',
    );
    expect(thrown(() => crossValidate({ ...input, records: roster.records.slice(5) }))).toBe(
      'RangeError: 15 records, 20 labels and 20 groups differ.',
    );
  });

  it('says no columns were chosen when the feature set is empty', () => {
    const input = inputOf(aRoster().withRows(20).build(), []);
    expect(thrown(() => crossValidate(input))).toBe('no-features: No columns were chosen as model inputs.');
  });

  it('takes a top-K share in (0, 1] only, and names a bad one', () => {
    const input = inputOf(aRoster().withRows(20).build());
    expect(thrown(() => crossValidate(input, { topKShare: 0 }))).toBe(
      'RangeError: The top-K share must be in (0, 1], not 0.',
    );
    expect(thrown(() => crossValidate(input, { topKShare: -0.2 }))).toBe(
      'RangeError: The top-K share must be in (0, 1], not -0.2.',
    );
    expect(thrown(() => crossValidate(input, { topKShare: 1.5 }))).toBe(
      'RangeError: The top-K share must be in (0, 1], not 1.5.',
    );
    expect(thrown(() => crossValidate(input, { topKShare: Number.NaN }))).toBe(
      'RangeError: The top-K share must be in (0, 1], not NaN.',
    );
  });

  it('with a top-K share of 1 flags every test row, so it catches every failure of the fold', () => {
    const roster = aRoster().withRows(30).build();
    const result = crossValidate(inputOf(roster), { folds: 3, topKShare: 1 });
    for (const fold of result.folds) {
      expect(fold.topK.k).toBe(fold.testRows);
      expect(fold.topK.recall).toBe(1);
      expect(fold.topK.precision).toBeCloseTo(fold.testFailures / fold.testRows, 12);
    }
  });
});

describe('crossValidate’s folds', () => {
  it('count the failing students each fold tests, and give every row its out-of-fold risk', () => {
    const roster = aRoster().withRows(30).build();
    const result = crossValidate(inputOf(roster), { folds: 3 });
    expect(result.outOfFold.filter((risk) => risk > 0 && risk < 1)).toHaveLength(30);
    const failing = roster.labels.filter((label) => label === 1).length;
    expect(failing).toBeGreaterThan(3);
    result.folds.forEach((fold) => {
      const failingHere = result.foldOf.filter(
        (f, row) => f === fold.fold && roster.labels[row] === 1,
      ).length;
      expect(fold.testFailures).toBe(failingHere);
    });
    expect(result.folds.reduce((sum, fold) => sum + fold.testFailures, 0)).toBe(failing);
  });
});

describe('trainFinalModel', () => {
  it('chooses the steps on inner folds seeded one past the outer seed', () => {
    const roster = aRoster().withRows(60).withSeed(1).build();
    const candidates = [1, 2, 4, 8, 16, 32, 64];
    const walk = startModelWalk(roster.records, roster.labels, ROSTER_EARLY_ATTRIBUTES, 1, DEFAULT_ENCODING);
    const rows = { encoded: walk.encoded, labels: roster.labels, groups: roster.groups, learningRate: 1 };
    // On this roster the inner seed matters: seed 0 would choose 4 steps, seed 2 (outer seed 1, plus one) 1.
    expect(chooseSteps(rows, candidates, 3, 0)).toBe(4);
    expect(chooseSteps(rows, candidates, 3, 2)).toBe(1);
    expect(
      trainFinalModel(inputOf(roster), { seed: 1, stepCandidates: candidates }).model.training.steps,
    ).toBe(1);
    expect(trainFinalModel(inputOf(roster), { stepCandidates: candidates }).model.training.steps).toBe(1);
  });
});
