/**
 * The local `Session`: who is running the script and in which time zone. For a consumer add-on that has not been
 * granted the email scope, Apps Script returns an empty email, so that is the default here too.
 */
import type { CallLog } from '../call-log';
import type { Subset } from '../implements';
import { assertTimeZone } from '../time-zone';

export interface LocalSessionOptions {
  calls: CallLog;
  /**
   * Email of the user at the keyboard (or a function giving the running execution's user); '' by default, as
   * Apps Script returns when it may not tell.
   */
  activeUserEmail?: string | (() => string);
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
  private readonly activeEmail: () => string;
  private readonly effectiveEmail: string | undefined;
  private readonly timeZone: string;
  private readonly temporaryKey: string;
  private readonly locale: string;

  /** @throws RangeError for a script time zone that is not an IANA name. */
  constructor(options: LocalSessionOptions) {
    this.calls = options.calls;
    const active = options.activeUserEmail ?? '';
    this.activeEmail = typeof active === 'function' ? active : () => active;
    this.effectiveEmail = options.effectiveUserEmail;
    this.timeZone = options.scriptTimeZone ?? 'Etc/UTC';
    assertTimeZone(this.timeZone);
    this.temporaryKey = options.temporaryActiveUserKey ?? 'local-temporary-active-user-key';
    this.locale = options.locale ?? 'en';
  }

  getActiveUser(): LocalUser {
    this.calls.record('Session', 'getActiveUser');
    return new LocalUser(this.activeEmail(), this.calls);
  }

  getEffectiveUser(): LocalUser {
    this.calls.record('Session', 'getEffectiveUser');
    return new LocalUser(this.effectiveEmail ?? this.activeEmail(), this.calls);
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
