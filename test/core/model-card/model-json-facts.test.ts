/**
 * What a version's model JSON says about where the model came from (core/model-card/model-json-facts): read
 * leniently, so JSON without the fields, or that is not an object at all, reads as a model PassCompass trained.
 */
import {
  addOnVersionOf,
  importedOriginOf,
  notRecordedWhy,
} from '../../../src/core/model-card/model-json-facts';
import { fixtureVersion } from '../../support/model-card-fixture';

const withJson = (modelJson: string) => fixtureVersion(null, { modelJson });
const withFields = (fields: Record<string, unknown>) =>
  withJson(JSON.stringify({ kind: 'logistic-regression', ...fields }));

describe('where a version’s model came from', () => {
  it('reads a BigQuery ML origin, and nothing else, as imported', () => {
    expect(importedOriginOf(withFields({ origin: { from: 'BigQuery ML', inputsOf: 2 } }))).toEqual({
      from: 'BigQuery ML',
      inputsOf: 2,
    });
    expect(importedOriginOf(withFields({}))).toBeNull();
    expect(importedOriginOf(withFields({ origin: null }))).toBeNull();
    expect(importedOriginOf(withFields({ origin: 'BigQuery ML' }))).toBeNull();
    expect(importedOriginOf(withFields({ origin: { from: 'elsewhere', inputsOf: 2 } }))).toBeNull();
    expect(importedOriginOf(withFields({ origin: { from: 'BigQuery ML', inputsOf: '2' } }))).toBeNull();
  });

  it('reads JSON that is not an object, or not JSON, as a model trained here', () => {
    for (const json of ['null', '42', '"text"', '[]', 'not json']) {
      expect(importedOriginOf(withJson(json))).toBeNull();
      expect(addOnVersionOf(withJson(json))).toBeNull();
    }
  });

  it('gives the release that registered the version, when the JSON names one', () => {
    expect(addOnVersionOf(withFields({ addOnVersion: '0.1.0' }))).toBe('0.1.0');
    expect(addOnVersionOf(withFields({}))).toBeNull();
    expect(addOnVersionOf(withFields({ addOnVersion: '' }))).toBeNull();
    expect(addOnVersionOf(withFields({ addOnVersion: 5 }))).toBeNull();
    expect(addOnVersionOf(withFields({ addOnVersion: null }))).toBeNull();
  });
});

describe('why a version has no figures', () => {
  it('says a trained version predates them, and an imported one never had PassCompass’s cross-validation', () => {
    expect(notRecordedWhy('equity figures', false)).toBe(
      'This version was trained before PassCompass kept equity figures. Train again to see them.',
    );
    expect(notRecordedWhy('equity figures', true)).toBe(
      "This version was imported from BigQuery ML: equity figures come from PassCompass's own " +
        'cross-validation, which an imported model has not had. Weigh that before promoting it.',
    );
  });
});
