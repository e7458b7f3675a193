/**
 * What the teacher was shown, checked: no click ended in an unhandled exception (a stack trace in Sheets), no
 * message shows signs of a program's error, and every message that stops a job names what is wrong.
 */
import type { Click } from './corpus-run';

/** Signs that a message shown to the teacher is a program's error, not a sentence written for them. */
const INTERNAL_ERROR =
  /\bundefined\b|\[object |\bNaN\b|Cannot read propert|is not a function|is not defined|Unexpected (token|end)|Maximum call stack|\n\s+at [\w.<>]+ \(|TypeError|RangeError|ReferenceError|SyntaxError/;

/**
 * What a message that stops a job must name, at least one of: a row, column or cell; something quoted (a
 * header, a value, a field); a sheet, document property or setting; a model version, the champion or the
 * challenger; the students (how many, or that there are none); or the menu action to run first.
 */
const NAMES_SOMETHING = new RegExp(
  [
    String.raw`\brows?\b`,
    String.raw`\bcolumns?\b`,
    String.raw`"[^"]+"`,
    String.raw`\b(Students|Versions|Aliases|Experiments|Data issues|Summary|Inference log|Monitoring)\b`,
    String.raw`\bsheets?\b`,
    String.raw`document propert`,
    String.raw`\bsettings?\b`,
    String.raw`\bversion \d+`,
    String.raw`\bv\d+\b`,
    String.raw`\bstudents?\b`,
    String.raw`\b(champion|challenger)\b`,
    String.raw`\b(Train model|Train a model|Score students|Check data|Load sample data)\b`,
  ].join('|'),
);

/** True when `text`, outside what it quotes, shows signs of a program's error rather than words for a teacher. */
export function looksLikeProgramError(text: string): boolean {
  // What a message quotes (a header, a value) is the teacher's, not the program's.
  return INTERNAL_ERROR.test(text.replace(/"[^"]*"/g, '""'));
}

/** True when `text` names what is wrong (see `NAMES_SOMETHING`). */
export function namesWhatIsWrong(text: string): boolean {
  return NAMES_SOMETHING.test(text);
}

/** The dialogs that say a job stopped: the menu's error alert (titled "PassCompass") and a refused scoring run. */
function stops(click: Click): Click['shown'] {
  return click.shown.filter(
    (s) => s.kind === 'alert' && (s.title === 'PassCompass' || s.title === 'PassCompass: Score students'),
  );
}

function describeClicks(clicks: readonly Click[]): string {
  return clicks
    .map(
      (c) =>
        `${c.entryPoint}: ${c.shown.map((s) => `[${s.kind} ${s.title}] ${s.text.slice(0, 400)}`).join(' | ')}`,
    )
    .join('\n');
}

/**
 * Every click ended without an unhandled exception; every message shown is plain (no sign of a program error);
 * every message that stops a job names what is wrong.
 */
export function assertClicks(clicks: readonly Click[]): void {
  for (const c of clicks) {
    if (c.threw !== undefined) {
      const error = c.threw as { stack?: unknown; message?: unknown };
      throw new Error(
        `The menu entry point ${c.entryPoint} threw (the teacher would see a stack trace): ` +
          `${String(error.stack ?? error.message ?? c.threw)}\nShown before:\n${describeClicks(clicks)}`,
      );
    }
    for (const s of c.shown) {
      if (s.text.trim() === '' || looksLikeProgramError(s.text)) {
        throw new Error(
          `${c.entryPoint} showed a message that is not plain words: ${JSON.stringify(s.text.slice(0, 2000))}`,
        );
      }
    }
    for (const s of stops(c)) {
      if (!namesWhatIsWrong(s.text)) {
        throw new Error(
          `${c.entryPoint} stopped with a message that names nothing: ${JSON.stringify(s.text)}`,
        );
      }
    }
  }
}
