/**
 * Answers the add-on's dialogs as the person running the offline runner would, since nobody is at the
 * keyboard: a message (an OK-only alert) is acknowledged with OK; a question (Yes/No, OK/Cancel) is answered
 * No or Cancel, or Yes/OK with `--yes`; a prompt for text is closed unanswered, or answered with the text given
 * (`--reason`). The local `Ui` deliberately
 * fails on a dialog nobody scripted (tests must say what they click), so the runner scripts each answer at the
 * moment the dialog opens, when its buttons are known. What was shown and answered stays in `ui.dialogs`.
 */
import { readDialogArgs } from '../services/dialog';
import type { ButtonName } from '../services/scripted-answers';
import type { LocalUi } from '../services/ui';

export interface AnswerPolicy {
  /** Agree to the add-on's questions (`--yes`). */
  yes: boolean;
  /** The text to answer a prompt with, and OK (`--reason` of promote and rollback); otherwise it is closed. */
  promptAnswer?: string;
}

type LooseDialog = (first: string, second?: unknown, third?: unknown) => unknown;

/** The answer to an alert showing `buttonSet` (a `Ui.ButtonSet` name). */
export function unattendedAnswer(buttonSet: string | undefined, policy: AnswerPolicy): ButtonName {
  switch (buttonSet) {
    case 'YES_NO':
    case 'YES_NO_CANCEL':
      return policy.yes ? 'YES' : 'NO';
    case 'OK_CANCEL':
      return policy.yes ? 'OK' : 'CANCEL';
    default:
      return 'OK';
  }
}

/** From now on, every alert and prompt on `ui` that has no scripted answer is answered by `policy`. */
export function answerDialogsUnattended(ui: LocalUi, policy: AnswerPolicy): void {
  // The overloads of alert/prompt all reduce to (first, second?, third?); readDialogArgs reads them the same
  // way the local Ui does, so the scripted answer always fits the dialog about to be shown.
  const alert = ui.alert.bind(ui) as unknown as LooseDialog;
  const prompt = ui.prompt.bind(ui) as unknown as LooseDialog;
  const alertUnattended: LooseDialog = (first, second, third) => {
    if (ui.pendingAnswers().length === 0) {
      ui.answerNext(unattendedAnswer(readDialogArgs('alert', first, second, third).buttons, policy));
    }
    return alert(first, second, third);
  };
  const promptUnattended: LooseDialog = (first, second, third) => {
    // CLOSE (the title bar's button) fits every button set: the question is left unanswered.
    if (ui.pendingAnswers().length === 0) {
      if (policy.promptAnswer === undefined) ui.answerNextPrompt('', 'CLOSE');
      else ui.answerNextPrompt(policy.promptAnswer, 'OK');
    }
    return prompt(first, second, third);
  };
  Object.defineProperty(ui, 'alert', { value: alertUnattended, configurable: true, writable: true });
  Object.defineProperty(ui, 'prompt', { value: promptUnattended, configurable: true, writable: true });
}
