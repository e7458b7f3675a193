/**
 * PassCompass's settings for one spreadsheet, with their defaults and valid ranges. They are stored as one JSON
 * value in the document's properties (read once per execution); anything missing or out of range falls back
 * to the default (an invalid alert recipient is left out, the valid ones kept), and the problem is reported
 * rather than silently used.
 */
import { EQUITY_ATTRIBUTES } from './model/equity';

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
  /**
   * Who gets the daily monitoring alert: staff email addresses (never student data), valid by
   * {@link isEmailAddress}, unique ignoring case, at most {@link MAX_ALERT_RECIPIENTS}. Empty: the check still
   * runs and the Monitoring sheet says no one was told.
   */
  alertRecipients: string[];
  /** The hour of the day (0-23, in the spreadsheet's time zone) at which the daily monitoring check runs. */
  monitoringHour: number;
  /**
   * The acceptable gap (a share, 0-1) between two groups of a sensitive attribute in an equity figure of the
   * High tier (share flagged, false-negative and false-positive rates, precision). A new version that widens a
   * gap beyond it, compared with the champion, is registered with a warning. 0.10 is the convention of the
   * fairness toolkits (AI Fairness 360 calls a statistical parity or equal opportunity difference within ±0.1
   * fair), and it is about the sampling noise of a rate in a group of 20-40 students (the smallest compared):
   * a tighter limit would mostly warn about chance.
   */
  equityGapLimit: number;
  /**
   * Sensitive attributes (of {@link LEAVE_OUT_CHOICES}) kept out of the model's inputs; the equity view still
   * reports them, and training measures the model with them for comparison. Empty: every attribute is used.
   */
  leaveOutAttributes: string[];
}

/** The attributes a school may leave out of the inputs: the sensitive attributes of the equity view. */
export const LEAVE_OUT_CHOICES: readonly string[] = EQUITY_ATTRIBUTES;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  passMark: 10,
  mode: 'auto',
  folds: 5,
  capacity: 25,
  seed: 1,
  tierRule: 'capacity',
  highFrom: 0.5,
  mediumFrom: 0.3,
  alertRecipients: [],
  monitoringHour: 7,
  equityGapLimit: 0.1,
  leaveOutAttributes: [],
};

type NumericSetting = Exclude<keyof Settings, 'mode' | 'tierRule' | 'alertRecipients' | 'leaveOutAttributes'>;

const RANGES: Record<NumericSetting, [number, number]> = {
  passMark: [1, 20],
  folds: [2, 20],
  capacity: [1, 100_000],
  seed: [0, 2 ** 31 - 1],
  highFrom: [0, 1],
  mediumFrom: [0, 1],
  monitoringHour: [0, 23],
  equityGapLimit: [0, 1],
};

/** Settings that may hold a fraction; the others must be whole numbers. */
const FRACTIONAL: readonly NumericSetting[] = ['passMark', 'highFrom', 'mediumFrom', 'equityGapLimit'];

export interface ReadSettings {
  settings: Settings;
  problems: string[];
}

/** The defaults, with lists of their own (so that no caller can change the defaults through them). */
function defaultSettings(): Settings {
  return {
    ...DEFAULT_SETTINGS,
    // Stryker disable next-line ArrayDeclaration: DEFAULT_SETTINGS.alertRecipients is empty, so its copy and [] are the same fresh list
    alertRecipients: [...DEFAULT_SETTINGS.alertRecipients],
    // Stryker disable next-line ArrayDeclaration: DEFAULT_SETTINGS.leaveOutAttributes is empty, so its copy and [] are the same fresh list
    leaveOutAttributes: [...DEFAULT_SETTINGS.leaveOutAttributes],
  };
}

/** Reads stored settings; `null` (never saved) gives the defaults. */
export function parseSettings(stored: string | null): ReadSettings {
  if (stored === null || stored.trim() === '') return { settings: defaultSettings(), problems: [] };
  let raw: unknown;
  try {
    raw = JSON.parse(stored);
  } catch {
    return {
      settings: defaultSettings(),
      problems: ['The saved settings were not readable; defaults are used.'],
    };
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      settings: defaultSettings(),
      problems: [
        `The saved settings hold ${String(JSON.stringify(raw)).slice(0, 40)}, not a set of named values; defaults are used.`,
      ],
    };
  }
  return validateSettings(raw as Record<string, unknown>);
}

/**
 * A setting's number: a number, or text that is one written in decimals (`"12"`, as a form may send it). Anything else (null, a
 * boolean, blank text, a list) is not a number, so it can never pass for 0 or 1.
 */
function numberOf(value: unknown): number {
  if (typeof value === 'number') return value;
  // Decimal only: `Number` would also read `0x10` as 16, `0b11` as 3 and `Infinity` as a number.
  if (typeof value === 'string' && DECIMAL.test(value.trim())) return Number(value.trim());
  return Number.NaN;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

/**
 * Checks each setting (the schema of the settings record); invalid ones fall back to their default and are
 * named in `problems`. `raw` that is not an object gives the defaults, with a problem.
 */
export function validateSettings(raw: Record<string, unknown>): ReadSettings {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return {
      settings: defaultSettings(),
      problems: ['The settings are not a set of named values; defaults are used.'],
    };
  }
  const settings = defaultSettings();
  const problems: string[] = [];
  for (const [key, [min, max]] of Object.entries(RANGES) as [NumericSetting, [number, number]][]) {
    if (raw[key] === undefined) continue;
    const value = numberOf(raw[key]);
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
  if (raw['alertRecipients'] !== undefined) {
    const read = readRecipients(raw['alertRecipients']);
    if (read === null) {
      problems.push('alertRecipients must be email addresses separated by commas or new lines; using none.');
    } else {
      settings.alertRecipients = read.addresses;
      problems.push(...read.problems);
    }
  }
  if (raw['leaveOutAttributes'] !== undefined) {
    const read = readLeaveOut(raw['leaveOutAttributes']);
    if (typeof read === 'string') problems.push(read);
    else settings.leaveOutAttributes = read;
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

const CHOICES_TEXT = LEAVE_OUT_CHOICES.join(', ');

/**
 * Reads the attributes to leave out, given as a list or as one text (names separated by commas, semicolons,
 * spaces or new lines, as `--set leaveOutAttributes=sex,address` sends them): each one of
 * {@link LEAVE_OUT_CHOICES}, any case, kept once each in the order of that list. Any other name refuses the whole
 * setting (a misspelt name must not quietly leave an attribute in): the problem, naming the setting and the
 * name, is returned instead.
 */
function readLeaveOut(value: unknown): string[] | string {
  let items: unknown[];
  if (typeof value === 'string') items = value.split(RECIPIENT_SEPARATORS);
  else if (Array.isArray(value)) items = value as unknown[];
  else return `leaveOutAttributes must be a list of attributes (${CHOICES_TEXT}); leaving none out.`;
  const chosen = new Set<string>();
  const wrong: string[] = [];
  for (const item of items) {
    const name = typeof item === 'string' ? item.trim() : item;
    if (name === '') continue;
    const match =
      typeof name === 'string'
        ? LEAVE_OUT_CHOICES.find((c) => c.toLowerCase() === name.toLowerCase())
        : undefined;
    if (match) chosen.add(match);
    else wrong.push(quoted(name));
  }
  if (wrong.length > 0) {
    return (
      `leaveOutAttributes: ${wrong.join(', ')} ${wrong.length === 1 ? 'is not one of' : 'are not among'} the sensitive ` +
      `attributes that can be left out (${CHOICES_TEXT}); leaving none out.`
    );
  }
  return LEAVE_OUT_CHOICES.filter((c) => chosen.has(c));
}

/**
 * At most this many alert recipients. MailApp counts every recipient of every message against the sending
 * user's daily quota (100 a day on a consumer account, 1,500 on Google Workspace, shared with everything else
 * that user's scripts send) and refuses a message to more than 50; a daily alert to more than 20 people would
 * eat that quota and is better sent to one group address (a Google Group) that lists them.
 */
export const MAX_ALERT_RECIPIENTS = 20;

/** Characters that separate addresses typed or pasted into one text: commas, semicolons, spaces, new lines. */
// Stryker disable next-line Regex: without + a run of separators only adds empty items, which both readers skip
const RECIPIENT_SEPARATORS = /[\s,;]+/;

/**
 * The rule for an address: `local@domain.tld`, at most 254 characters, one `@`, no spaces. The local part is
 * 1-64 characters other than spaces, `@` and the characters that delimit addresses in a mail header
 * (`, ; < > ( ) [ ] \ "`), with no dot first, last or next to another. The domain is two or more dot-separated labels of letters (any script), digits and
 * inner hyphens, the last (the top-level domain) at least two letters, or an `xn--` one.
 *
 * Not the full RFC 5322 grammar: it also accepts quoted local parts with spaces (`"ana silva"@school.org`),
 * comments, IP-address domains (`ana@[10.0.0.1]`) and dotless or one-letter domains (`ana@school`,
 * `ana@school.o`). No school gives its staff such addresses, MailApp's comma-separated recipient list cannot
 * carry the quoted ones safely, and the dotless ones are what a forgotten `.org` looks like: a typo this check is
 * here to catch. The check catches mistakes; only a delivered message proves that an address works.
 */
export function isEmailAddress(text: string): boolean {
  if (text.length > 254) return false;
  const at = text.indexOf('@');
  if (at < 1 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  const labels = text.slice(at + 1).split('.');
  // Stryker disable next-line StringLiteral: split always gives at least one label, so the fallback is never used
  const tld = labels[labels.length - 1] ?? '';
  return (
    local.length <= 64 &&
    /^[^\s@,;<>()[\]\\"]+$/.test(local) &&
    !/^\.|\.$|\.\./.test(local) &&
    labels.length >= 2 &&
    labels.every((label) => /^[\p{L}\p{N}]([\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u.test(label)) &&
    (/^\p{L}{2,}$/u.test(tld) || /^xn--[a-z0-9-]+$/i.test(tld))
  );
}

/**
 * Reads recipients given as a list of addresses or as one text (addresses separated by commas, semicolons, spaces
 * or new lines): trims them, keeps the valid ones in order, once each (ignoring case; the first spelling wins),
 * and names each invalid one in `problems`, keeping the first {@link MAX_ALERT_RECIPIENTS} valid ones. `null` when `value` is neither a text nor a list.
 */
function readRecipients(value: unknown): { addresses: string[]; problems: string[] } | null {
  let items: unknown[];
  if (typeof value === 'string') items = value.split(RECIPIENT_SEPARATORS);
  else if (Array.isArray(value)) items = value as unknown[];
  else return null;
  const addresses: string[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    const address = typeof item === 'string' ? item.trim() : item;
    if (address === '') continue;
    // Each address once, ignoring case (the first spelling wins); each wrong one named once.
    const key = typeof address === 'string' ? address.toLowerCase() : JSON.stringify(address);
    if (seen.has(key)) continue;
    seen.add(key);
    if (typeof address === 'string' && isEmailAddress(address)) addresses.push(address);
    else problems.push(`alertRecipients: ${quoted(address)} is not an email address; it is left out.`);
  }
  if (addresses.length > MAX_ALERT_RECIPIENTS) {
    const over = addresses.length - MAX_ALERT_RECIPIENTS;
    problems.push(
      `alertRecipients: at most ${MAX_ALERT_RECIPIENTS} addresses (MailApp counts each one against a daily quota); ` +
        `the last ${over === 1 ? 'one is' : `${over} are`} left out. A group address can reach more people.`,
    );
    addresses.length = MAX_ALERT_RECIPIENTS;
  }
  return { addresses, problems };
}

/** `value` for a message: a text in quotes, cut short past 60 characters; anything else as JSON. */
function quoted(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  return typeof value === 'string' ? `"${short}"` : short;
}
