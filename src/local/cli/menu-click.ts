/**
 * One menu click, as the offline runner makes it: calls an entry point of the built bundle and collects, in
 * words, what the add-on showed meanwhile (its toasts, then its dialogs with the answer each was given), so the
 * runner can print it where a teacher would have seen it on screen.
 */
import type { LoadedAddOn } from '../bundle';
import type { RecordedDialog } from '../services/dialog';
import type { LocalRuntime } from '../runtime';

export interface ClickOutcome {
  /**
   * What the entry point returned. The add-on's menu handlers (`runFromMenu`) return undefined exactly when
   * the job stopped with a message for the user, which they show as an alert.
   */
  result: unknown;
  /** One entry per toast or dialog shown, in words; a text may span several lines. */
  shown: string[];
}

/** Calls `entryPoint` with `args` and reports what it showed. Errors that are not for the user propagate. */
export function clickMenu(
  runtime: LocalRuntime,
  addOn: LoadedAddOn,
  entryPoint: string,
  ...args: unknown[]
): ClickOutcome {
  const toastsBefore = runtime.spreadsheet.toasts.length;
  const dialogsBefore = runtime.ui.dialogs.length;
  const result = addOn.call(entryPoint, ...args);
  const toasts = runtime.spreadsheet.toasts.slice(toastsBefore).map((toast) => toast.message);
  const dialogs = runtime.ui.dialogs.slice(dialogsBefore).map(describeShown);
  return { result, shown: [...toasts, ...dialogs] };
}

/** Answers longer than this (a file given as the answer, such as import-bqml's weights) are summarised. */
const SHOWN_ANSWER_CHARACTERS = 200;

/** The answer as printed: the text, or for a long one its size and first line. */
function shownAnswer(text: string): string {
  if (text.length <= SHOWN_ANSWER_CHARACTERS && !text.includes('\n')) return `"${text}"`;
  const first = text.split(/\r?\n/, 1)[0] ?? '';
  return `${text.length.toLocaleString('en')} characters, starting "${first.slice(0, 80)}${first.length > 80 ? '…' : ''}"`;
}

/** A dialog as the runner prints it: the text, and for a question, the answer it was given. */
export function describeShown(dialog: RecordedDialog): string {
  switch (dialog.kind) {
    case 'alert':
      return dialog.answer === undefined || dialog.answer === 'OK'
        ? dialog.text
        : `${dialog.title ? `${dialog.title}: ` : ''}${dialog.text}\n[answered ${buttonWord(dialog.answer)}]`;
    case 'prompt': {
      const asked = `${dialog.title ? `${dialog.title}: ` : ''}${dialog.text}`;
      return dialog.answer === 'CLOSE' || dialog.answer === undefined
        ? `${asked}\n[closed without an answer]`
        : `${asked}\n[answered ${shownAnswer(dialog.responseText ?? '')}, ${buttonWord(dialog.answer)}]`;
    }
    default:
      // HTML dialogs (settings) need a browser; the runner never opens one, but says so if the add-on did.
      return `[the add-on opened the "${dialog.title}" dialog, which needs a browser]`;
  }
}

function buttonWord(button: string): string {
  return button.charAt(0) + button.slice(1).toLowerCase();
}
