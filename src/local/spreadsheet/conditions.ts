/**
 * `BooleanCondition` and `GradientCondition`: the read-only views of a conditional-format rule's condition that
 * `rule.getBooleanCondition()` and `rule.getGradientCondition()` return. They copy what they report, so
 * changing a returned array changes nothing.
 */
import {
  BooleanCriteria,
  InterpolationType,
  type BooleanCriteriaValue,
  type InterpolationTypeValue,
} from './enums';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { BooleanSpec, GradientPoint, GradientSpec } from './specs';

export type BooleanConditionMethods =
  | 'getBackground'
  | 'getBold'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getFontColor'
  | 'getItalic'
  | 'getStrikethrough'
  | 'getUnderline';

export class LocalBooleanCondition implements Subset<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  BooleanConditionMethods
> {
  constructor(private readonly spec: BooleanSpec) {}

  getBackground(): string | null {
    return this.spec.format.background;
  }

  getBold(): boolean | null {
    return this.spec.format.bold;
  }

  getCriteriaType(): BooleanCriteriaValue {
    return BooleanCriteria[this.spec.criteria as keyof typeof BooleanCriteria];
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getFontColor(): string | null {
    return this.spec.format.fontColor;
  }

  getItalic(): boolean | null {
    return this.spec.format.italic;
  }

  getStrikethrough(): boolean | null {
    return this.spec.format.strikethrough;
  }

  getUnderline(): boolean | null {
    return this.spec.format.underline;
  }
}

export type GradientConditionMethods =
  | 'getMinColor'
  | 'getMinType'
  | 'getMinValue'
  | 'getMidColor'
  | 'getMidType'
  | 'getMidValue'
  | 'getMaxColor'
  | 'getMaxType'
  | 'getMaxValue';

function typeOf(point: GradientPoint | null): InterpolationTypeValue | null {
  return point ? InterpolationType[point.type as keyof typeof InterpolationType] : null;
}

export class LocalGradientCondition implements Subset<
  GoogleAppsScript.Spreadsheet.GradientCondition,
  GradientConditionMethods
> {
  constructor(private readonly spec: GradientSpec) {}

  getMinColor(): string {
    return this.spec.min?.color ?? '';
  }

  getMinType(): InterpolationTypeValue | null {
    return typeOf(this.spec.min);
  }

  getMinValue(): string {
    return this.spec.min?.value ?? '';
  }

  getMidColor(): string {
    return this.spec.mid?.color ?? '';
  }

  getMidType(): InterpolationTypeValue | null {
    return typeOf(this.spec.mid);
  }

  getMidValue(): string {
    return this.spec.mid?.value ?? '';
  }

  getMaxColor(): string {
    return this.spec.max?.color ?? '';
  }

  getMaxType(): InterpolationTypeValue | null {
    return typeOf(this.spec.max);
  }

  getMaxValue(): string {
    return this.spec.max?.value ?? '';
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalBooleanConditionHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalBooleanCondition, BooleanConditionMethods>
>;
type _LocalGradientConditionHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalGradientCondition, GradientConditionMethods>
>;
