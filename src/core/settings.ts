/**
 * PassCompass's settings for one spreadsheet, with their defaults and valid ranges. They are stored as one JSON
 * value in the document's properties (read once per execution); anything missing or out of range falls back
 * to the default, and the problem is reported rather than silently used.
 */

export type ModeSetting = 'auto' | 'early' | 'mid';

export interface Settings {
  /** A final grade below this is a fail (UCI grades run 0-20). */
  passMark: number;
  /** Which moment of the term to train for; `auto` follows what the sheet holds (G1 present → mid-term). */
  mode: ModeSetting;
  /** Cross-validation folds. */
  folds: number;
  /** How many students the counsellors can see: the K of "recall in the top K". */
  capacity: number;
  /** Seed of the fold shuffle, so a run can be repeated exactly. */
  seed: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  passMark: 10,
  mode: 'auto',
  folds: 5,
  capacity: 25,
  seed: 1,
};

const RANGES: Record<Exclude<keyof Settings, 'mode'>, [number, number]> = {
  passMark: [1, 20],
  folds: [2, 20],
  capacity: [1, 100_000],
  seed: [0, 2 ** 31 - 1],
};

export interface ReadSettings {
  settings: Settings;
  problems: string[];
}

/** Reads stored settings; `null` (never saved) gives the defaults. */
export function parseSettings(stored: string | null): ReadSettings {
  if (stored === null || stored.trim() === '') return { settings: { ...DEFAULT_SETTINGS }, problems: [] };
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(stored) as Record<string, unknown>;
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      problems: ['The saved settings were not readable; defaults are used.'],
    };
  }
  return validateSettings(raw);
}

/** Checks each setting; invalid ones fall back to their default and are named in `problems`. */
export function validateSettings(raw: Record<string, unknown>): ReadSettings {
  const settings: Settings = { ...DEFAULT_SETTINGS };
  const problems: string[] = [];
  for (const [key, [min, max]] of Object.entries(RANGES) as [keyof typeof RANGES, [number, number]][]) {
    if (raw[key] === undefined) continue;
    const value = Number(raw[key]);
    const whole = key !== 'passMark';
    if (!Number.isFinite(value) || value < min || value > max || (whole && !Number.isInteger(value))) {
      problems.push(
        `${key} must be ${whole ? 'a whole number' : 'a number'} from ${min} to ${max}; using ${DEFAULT_SETTINGS[key]}.`,
      );
    } else settings[key] = value;
  }
  if (raw['mode'] !== undefined) {
    if (raw['mode'] === 'auto' || raw['mode'] === 'early' || raw['mode'] === 'mid')
      settings.mode = raw['mode'];
    else problems.push(`mode must be auto, early or mid; using ${DEFAULT_SETTINGS.mode}.`);
  }
  return { settings, problems };
}
