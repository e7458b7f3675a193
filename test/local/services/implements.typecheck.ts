/**
 * Type-level tests of `Subset`, checked by `tsc -p tsconfig.node.json` (jest does not run this file). Each
 * `@ts-expect-error` line must fail to type-check; if `Subset` stopped catching the mistake, the unused
 * directive itself would fail the type check.
 */
import type { Subset } from '../../../src/local/implements';

type MailApp = GoogleAppsScript.Mail.MailApp;
type Utilities = GoogleAppsScript.Utilities.Utilities;

// A misspelled method name is not a member of the real interface.
// @ts-expect-error 'sendEmial' is not a MailApp method
export type Misspelled = Subset<MailApp, 'sendEmial'>;

// @ts-expect-error a class claiming a method it does not have
export class MissingMethod implements Subset<MailApp, 'getRemainingDailyQuota'> {}

export class WrongPrimitiveReturn implements Subset<MailApp, 'getRemainingDailyQuota'> {
  // @ts-expect-error Apps Script returns an Integer, not a string
  getRemainingDailyQuota(): string {
    return '';
  }
}

export class MissingOverload implements Subset<Utilities, 'computeDigest'> {
  // @ts-expect-error computeDigest also takes a Byte[] value, which this signature refuses
  computeDigest(_algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, _value: string): number[] {
    return [];
  }
}

export class WrongParameterType implements Subset<GoogleAppsScript.Properties.Properties, 'getProperty'> {
  // @ts-expect-error the key is a string
  getProperty(_key: number): string | null {
    return null;
  }
}

/** The positive case: every overload accepted, service-object returns loosened. */
export class AllOverloads implements Subset<MailApp, 'sendEmail' | 'getRemainingDailyQuota'> {
  sendEmail(message: GoogleAppsScript.Mail.MailAdvancedParameters): void;
  sendEmail(
    recipient: string,
    subject: string,
    body: string,
    options?: GoogleAppsScript.Mail.MailAdvancedParameters,
  ): void;
  sendEmail(to: string, replyTo: string, subject: string, body: string): void;
  sendEmail(..._args: unknown[]): void {}

  getRemainingDailyQuota(): number {
    return 100;
  }
}
