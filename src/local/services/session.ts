/**
 * The local `Session`: who is running the script and in which time zone. For a consumer add-on that has not been
 * granted the email scope, Apps Script returns an empty email, so that is the default here too.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { assertTimeZone } from '../time-zone';

export interface LocalSessionOptions {
  calls: CallLog;
  /** Email of the user at the keyboard; '' by default, as Apps Script returns when it may not tell. */
  activeUserEmail?: string;
  /** Email of the user the script runs as; defaults to the active user's. */
  effectiveUserEmail?: string;
  /** The project's time zone (appsscript.json `timeZone`). */
  scriptTimeZone?: string;
  /** An opaque key that identifies the active user without revealing the email. */
  temporaryActiveUserKey?: string;
  locale?: string;
}

export class LocalSession implements Subset<
  GoogleAppsScript.Base.Session,
  | 'getActiveUser'
  | 'getEffectiveUser'
  | 'getScriptTimeZone'
  | 'getTemporaryActiveUserKey'
  | 'getActiveUserLocale'
> {
  private readonly calls: CallLog;
  private readonly active: LocalUser;
  private readonly effective: LocalUser;
  private readonly timeZone: string;
  private readonly temporaryKey: string;
  private readonly locale: string;

  /** @throws RangeError for a script time zone that is not an IANA name. */
  constructor(options: LocalSessionOptions) {
    this.calls = options.calls;
    this.active = new LocalUser(options.activeUserEmail ?? '', this.calls);
    this.effective = new LocalUser(options.effectiveUserEmail ?? options.activeUserEmail ?? '', this.calls);
    this.timeZone = options.scriptTimeZone ?? 'Etc/UTC';
    assertTimeZone(this.timeZone);
    this.temporaryKey = options.temporaryActiveUserKey ?? 'local-temporary-active-user-key';
    this.locale = options.locale ?? 'en';
  }

  getActiveUser(): LocalUser {
    this.calls.record('Session', 'getActiveUser');
    return this.active;
  }

  getEffectiveUser(): LocalUser {
    this.calls.record('Session', 'getEffectiveUser');
    return this.effective;
  }

  getScriptTimeZone(): string {
    this.calls.record('Session', 'getScriptTimeZone');
    return this.timeZone;
  }

  getTemporaryActiveUserKey(): string {
    this.calls.record('Session', 'getTemporaryActiveUserKey');
    return this.temporaryKey;
  }

  getActiveUserLocale(): string {
    this.calls.record('Session', 'getActiveUserLocale');
    return this.locale;
  }
}

export class LocalUser implements Subset<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(
    private readonly email: string,
    private readonly calls: CallLog,
  ) {}

  getEmail(): string {
    this.calls.record('Session', 'User.getEmail');
    return this.email;
  }
}
