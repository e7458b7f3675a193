import { BooleanCriteria, InterpolationType } from '../../../src/local/spreadsheet';
import { aSpreadsheet, errorOf } from './builders';

describe('conditional format rules', () => {
  it('replaces every rule of the sheet on setConditionalFormatRules', () => {
    const { app, sheet } = aSpreadsheet().build();
    const rule = (text: string) =>
      app
        .newConditionalFormatRule()
        .whenTextEqualTo(text)
        .setBackground('#ff0000')
        .setRanges([sheet.getRange('A1:A10')])
        .build();
    sheet.setConditionalFormatRules([rule('teacher 1'), rule('teacher 2')]);
    sheet.setConditionalFormatRules([rule('ours')]);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(1);
    expect(rules[0]!.getBooleanCondition()!.getCriteriaValues()).toEqual(['ours']);
  });

  it('lets the add-on keep the teacher rules by reading, filtering and writing them back', () => {
    const { app, sheet } = aSpreadsheet().build();
    const teacher = app
      .newConditionalFormatRule()
      .whenCellEmpty()
      .setBackground('#cccccc')
      .setRanges([sheet.getRange('B:B')])
      .build();
    sheet.setConditionalFormatRules([teacher]);
    const ours = app
      .newConditionalFormatRule()
      .whenNumberGreaterThanOrEqualTo(0.5)
      .setRanges([sheet.getRange('C2:C')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), ours]);
    const criteria = sheet.getConditionalFormatRules().map((r) => r.getBooleanCondition()!.getCriteriaType());
    expect(criteria).toEqual([BooleanCriteria.CELL_EMPTY, BooleanCriteria.NUMBER_GREATER_THAN_OR_EQUAL_TO]);
  });

  it('reports a boolean condition with its criteria, values, colours and boldness', () => {
    const { app, sheet } = aSpreadsheet().build();
    const rule = app
      .newConditionalFormatRule()
      .whenNumberBetween(0.3, 0.7)
      .setBackground('#FFF2CC')
      .setFontColor('red')
      .setBold(true)
      .setRanges([sheet.getRange('D2:D100')])
      .build();
    const condition = rule.getBooleanCondition()!;
    expect(condition.getCriteriaType()).toBe(BooleanCriteria.NUMBER_BETWEEN);
    expect(String(condition.getCriteriaType())).toBe('NUMBER_BETWEEN');
    expect(condition.getCriteriaValues()).toEqual([0.3, 0.7]);
    expect([
      condition.getBackground(),
      condition.getFontColor(),
      condition.getBold(),
      condition.getItalic(),
    ]).toEqual(['#fff2cc', '#ff0000', true, null]);
    expect(rule.getGradientCondition()).toBeNull();
    expect(rule.getRanges().map((r) => r.getA1Notation())).toEqual(['D2:D100']);
  });

  it('keeps a custom formula as written', () => {
    const { app, sheet } = aSpreadsheet().build();
    const rule = app
      .newConditionalFormatRule()
      .whenFormulaSatisfied('=$C2>=0.5')
      .setRanges([sheet.getRange('A2:F')])
      .build();
    expect(rule.getBooleanCondition()!.getCriteriaType()).toBe(BooleanCriteria.CUSTOM_FORMULA);
    expect(rule.getBooleanCondition()!.getCriteriaValues()).toEqual(['=$C2>=0.5']);
  });

  it('builds a colour scale from gradient points', () => {
    const { app, sheet } = aSpreadsheet().build();
    const rule = app
      .newConditionalFormatRule()
      .setGradientMinpointWithValue('#FFFFFF', InterpolationType.NUMBER, '0')
      .setGradientMidpointWithValue('#ffff00', InterpolationType.PERCENTILE, '50')
      .setGradientMaxpointWithValue('#ff0000', InterpolationType.NUMBER, '1')
      .setRanges([sheet.getRange('C2:C')])
      .build();
    const gradient = rule.getGradientCondition()!;
    expect(rule.getBooleanCondition()).toBeNull();
    expect([gradient.getMinColor(), gradient.getMinType(), gradient.getMinValue()]).toEqual([
      '#ffffff',
      InterpolationType.NUMBER,
      '0',
    ]);
    expect([gradient.getMidColor(), gradient.getMidType(), gradient.getMidValue()]).toEqual([
      '#ffff00',
      InterpolationType.PERCENTILE,
      '50',
    ]);
    expect([gradient.getMaxColor(), gradient.getMaxType(), gradient.getMaxValue()]).toEqual([
      '#ff0000',
      InterpolationType.NUMBER,
      '1',
    ]);
  });

  it('copies a rule into an independent builder', () => {
    const { app, sheet } = aSpreadsheet().build();
    const original = app
      .newConditionalFormatRule()
      .whenTextContains('fail')
      .setBackground('#ff0000')
      .setRanges([sheet.getRange('A1:A5')])
      .build();
    const changed = original.copy().whenTextContains('pass').setBackground('#00ff00').build();
    expect(original.getBooleanCondition()!.getCriteriaValues()).toEqual(['fail']);
    expect(original.getBooleanCondition()!.getBackground()).toBe('#ff0000');
    expect(changed.getBooleanCondition()!.getCriteriaValues()).toEqual(['pass']);
    expect(changed.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:A5']);
  });

  it('refuses to build a rule without a condition, or to set one without ranges or from another sheet', () => {
    const { app, sheet, spreadsheet } = aSpreadsheet().build();
    expect(errorOf(() => app.newConditionalFormatRule().setBackground('#ff0000').build())).toBeInstanceOf(
      TypeError,
    );
    const noRanges = app.newConditionalFormatRule().whenCellNotEmpty().build();
    expect(() => sheet.setConditionalFormatRules([noRanges])).toThrow(TypeError);
    const other = spreadsheet.insertSheet('Other');
    const elsewhere = app
      .newConditionalFormatRule()
      .whenCellNotEmpty()
      .setRanges([other.getRange('A1')])
      .build();
    expect(() => sheet.setConditionalFormatRules([elsewhere])).toThrow(RangeError);
    expect(sheet.getConditionalFormatRules()).toEqual([]);
  });

  it('checks criteria arguments and colours', () => {
    const { app } = aSpreadsheet().build();
    const builder = app.newConditionalFormatRule();
    expect(() => builder.whenNumberGreaterThan('5' as unknown as number)).toThrow(TypeError);
    expect(() => builder.setBackground('not a colour')).toThrow('Invalid color: not a colour.');
  });
});
