/**
 * How the runner answers the add-on's dialogs with nobody at the keyboard: messages get OK, questions get No
 * (or Yes with --yes), prompts for text are closed; answers a caller scripted first are still used first.
 */
import { CallLog } from '../../src/local/call-log';
import { describeShown } from '../../src/local/cli/menu-click';
import { answerDialogsUnattended, unattendedAnswer } from '../../src/local/cli/unattended-dialogs';
import { LocalUi } from '../../src/local/services/ui';

function unattendedUi(yes: boolean): LocalUi {
  const ui = new LocalUi({ calls: new CallLog() });
  answerDialogsUnattended(ui, { yes });
  return ui;
}

describe('unattended dialogs', () => {
  it.each([
    ['OK', false, 'OK'],
    [undefined, false, 'OK'],
    ['YES_NO', false, 'NO'],
    ['YES_NO', true, 'YES'],
    ['YES_NO_CANCEL', false, 'NO'],
    ['OK_CANCEL', false, 'CANCEL'],
    ['OK_CANCEL', true, 'OK'],
  ])('answers an alert with buttons %s (--yes %s) with %s', (buttons, yes, answer) => {
    expect(unattendedAnswer(buttons, { yes })).toBe(answer);
  });

  it('acknowledges a message and answers a question No, and records both for printing', () => {
    const ui = unattendedUi(false);
    expect(String(ui.alert('Model trained', 'Version 1 is the champion.', ui.ButtonSet.OK))).toBe('OK');
    expect(String(ui.alert('Continue scoring?', 'Yes continues it.', ui.ButtonSet.YES_NO))).toBe('NO');
    expect(String(ui.alert('Just a line.'))).toBe('OK');
    expect(ui.dialogs.map(describeShown)).toEqual([
      'Version 1 is the champion.',
      'Continue scoring?: Yes continues it.\n[answered No]',
      'Just a line.',
    ]);
  });

  it('answers Yes with --yes, closes prompts unanswered, and uses answers scripted beforehand first', () => {
    const ui = unattendedUi(true);
    expect(String(ui.alert('Replace?', 'Replace the sample?', ui.ButtonSet.YES_NO))).toBe('YES');
    const prompt = ui.prompt('Why?', 'Give a reason.', ui.ButtonSet.OK_CANCEL);
    expect(String(prompt.getSelectedButton())).toBe('CLOSE');
    expect(ui.dialogs.map(describeShown)[1]).toBe('Why?: Give a reason.\n[closed without an answer]');
    ui.answerNext('NO');
    expect(String(ui.alert('Replace?', 'Replace the sample?', ui.ButtonSet.YES_NO))).toBe('NO');
    expect(ui.pendingAnswers()).toEqual([]);
  });
});
