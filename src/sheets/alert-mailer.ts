/**
 * `Mailer` over MailApp (scope `script.send_mail`: send as the running user, nothing else). One message goes to
 * every recipient at once; MailApp counts each recipient against the daily quota, which the job checks first.
 */
import type { Mailer } from '../jobs/ports';

export const alertMailer: Mailer = {
  remainingQuota: () => MailApp.getRemainingDailyQuota(),
  send(recipients, message) {
    MailApp.sendEmail({
      to: recipients.join(','),
      subject: message.subject,
      body: message.body,
      htmlBody: message.htmlBody,
      name: 'PassCompass',
    });
  },
};
