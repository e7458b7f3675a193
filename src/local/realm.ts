/**
 * The JavaScript realm that the add-on runs in. The built bundle is evaluated in a Node `vm` context, which has
 * its own `Date`, `Error` and `Array`; a `Date` made by the runtime's own constructor fails `value instanceof Date`
 * inside the add-on. So every value the runtime hands to the add-on is made with the add-on realm's constructors,
 * and every value the add-on hands in is inspected without `instanceof` (use `Array.isArray` and `isDate`).
 */
import * as vm from 'node:vm';

/** Constructors of the realm that receives the runtime's values. Only `Date` is required. */
export interface Realm {
  /** Used for every `Date` handed to the add-on (cell values, for example). */
  Date: DateConstructor;
  /** Used for errors about wrong shapes and out-of-range coordinates; Node's when absent. */
  RangeError?: RangeErrorConstructor;
  /** Used for errors about wrong argument types; Node's when absent. */
  TypeError?: TypeErrorConstructor;
  /** Used for the other errors Sheets raises (a duplicate sheet name, a second filter); Node's when absent. */
  Error?: ErrorConstructor;
}

/** The realm of this Node process, for tests that call the runtime directly. */
export const nodeRealm: Realm = { Date, RangeError, TypeError, Error };

/**
 * The realm of a `vm` context, so that the add-on's `instanceof Date` and `instanceof Error` hold for the
 * runtime's values. Call it once the context exists (gas-local creates it before loading the bundle).
 */
export function realmOfContext(context: vm.Context): Realm {
  return vm.runInContext(
    '({ Date: Date, RangeError: RangeError, TypeError: TypeError, Error: Error })',
    context,
  ) as Realm;
}

/**
 * True when `v` is a `Date` of any realm. Checks the built-in tag rather than the prototype chain, which is
 * what differs between realms.
 */
export function isDate(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}
