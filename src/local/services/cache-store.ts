/**
 * One cache (`Cache`): string entries that expire by the injected clock, under Apps Script's documented limits
 * (see cache.ts), and that tests can evict at will as the real cache may.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import type { Clock } from './clock';

export const CACHE_KEY_LIMIT_CHARS = 250;
export const CACHE_VALUE_LIMIT_BYTES = 100 * 1024;
export const CACHE_DEFAULT_EXPIRY_S = 600;
export const CACHE_MAX_EXPIRY_S = 21600;
/** Documented: "The cap for cached items is 1,000. If more than 1,000 items are written, the cache stores the
 * 900 items farthest from expiration." */
const CACHE_ITEM_CAP = 1000;
const CACHE_ITEMS_KEPT = 900;

export class LocalCache implements Subset<
  GoogleAppsScript.Cache.Cache,
  'get' | 'getAll' | 'put' | 'putAll' | 'remove' | 'removeAll'
> {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(
    private readonly calls: CallLog,
    private readonly clock: Clock,
  ) {}

  /** The cached value, or null when absent, expired or evicted. */
  get(key: string): string | null {
    this.calls.record('CacheService', 'Cache.get');
    return this.live(String(key));
  }

  /** The entries found among `keys` (missing ones are left out, not set to null). */
  getAll(keys: string[]): { [key: string]: string } {
    this.calls.record('CacheService', 'Cache.getAll');
    const found: { [key: string]: string } = {};
    for (const key of keys) {
      const value = this.live(String(key));
      if (value !== null) found[String(key)] = value;
    }
    return found;
  }

  /**
   * Caches `value` for `expirationInSeconds` (default 600).
   * @throws RangeError "Argument too large: key" / "Argument too large: value" past 250 characters / 100 KB, and
   * for an expiry outside 1..21600 s.
   */
  put(key: string, value: string, expirationInSeconds: number = CACHE_DEFAULT_EXPIRY_S): void {
    this.calls.record('CacheService', 'Cache.put');
    this.store({ [key]: value }, expirationInSeconds);
  }

  /** Caches every pair of `values`, all or nothing, with one expiry. */
  putAll(values: { [key: string]: string }, expirationInSeconds: number = CACHE_DEFAULT_EXPIRY_S): void {
    this.calls.record('CacheService', 'Cache.putAll');
    this.store(values, expirationInSeconds);
  }

  remove(key: string): void {
    this.calls.record('CacheService', 'Cache.remove');
    this.entries.delete(String(key));
  }

  removeAll(keys: string[]): void {
    this.calls.record('CacheService', 'Cache.removeAll');
    for (const key of keys) this.entries.delete(String(key));
  }

  /** Test hook: drop every entry. */
  evictAll(): void {
    this.entries.clear();
  }

  /** Test hook: drop one entry. */
  evict(key: string): void {
    this.entries.delete(key);
  }

  private live(key: string): string | null {
    const entry = this.entries.get(key);
    if (entry === undefined) return null;
    if (entry.expiresAt <= this.clock.now()) {
      this.entries.delete(key);
      return null;
    }
    return entry.value;
  }

  private store(values: { [key: string]: unknown }, expirationInSeconds: number): void {
    if (
      !Number.isFinite(expirationInSeconds) ||
      expirationInSeconds < 1 ||
      expirationInSeconds > CACHE_MAX_EXPIRY_S
    ) {
      throw new RangeError(
        `Cache expiration must be 1..${CACHE_MAX_EXPIRY_S} seconds, got ${expirationInSeconds}`,
      );
    }
    const checked = Object.entries(values).map(([key, raw]) => {
      const value = String(raw);
      if (key.length > CACHE_KEY_LIMIT_CHARS)
        throw new RangeError(`Argument too large: key (${key.length} characters)`);
      if (Buffer.byteLength(value, 'utf8') > CACHE_VALUE_LIMIT_BYTES) {
        throw new RangeError(`Argument too large: value (cache key ${JSON.stringify(key)} is over 100 KB)`);
      }
      return [key, value] as const;
    });
    const expiresAt = this.clock.now() + Math.floor(expirationInSeconds) * 1000;
    for (const [key, value] of checked) this.entries.set(key, { value, expiresAt });
    if (this.entries.size > CACHE_ITEM_CAP) this.trimToFarthestFromExpiry();
  }

  private trimToFarthestFromExpiry(): void {
    const kept = [...this.entries]
      .sort(([, a], [, b]) => b.expiresAt - a.expiresAt)
      .slice(0, CACHE_ITEMS_KEPT);
    this.entries.clear();
    for (const [key, entry] of kept) this.entries.set(key, entry);
  }
}
