/**
 * `FilterCriteria` and its builder (`SpreadsheetApp.newFilterCriteria()`): which values of a filtered column
 * stay visible. Criteria are plain values (built once, never changed); builders and criteria make no call to the
 * document, so they are not recorded in the call log.
 */
import { criteriaFromEnum, criteriaOf, type Criteria } from './criteria';
import { BooleanCriteria, type BooleanCriteriaValue } from './enums';
import type { Errors } from './errors';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import type { FilterCriteriaSpec } from './specs';

type Real = GoogleAppsScript.Spreadsheet.FilterCriteria;
type RealBuilder = GoogleAppsScript.Spreadsheet.FilterCriteriaBuilder;

export type FilterCriteriaMethods =
  'copy' | 'getCriteriaType' | 'getCriteriaValues' | 'getHiddenValues' | 'getVisibleValues';

export type FilterCriteriaBuilderMethods =
  | FilterCriteriaMethods
  | 'build'
  | 'setHiddenValues'
  | 'setVisibleValues'
  | 'whenCellEmpty'
  | 'whenCellNotEmpty'
  | 'whenFormulaSatisfied'
  | 'whenNumberBetween'
  | 'whenNumberEqualTo'
  | 'whenNumberGreaterThan'
  | 'whenNumberGreaterThanOrEqualTo'
  | 'whenNumberLessThan'
  | 'whenNumberLessThanOrEqualTo'
  | 'whenNumberNotBetween'
  | 'whenNumberNotEqualTo'
  | 'whenTextContains'
  | 'whenTextDoesNotContain'
  | 'whenTextEndsWith'
  | 'whenTextEqualTo'
  | 'whenTextStartsWith'
  | 'withCriteria';

function copySpec(spec: FilterCriteriaSpec): FilterCriteriaSpec {
  return {
    criteria: spec.criteria,
    values: [...spec.values],
    hiddenValues: [...spec.hiddenValues],
    visibleValues: [...spec.visibleValues],
  };
}

/** The criteria type, or `null` for criteria made only of hidden/visible values (as in Sheets). */
function criteriaType(spec: FilterCriteriaSpec): BooleanCriteriaValue {
  // The typings say the type is never null; Sheets does return null here.
  return (
    spec.criteria === null ? null : BooleanCriteria[spec.criteria as keyof typeof BooleanCriteria]
  ) as BooleanCriteriaValue;
}

export class LocalFilterCriteria implements Subset<Real, FilterCriteriaMethods> {
  constructor(
    private readonly errors: Errors,
    readonly spec: FilterCriteriaSpec,
  ) {}

  copy(): LocalFilterCriteriaBuilder {
    return new LocalFilterCriteriaBuilder(this.errors, copySpec(this.spec));
  }

  getCriteriaType(): BooleanCriteriaValue {
    return criteriaType(this.spec);
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getHiddenValues(): string[] {
    return [...this.spec.hiddenValues];
  }

  getVisibleValues(): string[] {
    return [...this.spec.visibleValues];
  }
}

export class LocalFilterCriteriaBuilder implements Subset<RealBuilder, FilterCriteriaBuilderMethods> {
  private readonly spec: FilterCriteriaSpec;

  constructor(
    private readonly errors: Errors,
    spec: FilterCriteriaSpec = { criteria: null, values: [], hiddenValues: [], visibleValues: [] },
  ) {
    this.spec = copySpec(spec);
  }

  build(): LocalFilterCriteria {
    return new LocalFilterCriteria(this.errors, copySpec(this.spec));
  }

  copy(): LocalFilterCriteriaBuilder {
    return new LocalFilterCriteriaBuilder(this.errors, this.spec);
  }

  getCriteriaType(): BooleanCriteriaValue {
    return criteriaType(this.spec);
  }

  getCriteriaValues(): unknown[] {
    return [...this.spec.values];
  }

  getHiddenValues(): string[] {
    return [...this.spec.hiddenValues];
  }

  getVisibleValues(): string[] {
    return [...this.spec.visibleValues];
  }

  setHiddenValues(values: string[]): this {
    this.spec.hiddenValues = this.strings(values);
    return this;
  }

  setVisibleValues(values: string[]): this {
    this.spec.visibleValues = this.strings(values);
    return this;
  }

  whenCellEmpty(): this {
    return this.set(criteriaOf('CELL_EMPTY', [], this.errors));
  }

  whenCellNotEmpty(): this {
    return this.set(criteriaOf('CELL_NOT_EMPTY', [], this.errors));
  }

  whenFormulaSatisfied(formula: string): this {
    return this.set(criteriaOf('CUSTOM_FORMULA', [formula], this.errors));
  }

  whenNumberBetween(start: number, end: number): this {
    return this.set(criteriaOf('NUMBER_BETWEEN', [start, end], this.errors));
  }

  whenNumberEqualTo(number: number): this {
    return this.set(criteriaOf('NUMBER_EQUAL_TO', [number], this.errors));
  }

  whenNumberGreaterThan(number: number): this {
    return this.set(criteriaOf('NUMBER_GREATER_THAN', [number], this.errors));
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.set(criteriaOf('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number], this.errors));
  }

  whenNumberLessThan(number: number): this {
    return this.set(criteriaOf('NUMBER_LESS_THAN', [number], this.errors));
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    return this.set(criteriaOf('NUMBER_LESS_THAN_OR_EQUAL_TO', [number], this.errors));
  }

  whenNumberNotBetween(start: number, end: number): this {
    return this.set(criteriaOf('NUMBER_NOT_BETWEEN', [start, end], this.errors));
  }

  whenNumberNotEqualTo(number: number): this {
    return this.set(criteriaOf('NUMBER_NOT_EQUAL_TO', [number], this.errors));
  }

  whenTextContains(text: string): this {
    return this.set(criteriaOf('TEXT_CONTAINS', [text], this.errors));
  }

  whenTextDoesNotContain(text: string): this {
    return this.set(criteriaOf('TEXT_DOES_NOT_CONTAIN', [text], this.errors));
  }

  whenTextEndsWith(text: string): this {
    return this.set(criteriaOf('TEXT_ENDS_WITH', [text], this.errors));
  }

  whenTextEqualTo(text: string): this {
    return this.set(criteriaOf('TEXT_EQUAL_TO', [text], this.errors));
  }

  whenTextStartsWith(text: string): this {
    return this.set(criteriaOf('TEXT_STARTS_WITH', [text], this.errors));
  }

  withCriteria(criteria: BooleanCriteriaValue, args: unknown[]): this {
    return this.set(criteriaFromEnum(criteria, args, this.errors));
  }

  private set(criteria: Criteria): this {
    this.spec.criteria = criteria.criteria;
    this.spec.values = criteria.values;
    return this;
  }

  private strings(values: unknown): string[] {
    if (!Array.isArray(values)) throw this.errors.type('Expected an array of text values.');
    return values.map((v) => String(v));
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalFilterCriteriaHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalFilterCriteria, FilterCriteriaMethods, 'spec'>
>;
type _LocalFilterCriteriaBuilderHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalFilterCriteriaBuilder, FilterCriteriaBuilderMethods>
>;
