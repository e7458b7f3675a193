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
import { Charts, LocalSpreadsheet, LocalSpreadsheetApp } from './spreadsheet';

export interface LocalRuntimeOptions extends Omit<LocalServicesOptions, 'calls' | 'realm' | 'scope'> {
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

export function createLocalRuntime(options: LocalRuntimeOptions = {}) {
  const base = options.base ?? createRuntimeBase(options.costModel, options.traceCalls);
  const { context, realm, calls } = base;
  const services = createLocalServices({ ...options, calls, realm, scope: context });
  const spreadsheet =
    options.spreadsheet?.({ calls, realm }) ??
    new LocalSpreadsheet({
      calls,
      realm,
      name: 'PassCompass (local)',
      timeZone: options.scriptTimeZone ?? 'Etc/UTC',
    });
  const SpreadsheetApp = new LocalSpreadsheetApp({ calls, ui: services.ui, realm, spreadsheet });
  Object.assign(context, services.globals, { SpreadsheetApp, Charts, console });
  return {
    ...services,
    context,
    realm,
    calls,
    spreadsheet,
    SpreadsheetApp,
    /** The `e` of a simple `onOpen` trigger in the given auth mode. */
    openEvent(authMode: 'NONE' | 'LIMITED' | 'FULL' = 'LIMITED') {
      return { authMode: AuthMode[authMode], source: spreadsheet, triggerUid: '' };
    },
  };
}

export type LocalRuntime = ReturnType<typeof createLocalRuntime>;
