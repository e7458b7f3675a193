/**
 * Moves PassCompass's saved properties between the workbook's properties sheet and the local runtime's
 * document properties (`PropertiesService.getDocumentProperties()`), the store the add-on reads its settings
 * and student-key salt from: restored before the first menu click, collected after the last one.
 */
import type { LocalRuntime } from '../runtime';
import type { LocalProperties, PropertyMap } from '../services/property-store';
import { InputError, isRangeError } from './cli-errors';
import { PROPERTIES_SHEET, TRANSIENT_KEYS } from './properties-sheet';

/**
 * Puts `properties` (read from the workbook `shown`) into the runtime's document store, all or nothing.
 * @throws InputError when they break the store's limits (9 KB a value, 500 KB in all), as Sheets would refuse.
 */
export function restoreDocumentProperties(
  runtime: LocalRuntime,
  properties: PropertyMap,
  shown: string,
): void {
  if (Object.keys(properties).length === 0) return;
  try {
    documentProperties(runtime).setProperties(properties);
  } catch (error) {
    // The store's RangeError comes from the add-on's realm (the services are bridged to it).
    if (isRangeError(error)) {
      throw new InputError(`${shown}: the sheet "${PROPERTIES_SHEET}" cannot be restored: ${error.message}.`);
    }
    throw error;
  }
}

/** What the document store holds after the run, without the transient state of a scoring run. */
export function savedDocumentProperties(runtime: LocalRuntime): PropertyMap {
  const all = documentProperties(runtime).getProperties();
  return Object.fromEntries(Object.entries(all).filter(([key]) => !TRANSIENT_KEYS.includes(key)));
}

export function documentProperties(runtime: LocalRuntime): LocalProperties {
  const store = runtime.PropertiesService.getDocumentProperties();
  // The runner's runtime is always bound to a spreadsheet, so this is a bug, not a user's mistake.
  if (!store)
    throw new Error('The local runtime has no document properties (it is not bound to a document).');
  return store;
}
