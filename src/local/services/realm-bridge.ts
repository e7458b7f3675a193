/**
 * Hands the services to the add-on's realm. The bundle runs in a `vm` context with its own `Error` classes, so
 * an error thrown by a service (a Node `RangeError`) would fail the add-on's `err instanceof Error` and go down
 * the wrong branch of its error handling. `bridgeToRealm` wraps a service in a proxy whose methods rethrow such
 * errors as the same kind of error of the add-on's realm (same name, message and stack), wraps the service
 * objects they return the same way, and unwraps proxies passed back in (so `deleteTrigger(t)` still finds `t`).
 * Plain data (enum values, property maps, arrays of strings) passes through untouched.
 */
import type { Realm } from '../realm';

/** proxy → the service object behind it, to unwrap arguments. */
const targetOf = new WeakMap<object, object>();
/** Per realm: service object → its proxy, so a service object always shows up as the same proxy. */
const proxiesByRealm = new WeakMap<Realm, WeakMap<object, object>>();

/** `service` as the add-on in `realm` should see it; see the module comment. */
export function bridgeToRealm<T extends object>(service: T, realm: Realm): T {
  return wrap(service, realm) as T;
}

function wrap(value: unknown, realm: Realm): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item: unknown) => wrap(item, realm));
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto === Object.prototype || proto === null || targetOf.has(value)) return value;
  let proxies = proxiesByRealm.get(realm);
  if (proxies === undefined) {
    proxies = new WeakMap();
    proxiesByRealm.set(realm, proxies);
  }
  const known = proxies.get(value);
  if (known !== undefined) return known;
  const proxy = new Proxy(value, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (typeof member !== 'function' || property === 'constructor') return member;
      return (...args: unknown[]): unknown => {
        try {
          return wrap(Reflect.apply(member, target, args.map(unwrap)), realm);
        } catch (error) {
          throw inRealm(error, realm);
        }
      };
    },
  });
  proxies.set(value, proxy);
  targetOf.set(proxy, value);
  return proxy;
}

function unwrap(value: unknown): unknown {
  return value !== null && typeof value === 'object' ? (targetOf.get(value) ?? value) : value;
}

/** A Node error as the same kind of error of `realm`; anything else (already the add-on's) unchanged. */
function inRealm(error: unknown, realm: Realm): unknown {
  if (!(error instanceof Error)) return error;
  const Kind =
    error instanceof TypeError
      ? (realm.TypeError ?? TypeError)
      : error instanceof RangeError
        ? (realm.RangeError ?? RangeError)
        : (realm.Error ?? Error);
  const converted = new Kind(error.message);
  if (converted.name !== error.name) converted.name = error.name;
  if (error.stack !== undefined) converted.stack = error.stack;
  return converted;
}
