/**
 * Loads the built add-on into a local runtime with `gas-local`, the way Apps Script loads a project: every
 * `.js` file of `dist/` evaluated in one shared global scope, whose top-level functions are the entry points.
 */
import { resolve } from 'node:path';
import { type LocalRuntime, type LocalRuntimeOptions, createLocalRuntime } from './runtime';

// gas-local ships no types; this is the one function of it we use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const gas = require('gas-local') as { require(folder: string, globals: object): Record<string, unknown> };

export const DIST_DIR = resolve(__dirname, '../../dist');

export interface LoadedAddOn {
  /** The bundle's global scope, as Apps Script would see it. */
  scope: Record<string, unknown>;
  /** Calls a top-level function, as a menu click or trigger would. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls `doGet` or `doPost` as a request to the deployed web app would. */
  request(name: 'doGet' | 'doPost', event: unknown): unknown;
  has(name: string): boolean;
}

/**
 * Evaluates `distDir` inside `runtime`. `call` is a menu click by the runtime's teacher: its own execution, so
 * its locks are released when it returns and triggers it creates belong to that teacher.
 */
export function loadBundle(runtime: LocalRuntime, distDir = DIST_DIR): LoadedAddOn {
  const scope = gas.require(distDir, runtime.context);
  const has = (name: string) => typeof scope[name] === 'function';
  runtime.setInvoker((name, ...args) => {
    const fn = scope[name];
    if (typeof fn !== 'function') throw new Error(`The bundle has no top-level function ${name}`);
    return (fn as (...a: unknown[]) => unknown)(...args);
  });
  return {
    scope,
    has,
    call(name, ...args) {
      return runtime.click(name, args);
    },
    request(name, event) {
      return runtime.webAppRequest(name, event);
    },
  };
}

/** A local runtime bound to a new spreadsheet with the built add-on loaded: the usual start of a test or demo. */
export function startAddOn(options: LocalRuntimeOptions = {}, distDir = DIST_DIR) {
  const runtime = createLocalRuntime({ projectDir: distDir, ...options });
  return { runtime, addOn: loadBundle(runtime, distDir) };
}
