/**
 * One call that builds every local Apps Script service except `SpreadsheetApp`, sharing one call log and one
 * clock, plus the `Ui` that the local `SpreadsheetApp.getUi()` should return. `globals` is the object to hand
 * to `gas-local` (merged with `SpreadsheetApp`) so the bundle sees the services under their Apps Script names.
 * With a `realm`, what is returned is bridged to it (see realm-bridge.ts); the test hooks work the same.
 */
import type vm from 'node:vm';
import { CallLog } from '../call-log';
import type { Realm } from '../realm';
import { LocalCacheService } from './cache';
import { type Clock, ManualClock } from './clock';
import { LocalContentService } from './content';
import { LocalHtmlService } from './html';
import { LocalLockService } from './lock';
import { LocalLogger } from './logger';
import { LocalMailApp } from './mail';
import { LocalPropertiesService } from './properties';
import { bridgeToRealm } from './realm-bridge';
import { LocalScriptApp } from './script-app';
import { LocalSession } from './session';
import { LocalUi } from './ui';
import { LocalUtilities } from './utilities';
import { LocalGoogle } from '../platform/local-google';
import type { InstallMode } from '../platform/install-mode';

export interface LocalServicesOptions {
  calls?: CallLog;
  clock?: Clock;
  /** False to act like a web app with no bound document (document properties, cache and lock are null). */
  container?: boolean;
  /** The folder with the project's `.html` files. */
  projectDir?: string;
  /** The bundle's vm context, for template scriptlets; can also be attached later with `HtmlService.attachScope`. */
  scope?: vm.Context;
  scriptTimeZone?: string;
  documentId?: string;
  /** What Google keeps for the project across documents; a new one (with `installMode`) when absent. */
  google?: LocalGoogle;
  /** `add-on` (default) or `bound`; used only when `google` is not given. */
  installMode?: InstallMode;
  mailDailyQuota?: number;
  /** The user at the keyboard for menu clicks (also the default owner of triggers). */
  activeUserEmail?: string;
  /** Print Logger lines as well as recording them. */
  echoLogs?: boolean;
  uuid?: () => string;
  /**
   * The realm of the bundle's vm context (`realmOfContext(context)`). When given, every service is wrapped with
   * `bridgeToRealm`, so the errors the add-on catches are its own realm's `Error`s.
   */
  realm?: Realm;
}

/** Builds the services; see the module comment. */
export function createLocalServices(options: LocalServicesOptions = {}) {
  const calls = options.calls ?? new CallLog();
  const google =
    options.google ??
    new LocalGoogle({
      clock: options.clock ?? new ManualClock(),
      installMode: options.installMode ?? 'add-on',
    });
  const clock = google.clock;
  const { executions } = google;
  const container = options.container ?? true;
  const scriptTimeZone = options.scriptTimeZone ?? 'Etc/UTC';
  const documentId = options.documentId ?? 'local-spreadsheet';
  const defaultUser = options.activeUserEmail ?? '';
  const user = () => executions.current()?.user ?? defaultUser;
  const services = {
    PropertiesService: new LocalPropertiesService({
      calls,
      container,
      script: google.scriptProperties,
      userStore: () => google.userProperties(user()),
    }),
    CacheService: new LocalCacheService({ calls, clock, container }),
    LockService: new LocalLockService({
      calls,
      clock,
      container,
      executions,
      board: google.locks,
      documentId,
      user,
    }),
    ScriptApp: new LocalScriptApp({
      calls,
      clock,
      scriptTimeZone,
      installMode: google.installMode,
      triggers: google.triggers,
      executions,
      user,
      documentId,
    }),
    MailApp: new LocalMailApp({ calls, clock, dailyQuota: options.mailDailyQuota }),
    HtmlService: new LocalHtmlService({ calls, projectDir: options.projectDir, scope: options.scope }),
    ContentService: new LocalContentService({ calls }),
    Utilities: new LocalUtilities({ calls, clock, uuid: options.uuid }),
    Session: new LocalSession({ calls, scriptTimeZone, activeUserEmail: user }),
    Logger: new LocalLogger({ calls, clock, echo: options.echoLogs }),
  };
  const ui = new LocalUi({
    calls,
    executions,
    addOnName: google.installMode === 'bound' ? google.projectName : 'PassCompass',
  });
  const realm = options.realm;
  if (realm === undefined) return { calls, clock, google, ui, globals: services, ...services };
  const bridged = Object.fromEntries(
    Object.entries(services).map(([name, service]) => [name, bridgeToRealm(service, realm)]),
  ) as typeof services;
  return { calls, clock, google, ui: bridgeToRealm(ui, realm), globals: bridged, ...bridged };
}

export type LocalServices = ReturnType<typeof createLocalServices>;
