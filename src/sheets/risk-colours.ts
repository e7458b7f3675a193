/**
 * PassCompass's look on the Students sheet: conditional-format rules that colour the Tier column (High red,
 * Medium amber, Low green) and shade the risk percentage, plus a filter so counsellors can filter by tier or by
 * colour. `setConditionalFormatRules` replaces every rule of the sheet, so the existing rules are read and only
 * PassCompass's own are replaced: a rule is PassCompass's when it covers only the Tier or risk column and has the
 * shape PassCompass writes. A user's filter is kept as it is. Its own columns also get widths that show their
 * header and values whole (the reasons wrap), the locale's date-time on `Scored at`, and notes on the risk, Tier
 * and reasons header cells (the Tier note says how the tiers were chosen), in one call per run of adjacent
 * columns, so a teacher's own notes on other header cells stay.
 */
import { adjacentRuns } from './adjacent-runs';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.ConditionalFormatRule;

export const TIER_COLOURS = {
  High: { background: '#f4c7c3', font: '#7f1d1d' },
  Medium: { background: '#fce8b2', font: '#713f12' },
  Low: { background: '#b7e1cd', font: '#14532d' },
} as const;
export const RISK_GRADIENT = { low: '#ffffff', high: '#e67c73' } as const;

/** Pixels: each header on one line in bold (about 7.5 pixels a character) and its values; the reasons in full. */
export const OWN_COLUMN_WIDTHS = { risk: 125, tier: 80, reasons: 460, version: 110, scoredAt: 140 } as const;

type OwnColumnName = keyof typeof OWN_COLUMN_WIDTHS;

export function styleOwnColumns(
  sheet: Sheet,
  columns: Record<OwnColumnName, number>,
  dataRows: number,
  notes: { risk: string; tier: string; reasons: string },
  timeFormat: () => string,
): void {
  if (dataRows === 0) return;
  const riskRange = sheet.getRange(2, columns.risk + 1, dataRows, 1);
  const tierRange = sheet.getRange(2, columns.tier + 1, dataRows, 1);
  // One decimal, as the Tier note gives the cut-offs: a risk of 29.6% shown as 30% would seem to reach a
  // Medium tier that starts at 30%.
  riskRange.setNumberFormat('0.0%');
  sheet.getRange(2, columns.scoredAt + 1, dataRows, 1).setNumberFormat(timeFormat());
  // Three reasons run to 120 characters: one in five needs a second line, rather than a column twice as wide.
  sheet.getRange(2, columns.reasons + 1, dataRows, 1).setWrap(true);
  // Wide enough to read the headers, the times and the reasons without resizing by hand.
  for (const name of Object.keys(OWN_COLUMN_WIDTHS) as OwnColumnName[])
    sheet.setColumnWidth(columns[name] + 1, OWN_COLUMN_WIDTHS[name]);
  writeHeaderNotes(sheet, [
    [columns.risk, notes.risk],
    [columns.tier, notes.tier],
    [columns.reasons, notes.reasons],
  ]);
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

/** Notes on header cells (0-based columns), one `setNotes` per run of adjacent columns. */
function writeHeaderNotes(sheet: Sheet, notes: readonly (readonly [number, string])[]): void {
  for (const run of adjacentRuns(notes.map(([column]) => column))) {
    const cells = run.positions.map((p) => notes[p]?.[1] ?? '');
    sheet.getRange(1, run.start + 1, 1, cells.length).setNotes([cells]);
  }
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
