/**
 * The local `PropertiesService`: three string key-value stores (document, script, user) with Apps Script's
 * documented limits, 9 KB per value and 500 KB per store (keys count towards the store, as measured by
 * tanaikech's 2023 report). A write that would break a limit throws and changes nothing.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { LocalProperties, type PropertyMap } from './property-store';

export { LocalProperties, PROPERTY_STORE_LIMIT_BYTES, PROPERTY_VALUE_LIMIT_BYTES } from './property-store';

export interface LocalPropertiesServiceOptions {
  calls: CallLog;
  /** False outside a document (a standalone script or web app): `getDocumentProperties()` returns null. */
  container?: boolean;
  /** Properties already saved before the execution starts. */
  initial?: { document?: PropertyMap; script?: PropertyMap; user?: PropertyMap };
  /** The script's store, shared by every document of an add-on (../platform/local-google.ts). */
  script?: LocalProperties;
  /** The running user's store, shared by every document of an add-on. */
  userStore?: () => LocalProperties;
}

export class LocalPropertiesService implements Subset<
  GoogleAppsScript.Properties.PropertiesService,
  'getDocumentProperties' | 'getScriptProperties' | 'getUserProperties'
> {
  readonly document: LocalProperties;
  readonly script: LocalProperties;
  private readonly ownUser: LocalProperties;
  private readonly userStore: (() => LocalProperties) | undefined;
  private readonly calls: CallLog;
  private readonly container: boolean;

  constructor(options: LocalPropertiesServiceOptions) {
    this.calls = options.calls;
    this.container = options.container ?? true;
    this.document = new LocalProperties(this.calls, options.initial?.document);
    this.script = options.script ?? new LocalProperties(this.calls, options.initial?.script);
    this.ownUser = new LocalProperties(this.calls, options.initial?.user);
    this.userStore = options.userStore;
  }

  /** The running user's store. */
  get user(): LocalProperties {
    return this.userStore?.() ?? this.ownUser;
  }

  /** The store shared by all users of the add-on in this document; null outside a container. */
  getDocumentProperties(): LocalProperties | null {
    this.calls.record('PropertiesService', 'getDocumentProperties');
    return this.container ? this.document : null;
  }

  getScriptProperties(): LocalProperties {
    this.calls.record('PropertiesService', 'getScriptProperties');
    return this.script;
  }

  getUserProperties(): LocalProperties {
    this.calls.record('PropertiesService', 'getUserProperties');
    return this.user;
  }
}
