/**
 * `--set key=value`: changes PassCompass's settings offline, as the Settings… dialog does in Google Sheets.
 * The changes are merged over the workbook's current settings and saved through the add-on's own
 * `saveSettings` entry point, so the add-on's validation (ranges, whole numbers, allowed words) applies and the
 * runner never needs to know the list of settings. A change the add-on refuses ends the run before anything
 * runs or is saved.
 */
import type { LoadedAddOn } from '../bundle';
import type { LocalRuntime } from '../runtime';
import { CliError, EXIT, UsageError } from './cli-errors';
import { documentProperties } from './document-properties';

export interface SettingChange {
  key: string;
  /** A number when the text reads as one (`capacity=40` → 40), the text otherwise. */
  value: number | string;
}

/** Where the add-on's settings store keeps its one JSON value (src/sheets/settings-store.ts). */
export const SETTINGS_KEY = 'passcompass.settings';
export const SAVE_SETTINGS_ENTRY_POINT = 'saveSettings';

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/** Reads the text after `--set`; `earlier` are the changes read so far. @throws UsageError. */
export function parseSettingChange(
  text: string | undefined,
  earlier: readonly SettingChange[],
): SettingChange {
  const eq = text === undefined || text.startsWith('--') ? -1 : text.indexOf('=');
  const key = eq > 0 ? (text as string).slice(0, eq).trim() : '';
  if (key === '') throw new UsageError('--set needs a setting and its value, e.g. --set capacity=40.');
  if (earlier.some((change) => change.key === key)) throw new UsageError(`--set ${key} is given twice.`);
  const raw = (text as string).slice(eq + 1).trim();
  return { key, value: NUMBER.test(raw) ? Number(raw) : raw };
}

/**
 * Saves `changes` over the settings in the runtime's document store, through the add-on; prints what was set.
 * @throws CliError (exit 2) with the add-on's problems, or naming a setting the add-on does not have.
 */
export function applySettingChanges(
  runtime: LocalRuntime,
  addOn: LoadedAddOn,
  changes: readonly SettingChange[],
  print: (line: string) => void,
): void {
  if (changes.length === 0) return;
  if (!addOn.has(SAVE_SETTINGS_ENTRY_POINT)) {
    throw new CliError(
      `This build of the add-on (dist/Code.js) has no ${SAVE_SETTINGS_ENTRY_POINT}, so --set cannot be used.`,
      EXIT.unexpected,
    );
  }
  const store = documentProperties(runtime);
  const merged = { ...storedSettings(store.getProperty(SETTINGS_KEY)), ...toObject(changes) };
  const result = addOn.call(SAVE_SETTINGS_ENTRY_POINT, merged) as { saved?: unknown; problems?: unknown };
  const problems = Array.isArray(result?.problems) ? result.problems.map(String) : [];
  if (problems.length > 0 || result?.saved !== true) {
    throw new CliError(
      'PassCompass did not accept the settings (the workbook’s settings with the --set changes); ' +
        `nothing was run or saved:\n${problems.map((problem) => `  ${problem}`).join('\n')}`,
      EXIT.badInput,
    );
  }
  // The add-on keeps only the settings it knows and says nothing of the others; a misspelt --set would
  // otherwise be ignored without a word.
  const saved = storedSettings(store.getProperty(SETTINGS_KEY));
  const unknown = changes.filter((change) => !Object.hasOwn(saved, change.key));
  if (unknown.length > 0) {
    const names = unknown.map((change) => change.key).join(', ');
    throw new CliError(
      `--set ${names}: PassCompass has no such setting (its settings are ${Object.keys(saved).join(', ')}); ` +
        'nothing was run or saved.',
      EXIT.badInput,
    );
  }
  print(`▸ Settings: ${changes.map((change) => `${change.key} = ${String(saved[change.key])}`).join(', ')}`);
}

/** The stored settings as an object; nothing, or anything unreadable, as none (the add-on uses its defaults). */
function storedSettings(stored: string | null): Record<string, unknown> {
  if (stored === null) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

/** Own data properties only (`Object.fromEntries`), so even a key like `__proto__` stays a plain key. */
function toObject(changes: readonly SettingChange[]): Record<string, number | string> {
  return Object.fromEntries(changes.map((change) => [change.key, change.value]));
}
