/**
 * PassCompass's settings for one spreadsheet, with their defaults and valid ranges. They are stored as one JSON
 * value in the document's properties (read once per execution); anything missing or out of range falls back
 * to the default, and the problem is reported rather than silently used.
 */

export type ModeSetting = 'auto' | 'early' | 'mid';
export type TierRuleSetting = 'capacity' | 'thresholds';

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
  /** How the High tier is chosen: the `capacity` highest risks, or every risk from `highFrom` up. */
  tierRule: TierRuleSetting;
  /** With `thresholds`: the risk (0-1) from which a student is High. */
  highFrom: number;
  /** The risk (0-1) from which a student not in the High tier is Medium. */
  mediumFrom: number;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  passMark: 10,
  mode: 'auto',
  folds: 5,
  capacity: 25,
  seed: 1,
  tierRule: 'capacity',
  highFrom: 0.5,
  mediumFrom: 0.3,
};

type NumericSetting = Exclude<keyof Settings, 'mode' | 'tierRule'>;

const RANGES: Record<NumericSetting, [number, number]> = {
  passMark: [1, 20],
  folds: [2, 20],
  capacity: [1, 100_000],
  seed: [0, 2 ** 31 - 1],
  highFrom: [0, 1],
  mediumFrom: [0, 1],
};

/** Settings that may hold a fraction; the others must be whole numbers. */
const FRACTIONAL: readonly NumericSetting[] = ['passMark', 'highFrom', 'mediumFrom'];

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
  for (const [key, [min, max]] of Object.entries(RANGES) as [NumericSetting, [number, number]][]) {
    if (raw[key] === undefined) continue;
    const value = Number(raw[key]);
    const whole = !FRACTIONAL.includes(key);
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
  if (raw['tierRule'] !== undefined) {
    if (raw['tierRule'] === 'capacity' || raw['tierRule'] === 'thresholds')
      settings.tierRule = raw['tierRule'];
    else problems.push(`tierRule must be capacity or thresholds; using ${DEFAULT_SETTINGS.tierRule}.`);
  }
  if (settings.mediumFrom > settings.highFrom) {
    problems.push(
      `mediumFrom (${settings.mediumFrom}) must not be above highFrom (${settings.highFrom}); using ${DEFAULT_SETTINGS.mediumFrom} and ${DEFAULT_SETTINGS.highFrom}.`,
    );
    settings.mediumFrom = DEFAULT_SETTINGS.mediumFrom;
    settings.highFrom = DEFAULT_SETTINGS.highFrom;
  }
  return { settings, problems };
}
