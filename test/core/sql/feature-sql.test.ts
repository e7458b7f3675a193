/**
 * The BigQuery ML column name of a feature: letters, digits and underscores only, with the version prefix.
 */
import type { EncodedFeature } from '../../../src/core/model/encoding';
import { featureColumnName } from '../../../src/core/sql/feature-sql';

const named = (name: string): EncodedFeature =>
  ({ name, attribute: 'age', transform: 'linear', center: 0, scale: 1 }) as unknown as EncodedFeature;

describe('featureColumnName', () => {
  it('spells > and = out, and prefixes the version', () => {
    expect(featureColumnName(named('failures>0'), 3)).toBe('v3_failures_gt_0');
    expect(featureColumnName(named('Mjob=at_home'), 12)).toBe('v12_Mjob_eq_at_home');
  });

  it('turns each run of other characters into one underscore', () => {
    expect(featureColumnName(named('log1p(absences)'), 1)).toBe('v1_log1p_absences');
    expect(featureColumnName(named('a . b'), 1)).toBe('v1_a_b');
    expect(featureColumnName(named('a b'), 1)).toBe('v1_a_b');
  });

  it('drops every underscore at either end', () => {
    expect(featureColumnName(named('__a__'), 2)).toBe('v2_a');
    expect(featureColumnName(named('(( x ))'), 2)).toBe('v2_x');
    expect(featureColumnName(named('>0'), 2)).toBe('v2_gt_0');
  });
});
