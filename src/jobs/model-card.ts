/**
 * Model card: writes a registered version's card (`core/model-card`) to its own sheet. Training calls it for
 * the version it has just registered (no read: the version is in hand); the menu and the sidebar call it for
 * the champion or a chosen version, which is loaded and checked like any version PassCompass uses
 * (`Registry.load`: a version whose row was altered gets no card, only the reason). A refused model has no
 * version, and so no card.
 */
import { DataError } from '../core/errors';
import { type CardOptions, modelCard } from '../core/model-card/card-content';
import type { ModelCard } from '../core/model-card/card-types';
import type { ModelVersion } from '../core/registry/model-version';
import type { Settings } from '../core/settings';
import type { Digests } from './ports';
import { Registry, type RegistrySheets } from './registry';

/** Where cards go: one sheet per version, written in one batch. */
export interface ModelCardWriter {
  /** Writes `card` to its version's sheet, creating it when needed; returns the sheet's name. */
  write(card: ModelCard): string;
  /** Brings the version's card sheet to the front, when it exists (absent where nothing can be shown). */
  show?(version: number): void;
}

export interface ModelCardDeps extends RegistrySheets {
  cards: ModelCardWriter;
  digests: Digests;
  settings: Pick<Settings, 'passMark' | 'capacity'>;
  /** Times as the spreadsheet says them (its time zone); ISO 8601 when absent. */
  formatTime?: (at: Date) => string;
}

export interface WrittenCard {
  version: number;
  sheet: string;
}

const optionsOf = (deps: Pick<ModelCardDeps, 'settings' | 'formatTime'>): CardOptions => ({
  passMark: deps.settings.passMark,
  capacity: deps.settings.capacity,
  ...(deps.formatTime ? { formatTime: deps.formatTime } : {}),
});

/** Writes the card of `version` (a version in hand: training's, just registered). */
export function writeCardOf(
  version: ModelVersion,
  deps: Pick<ModelCardDeps, 'cards' | 'settings' | 'formatTime'>,
): WrittenCard {
  return { version: version.version, sheet: deps.cards.write(modelCard(version, optionsOf(deps))) };
}

/**
 * Writes the card of version `which` (the champion when `champion`), read and checked from the Versions sheet.
 * Throws `DataError` when there is no champion or no such version, `TamperedVersionError` (from the registry)
 * when its row cannot be trusted.
 */
export function writeModelCard(deps: ModelCardDeps, which: number | 'champion'): WrittenCard {
  const registry = Registry.read(deps, deps.digests);
  const number = which === 'champion' ? registry.aliases().champion : which;
  if (number === null) {
    throw new DataError('There is no champion yet, so no model card to show: train a model first.');
  }
  const known = registry.versions.some((v) => 'version' in v && v.version === number);
  if (!known && which !== 'champion') {
    throw new DataError(`There is no version ${number} in the Versions sheet.`);
  }
  return writeCardOf(registry.load(number), deps);
}
