/** The name of a mutation run on chosen files (scripts/mutation-name.ts): its sandbox, incremental file and reports. */
import { LONGEST_RUN_NAME, mutationRunName } from '../../scripts/mutation-name';

const TRAINING_FILES = [
  'logistic',
  'gradient-path',
  'step-size',
  'step-tuning',
  'cross-validation',
  'nested-calibration',
  'calibrated-training',
].map((name) => `src/core/model/${name}.ts`);

describe('the name of a mutation run', () => {
  test('reads as the files or folders it mutates, joined by +', () => {
    expect(mutationRunName(['src/core/model/folds.ts'])).toBe('core-model-folds');
    expect(mutationRunName(['src/core/drift/**/*.ts'])).toBe('core-drift');
    expect(mutationRunName(['src/core/model/folds.ts', 'src/core/model/threshold.ts'])).toBe(
      'core-model-folds+core-model-threshold',
    );
  });

  test(`keeps a joined name of exactly ${LONGEST_RUN_NAME} characters whole`, () => {
    // 'core-' + 75 letters = 80 characters, the longest name kept as it is.
    const file = `src/core/${'a'.repeat(75)}.ts`;
    expect(mutationRunName([file])).toBe(`core-${'a'.repeat(75)}`);
    expect(mutationRunName([`src/core/${'a'.repeat(76)}.ts`])).toMatch(/^core-a{76}\+0-more-[0-9a-f]{8}$/);
  });

  test('shortens a long list to its first file, the count of the others and a hash of all of them', () => {
    // The seven files joined are 177 characters; the hash is the first 8 hex digits of their SHA-256:
    // printf '%s' 'core-model-logistic+core-model-gradient-path+core-model-step-size+core-model-step-tuning+core-model-cross-validation+core-model-nested-calibration+core-model-calibrated-training' | sha256sum
    expect(mutationRunName(TRAINING_FILES)).toBe('core-model-logistic+6-more-5158b8e9');
  });

  test('gives another list of the same length and first file another name', () => {
    const reordered = [TRAINING_FILES[0] as string, ...TRAINING_FILES.slice(1).reverse()];
    expect(mutationRunName(reordered)).toMatch(/^core-model-logistic\+6-more-[0-9a-f]{8}$/);
    expect(mutationRunName(reordered)).not.toBe(mutationRunName(TRAINING_FILES));
  });
});
