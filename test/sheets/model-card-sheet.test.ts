/**
 * Model card sheets on the local runtime (sheets/model-card-sheet.ts): one sheet per version, written in one
 * batch whatever the card's length, laid out to read at a glance, rewritten without leftovers, and never over a
 * teacher's sheet of the same name.
 */
import { modelCard } from '../../src/core/model-card/card-content';
import type { KeyValueStore } from '../../src/jobs/ports';
import { CallLog } from '../../src/local/call-log';
import { LocalSpreadsheet, ProtectionType } from '../../src/local/spreadsheet';
import { MODEL_CARD_WIDTHS } from '../../src/sheets/layouts/model-card';
import { modelCardSheets } from '../../src/sheets/model-card-sheet';
import { SheetOwnership } from '../../src/sheets/ownership';
import { fixtureEvidence, fixtureVersion } from '../support/model-card-fixture';

const globals = globalThis as { SpreadsheetApp?: unknown };
beforeAll(() => {
  globals.SpreadsheetApp = { ProtectionType };
});
afterAll(() => {
  delete globals.SpreadsheetApp;
});

function memoryStore(): KeyValueStore {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    remove: (key) => {
      values.delete(key);
    },
  };
}

function aSpreadsheet() {
  const calls = new CallLog();
  const spreadsheet = new LocalSpreadsheet({ calls, locale: 'en_GB', timeZone: 'Europe/London' });
  const told: string[] = [];
  const owned = new SheetOwnership(spreadsheet as never, memoryStore(), (message) => told.push(message));
  const cards = modelCardSheets(spreadsheet as never, owned);
  return { calls, spreadsheet, told, cards };
}

const OPTIONS = { passMark: 10, capacity: 25 };
const cardOf = (evidence = fixtureEvidence()) => modelCard(fixtureVersion(evidence), OPTIONS);

describe('a model card sheet', () => {
  it('is written in one batch: one write and one call per kind of style, whatever the card’s length', () => {
    const counts = [fixtureVersion(null), fixtureVersion(fixtureEvidence({ leftOut: ['sex'] }))].map(
      (version) => {
        const { calls, cards } = aSpreadsheet();
        cards.write(modelCard(version, OPTIONS)); // creates the sheet
        calls.reset();
        cards.write(modelCard(version, OPTIONS));
        return calls.snapshot();
      },
    );
    expect(counts[0]).toEqual(counts[1]);
    expect(counts[0]?.['SpreadsheetApp.Range.setValues']).toBe(1);
    expect(counts[0]?.['SpreadsheetApp.Range.getValues'] ?? 0).toBe(0);
    expect(Object.values(counts[0] ?? {}).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(14);
  });

  it('is named after its version, with the title frozen, a legend and a warning-only protection', () => {
    const { spreadsheet, cards } = aSpreadsheet();
    expect(cards.write(cardOf())).toBe('Model card v3');
    const sheet = spreadsheet.getSheetByName('Model card v3');
    if (!sheet) throw new Error('no card sheet');
    expect(sheet.getRange('A1:E1').getValues()).toEqual([
      ['Model card: version 3', 'What it says', 'Figure', '95% from', '95% to'],
    ]);
    expect(sheet.getFrozenRows()).toBe(1);
    expect(sheet.getRange('A1').getNote()).toMatch(/^Model card: what this model version is for/);
    const [protection] = sheet.getProtections(ProtectionType.SHEET as never);
    expect(protection?.isWarningOnly()).toBe(true);
    expect(protection?.getDescription()).toBe('Model card v3: rewritten by PassCompass');
    expect(MODEL_CARD_WIDTHS.map((_, i) => sheet.getColumnWidth(i + 1))).toEqual([...MODEL_CARD_WIDTHS]);
  });

  it('reads at a glance: bold section titles, wrapped sentences, percentages and scores as such', () => {
    const { spreadsheet, cards } = aSpreadsheet();
    cards.write(cardOf());
    const sheet = spreadsheet.getSheetByName('Model card v3');
    if (!sheet) throw new Error('no card sheet');
    const values = sheet.getDataRange().getValues();
    const at = (label: string) => values.findIndex((r) => r[0] === label) + 1;
    for (const title of ['Intended use', 'Data protection', 'Limitations, in words']) {
      expect(sheet.getRange(at(title), 1).getFontWeight()).toBe('bold');
      expect(sheet.getRange(at(title) - 1, 1).getValue()).toBe('');
    }
    const auc = at('ROC AUC (mean of folds)');
    expect(sheet.getRange(auc, 3, 1, 3).getDisplayValues()).toEqual([['0.720', '0.650', '0.790']]);
    expect(sheet.getRange(auc, 2).getWrap()).toBe(true);
    expect(sheet.getRange(auc, 2).getVerticalAlignment()).toBe('top');
    expect(sheet.getRange(at('Failed'), 3).getDisplayValue()).toBe('30.0%');
    expect(sheet.getRange(at('Students'), 3).getDisplayValue()).toBe('300');
    // A risk band's label stays text, not a number Sheets would guess at.
    expect(sheet.getRange(at('0% to 10%'), 1).getValue()).toBe('0% to 10%');
  });

  it('marks an equity gap above the acceptable gap in red', () => {
    const { spreadsheet, cards } = aSpreadsheet();
    cards.write(cardOf(fixtureEvidence({ gapLimit: 0.05 })));
    const sheet = spreadsheet.getSheetByName('Model card v3');
    if (!sheet) throw new Error('no card sheet');
    const values = sheet.getDataRange().getValues();
    const flagged = values.findIndex((r) => String(r[1]).includes('above the acceptable gap')) + 1;
    expect(flagged).toBeGreaterThan(0);
    expect(sheet.getRange(flagged, 1).getBackground()).toBe('#f4c7c3');
    const within = values.findIndex((r) => String(r[1]).includes('within the acceptable gap')) + 1;
    expect(sheet.getRange(within, 1).getBackground()).toBe('#ffffff');
  });

  it('is rewritten without leftovers when the new card is shorter', () => {
    const { spreadsheet, cards } = aSpreadsheet();
    cards.write(cardOf(fixtureEvidence({ leftOut: ['sex'] })));
    cards.write(modelCard(fixtureVersion(null), OPTIONS));
    const sheet = spreadsheet.getSheetByName('Model card v3');
    if (!sheet) throw new Error('no card sheet');
    const length = sheet.getDataRange().getValues().length;
    expect(sheet.getMaxRows()).toBe(length);
    expect(sheet.getDataRange().getValues().flat()).not.toContain('Risk band');
    expect(spreadsheet.getSheets().filter((s) => s.getName().startsWith('Model card'))).toHaveLength(1);
  });

  it('leaves a teacher’s sheet of the same name as it is, and says where its own card is', () => {
    const { spreadsheet, cards, told } = aSpreadsheet();
    const theirs = spreadsheet.insertSheet('Model card v3');
    theirs.getRange('A1').setValue('my notes on version 3');
    expect(cards.write(cardOf())).toBe('Model card v3 (PassCompass)');
    expect(theirs.getDataRange().getValues()).toEqual([['my notes on version 3']]);
    expect(told).toEqual([
      'PassCompass leaves your sheet "Model card v3" as it is: its own is "Model card v3 (PassCompass)".',
    ]);
    // The next card of that version goes to the same sheet, without a word.
    expect(cards.write(cardOf())).toBe('Model card v3 (PassCompass)');
    expect(told).toHaveLength(1);
  });

  it('brings its sheet to the front when asked', () => {
    const { spreadsheet, cards } = aSpreadsheet();
    cards.write(cardOf());
    cards.show?.(3);
    expect(spreadsheet.getActiveSheet().getName()).toBe('Model card v3');
  });
});
