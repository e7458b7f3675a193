/**
 * The local `MailApp`: nothing is sent; every message is recorded in `sent`. It keeps Apps Script's documented
 * limits for a consumer account: 100 recipients a day (to, cc and bcc all count; the quota resets 24 hours after
 * the first send), 50 recipients per message and a 200 KB body, with the exception messages Apps Script uses.
 */
import type { CallLog } from '../call-log';
import type { Clock } from './clock';
import { ManualClock } from './clock';
import type { Subset } from '../implements';
import { normaliseMessage, type SentMail } from './mail-message';

export type { SentMail } from './mail-message';

type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

export const QUOTA_EXHAUSTED_MESSAGE = 'Service invoked too many times for one day: email.';
const DAY_MS = 24 * 60 * 60 * 1000;

export interface LocalMailAppOptions {
  calls: CallLog;
  clock?: Clock;
  /** Recipients per day: 100 for consumer accounts (default), 1,500 for Workspace. */
  dailyQuota?: number;
  /** 200 KB for consumer accounts (default), 400 KB for Workspace. */
  maxBodyBytes?: number;
}

export class LocalMailApp implements Subset<
  GoogleAppsScript.Mail.MailApp,
  'sendEmail' | 'getRemainingDailyQuota'
> {
  /** Every message sent, oldest first. */
  readonly sent: SentMail[] = [];
  private readonly calls: CallLog;
  private readonly clock: Clock;
  private readonly dailyQuota: number;
  private readonly maxBodyBytes: number;
  private used = 0;
  private quotaWindowStart: number | null = null;
  private nextFailure: Error | null = null;

  constructor(options: LocalMailAppOptions) {
    this.calls = options.calls;
    this.clock = options.clock ?? new ManualClock();
    this.dailyQuota = options.dailyQuota ?? 100;
    this.maxBodyBytes = options.maxBodyBytes ?? 200 * 1024;
  }

  /** Recipients that can still be emailed today. */
  getRemainingDailyQuota(): number {
    this.calls.record('MailApp', 'getRemainingDailyQuota');
    this.resetQuotaIfDayPassed();
    return this.dailyQuota - this.used;
  }

  sendEmail(message: MailOptions): void;
  sendEmail(recipient: string, subject: string, body: string, options?: MailOptions): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  /**
   * Sends (records) one message.
   * @throws Error "Service invoked too many times for one day: email." when the recipients exceed the quota left,
   * "Limit Exceeded: Email Recipients Per Message." past 50 and "Limit Exceeded: Email Body Size." past the body
   * limit; nothing is recorded and no quota is used then.
   */
  sendEmail(
    first: string | MailOptions,
    second?: string,
    third?: string,
    fourth?: string | MailOptions,
  ): void {
    this.calls.record('MailApp', 'sendEmail');
    const message = normaliseMessage(first, second, third, fourth);
    if (this.nextFailure !== null) {
      const failure = this.nextFailure;
      this.nextFailure = null;
      throw failure;
    }
    const recipients = message.to.length + message.cc.length + message.bcc.length;
    if (recipients === 0) throw new RangeError('Failed to send email: no recipient');
    for (const address of [...message.to, ...message.cc, ...message.bcc]) {
      if (!/^[^\s@]+@[^\s@]+$/.test(address)) throw new RangeError(`Invalid email: ${address}`);
    }
    if (recipients > 50) throw new RangeError('Limit Exceeded: Email Recipients Per Message.');
    const bodyBytes = Math.max(
      Buffer.byteLength(message.body, 'utf8'),
      Buffer.byteLength(message.htmlBody ?? '', 'utf8'),
    );
    if (bodyBytes > this.maxBodyBytes) throw new RangeError('Limit Exceeded: Email Body Size.');
    this.resetQuotaIfDayPassed();
    if (this.used + recipients > this.dailyQuota) throw new RangeError(QUOTA_EXHAUSTED_MESSAGE);
    this.quotaWindowStart ??= this.clock.now();
    this.used += recipients;
    this.sent.push({ ...message, at: this.clock.now() });
  }

  /** Test hook: the next `sendEmail` throws `error` (a transient Gmail failure, say) and sends nothing. */
  failNextWith(error: Error): void {
    this.nextFailure = error;
  }

  private resetQuotaIfDayPassed(): void {
    if (this.quotaWindowStart !== null && this.clock.now() >= this.quotaWindowStart + DAY_MS) {
      this.quotaWindowStart = null;
      this.used = 0;
    }
  }
}
