/**
 * What the teacher sees, and what Apps Script allows, in each way of installing PassCompass: the menu's name,
 * `onOpen` under each authorisation mode run as a simple trigger, and a trigger's execution with no UI.
 */
import { startAddOn } from '../../src/local/bundle';
import { NO_UI_IN_THIS_CONTEXT } from '../../src/local/platform/install-mode';

describe('the menu reads "PassCompass"', () => {
  it('in a script bound to the spreadsheet: a top-level menu, not the add-on menu named after the project', () => {
    const { runtime } = startAddOn({ installMode: 'bound' });
    runtime.simpleTrigger('onOpen', 'LIMITED');
    expect(runtime.ui.menus.map((m) => [m.caption, m.addOn])).toEqual([['PassCompass', false]]);
  });

  it('in a bound script the add-on menu would carry the project name, which is why it is not used', () => {
    const { runtime } = startAddOn({ installMode: 'bound' });
    expect(runtime.ui.createAddonMenu().caption).toBe('Untitled project');
  });

  it.each(['NONE', 'LIMITED', 'FULL'] as const)(
    'in a Marketplace add-on: Extensions ▸ PassCompass, under AuthMode.%s',
    (mode) => {
      const { runtime } = startAddOn({ installMode: 'add-on' });
      runtime.simpleTrigger('onOpen', mode);
      expect(runtime.ui.menus.map((m) => [m.caption, m.addOn])).toEqual([['PassCompass', true]]);
      expect(runtime.google.executions.finished.at(-1)?.status).toBe('completed');
    },
  );
});

describe('the local runtime refuses what Apps Script refuses', () => {
  it('in AuthMode.NONE, any call but building a menu', () => {
    const { runtime } = startAddOn({ installMode: 'add-on' });
    runtime.setInvoker(() => runtime.PropertiesService.getDocumentProperties());
    expect(() => runtime.simpleTrigger('onOpen', 'NONE')).toThrow(/not allowed in AuthMode.NONE/);
  });

  it('in a simple trigger, creating a trigger (it needs full authorisation)', () => {
    const { runtime } = startAddOn({ installMode: 'bound' });
    runtime.setInvoker(() => runtime.ScriptApp.newTrigger('passCompassTick'));
    expect(() => runtime.simpleTrigger('onOpen', 'LIMITED')).toThrow(/permission to call newTrigger/);
  });

  it.each(['bound', 'add-on'] as const)('in a %s trigger, the spreadsheet UI', (installMode) => {
    const { runtime } = startAddOn({ installMode });
    runtime.setInvoker(() => runtime.SpreadsheetApp.getUi());
    runtime.google.executions.run(
      {
        kind: 'menu',
        handler: 'set up',
        user: runtime.user,
        documentId: runtime.documentId,
        authMode: 'FULL',
      },
      () => runtime.ScriptApp.newTrigger('anything').timeBased().after(60_000).create(),
    );
    runtime.clock.advance(60_000);
    const [ran] = runtime.google.fireDueTriggers();
    expect([ran?.status, ran?.error]).toEqual(['failed', NO_UI_IN_THIS_CONTEXT]);
    // A bound script's owner gets Apps Script's failure email; an add-on's failure goes nowhere a user sees.
    expect(runtime.google.failureNotices.length).toBe(installMode === 'bound' ? 1 : 0);
  });

  it('an add-on trigger has no active spreadsheet; a bound script trigger has its own', () => {
    const seen: Record<string, unknown> = {};
    for (const installMode of ['bound', 'add-on'] as const) {
      const { runtime } = startAddOn({ installMode });
      runtime.setInvoker(() => {
        seen[installMode] = runtime.SpreadsheetApp.getActive();
      });
      runtime.google.executions.run(
        {
          kind: 'menu',
          handler: 'set up',
          user: runtime.user,
          documentId: runtime.documentId,
          authMode: 'FULL',
        },
        () => runtime.ScriptApp.newTrigger('anything').timeBased().after(60_000).create(),
      );
      runtime.google.runFor(60_000);
      expect(seen[installMode] === runtime.spreadsheet).toBe(installMode === 'bound');
    }
    expect(seen['add-on']).toBeNull();
  });

  it("one editor cannot see or delete another editor's triggers", () => {
    const { runtime } = startAddOn({ installMode: 'add-on' });
    const asUser = (user: string, body: () => unknown) =>
      runtime.google.executions.run(
        { kind: 'menu', handler: 'probe', user, documentId: runtime.documentId, authMode: 'FULL' },
        body,
      );
    asUser('a@school.example', () => runtime.ScriptApp.newTrigger('x').timeBased().after(60_000).create());
    asUser('b@school.example', () => runtime.ScriptApp.newTrigger('x').timeBased().after(60_000).create());
    const seenByA = asUser('a@school.example', () => runtime.ScriptApp.getProjectTriggers()) as unknown[];
    expect(seenByA).toHaveLength(1);
    const bTrigger = runtime.ScriptApp.allTriggers().find((t) => t.owner === 'b@school.example');
    expect(() =>
      asUser('a@school.example', () => runtime.ScriptApp.deleteTrigger(bTrigger as never)),
    ).toThrow(/permission/);
  });

  it('a dialog releases the lock of the execution that shows it', () => {
    const { runtime } = startAddOn();
    runtime.setInvoker(() => {
      const lock = runtime.LockService.getDocumentLock();
      lock?.tryLock(1000);
      runtime.ui.alert('Continue?');
      return lock?.hasLock();
    });
    runtime.ui.answerNext('OK');
    expect(runtime.click('probe')).toBe(false);
  });
});
