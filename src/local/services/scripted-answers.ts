/**
 * The answers a test has scripted for the dialogs the add-on will show. Nobody sits at the keyboard in a test, so
 * every `alert` and `prompt` must be answered in advance, in order; a dialog with no scripted answer (or with an
 * answer meant for the other kind of dialog) is an error that names the dialog, so a test never clicks silently.
 */
import { enumValueByName } from './enum';

/** Thrown when the add-on shows a dialog the test did not script an answer for. */
export class UnscriptedDialogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnscriptedDialogError';
  }
}

export type ButtonName = keyof typeof GoogleAppsScript.Base.Button;

/** What other executions do while the dialog is open (locks of the waiting execution are released first). */
export type Meanwhile = () => void;

export type ScriptedAnswer =
  | { kind: 'alert'; button: ButtonName; meanwhile?: Meanwhile }
  | { kind: 'prompt'; button: ButtonName; text: string; meanwhile?: Meanwhile };

/** The buttons each `ButtonSet` shows; the title bar's close button (`CLOSE`) is always there too. */
const BUTTONS_OF_SET: Record<keyof typeof GoogleAppsScript.Base.ButtonSet, ButtonName[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

export class ScriptedAnswers {
  private readonly queue: ScriptedAnswer[] = [];

  constructor(private readonly buttonEnum: typeof GoogleAppsScript.Base.Button) {}

  push(answer: ScriptedAnswer): void {
    enumValueByName(this.buttonEnum, answer.button, 'Ui.Button');
    this.queue.push(answer);
  }

  /** Answers not yet consumed by a dialog, oldest first. */
  pending(): readonly ScriptedAnswer[] {
    return [...this.queue];
  }

  /**
   * Takes the next answer for a dialog of `kind` showing the buttons of `buttonSet`.
   * @param describe how to name the dialog in an error, e.g. `Ui.alert("Delete version 3?")`.
   * @throws UnscriptedDialogError when no answer is queued or the next one is for the other kind of dialog.
   * @throws RangeError when the scripted button is not one the dialog shows.
   */
  take<K extends ScriptedAnswer['kind']>(
    kind: K,
    buttonSet: string,
    describe: string,
  ): Extract<ScriptedAnswer, { kind: K }> {
    const next = this.queue[0];
    if (next === undefined) {
      const hook = kind === 'alert' ? "ui.answerNext('OK')" : "ui.answerNextPrompt('text', 'OK')";
      throw new UnscriptedDialogError(
        `${describe} was shown, but the test scripted no answer for it (use ${hook}).`,
      );
    }
    if (next.kind !== kind) {
      throw new UnscriptedDialogError(
        `${describe} was shown, but the next scripted answer is for ${next.kind === 'alert' ? 'an alert' : 'a prompt'}.`,
      );
    }
    const allowed: readonly string[] = [
      ...(BUTTONS_OF_SET[buttonSet as keyof typeof BUTTONS_OF_SET] ?? []),
      'CLOSE',
    ];
    if (!allowed.includes(next.button)) {
      throw new RangeError(
        `${describe}: the scripted answer ${next.button} is not one of its buttons (${allowed.join(', ')}).`,
      );
    }
    this.queue.shift();
    return next as Extract<ScriptedAnswer, { kind: K }>;
  }
}
