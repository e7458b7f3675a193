/**
 * Plain data for the things a sheet owns besides its cells: conditional-format rules, the filter, protections
 * and charts. The facades (`LocalConditionalFormatRule`, `LocalFilter`, ...) wrap these, and the xlsx bridge
 * reads and writes them directly, without going through the recorded API.
 */
import type { Grid } from './a1';
import type { SheetModel } from './sheet-model';

/** A rectangle of a given sheet. */
export interface RangeRef {
  sheet: SheetModel;
  grid: Grid;
}

/** Formatting a boolean conditional-format rule applies; `null` leaves the cell's own. */
export interface RuleFormat {
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  italic: boolean | null;
  strikethrough: boolean | null;
  underline: boolean | null;
}

/** A boolean condition: a `BooleanCriteria` name with its arguments, and the format to apply. */
export interface BooleanSpec {
  kind: 'boolean';
  criteria: string;
  values: unknown[];
  format: RuleFormat;
}

/** One point of a colour scale: colour, `InterpolationType` name and value (text, as Sheets keeps it). */
export interface GradientPoint {
  color: string;
  type: string;
  value: string;
}

export interface GradientSpec {
  kind: 'gradient';
  min: GradientPoint | null;
  mid: GradientPoint | null;
  max: GradientPoint | null;
}

export type ConditionSpec = BooleanSpec | GradientSpec;

export interface RuleSpec {
  ranges: RangeRef[];
  condition: ConditionSpec;
}

/** A column's filter criteria: a `BooleanCriteria` name (or none) and the values it hides or shows. */
export interface FilterCriteriaSpec {
  criteria: string | null;
  values: unknown[];
  hiddenValues: string[];
  visibleValues: string[];
}

export interface FilterModel {
  grid: Grid;
  /** Criteria by sheet column position (1-based). */
  criteria: Map<number, FilterCriteriaSpec>;
}

export interface ProtectionModel {
  type: 'SHEET' | 'RANGE';
  /** The protected rectangle of a `RANGE` protection; `null` for a whole-sheet protection. */
  grid: Grid | null;
  description: string;
  warningOnly: boolean;
}

export interface ChartModel {
  id: number;
  chartType: string;
  ranges: Grid[];
  position: { row: number; column: number; offsetX: number; offsetY: number };
  options: Map<string, unknown>;
}

export function emptyRuleFormat(): RuleFormat {
  return {
    background: null,
    fontColor: null,
    bold: null,
    italic: null,
    strikethrough: null,
    underline: null,
  };
}
