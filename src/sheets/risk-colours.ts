/**
 * PassCompass's colours on the Students sheet: conditional-format rules that colour the Tier column (High red,
 * Medium amber, Low green) and shade the risk percentage, plus a filter so counsellors can filter by tier or by
 * colour. `setConditionalFormatRules` replaces every rule of the sheet, so the existing rules are read and only
 * PassCompass's own are replaced: a rule is PassCompass's when it covers only the Tier or risk column and has the
 * shape PassCompass writes. A user's filter is kept as it is.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const TIER_COLOURS = {
  High: { background: '#f4c7c3', font: '#7f1d1d' },
  Medium: { background: '#fce8b2', font: '#713f12' },
  Low: { background: '#b7e1cd', font: '#14532d' },
} as const;
export const RISK_GRADIENT = { low: '#ffffff', high: '#e67c73' } as const;

export function styleOwnColumns(
  sheet: Sheet,
  columns: { risk: number; tier: number; reasons: number },
  dataRows: number,
): void {
  if (dataRows === 0) return;
  const riskRange = sheet.getRange(2, columns.risk + 1, dataRows, 1);
  const tierRange = sheet.getRange(2, columns.tier + 1, dataRows, 1);
  riskRange.setNumberFormat('0%');
  // Wide enough to read the headers and the reasons without resizing by hand.
  sheet.setColumnWidth(columns.risk + 1, 120);
  sheet.setColumnWidth(columns.tier + 1, 80);
  sheet.setColumnWidth(columns.reasons + 1, 460);
  const kept = sheet.getConditionalFormatRules().filter((rule) => !isOwnRule(rule, columns));
  const own = [
    ...(Object.keys(TIER_COLOURS) as (keyof typeof TIER_COLOURS)[]).map((tier) =>
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo(tier)
        .setBackground(TIER_COLOURS[tier].background)
        .setFontColor(TIER_COLOURS[tier].font)
        .setRanges([tierRange])
        .build(),
    ),
    SpreadsheetApp.newConditionalFormatRule()
      .setGradientMinpointWithValue(RISK_GRADIENT.low, SpreadsheetApp.InterpolationType.NUMBER, '0')
      .setGradientMaxpointWithValue(RISK_GRADIENT.high, SpreadsheetApp.InterpolationType.NUMBER, '1')
      .setRanges([riskRange])
      .build(),
  ];
  sheet.setConditionalFormatRules([...kept, ...own]);
  if (!sheet.getFilter()) sheet.getRange(1, 1, dataRows + 1, sheet.getLastColumn()).createFilter();
}

/** True for a rule PassCompass wrote: on the Tier column alone with a tier's text, or on the risk column alone as a gradient. */
export function isOwnRule(rule: Rule, columns: { risk: number; tier: number }): boolean {
  const ranges = rule.getRanges();
  const onlyColumn = (column: number) =>
    ranges.length > 0 && ranges.every((r) => r.getColumn() === column + 1 && r.getNumColumns() === 1);
  if (onlyColumn(columns.risk) && rule.getGradientCondition() !== null) return true;
  const condition = rule.getBooleanCondition();
  if (!onlyColumn(columns.tier) || condition === null) return false;
  const [value] = condition.getCriteriaValues();
  return (
    condition.getCriteriaType() === SpreadsheetApp.BooleanCriteria.TEXT_EQUAL_TO &&
    typeof value === 'string' &&
    Object.prototype.hasOwnProperty.call(TIER_COLOURS, value)
  );
}
