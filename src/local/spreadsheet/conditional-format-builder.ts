/**
 * `ConditionalFormatRuleBuilder` (`SpreadsheetApp.newConditionalFormatRule()`). A builder is either boolean (a
 * `when...` criteria plus formatting) or a colour scale (gradient points); as in Sheets, the last kind of setter
 * called decides which, and formatting set on a boolean builder survives a change of criteria. Builders touch
 * no document, so their calls are not recorded.
 */
import { normalizeColor } from './colors';
import { LocalBooleanCondition, LocalGradientCondition } from './conditions';
import { copyCondition, LocalConditionalFormatRule } from './conditional-format-rule';
import { INTERNAL, type Context } from './context';
import { criteriaFromEnum, criteriaOf, type Criteria } from './criteria';
import {
  enumMember,
  InterpolationType,
  type BooleanCriteriaValue,
  type InterpolationTypeValue,
} from './enums';
import type { AssertTrue, OnlyMembers, Subset } from '../implements';
import { LocalRange } from './range';
import { emptyRuleFormat, type GradientPoint, type RangeRef, type RuleFormat, type RuleSpec } from './specs';

type Real = GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder;
type RangeArg = GoogleAppsScript.Spreadsheet.Range | LocalRange;

export type ConditionalFormatRuleBuilderMethods = Exclude<
  keyof Real,
  'whenDateAfter' | 'whenDateBefore' | 'whenDateEqualTo'
>;

export class LocalConditionalFormatRuleBuilder implements Subset<Real, ConditionalFormatRuleBuilderMethods> {
  private kind: 'boolean' | 'gradient' | null = null;
  private criteria: Criteria | null = null;
  private format: RuleFormat = emptyRuleFormat();
  private points: { min: GradientPoint | null; mid: GradientPoint | null; max: GradientPoint | null } = {
    min: null,
    mid: null,
    max: null,
  };
  private ranges: RangeRef[] = [];

  constructor(
    private readonly ctx: Context,
    from?: RuleSpec,
  ) {
    if (!from) return;
    this.ranges = from.ranges.map((ref) => ({ sheet: ref.sheet, grid: { ...ref.grid } }));
    const condition = copyCondition(from.condition);
    this.kind = condition.kind;
    if (condition.kind === 'boolean') {
      this.criteria = { criteria: condition.criteria as Criteria['criteria'], values: condition.values };
      this.format = condition.format;
    } else {
      this.points = { min: condition.min, mid: condition.mid, max: condition.max };
    }
  }

  /**
   * The rule. @throws TypeError when no condition was set, or a colour scale lacks its min or max point.
   */
  build(): LocalConditionalFormatRule {
    return new LocalConditionalFormatRule(this.ctx, this.spec());
  }

  /** An independent builder in the same state (complete or not). */
  copy(): LocalConditionalFormatRuleBuilder {
    const copy = new LocalConditionalFormatRuleBuilder(this.ctx);
    copy.kind = this.kind;
    copy.criteria = this.criteria && { criteria: this.criteria.criteria, values: [...this.criteria.values] };
    copy.format = { ...this.format };
    copy.points = structuredClone(this.points);
    copy.ranges = this.ranges.map((ref) => ({ sheet: ref.sheet, grid: { ...ref.grid } }));
    return copy;
  }

  getBooleanCondition(): LocalBooleanCondition | null {
    if (this.kind !== 'boolean' || !this.criteria) return null;
    const spec = this.spec();
    return spec.condition.kind === 'boolean' ? new LocalBooleanCondition(spec.condition) : null;
  }

  getGradientCondition(): LocalGradientCondition | null {
    if (this.kind !== 'gradient') return null;
    return new LocalGradientCondition({ kind: 'gradient', ...structuredClone(this.points) });
  }

  getRanges(): LocalRange[] {
    return this.ranges.map((ref) => new LocalRange(this.ctx, ref));
  }

  setRanges(ranges: RangeArg[]): this {
    if (!Array.isArray(ranges)) throw this.ctx.errors.type('setRanges needs an array of ranges.');
    this.ranges = ranges.map((range) => {
      if (!(range instanceof LocalRange))
        throw this.ctx.errors.type('setRanges needs ranges of this spreadsheet.');
      const ref = range[INTERNAL];
      return { sheet: ref.sheet, grid: { ...ref.grid } };
    });
    return this;
  }

  setBackground(color: string | null): this {
    this.format.background = this.color(color);
    return this;
  }

  setFontColor(color: string | null): this {
    this.format.fontColor = this.color(color);
    return this;
  }

  setBold(bold: boolean | null): this {
    this.format.bold = bold === null ? null : Boolean(bold);
    return this;
  }

  setItalic(italic: boolean | null): this {
    this.format.italic = italic === null ? null : Boolean(italic);
    return this;
  }

  setStrikethrough(strikethrough: boolean | null): this {
    this.format.strikethrough = strikethrough === null ? null : Boolean(strikethrough);
    return this;
  }

  setUnderline(underline: boolean | null): this {
    this.format.underline = underline === null ? null : Boolean(underline);
    return this;
  }

  setGradientMinpoint(color: string): this {
    return this.point('min', color, InterpolationType.MIN, '');
  }

  setGradientMaxpoint(color: string): this {
    return this.point('max', color, InterpolationType.MAX, '');
  }

  setGradientMinpointWithValue(color: string, type: InterpolationTypeValue, value: string): this {
    return this.point('min', color, type, value);
  }

  setGradientMidpointWithValue(color: string, type: InterpolationTypeValue, value: string): this {
    return this.point('mid', color, type, value);
  }

  setGradientMaxpointWithValue(color: string, type: InterpolationTypeValue, value: string): this {
    return this.point('max', color, type, value);
  }

  whenCellEmpty(): this {
    return this.when(criteriaOf('CELL_EMPTY', [], this.ctx.errors));
  }

  whenCellNotEmpty(): this {
    return this.when(criteriaOf('CELL_NOT_EMPTY', [], this.ctx.errors));
  }

  /** A custom formula, kept as written (Sheets expects it to start with `=`). */
  whenFormulaSatisfied(formula: string): this {
    return this.when(criteriaOf('CUSTOM_FORMULA', [formula], this.ctx.errors));
  }

  whenNumberBetween(start: number, end: number): this {
    return this.when(criteriaOf('NUMBER_BETWEEN', [start, end], this.ctx.errors));
  }

  whenNumberNotBetween(start: number, end: number): this {
    return this.when(criteriaOf('NUMBER_NOT_BETWEEN', [start, end], this.ctx.errors));
  }

  whenNumberEqualTo(number: number): this {
    return this.when(criteriaOf('NUMBER_EQUAL_TO', [number], this.ctx.errors));
  }

  whenNumberNotEqualTo(number: number): this {
    return this.when(criteriaOf('NUMBER_NOT_EQUAL_TO', [number], this.ctx.errors));
  }

  whenNumberGreaterThan(number: number): this {
    return this.when(criteriaOf('NUMBER_GREATER_THAN', [number], this.ctx.errors));
  }

  whenNumberGreaterThanOrEqualTo(number: number): this {
    return this.when(criteriaOf('NUMBER_GREATER_THAN_OR_EQUAL_TO', [number], this.ctx.errors));
  }

  whenNumberLessThan(number: number): this {
    return this.when(criteriaOf('NUMBER_LESS_THAN', [number], this.ctx.errors));
  }

  whenNumberLessThanOrEqualTo(number: number): this {
    return this.when(criteriaOf('NUMBER_LESS_THAN_OR_EQUAL_TO', [number], this.ctx.errors));
  }

  whenTextContains(text: string): this {
    return this.when(criteriaOf('TEXT_CONTAINS', [text], this.ctx.errors));
  }

  whenTextDoesNotContain(text: string): this {
    return this.when(criteriaOf('TEXT_DOES_NOT_CONTAIN', [text], this.ctx.errors));
  }

  whenTextEndsWith(text: string): this {
    return this.when(criteriaOf('TEXT_ENDS_WITH', [text], this.ctx.errors));
  }

  whenTextEqualTo(text: string): this {
    return this.when(criteriaOf('TEXT_EQUAL_TO', [text], this.ctx.errors));
  }

  whenTextStartsWith(text: string): this {
    return this.when(criteriaOf('TEXT_STARTS_WITH', [text], this.ctx.errors));
  }

  withCriteria(criteria: BooleanCriteriaValue, args: unknown[]): this {
    return this.when(criteriaFromEnum(criteria, args, this.ctx.errors));
  }

  private when(criteria: Criteria): this {
    this.kind = 'boolean';
    this.criteria = criteria;
    return this;
  }

  private point(which: 'min' | 'mid' | 'max', color: string, type: unknown, value: unknown): this {
    const member = enumMember(InterpolationType, type);
    if (member === undefined) throw this.ctx.errors.type(`Invalid InterpolationType: ${String(type)}.`);
    const normalized = this.color(color);
    if (normalized === null) throw this.ctx.errors.type('A gradient point needs a colour.');
    this.kind = 'gradient';
    this.points[which] = {
      color: normalized,
      type: String(member),
      value: value === undefined ? '' : String(value),
    };
    return this;
  }

  private color(color: unknown): string | null {
    if (color === null || color === undefined || color === '') return null;
    const normalized = typeof color === 'string' ? normalizeColor(color) : null;
    if (normalized === null) throw this.ctx.errors.type(`Invalid color: ${String(color)}.`);
    return normalized;
  }

  private spec(): RuleSpec {
    const ranges = this.ranges.map((ref) => ({ sheet: ref.sheet, grid: { ...ref.grid } }));
    if (this.kind === 'boolean' && this.criteria) {
      const { criteria, values } = this.criteria;
      return {
        ranges,
        condition: { kind: 'boolean', criteria, values: [...values], format: { ...this.format } },
      };
    }
    if (this.kind === 'gradient' && this.points.min && this.points.max) {
      return { ranges, condition: { kind: 'gradient', ...structuredClone(this.points) } };
    }
    throw this.ctx.errors.type(
      this.kind === 'gradient'
        ? 'A colour-scale rule needs a min and a max point.'
        : 'A conditional format rule needs a condition (a when... method or gradient points).',
    );
  }
}

// Every public member is a real Apps Script member (a misspelled extra method fails here).
type _LocalConditionalFormatRuleBuilderHasOnlyRealMembers = AssertTrue<
  OnlyMembers<LocalConditionalFormatRuleBuilder, ConditionalFormatRuleBuilderMethods>
>;
