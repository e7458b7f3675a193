/**
 * The local `Ui` (what `SpreadsheetApp.getUi()` returns): menus, alerts, prompts, dialogs and sidebars.
 * Nothing is drawn; everything shown is recorded for tests to read (`menus`, `dialogs`, `sidebars`), and every
 * alert or prompt takes its answer from the ones the test scripted beforehand (`answerNext`,
 * `answerNextPrompt`), failing loudly when there is none.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import {
  describeDialog,
  LocalPromptResponse,
  readDialogArgs,
  type RecordedDialog,
  type ShowableHtml,
  UiButton,
  UiButtonSet,
} from './dialog';
import { enumValueByName } from './enum';
import { LocalMenu, menuFunctionNames, type RecordedMenu } from './menu';
import { type ButtonName, type Meanwhile, ScriptedAnswers, type ScriptedAnswer } from './scripted-answers';
import { Executions } from '../platform/executions';

type Button = GoogleAppsScript.Base.Button;
type ButtonSet = GoogleAppsScript.Base.ButtonSet;

export interface LocalUiOptions {
  calls: CallLog;
  /**
   * Caption of `createAddonMenu()`: the add-on's name in a Marketplace add-on, the script project's name in a
   * bound script (../platform/install-mode.ts).
   */
  addOnName?: string;
  /** Dialogs suspend the running execution, which releases its locks. */
  executions?: Executions;
}

export class LocalUi implements Subset<
  GoogleAppsScript.Base.Ui,
  | 'Button'
  | 'ButtonSet'
  | 'alert'
  | 'prompt'
  | 'createAddonMenu'
  | 'createMenu'
  | 'showSidebar'
  | 'showModalDialog'
  | 'showModelessDialog'
> {
  readonly Button = UiButton;
  readonly ButtonSet = UiButtonSet;

  /** Menus added with `addToUi()`, in order; adding a menu with the same caption again replaces it. */
  readonly menus: RecordedMenu[] = [];
  /** Every alert, prompt and HTML dialog shown, in order. */
  readonly dialogs: RecordedDialog[] = [];
  readonly sidebars: { title: string; html: string }[] = [];

  private readonly calls: CallLog;
  private readonly addOnName: string;
  private readonly executions: Executions;
  private readonly answers = new ScriptedAnswers(this.Button);

  constructor(options: LocalUiOptions) {
    this.calls = options.calls;
    this.addOnName = options.addOnName ?? 'PassCompass';
    this.executions = options.executions ?? new Executions();
  }

  /**
   * Test hook: the next alert is answered by clicking `button` ('OK', 'YES', 'NO', 'CANCEL' or 'CLOSE'), after
   * `meanwhile` (other executions, e.g. a trigger firing) has run while the dialog was open.
   */
  answerNext(button: ButtonName, meanwhile?: Meanwhile): this {
    this.answers.push({ kind: 'alert', button, ...(meanwhile ? { meanwhile } : {}) });
    return this;
  }

  /** Test hook: the next prompt is answered by typing `text` and clicking `button` (after `meanwhile`). */
  answerNextPrompt(text: string, button: ButtonName = 'OK', meanwhile?: Meanwhile): this {
    this.answers.push({ kind: 'prompt', button, text, ...(meanwhile ? { meanwhile } : {}) });
    return this;
  }

  /** Test hook: scripted answers that no dialog has used yet (a test usually expects none). */
  pendingAnswers(): readonly ScriptedAnswer[] {
    return this.answers.pending();
  }

  /** Test hook: every handler function name of the menus added so far. */
  menuFunctionNames(): string[] {
    return menuFunctionNames(this.menus);
  }

  createAddonMenu(): LocalMenu {
    this.calls.record('Ui', 'Ui.createAddonMenu');
    return new LocalMenu(this.addOnName, true, this.calls, (menu) => this.addMenu(menu));
  }

  createMenu(caption: string): LocalMenu {
    this.calls.record('Ui', 'Ui.createMenu');
    return new LocalMenu(String(caption), false, this.calls, (menu) => this.addMenu(menu));
  }

  alert(prompt: string): Button;
  alert(prompt: string, buttons: ButtonSet): Button;
  alert(title: string, prompt: string, buttons: ButtonSet): Button;
  alert(first: string, second?: string | ButtonSet, third?: ButtonSet): Button {
    this.calls.record('Ui', 'Ui.alert');
    const shown = readDialogArgs('alert', first, second, third);
    this.dialogs.push(shown);
    const answer = this.answers.take('alert', shown.buttons ?? 'OK', describeDialog(shown));
    this.executions.suspend(answer.meanwhile);
    shown.answer = answer.button;
    return enumValueByName(this.Button, answer.button, 'Ui.Button');
  }

  prompt(prompt: string): LocalPromptResponse;
  prompt(prompt: string, buttons: ButtonSet): LocalPromptResponse;
  prompt(title: string, prompt: string, buttons: ButtonSet): LocalPromptResponse;
  prompt(first: string, second?: string | ButtonSet, third?: ButtonSet): LocalPromptResponse {
    this.calls.record('Ui', 'Ui.prompt');
    const shown = readDialogArgs('prompt', first, second, third);
    this.dialogs.push(shown);
    const answer = this.answers.take('prompt', shown.buttons ?? 'OK', describeDialog(shown));
    this.executions.suspend(answer.meanwhile);
    shown.answer = answer.button;
    // The prompt's field is one line (a text input), whose value the browser strips of line breaks, whether
    // typed or pasted (HTML's value sanitisation for text inputs): a multi-line answer arrives as one line.
    const typed = answer.text.replace(/[\r\n]/g, '');
    shown.responseText = typed;
    return new LocalPromptResponse(
      typed,
      enumValueByName(this.Button, answer.button, 'Ui.Button'),
      this.calls,
    );
  }

  showSidebar(userInterface: ShowableHtml): void {
    this.calls.record('Ui', 'Ui.showSidebar');
    this.sidebars.push({ title: userInterface.getTitle(), html: userInterface.getContent() });
  }

  showModalDialog(userInterface: ShowableHtml, title: string): void {
    this.calls.record('Ui', 'Ui.showModalDialog');
    this.dialogs.push({ kind: 'modal', title: String(title), text: userInterface.getContent() });
  }

  showModelessDialog(userInterface: ShowableHtml, title: string): void {
    this.calls.record('Ui', 'Ui.showModelessDialog');
    this.dialogs.push({ kind: 'modeless', title: String(title), text: userInterface.getContent() });
  }

  private addMenu(menu: RecordedMenu): void {
    const existing = this.menus.findIndex((m) => m.caption === menu.caption && m.addOn === menu.addOn);
    if (existing >= 0) this.menus.splice(existing, 1, menu);
    else this.menus.push(menu);
  }
}
