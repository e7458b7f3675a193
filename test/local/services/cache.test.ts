import { CallLog } from '../../../src/local/call-log';
import { LocalCacheService } from '../../../src/local/services/cache';
import { ManualClock } from '../../../src/local/services/clock';

function aCache(clock = new ManualClock()) {
  const service = new LocalCacheService({ calls: new CallLog(), clock });
  return { service, cache: service.getScriptCache(), clock };
}

describe('LocalCacheService', () => {
  test('a value put without an expiry is gone after the default 600 seconds', () => {
    const { cache, clock } = aCache();
    cache.put('champion', '{"version":3}');
    clock.advance(599_999);
    expect(cache.get('champion')).toBe('{"version":3}');
    clock.advance(1);
    expect(cache.get('champion')).toBeNull();
  });

  test('a value put for 6 hours is still there after 5 hours 59 minutes', () => {
    const { cache, clock } = aCache();
    cache.put('champion', 'model', 21600);
    clock.advance((6 * 60 - 1) * 60_000);
    expect(cache.get('champion')).toBe('model');
  });

  test('an expiry longer than 6 hours is rejected', () => {
    const { cache } = aCache();
    expect(() => cache.put('k', 'v', 21601)).toThrow(RangeError);
  });

  test('evictAll drops every entry of every cache', () => {
    const { service } = aCache();
    service.getScriptCache().put('a', '1');
    service.getUserCache().put('b', '2');
    service.evictAll();
    expect([service.getScriptCache().get('a'), service.getUserCache().get('b')]).toEqual([null, null]);
  });

  test('a value over 100 KB is rejected', () => {
    const { cache } = aCache();
    expect(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).toThrow(/Argument too large: value/);
    expect(cache.get('big')).toBeNull();
  });

  test('a key over 250 characters is rejected', () => {
    const { cache } = aCache();
    expect(() => cache.put('k'.repeat(251), 'v')).toThrow(/Argument too large: key/);
  });

  test('getAll returns only the keys found', () => {
    const { cache } = aCache();
    cache.putAll({ a: '1', b: '2' });
    expect(cache.getAll(['a', 'missing', 'b'])).toEqual({ a: '1', b: '2' });
  });

  test('remove and removeAll delete entries', () => {
    const { cache } = aCache();
    cache.putAll({ a: '1', b: '2', c: '3' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  test('past 1,000 entries the cache keeps the 900 farthest from expiry', () => {
    const { cache } = aCache();
    const soon: Record<string, string> = {};
    for (let i = 0; i < 500; i += 1) soon[`soon${i}`] = 'v';
    cache.putAll(soon, 60);
    const late: Record<string, string> = {};
    for (let i = 0; i < 501; i += 1) late[`late${i}`] = 'v';
    cache.putAll(late, 3600);
    const found = cache.getAll([...Object.keys(soon), ...Object.keys(late)]);
    expect(Object.keys(found)).toHaveLength(900);
    expect(Object.keys(found).filter((k) => k.startsWith('late'))).toHaveLength(501);
  });

  test('the document cache is null outside a container', () => {
    const service = new LocalCacheService({ calls: new CallLog(), container: false });
    expect(service.getDocumentCache()).toBeNull();
  });
});
