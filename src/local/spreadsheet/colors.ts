/**
 * CSS colours as Sheets stores them. Sheets accepts `#rgb`, `#rrggbb` and CSS colour names, and reports colours
 * back as lower-case `#rrggbb`, so `setBackground('#FF0000')` reads back as `#ff0000`.
 */

/** The CSS names an add-on is likely to use; any other name is rejected rather than guessed. */
const NAMED: Readonly<Record<string, string>> = {
  black: '#000000',
  white: '#ffffff',
  red: '#ff0000',
  lime: '#00ff00',
  green: '#008000',
  blue: '#0000ff',
  yellow: '#ffff00',
  orange: '#ffa500',
  purple: '#800080',
  gray: '#808080',
  grey: '#808080',
  silver: '#c0c0c0',
  maroon: '#800000',
  navy: '#000080',
  teal: '#008080',
  olive: '#808000',
  aqua: '#00ffff',
  cyan: '#00ffff',
  fuchsia: '#ff00ff',
  magenta: '#ff00ff',
  pink: '#ffc0cb',
  brown: '#a52a2a',
  gold: '#ffd700',
  lightgray: '#d3d3d3',
  lightgrey: '#d3d3d3',
};

/**
 * `color` as lower-case `#rrggbb`, or `null` when it is not a colour Sheets would accept (the caller throws).
 */
export function normalizeColor(color: string): string | null {
  const text = color.trim().toLowerCase();
  const named = NAMED[text];
  if (named) return named;
  if (/^#[0-9a-f]{6}$/.test(text)) return text;
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((ch) => ch + ch).join('')}`;
  return null;
}

/** `#rrggbb` → exceljs's `FFRRGGBB` (opaque ARGB). */
export function toArgb(color: string): string {
  return `FF${color.slice(1).toUpperCase()}`;
}

/** exceljs's `AARRGGBB` (or `RRGGBB`) → `#rrggbb`; `null` for anything else (theme or indexed colours). */
export function fromArgb(argb: string | undefined): string | null {
  if (!argb) return null;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9a-fA-F]{6}$/.test(hex) ? `#${hex.toLowerCase()}` : null;
}
