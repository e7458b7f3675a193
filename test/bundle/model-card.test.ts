/**
 * Model cards through the built bundle: training writes the card of the version it registers (and none for a
 * refused model), Model card… in the menu rewrites the champion's or a chosen version's card and shows it, and
 * the sidebar's Model card button does the same for the champion, whose card in brief is in the status.
 */
import type { SidebarReply } from '../../src/ui/sidebar-protocol';
import { type Started, alerts, saveSettings, sheetValues, withSample } from './support';

function train(started: Started): void {
  started.runtime.ui.answerNext('OK');
  started.addOn.call('trainModel');
}

const cardSheets = (started: Started) =>
  started.runtime.spreadsheet
    .getSheets()
    .map((s) => s.getName())
    .filter((name) => name.startsWith('Model card'));

const ask = (started: Started, action: string) =>
  started.addOn.call('sidebarRequest', { action }) as SidebarReply;

describe('model cards, through the bundle', () => {
  let started: Started;
  beforeAll(() => {
    started = withSample('loadSampleMath');
    saveSettings(started.runtime, { mode: 'early', folds: 3 });
  });

  it('has no card before a version exists, and says so from the sidebar', () => {
    const reply = ask(started, 'modelCard');
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('There is no champion yet');
    expect(cardSheets(started)).toEqual([]);
  });

  it('writes the card of each version training registers, with its evidence', () => {
    train(started);
    expect(cardSheets(started)).toEqual(['Model card v1']);
    const values = sheetValues(started.runtime, 'Model card v1') ?? [];
    expect(values[0]?.[0]).toBe('Model card: version 1');
    const labels = values.map((row) => row[0]);
    for (const title of ['Intended use', 'Data and moment', 'Inputs used', 'Data protection'])
      expect(labels).toContain(title);
    expect(labels).toContain('The “no absences” artefact');
    // Math, early term: an AUC in the 0.6s to 0.7s, said in words too.
    const auc = values.find((row) => row[0] === 'ROC AUC (mean of folds)') ?? [];
    expect(auc[2]).toBeGreaterThan(0.6);
    expect(auc[3]).toBeLessThan(auc[2] as number);
    expect(String(auc[1])).toContain(`${Math.round((auc[2] as number) * 100)} times in 100`);
  });

  it('summarises the champion’s card in the sidebar status, and opens the card from it', () => {
    const reply = ask(started, 'modelCard');
    expect(reply.ok).toBe(true);
    expect(reply.message).toBe('The model card of version 1 is on the "Model card v1" sheet.');
    expect(started.runtime.spreadsheet.getActiveSheet().getName()).toBe('Model card v1');
    const card = reply.status.champion?.card;
    expect(card?.auc).toMatch(/^ROC AUC 0\.\d\d \(95% interval 0\.\d\d to 0\.\d\d\)$/);
    expect(card?.calibration).toMatch(/^Percentages (not )?corrected/);
    expect(card?.equity).toMatch(
      /^Largest equity gap, by [^:]+: .*(above|within) the acceptable gap of \d+ points(\.|, and it may be chance\.)$/,
    );
    expect(card?.recorded).toBe(true);
    expect(cardSheets(started)).toEqual(['Model card v1']);
  });

  it('rewrites the card of a chosen version from the menu, or the champion’s when left blank', () => {
    train(started);
    expect(cardSheets(started)).toEqual(['Model card v1', 'Model card v2']);
    started.runtime.ui.answerNextPrompt('1');
    started.addOn.call('showModelCard');
    expect(started.runtime.spreadsheet.getActiveSheet().getName()).toBe('Model card v1');
    started.runtime.ui.answerNextPrompt('');
    started.addOn.call('showModelCard');
    const champion = ask(started, 'status').status.champion?.version;
    expect(started.runtime.spreadsheet.getActiveSheet().getName()).toBe(`Model card v${champion}`);
    expect(cardSheets(started)).toEqual(['Model card v1', 'Model card v2']);
  });

  it('says so when the version asked for does not exist, and does nothing when cancelled', () => {
    started.runtime.ui.answerNextPrompt('7').answerNext('OK');
    started.addOn.call('showModelCard');
    expect(alerts(started.runtime).at(-1)).toBe('There is no version 7 in the Versions sheet.');
    const before = started.runtime.ui.dialogs.length;
    started.runtime.ui.answerNextPrompt('', 'CANCEL');
    started.addOn.call('showModelCard');
    expect(started.runtime.ui.dialogs.length).toBe(before + 1);
    expect(cardSheets(started)).toEqual(['Model card v1', 'Model card v2']);
  });
});

describe('a refused model', () => {
  it('gets no card: it has no version', () => {
    const started = withSample('loadSampleMath');
    const [header = [], ...rows] = sheetValues(started.runtime, 'Students') ?? [];
    const g3 = header.indexOf('G3');
    // Six students failing out of 395: enough for the folds, too few of an outcome to publish.
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    sheet?.getRange(2, g3 + 1, rows.length, 1).setValues(rows.map((_, i) => [i < 6 ? 3 : 15]));
    train(started);
    expect(alerts(started.runtime).at(-1)).toMatch(/^This model was not published/);
    expect(cardSheets(started)).toEqual([]);
  });
});
