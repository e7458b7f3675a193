/**
 * One email as `MailApp.sendEmail` receives it, in any of its four call forms, turned into one recorded shape
 * with the address lists split.
 */
type MailOptions = GoogleAppsScript.Mail.MailAdvancedParameters;

/** One message as MailApp would have sent it. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody?: string;
  name?: string;
  replyTo?: string;
  noReply?: boolean;
  /** Clock time of the send. */
  at: number;
}

/** One shape for the four overloads of `sendEmail`. */
export function normaliseMessage(
  first: unknown,
  second: unknown,
  third: unknown,
  fourth: unknown,
): Omit<SentMail, 'at'> {
  let options: MailOptions;
  if (typeof first === 'object' && first !== null) options = first as MailOptions;
  else if (typeof fourth === 'string')
    options = { to: str(first), replyTo: str(second), subject: str(third), body: fourth };
  else {
    const extra = typeof fourth === 'object' && fourth !== null ? (fourth as MailOptions) : {};
    options = { ...extra, to: str(first), subject: str(second), body: str(third) };
  }
  if (typeof options.subject !== 'string') throw new TypeError('MailApp.sendEmail: the subject is missing');
  if (typeof options.body !== 'string' && typeof options.htmlBody !== 'string') {
    throw new TypeError('MailApp.sendEmail: the body is missing');
  }
  const mail: Omit<SentMail, 'at'> = {
    to: addresses(options.to),
    cc: addresses(options.cc),
    bcc: addresses(options.bcc),
    subject: options.subject,
    body: options.body ?? '',
  };
  if (options.htmlBody !== undefined) mail.htmlBody = options.htmlBody;
  if (options.name !== undefined) mail.name = options.name;
  if (options.replyTo !== undefined) mail.replyTo = options.replyTo;
  if (options.noReply !== undefined) mail.noReply = options.noReply;
  return mail;
}

function str(value: unknown): string {
  if (typeof value !== 'string')
    throw new TypeError(`MailApp.sendEmail: expected a string, got ${typeof value}`);
  return value;
}

/** A comma-separated address list as separate addresses. */
function addresses(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address !== '');
}
