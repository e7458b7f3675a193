/**
 * One property store (`Properties`): string keys and values under Apps Script's documented limits, 9 KB per
 * value and 500 KB per store, keys included. A write that would break a limit throws and changes nothing.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';

/** Documented limit per property value (Apps Script quotas page: "Properties value size 9 KB / val"). */
export const PROPERTY_VALUE_LIMIT_BYTES = 9 * 1024;
/** Documented limit per store ("Properties total storage 500 KB / property store"). */
export const PROPERTY_STORE_LIMIT_BYTES = 500 * 1024;

const STORE_FULL_MESSAGE =
  'You have exceeded the property storage quota. Please remove some properties and try again.';

export type PropertyMap = { [key: string]: string };

export class LocalProperties implements Subset<
  GoogleAppsScript.Properties.Properties,
  | 'getProperty'
  | 'setProperty'
  | 'getProperties'
  | 'setProperties'
  | 'deleteProperty'
  | 'deleteAllProperties'
  | 'getKeys'
> {
  private entries = new Map<string, string>();

  constructor(
    private readonly calls: Pick<CallLog, 'record'>,
    initial: PropertyMap = {},
  ) {
    this.entries = withWrites(this.entries, initial);
  }

  /** The value saved under `key`, or null. */
  getProperty(key: string): string | null {
    this.calls.record('PropertiesService', 'Properties.getProperty');
    return this.entries.get(String(key)) ?? null;
  }

  /**
   * Saves `value` under `key`; non-strings are converted with `String()` as Apps Script does (an object becomes
   * "[object Object]", so callers must JSON.stringify themselves).
   * @throws RangeError "Argument too large: value" over 9 KB, or the storage-quota message over 500 KB.
   */
  setProperty(key: string, value: string): this {
    this.calls.record('PropertiesService', 'Properties.setProperty');
    this.entries = withWrites(this.entries, { [String(key)]: value });
    return this;
  }

  /** A copy of every property (changing it changes nothing saved). */
  getProperties(): PropertyMap {
    this.calls.record('PropertiesService', 'Properties.getProperties');
    return Object.fromEntries(this.entries);
  }

  /**
   * Saves every key-value pair of `properties`, all or nothing; with `deleteAllOthers`, also deletes every
   * property not in `properties`.
   * @throws RangeError like `setProperty`, before anything is saved.
   */
  setProperties(properties: PropertyMap, deleteAllOthers = false): this {
    this.calls.record('PropertiesService', 'Properties.setProperties');
    if (properties === null || typeof properties !== 'object') {
      throw new TypeError('Properties.setProperties needs an object of key-value pairs');
    }
    this.entries = withWrites(deleteAllOthers ? new Map() : this.entries, properties);
    return this;
  }

  deleteProperty(key: string): this {
    this.calls.record('PropertiesService', 'Properties.deleteProperty');
    this.entries.delete(String(key));
    return this;
  }

  deleteAllProperties(): this {
    this.calls.record('PropertiesService', 'Properties.deleteAllProperties');
    this.entries.clear();
    return this;
  }

  getKeys(): string[] {
    this.calls.record('PropertiesService', 'Properties.getKeys');
    return [...this.entries.keys()];
  }

  /** Test hook: bytes used by keys and values, the measure the 500 KB limit applies to. */
  bytesUsed(): number {
    return storeBytes(this.entries);
  }
}

/** A new map with `writes` applied to `base`, after checking both limits; `base` itself is not changed. */
function withWrites(
  base: ReadonlyMap<string, string>,
  writes: { [key: string]: unknown },
): Map<string, string> {
  const next = new Map(base);
  for (const [key, raw] of Object.entries(writes)) {
    const value = String(raw);
    if (Buffer.byteLength(value, 'utf8') > PROPERTY_VALUE_LIMIT_BYTES) {
      throw new RangeError(`Argument too large: value (property ${JSON.stringify(key)} is over 9 KB)`);
    }
    next.set(key, value);
  }
  if (storeBytes(next) > PROPERTY_STORE_LIMIT_BYTES) throw new RangeError(STORE_FULL_MESSAGE);
  return next;
}

function storeBytes(entries: ReadonlyMap<string, string>): number {
  let bytes = 0;
  for (const [key, value] of entries)
    bytes += Buffer.byteLength(key, 'utf8') + Buffer.byteLength(value, 'utf8');
  return bytes;
}
