/**
 * Conditional-format rules between Sheets and Excel. Sheets' number criteria map to Excel `cellIs` rules,
 * text equality to `cellIs equal "text"`, contains/blank checks to `containsText` rules, the other text
 * criteria and custom formulas to `expression` rules, and colour scales to `colorScale`. Each Sheets rule becomes
 * one Excel rule with the rule's ranges as its space-separated `sqref`, and priorities keep Sheets' order
 * (first rule wins). Reading maps back what this module writes; other Excel rule types (data bars, icon sets,
 * top-10, above-average, time periods) have no Sheets equivalent and are skipped.
 */
import type ExcelJS from 'exceljs';
import { a1Of, columnLetters, parseA1, gridOf } from '../spreadsheet/a1';
import { fromArgb, toArgb } from '../spreadsheet/colors';
import type { SheetModel } from '../spreadsheet/sheet-model';
import { emptyRuleFormat, type GradientPoint, type RuleFormat, type RuleSpec } from '../spreadsheet/specs';

type ExcelRule = ExcelJS.ConditionalFormattingRule;
type Cfvo = ExcelJS.Cvfo;

const CELL_IS: Record<string, string> = {
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_BETWEEN: 'between',
  NUMBER_NOT_BETWEEN: 'notBetween',
};
const FROM_CELL_IS = Object.fromEntries(Object.entries(CELL_IS).map(([k, v]) => [v, k]));

const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
const unquote = (text: string) => text.slice(1, -1).replace(/""/g, '"');
const QUOTED = '"((?:[^"]|"")*)"';

/** Excel's text tests, written relative to the first cell of the rule's first range. */
const TEXT_FORMULAS: Record<string, (text: string, cell: string) => string> = {
  TEXT_DOES_NOT_CONTAIN: (t, c) => `ISERROR(SEARCH(${quote(t)},${c}))`,
  TEXT_STARTS_WITH: (t, c) => `LEFT(${c},LEN(${quote(t)}))=${quote(t)}`,
  TEXT_ENDS_WITH: (t, c) => `RIGHT(${c},LEN(${quote(t)}))=${quote(t)}`,
};
const TEXT_PATTERNS: [string, RegExp][] = [
  ['TEXT_CONTAINS', new RegExp(`^NOT\\(ISERROR\\(SEARCH\\(${QUOTED},[A-Z]+\\d+\\)\\)\\)$`)],
  ['TEXT_DOES_NOT_CONTAIN', new RegExp(`^ISERROR\\(SEARCH\\(${QUOTED},[A-Z]+\\d+\\)\\)$`)],
  ['TEXT_STARTS_WITH', new RegExp(`^LEFT\\([A-Z]+\\d+,LEN\\(${QUOTED}\\)\\)=".*"$`)],
  ['TEXT_ENDS_WITH', new RegExp(`^RIGHT\\([A-Z]+\\d+,LEN\\(${QUOTED}\\)\\)=".*"$`)],
];

function excelStyle(format: RuleFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (format.background)
    style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: toArgb(format.background) } };
  const font: Partial<ExcelJS.Font> = {};
  if (format.fontColor) font.color = { argb: toArgb(format.fontColor) };
  if (format.bold !== null) font.bold = format.bold;
  if (format.italic !== null) font.italic = format.italic;
  if (format.strikethrough !== null) font.strike = format.strikethrough;
  if (format.underline !== null) font.underline = format.underline;
  if (Object.keys(font).length > 0) style.font = font;
  return style;
}

function ruleFormat(style: Partial<ExcelJS.Style> | undefined): RuleFormat {
  const format = emptyRuleFormat();
  const fill = style?.fill;
  if (fill?.type === 'pattern') format.background = fromArgb(fill.bgColor?.argb ?? fill.fgColor?.argb);
  const font = style?.font;
  if (font) {
    format.fontColor = fromArgb(font.color?.argb);
    format.bold = font.bold ?? null;
    format.italic = font.italic ?? null;
    format.strikethrough = font.strike ?? null;
    format.underline = font.underline === undefined ? null : Boolean(font.underline);
  }
  return format;
}

function cfvoOf(point: GradientPoint): Cfvo {
  switch (point.type) {
    case 'MIN':
      return { type: 'min' };
    case 'MAX':
      return { type: 'max' };
    case 'PERCENT':
      return { type: 'percent', value: Number(point.value) };
    case 'PERCENTILE':
      return { type: 'percentile', value: Number(point.value) };
    default:
      return { type: 'num', value: Number(point.value) };
  }
}

function pointOf(cfvo: Cfvo | undefined, color: Partial<ExcelJS.Color> | undefined): GradientPoint | null {
  if (!cfvo) return null;
  const types: Record<string, string> = {
    min: 'MIN',
    max: 'MAX',
    num: 'NUMBER',
    percent: 'PERCENT',
    percentile: 'PERCENTILE',
  };
  const type = types[cfvo.type] ?? 'NUMBER';
  const value = type === 'MIN' || type === 'MAX' || cfvo.value === undefined ? '' : String(cfvo.value);
  return { color: fromArgb(color?.argb) ?? '#ffffff', type, value };
}

/** The Excel rule for one Sheets rule, with `priority` (1 is applied first). */
export function toExcelRule(rule: RuleSpec, priority: number): ExcelRule {
  const { condition } = rule;
  if (condition.kind === 'gradient') {
    const points = [condition.min, condition.mid, condition.max].filter(
      (p): p is GradientPoint => p !== null,
    );
    return {
      type: 'colorScale',
      priority,
      cfvo: points.map(cfvoOf),
      color: points.map((p) => ({ argb: toArgb(p.color) })),
    };
  }
  const style = excelStyle(condition.format);
  const [first] = rule.ranges;
  const cell = first ? `${columnLetters(first.grid.column)}${first.grid.row}` : 'A1';
  const text = String(condition.values[0] ?? '');
  const cellIs = CELL_IS[condition.criteria];
  if (cellIs) {
    const formulae = condition.values.map((v) => String(v));
    return { type: 'cellIs', operator: cellIs as ExcelJS.CellIsOperators, formulae, priority, style };
  }
  switch (condition.criteria) {
    case 'TEXT_EQUAL_TO':
      return { type: 'cellIs', operator: 'equal', formulae: [quote(text)], priority, style };
    case 'TEXT_CONTAINS':
      return { type: 'containsText', operator: 'containsText', text, priority, style };
    case 'CELL_EMPTY':
      return { type: 'containsText', operator: 'containsBlanks', priority, style };
    case 'CELL_NOT_EMPTY':
      return { type: 'containsText', operator: 'notContainsBlanks', priority, style };
    case 'CUSTOM_FORMULA':
      return { type: 'expression', formulae: [text.replace(/^=/, '')], priority, style };
  }
  const textFormula = TEXT_FORMULAS[condition.criteria];
  if (textFormula) return { type: 'expression', formulae: [textFormula(text, cell)], priority, style };
  throw new TypeError(`No Excel equivalent for the criteria ${condition.criteria}.`);
}

/** The Sheets condition of an Excel rule, or `null` when Sheets has none. */
function conditionOf(rule: ExcelRule): RuleSpec['condition'] | null {
  if (rule.type === 'colorScale') {
    const cfvo = rule.cfvo ?? [];
    const colors = rule.color ?? [];
    const min = pointOf(cfvo[0], colors[0]);
    const max = pointOf(cfvo[cfvo.length - 1], colors[colors.length - 1]);
    const mid = cfvo.length === 3 ? pointOf(cfvo[1], colors[1]) : null;
    return min && max ? { kind: 'gradient', min, mid, max } : null;
  }
  const format = ruleFormat(rule.style);
  const formulae = 'formulae' in rule ? (rule.formulae ?? []).map((f) => String(f)) : [];
  const boolean = (criteria: string, values: unknown[]) => ({
    kind: 'boolean' as const,
    criteria,
    values,
    format,
  });
  if (rule.type === 'cellIs') {
    const [first = ''] = formulae;
    if (rule.operator === 'equal' && /^".*"$/.test(first)) return boolean('TEXT_EQUAL_TO', [unquote(first)]);
    const criteria = FROM_CELL_IS[rule.operator ?? ''];
    return criteria ? boolean(criteria, formulae.map(Number)) : null;
  }
  if (rule.type === 'containsText') {
    if (rule.operator === 'containsBlanks') return boolean('CELL_EMPTY', []);
    if (rule.operator === 'notContainsBlanks') return boolean('CELL_NOT_EMPTY', []);
    if (rule.operator === 'containsText' || rule.operator === undefined) {
      if (rule.text !== undefined) return boolean('TEXT_CONTAINS', [rule.text]);
      const match = TEXT_PATTERNS[0]?.[1].exec(formulae[0] ?? '');
      return match?.[1] !== undefined ? boolean('TEXT_CONTAINS', [match[1].replace(/""/g, '"')]) : null;
    }
    return null;
  }
  if (rule.type === 'expression') {
    const formula = formulae[0] ?? '';
    for (const [criteria, pattern] of TEXT_PATTERNS) {
      const match = pattern.exec(formula);
      if (match?.[1] !== undefined) return boolean(criteria, [match[1].replace(/""/g, '"')]);
    }
    return boolean('CUSTOM_FORMULA', [`=${formula}`]);
  }
  return null;
}

/** The Sheets rules of one sheet's Excel conditional formatting, in priority order. */
export function rulesFromExcel(
  sheet: SheetModel,
  formattings: ExcelJS.ConditionalFormattingOptions[],
): RuleSpec[] {
  const found: { priority: number; rule: RuleSpec }[] = [];
  for (const formatting of formattings) {
    const ranges = formatting.ref
      .split(/\s+/)
      .map((part) => parseA1(part))
      .flatMap((ref) => (ref ? [{ sheet, grid: gridOf(ref, sheet.maxRows, sheet.maxColumns) }] : []));
    for (const rule of formatting.rules) {
      const condition = conditionOf(rule);
      if (condition && ranges.length > 0)
        found.push({ priority: rule.priority ?? 0, rule: { ranges, condition } });
    }
  }
  return found.sort((a, b) => a.priority - b.priority).map((f) => f.rule);
}

/** The `sqref` of a rule: its ranges' A1 notation, space-separated. */
export function sqrefOf(rule: RuleSpec): string {
  return rule.ranges.map((ref) => a1Of({ ...ref.grid, endRowOpen: false, endColumnOpen: false })).join(' ');
}
