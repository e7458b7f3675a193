/**
 * Alerts and prompts as data: the `Ui.Button` and `Ui.ButtonSet` enums, how the three call forms of
 * `alert`/`prompt` are read, what is recorded of a dialog, and the `PromptResponse` a prompt returns.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { appsScriptEnum } from './enum';
import type { ButtonName } from './scripted-answers';

type Button = GoogleAppsScript.Base.Button;

export const UiButton = appsScriptEnum<typeof GoogleAppsScript.Base.Button>([
  'CLOSE',
  'OK',
  'CANCEL',
  'YES',
  'NO',
]);
export const UiButtonSet = appsScriptEnum<typeof GoogleAppsScript.Base.ButtonSet>([
  'OK',
  'OK_CANCEL',
  'YES_NO',
  'YES_NO_CANCEL',
]);

/** What showSidebar and the dialog methods need from an HtmlOutput. */
export interface ShowableHtml {
  getContent(): string;
  getTitle(): string;
}

/** One dialog as the user would have seen it. `text` is the prompt for alerts and prompts, the HTML otherwise. */
export interface RecordedDialog {
  kind: 'alert' | 'prompt' | 'modal' | 'modeless';
  title: string;
  text: string;
  /** The ButtonSet's name, for alerts and prompts. */
  buttons?: string;
  /** The scripted answer that closed it, for alerts and prompts. */
  answer?: ButtonName;
  responseText?: string;
}

/**
 * Reads the three call forms (prompt), (prompt, buttons) and (title, prompt, buttons); OK is the default set.
 * @throws TypeError for any other combination (a ButtonSet given as a string, say).
 */
export function readDialogArgs(
  kind: 'alert' | 'prompt',
  first: unknown,
  second: unknown,
  third: unknown,
): RecordedDialog {
  const [title, text, buttons] =
    typeof second === 'string' ? [first, second, third] : ['', first, second ?? UiButtonSet.OK];
  const buttonSets: readonly unknown[] = Object.values(UiButtonSet);
  if (typeof title !== 'string' || typeof text !== 'string' || !buttonSets.includes(buttons)) {
    throw new TypeError(`Ui.${kind}: expected (prompt), (prompt, ButtonSet) or (title, prompt, ButtonSet)`);
  }
  return { kind, title, text, buttons: String(buttons) };
}

/** How an error names a dialog: `Ui.alert("Title", "Prompt")`. */
export function describeDialog(dialog: RecordedDialog): string {
  const title = dialog.title === '' ? '' : `${JSON.stringify(dialog.title)}, `;
  return `Ui.${dialog.kind}(${title}${JSON.stringify(dialog.text)})`;
}

export class LocalPromptResponse implements Subset<
  GoogleAppsScript.Base.PromptResponse,
  'getResponseText' | 'getSelectedButton'
> {
  constructor(
    private readonly text: string,
    private readonly button: Button,
    private readonly calls: CallLog,
  ) {}

  getResponseText(): string {
    this.calls.record('Ui', 'PromptResponse.getResponseText');
    return this.text;
  }

  getSelectedButton(): Button {
    this.calls.record('Ui', 'PromptResponse.getSelectedButton');
    return this.button;
  }
}
