/**
 * Emails the person the running execution belongs to (in a trigger, the person who created it) when background
 * work keeps failing. Only the words given are sent, which never hold student data. Returns how many were told:
 * 0 when Apps Script does not reveal the email address or the daily quota is spent.
 */
export function mailExecutionOwner(subject: string, body: string): number {
  const to = Session.getEffectiveUser().getEmail();
  if (!to || MailApp.getRemainingDailyQuota() < 1) return 0;
  MailApp.sendEmail({ to, subject, body });
  return 1;
}
