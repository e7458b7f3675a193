import { CallLog } from '../../../src/local/call-log';
import { UnscriptedDialogError } from '../../../src/local/services/scripted-answers';
import { LocalUi } from '../../../src/local/services/ui';

function aUi(): LocalUi {
  return new LocalUi({ calls: new CallLog(), addOnName: 'PassCompass' });
}

describe('LocalUi dialogs', () => {
  test('alert returns the button the test scripted', () => {
    const ui = aUi().answerNext('YES');
    expect(ui.alert('Promote version 3?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
  });

  test('alert with no scripted answer throws an error naming the dialog', () => {
    const ui = aUi();
    expect(() => ui.alert('Delete all scores?', ui.ButtonSet.YES_NO)).toThrow(UnscriptedDialogError);
    expect(() => ui.alert('Delete all scores?', ui.ButtonSet.YES_NO)).toThrow(
      /Ui\.alert\("Delete all scores\?"\)/,
    );
  });

  test('a scripted answer that is not a button of the dialog is rejected', () => {
    const ui = aUi().answerNext('YES');
    expect(() => ui.alert('Saved.')).toThrow(/YES is not one of its buttons \(OK, CLOSE\)/);
  });

  test('the close button answers any dialog', () => {
    const ui = aUi().answerNext('CLOSE');
    expect(ui.alert('Saved.')).toBe(ui.Button.CLOSE);
  });

  test('alert with title, prompt and buttons records all three and the answer', () => {
    const ui = aUi().answerNext('NO');
    ui.alert('Rollback', 'Roll back to version 2?', ui.ButtonSet.YES_NO_CANCEL);
    expect(ui.dialogs).toEqual([
      {
        kind: 'alert',
        title: 'Rollback',
        text: 'Roll back to version 2?',
        buttons: 'YES_NO_CANCEL',
        answer: 'NO',
      },
    ]);
  });

  test('prompt returns the scripted text and button', () => {
    const ui = aUi().answerNextPrompt('Maths term 1', 'OK');
    const response = ui.prompt('Name this model', ui.ButtonSet.OK_CANCEL);
    expect([response.getResponseText(), response.getSelectedButton()]).toEqual([
      'Maths term 1',
      ui.Button.OK,
    ]);
  });

  test('a prompt’s one-line field drops the line breaks of what is pasted into it', () => {
    const ui = aUi().answerNextPrompt('[\r\n  {"a": 1},\n  {"b": 2}\n]', 'OK');
    expect(ui.prompt('Paste the weights').getResponseText()).toBe('[  {"a": 1},  {"b": 2}]');
    expect(ui.dialogs[0]?.responseText).toBe('[  {"a": 1},  {"b": 2}]');
  });

  test('a prompt cannot consume an answer scripted for an alert', () => {
    const ui = aUi().answerNext('OK');
    expect(() => ui.prompt('Name this model')).toThrow(/next scripted answer is for an alert/);
    expect(ui.pendingAnswers()).toEqual([{ kind: 'alert', button: 'OK' }]);
  });

  test('scripting an answer with an unknown button name fails at once', () => {
    expect(() => aUi().answerNext('MAYBE' as 'YES')).toThrow(RangeError);
  });

  test('alert rejects a button set given as a string', () => {
    const ui = aUi().answerNext('YES');
    expect(() => ui.alert('Sure?', 'YES_NO' as unknown as GoogleAppsScript.Base.ButtonSet)).toThrow(
      TypeError,
    );
  });

  test('Button values print their names', () => {
    const ui = aUi();
    expect([String(ui.Button.YES), JSON.stringify({ b: ui.Button.NO })]).toEqual(['YES', '{"b":"NO"}']);
  });
});

describe('LocalUi menus and HTML', () => {
  test('the add-on menu is recorded as a tree with its function names', () => {
    const ui = aUi();
    ui.createAddonMenu()
      .addItem('Train model', 'menuTrain')
      .addSeparator()
      .addSubMenu(ui.createMenu('Monitoring').addItem('Turn on daily check', 'menuEnableMonitoring'))
      .addToUi();
    expect(ui.menus).toEqual([
      {
        caption: 'PassCompass',
        addOn: true,
        entries: [
          { kind: 'item', caption: 'Train model', functionName: 'menuTrain' },
          { kind: 'separator' },
          {
            kind: 'submenu',
            caption: 'Monitoring',
            entries: [{ kind: 'item', caption: 'Turn on daily check', functionName: 'menuEnableMonitoring' }],
          },
        ],
      },
    ]);
    expect(ui.menuFunctionNames()).toEqual(['menuTrain', 'menuEnableMonitoring']);
  });

  test('adding the same menu again replaces it', () => {
    const ui = aUi();
    ui.createAddonMenu().addItem('Start', 'menuStart').addToUi();
    ui.createAddonMenu().addItem('Train', 'menuTrain').addToUi();
    expect(ui.menuFunctionNames()).toEqual(['menuTrain']);
  });

  test('items added after addToUi do not appear', () => {
    const ui = aUi();
    const menu = ui.createMenu('Tools').addItem('One', 'one');
    menu.addToUi();
    menu.addItem('Two', 'two');
    expect(ui.menuFunctionNames()).toEqual(['one']);
  });

  test('showSidebar records the title and HTML', () => {
    const ui = aUi();
    ui.showSidebar({ getTitle: () => 'PassCompass', getContent: () => '<p>Hi</p>' });
    expect(ui.sidebars).toEqual([{ title: 'PassCompass', html: '<p>Hi</p>' }]);
  });

  test('showModalDialog records the dialog with its title', () => {
    const ui = aUi();
    ui.showModalDialog({ getTitle: () => '', getContent: () => '<table></table>' }, 'Data issues');
    expect(ui.dialogs).toEqual([{ kind: 'modal', title: 'Data issues', text: '<table></table>' }]);
  });

  test('every Ui call is counted in the call log', () => {
    const calls = new CallLog();
    const ui = new LocalUi({ calls });
    ui.answerNext('OK').alert('Done');
    ui.createAddonMenu().addItem('A', 'a').addToUi();
    expect(calls.snapshot()).toEqual({
      'Ui.Menu.addItem': 1,
      'Ui.Menu.addToUi': 1,
      'Ui.Ui.alert': 1,
      'Ui.Ui.createAddonMenu': 1,
    });
  });
});
