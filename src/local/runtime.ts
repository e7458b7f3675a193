/**
 * The local runtime: one `vm` context holding the in-memory Apps Script services under their real global names,
 * bound to one local spreadsheet, with one call log and one clock shared by all. The built bundle (`dist/`) is
 * loaded into that context by `gas-local`, exactly as Apps Script evaluates a project: every `.js` file in one
 * global scope. Values and errors handed to the add-on are made in its own realm, so `instanceof Date` and
 * `instanceof Error` hold inside it.
 */
import * as vm from 'node:vm';
import { CallLog, type CostModel, TYPICAL_SHEETS_COST } from './call-log';
import { type Realm, realmOfContext } from './realm';
import { type LocalServicesOptions, createLocalServices } from './services';
import { AuthMode } from './services/script-enums';
import { clockedDate } from './services/clock';
import { Charts, LocalSpreadsheet, LocalSpreadsheetApp } from './spreadsheet';
import type { AuthModeName, ExecutionKind } from './platform/executions';
import { allowedWithoutAuthorisation } from './platform/install-mode';
import type { ClockTriggerEvent, LocalTrigger } from './services/trigger';

/** A spreadsheet user's email; the default teacher of a local runtime. */
export const DEFAULT_USER = 'teacher@school.example';

/** Calls a simple trigger (`AuthMode.LIMITED`) may not make: they need the user's authorisation. */
const NEEDS_FULL_AUTHORISATION =
  /^(MailApp\.|ScriptApp\.(newTrigger|getProjectTriggers|getUserTriggers|deleteTrigger))/;

export interface LocalRuntimeOptions extends Omit<LocalServicesOptions, 'calls' | 'realm' | 'scope'> {
  /** The email of the runtime's teacher (menu clicks, trigger owner); `DEFAULT_USER` when absent. */
  activeUserEmail?: string;
  /** Makes the bound spreadsheet; a new one with `Sheet1` when absent. */
  spreadsheet?: (deps: { calls: CallLog; realm: Realm }) => LocalSpreadsheet;
  costModel?: CostModel;
  /** Keep every call in order (for debugging a count). */
  traceCalls?: boolean;
  /** Reuse a context and call log made earlier (used when a workbook must be read before the runtime exists). */
  base?: RuntimeBase;
}

export interface RuntimeBase {
  context: vm.Context;
  realm: Realm;
  calls: CallLog;
}

/** A fresh context, its realm and a call log: what a spreadsheet needs before the runtime is assembled. */
export function createRuntimeBase(
  costModel: CostModel = TYPICAL_SHEETS_COST,
  traceCalls = false,
): RuntimeBase {
  const context = vm.createContext({});
  return { context, realm: realmOfContext(context), calls: new CallLog(costModel, traceCalls) };
}

/** Runs a handler of the loaded bundle by name (set by `loadBundle`). */
/** What a stopped execution throws at every service call (Apps Script's message at its time limit). */
export class ExecutionStopped extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'ExecutionStopped';
  }
}

export type HandlerInvoker = (handler: string, ...args: unknown[]) => unknown;

export function createLocalRuntime(options: LocalRuntimeOptions = {}) {
  const base = options.base ?? createRuntimeBase(options.costModel, options.traceCalls);
  const { context, realm, calls } = base;
  const spreadsheet =
    options.spreadsheet?.({ calls, realm }) ??
    new LocalSpreadsheet({
      calls,
      realm,
      name: 'PassCompass (local)',
      timeZone: options.scriptTimeZone ?? 'Etc/UTC',
    });
  const documentId = options.documentId ?? spreadsheet.getId();
  const defaultUser = options.activeUserEmail ?? DEFAULT_USER;
  const services = createLocalServices({
    ...options,
    activeUserEmail: defaultUser,
    documentId,
    calls,
    realm,
    scope: context,
  });
  const { google } = services;
  const { executions } = google;
  const inTrigger = () => executions.current()?.kind === 'trigger';
  const inWebApp = () => executions.current()?.kind === 'web-app';
  const SpreadsheetApp = new LocalSpreadsheetApp({
    calls,
    ui: services.ui,
    realm,
    spreadsheet,
    context: () => ({
      // A web app has no UI either: getUi() is one of the bound script's methods it cannot call.
      inTrigger: inTrigger() || inWebApp(),
      // Stricter than the (silent) documentation: an add-on's time-driven trigger has no active spreadsheet.
      // A bound script run as a web app has none: getActiveSpreadsheet() is among the methods "not available"
      // there (developers.google.com/apps-script/guides/bound, Special methods).
      activeSpreadsheet: !(inTrigger() && google.installMode === 'add-on') && !inWebApp(),
    }),
  });
  // The add-on's `new Date()` reads the runtime's clock, so its timestamps and trigger times move with it.
  const ContextDate = vm.runInContext('Date', context) as DateConstructor;
  Object.assign(context, services.globals, {
    SpreadsheetApp,
    Charts,
    console,
    Date: clockedDate(services.clock, ContextDate),
  });
  const RealmError = realm.Error ?? Error;
  // Test hook state: the execution to stop, and after how many more calls.
  let kill: { execution: number | null; callsLeft: number; stopped: boolean } | null = null;
  calls.guard = (service, method) => {
    const running = executions.current();
    if (kill && running && (kill.execution === null || kill.execution === running.id)) {
      kill.execution = running.id;
      // Time goes into reading and writing ranges and sheets: the limit strikes during that work, minutes into an
      // execution, never in its first lookups (the active spreadsheet, its id) or while a trigger is set.
      if (!kill.stopped && service === 'SpreadsheetApp' && /^(Range|Sheet)\./.test(method)) {
        if (kill.callsLeft <= 0) kill.stopped = true;
        else kill.callsLeft -= 1;
      }
      if (kill.stopped) throw new ExecutionStopped();
    }
    const mode = running?.authMode;
    if (mode === 'NONE' && !allowedWithoutAuthorisation(service, method))
      throw new RealmError(`${service}.${method} is not allowed in AuthMode.NONE: only menus may be built.`);
    if (mode === 'LIMITED' && NEEDS_FULL_AUTHORISATION.test(`${service}.${method}`))
      throw new RealmError(`You do not have permission to call ${method} from a simple trigger.`);
  };
  let invoke: HandlerInvoker | null = null;
  const run = (
    kind: ExecutionKind,
    handler: string,
    args: unknown[],
    as: { user?: string; authMode?: AuthModeName } = {},
  ): unknown => {
    if (!invoke) throw new Error('No bundle is loaded into this runtime (loadBundle).');
    const call = invoke;
    return executions.run(
      { kind, handler, documentId, user: as.user ?? defaultUser, authMode: as.authMode ?? 'FULL' },
      () => call(handler, ...args),
    );
  };
  executions.onEnd((ended) => {
    if (kill?.execution === ended.id) kill = null;
  });
  google.attach({
    documentId,
    record: (service, method) => calls.record(service, method),
    runTrigger: (trigger: LocalTrigger, event: ClockTriggerEvent) => {
      run('trigger', trigger.spec.handler, [event], { user: trigger.owner });
    },
  });
  return {
    ...services,
    context,
    realm,
    calls,
    spreadsheet,
    SpreadsheetApp,
    documentId,
    user: defaultUser,
    /** Used by `loadBundle`: how a handler of the bundle is called. */
    setInvoker(next: HandlerInvoker) {
      invoke = next;
    },
    /** A menu click (or sidebar call) by `user` (the runtime's teacher by default), as its own execution. */
    click(handler: string, args: unknown[] = [], user = defaultUser): unknown {
      return run('menu', handler, args, { user });
    },
    /**
     * A request to the deployed web app (`doGet`, `doPost`), as its own execution run as `deployer` (the
     * deployment executes as the user who deployed it), without an active spreadsheet or a UI.
     */
    webAppRequest(handler: string, event: unknown, deployer = defaultUser): unknown {
      return run('web-app', handler, [event], { user: deployer });
    },
    /** A simple trigger (`onOpen`) in the given auth mode, as its own execution. */
    simpleTrigger(handler: string, authMode: AuthModeName = 'LIMITED'): unknown {
      const event = { authMode: AuthMode[authMode], source: spreadsheet, triggerUid: '' };
      return run('simple-trigger', handler, [event], { authMode });
    },
    /**
     * Test hook: the next execution that calls a service is stopped after `calls` more range or sheet calls
     * (where an execution spends its time), as Apps Script stops one at its time limit: every later call of that
     * execution throws, so nothing it tries in a `catch` or `finally` reaches the spreadsheet or its properties.
     */
    stopNextExecutionAfter(calls: number) {
      kill = { execution: null, callsLeft: calls, stopped: false };
    },
    /** The `e` of a simple `onOpen` trigger in the given auth mode. */
    openEvent(authMode: AuthModeName = 'LIMITED') {
      return { authMode: AuthMode[authMode], source: spreadsheet, triggerUid: '' };
    },
  };
}

export type LocalRuntime = ReturnType<typeof createLocalRuntime>;
