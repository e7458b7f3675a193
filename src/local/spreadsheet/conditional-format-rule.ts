/**
 * `ConditionalFormatRule`: a built rule, immutable like Sheets' own. A sheet keeps plain `RuleSpec`s and makes
 * a rule facade each time `getConditionalFormatRules()` is called; `copy()` starts a builder from a rule, which
 * is how the add-on replaces its own rules and keeps the teacher's.
 */
import { LocalBooleanCondition, LocalGradientCondition } from './conditions';
import { LocalConditionalFormatRuleBuilder } from './conditional-format-builder';
import type { Context } from './context';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';
import type { ConditionSpec, RuleSpec } from './specs';

export type ConditionalFormatRuleMethods =
  'copy' | 'getBooleanCondition' | 'getGradientCondition' | 'getRanges';

/** A deep copy of a condition, so that no two rules share mutable state. */
export function copyCondition(condition: ConditionSpec): ConditionSpec {
  if (condition.kind === 'boolean') {
    return {
      kind: 'boolean',
      criteria: condition.criteria,
      values: [...condition.values],
      format: { ...condition.format },
    };
  }
  const point = (p: ConditionSpec & { kind: 'gradient' }, key: 'min' | 'mid' | 'max') =>
    p[key] ? { ...p[key] } : null;
  return {
    kind: 'gradient',
    min: point(condition, 'min'),
    mid: point(condition, 'mid'),
    max: point(condition, 'max'),
  };
}

/** A deep copy of a rule (ranges keep pointing at the same sheets). */
export function copyRule(rule: RuleSpec): RuleSpec {
  return {
    ranges: rule.ranges.map((ref) => ({ sheet: ref.sheet, grid: { ...ref.grid } })),
    condition: copyCondition(rule.condition),
  };
}

export class LocalConditionalFormatRule implements Subset<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  ConditionalFormatRuleMethods
> {
  readonly spec: RuleSpec;

  constructor(
    private readonly ctx: Context,
    spec: RuleSpec,
  ) {
    this.spec = copyRule(spec);
  }

  copy(): LocalConditionalFormatRuleBuilder {
    return new LocalConditionalFormatRuleBuilder(this.ctx, this.spec);
  }

  getBooleanCondition(): LocalBooleanCondition | null {
    const { condition } = this.spec;
    return condition.kind === 'boolean'
      ? new LocalBooleanCondition(copyCondition(condition) as typeof condition)
      : null;
  }

  getGradientCondition(): LocalGradientCondition | null {
    const { condition } = this.spec;
    return condition.kind === 'gradient'
      ? new LocalGradientCondition(copyCondition(condition) as typeof condition)
      : null;
  }

  getRanges(): LocalRange[] {
    return this.spec.ranges.map((ref) => new LocalRange(this.ctx, ref));
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalConditionalFormatRuleHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalConditionalFormatRule, ConditionalFormatRuleMethods, 'spec'>
>;
