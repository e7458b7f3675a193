import { startAddOn } from '../../src/local/bundle';
import { saveSettings, withSample } from './support';

/** The value of `attribute` on the element with `id` in `html`. */
function attributeOf(html: string, id: string, attribute: string): string | undefined {
  const tag = new RegExp(`<[a-z]+[^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? '';
  return new RegExp(`\\b${attribute}="([^"]*)"`).exec(tag)?.[1];
}

function storedSettings(runtime: ReturnType<typeof startAddOn>['runtime']): unknown {
  const raw = runtime.PropertiesService.getDocumentProperties()?.getProperty('passcompass.settings');
  return raw ? JSON.parse(raw) : null;
}

describe('Settings, through the bundle', () => {
  it('opens a dialog filled with the current settings', () => {
    const { runtime, addOn } = startAddOn();
    saveSettings(runtime, { passMark: 12, mode: 'early', capacity: 40 });
    addOn.call('showSettings');
    const dialog = runtime.ui.dialogs[0];
    expect(dialog?.kind).toBe('modal');
    expect(dialog?.title).toBe('PassCompass settings');
    const html = dialog?.text ?? '';
    expect(attributeOf(html, 'passMark', 'value')).toBe('12');
    expect(attributeOf(html, 'mode', 'data-value')).toBe('early');
    expect(attributeOf(html, 'capacity', 'value')).toBe('40');
    expect(attributeOf(html, 'folds', 'value')).toBe('5');
  });

  it('fills in the hour of the daily check and the alert recipients, escaped', () => {
    const { runtime, addOn } = startAddOn();
    saveSettings(runtime, {
      monitoringHour: 18,
      alertRecipients: ['head.of.year@school.org', "o'neill@school.ie"],
    });
    addOn.call('showSettings');
    const html = runtime.ui.dialogs[0]?.text ?? '';
    expect(attributeOf(html, 'monitoringHour', 'data-value')).toBe('18');
    expect(/<textarea[^>]*\bid="alertRecipients"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1]?.trim()).toBe(
      'head.of.year@school.org\no&#39;neill@school.ie',
    );
    expect(attributeOf(html, 'monitoringOn', 'type')).toBe('checkbox');
  });

  it('saves valid settings and refuses invalid ones, saying why', () => {
    const { runtime, addOn } = startAddOn();
    expect(
      addOn.call('saveSettings', { passMark: 12, mode: 'mid', folds: 10, capacity: 30, seed: 3 }),
    ).toEqual({
      saved: true,
      problems: [],
    });
    expect(storedSettings(runtime)).toEqual({
      passMark: 12,
      mode: 'mid',
      folds: 10,
      capacity: 30,
      seed: 3,
      tierRule: 'capacity',
      highFrom: 0.5,
      mediumFrom: 0.3,
      alertRecipients: [],
      monitoringHour: 7,
      equityGapLimit: 0.1,
      leaveOutAttributes: [],
    });
    expect(
      addOn.call('saveSettings', { passMark: 25, mode: 'late', folds: 5, capacity: 30, seed: 3 }),
    ).toEqual({
      saved: false,
      problems: [
        'passMark must be a number from 1 to 20; using 10.',
        'mode must be auto, early or mid; using auto.',
      ],
    });
    expect(storedSettings(runtime)).toMatchObject({ passMark: 12, mode: 'mid' });
  });

  it('saves the alert recipients the dialog sends as one text, as a list, and refuses a wrong address', () => {
    const { runtime, addOn } = startAddOn();
    expect(
      addOn.call('saveSettings', {
        monitoringHour: 6,
        alertRecipients: 'head.of.year@school.org\nana.costa@school.org, HEAD.OF.YEAR@school.org',
      }),
    ).toEqual({ saved: true, problems: [] });
    expect(storedSettings(runtime)).toMatchObject({
      monitoringHour: 6,
      alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'],
    });
    expect(
      addOn.call('saveSettings', { monitoringHour: 24, alertRecipients: 'a@school.org, x@, ana@school' }),
    ).toEqual({
      saved: false,
      problems: [
        'monitoringHour must be a whole number from 0 to 23; using 7.',
        'alertRecipients: "x@" is not an email address; it is left out.',
        'alertRecipients: "ana@school" is not an email address; it is left out.',
      ],
    });
    expect(storedSettings(runtime)).toMatchObject({
      monitoringHour: 6,
      alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'],
    });
  });

  it('changes what training does: a higher pass mark means more students fail', () => {
    const failures = [10, 12].map((passMark) => {
      const started = withSample('loadSampleMath');
      started.addOn.call('saveSettings', { passMark, mode: 'early', folds: 5, capacity: 25, seed: 1 });
      started.runtime.ui.answerNext('OK');
      started.addOn.call('trainModel');
      const experiments =
        started.runtime.spreadsheet.getSheetByName('Experiments')?.getDataRange().getValues() ?? [];
      return experiments[1]?.[4];
    });
    // 130 of the 395 Math students have G3 < 10 (the published 265 passes); more fall below 12.
    expect(failures[0]).toBe(130);
    expect(Number(failures[1])).toBeGreaterThan(130);
  });
});
