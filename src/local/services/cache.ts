/**
 * The local `CacheService`: three string caches (document, script, user) with Apps Script's documented rules:
 * keys up to 250 characters, values up to 100 KB, expiry after 600 s by default and at most 21600 s (6 h), and
 * at most 1,000 entries (past that, the 900 entries farthest from expiry are kept). Time comes from the injected
 * clock. The real cache may drop entries at any moment, so tests can force that with `evictAll()`.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import type { Clock } from './clock';
import { ManualClock } from './clock';

import { LocalCache } from './cache-store';

export {
  CACHE_DEFAULT_EXPIRY_S,
  CACHE_KEY_LIMIT_CHARS,
  CACHE_MAX_EXPIRY_S,
  CACHE_VALUE_LIMIT_BYTES,
  LocalCache,
} from './cache-store';

export interface LocalCacheServiceOptions {
  calls: CallLog;
  clock?: Clock;
  /** False outside a document (a standalone script or web app): `getDocumentCache()` returns null. */
  container?: boolean;
}

export class LocalCacheService implements Subset<
  GoogleAppsScript.Cache.CacheService,
  'getDocumentCache' | 'getScriptCache' | 'getUserCache'
> {
  readonly document: LocalCache;
  readonly script: LocalCache;
  readonly user: LocalCache;
  private readonly calls: CallLog;
  private readonly container: boolean;

  constructor(options: LocalCacheServiceOptions) {
    this.calls = options.calls;
    this.container = options.container ?? true;
    const clock = options.clock ?? new ManualClock();
    this.document = new LocalCache(this.calls, clock);
    this.script = new LocalCache(this.calls, clock);
    this.user = new LocalCache(this.calls, clock);
  }

  getDocumentCache(): LocalCache | null {
    this.calls.record('CacheService', 'getDocumentCache');
    return this.container ? this.document : null;
  }

  getScriptCache(): LocalCache {
    this.calls.record('CacheService', 'getScriptCache');
    return this.script;
  }

  getUserCache(): LocalCache {
    this.calls.record('CacheService', 'getUserCache');
    return this.user;
  }

  /** Test hook: drop every entry of every cache, as the real cache may do at any time. */
  evictAll(): void {
    for (const cache of [this.document, this.script, this.user]) cache.evictAll();
  }
}
