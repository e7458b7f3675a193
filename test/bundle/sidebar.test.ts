/**
 * The sidebar's server side through the built bundle: `sidebarRequest` runs the menu's jobs and answers with
 * what they would have shown, plus the status the page draws. The page itself is tested in Chromium
 * (test/browser/sidebar.test.ts).
 */
import { packageVersion } from '../../scripts/build';
import { startAddOn } from '../../src/local/bundle';
import type { SidebarReply } from '../../src/ui/sidebar-protocol';
import { distinctiveName, scoredSchool } from './monitoring-support';
import { type Started, saveSettings, sheetValues, withSample } from './support';

function ask(started: Started, action: unknown): SidebarReply {
  return started.addOn.call('sidebarRequest', { action }) as SidebarReply;
}

/** How many students of the Students sheet are in each tier. */
function tierCounts(started: Started): Record<string, number> {
  const [header = [], ...rows] = sheetValues(started.runtime, 'Students') ?? [];
  const tier = header.indexOf('Tier');
  const counts: Record<string, number> = { High: 0, Medium: 0, Low: 0 };
  for (const row of rows) {
    const value = String(row[tier]);
    if (value in counts) counts[value] = (counts[value] ?? 0) + 1;
  }
  return counts;
}

describe('the sidebar, from the menu', () => {
  it('opens as a sidebar titled PassCompass with its script built in', () => {
    const { runtime, addOn } = startAddOn();
    addOn.call('showSidebar');
    expect(runtime.ui.sidebars).toHaveLength(1);
    expect(runtime.ui.sidebars[0]?.title).toBe('PassCompass');
    const html = runtime.ui.sidebars[0]?.html ?? '';
    expect(html).toContain('sidebarRequest');
    expect(html).not.toContain('<!-- sidebar client');
  });
});

describe('sidebarRequest', () => {
  it('reports a new spreadsheet as having no model, no scoring and no monitoring', () => {
    const started = withSample();
    const reply = ask(started, 'status');
    expect(reply).toEqual({
      ok: true,
      message: '',
      status: {
        champion: null,
        championProblem: null,
        challenger: null,
        tierRule:
          'The 25 students at highest risk are High (fewer when several share the risk at the cut-off); Medium from 30% risk, the rest Low.',
        lastScoring: null,
        scoringUnderway: null,
        monitoring: { on: false, nextCheck: null, lastCheck: null },
        addOnVersion: packageVersion(),
      },
    });
  });

  it('trains and scores like the menu, answering with the messages instead of showing dialogs', () => {
    const started = withSample();
    saveSettings(started.runtime, { mode: 'early', folds: 3 });
    const dialogsBefore = started.runtime.ui.dialogs.length;

    const trained = ask(started, 'train');
    expect(trained.ok).toBe(true);
    expect(trained.message).toMatch(/^Model trained\nVersion 1 \(early-term model, 1044 students/);
    expect(trained.status.champion).toMatchObject({ version: 1, moment: 'early-term', rows: 1044 });
    const auc = trained.status.champion?.auc ?? 0;
    expect(trained.message).toContain(`Cross-validated ROC AUC ${auc.toFixed(3)}`);
    // No roster scored yet: a capacity's share of failures caught depends on the roster's size.
    expect(trained.status.champion?.highHoldsOf10).toBeNull();

    const scored = ask(started, 'score');
    expect(scored.ok).toBe(true);
    const counts = tierCounts(started);
    expect(scored.status.lastScoring).toMatchObject({
      version: 1,
      scored: 1044,
      notScored: 0,
      high: counts['High'],
      medium: counts['Medium'],
      low: counts['Low'],
    });
    expect(counts['High']).toBe(25);
    expect(scored.message).toContain(
      `Scored 1044 students with model version 1: 25 High, ${counts['Medium']} Medium, ${counts['Low']} Low.`,
    );
    // The sidebar's "of every 10" is the scoring message's percentage, in tenths.
    const percent = Number(/contain about (\d+)% of the students who will fail/.exec(scored.message)?.[1]);
    expect(Math.abs((scored.status.champion?.highHoldsOf10 ?? NaN) - percent / 10)).toBeLessThanOrEqual(0.55);
    expect(started.runtime.ui.dialogs).toHaveLength(dialogsBefore);
  });

  it('says why a job stopped, with ok false, when the teacher must fix something', () => {
    const started = withSample();
    const sheet = started.runtime.spreadsheet.getSheetByName('Students');
    const header = (sheet?.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).map(String);
    sheet?.getRange(1, header.indexOf('G3') + 1).setValue('final');
    const reply = ask(started, 'train');
    expect(reply.ok).toBe(false);
    expect(reply.message).toMatch(/^Stopped\n.*G3/s);
    expect(reply.status.champion).toBeNull();
  });

  it('shows the last check and the next one once monitoring runs, with no student named', () => {
    const started = scoredSchool();
    started.runtime.ui.answerNext('OK');
    started.addOn.call('turnOnDailyMonitoring');
    const reply = ask(started, 'checkNow');
    expect(reply.ok).toBe(true);
    expect(reply.message).toMatch(/^(Check finished|The check found problems)\nVerdict: /);
    const monitoring = reply.status.monitoring;
    expect(monitoring.on).toBe(true);
    expect(monitoring.nextCheck).toMatch(/\d\d:\d\d/);
    const verdict = /Verdict: ([^.]+)\./.exec(reply.message)?.[1];
    expect(monitoring.lastCheck).toMatchObject({ verdict });
    const shown = JSON.stringify(reply);
    for (let i = 0; i < 50; i += 1) expect(shown).not.toContain(distinctiveName(i));
  });

  it('opens Settings from the sidebar', () => {
    const started = withSample();
    const reply = ask(started, 'settings');
    expect(reply.ok).toBe(true);
    expect(started.runtime.ui.dialogs.map((d) => [d.kind, d.title])).toEqual([
      ['modal', 'PassCompass settings'],
    ]);
  });

  it.each([['delete everything'], [undefined], [42]])('refuses an action it does not know (%p)', (action) => {
    const started = withSample();
    const reply = ask(started, action);
    expect(reply.ok).toBe(false);
    expect(reply.message).toContain('does not know');
    expect(sheetValues(started.runtime, 'Versions')).toBeNull();
  });
});
