import { CallLog } from '../../../src/local/call-log';
import { ManualClock } from '../../../src/local/services/clock';
import { LocalMailApp, QUOTA_EXHAUSTED_MESSAGE } from '../../../src/local/services/mail';

function aMailApp(dailyQuota?: number) {
  const clock = new ManualClock();
  return { mail: new LocalMailApp({ calls: new CallLog(), clock, dailyQuota }), clock };
}

describe('LocalMailApp', () => {
  test('sendEmail(recipient, subject, body, options) records the message', () => {
    const { mail, clock } = aMailApp();
    mail.sendEmail('head@school.example', 'Drift detected', 'Two columns drifted.', {
      name: 'PassCompass',
      htmlBody: '<p>Two</p>',
    });
    expect(mail.sent).toEqual([
      {
        to: ['head@school.example'],
        cc: [],
        bcc: [],
        subject: 'Drift detected',
        body: 'Two columns drifted.',
        htmlBody: '<p>Two</p>',
        name: 'PassCompass',
        at: clock.now(),
      },
    ]);
  });

  test('sendEmail accepts a message object', () => {
    const { mail } = aMailApp();
    mail.sendEmail({ to: 'a@x.example, b@x.example', subject: 'S', htmlBody: '<b>hi</b>', noReply: true });
    expect(mail.sent[0]).toMatchObject({
      to: ['a@x.example', 'b@x.example'],
      body: '',
      htmlBody: '<b>hi</b>',
      noReply: true,
    });
  });

  test('sendEmail(to, replyTo, subject, body) sets the reply-to address', () => {
    const { mail } = aMailApp();
    mail.sendEmail('a@x.example', 'office@x.example', 'Subject', 'Body');
    expect(mail.sent[0]).toMatchObject({ replyTo: 'office@x.example', subject: 'Subject', body: 'Body' });
  });

  test('every recipient, including cc and bcc, uses one unit of the daily quota', () => {
    const { mail } = aMailApp();
    mail.sendEmail({
      to: 'a@x.example,b@x.example',
      cc: 'c@x.example',
      bcc: 'd@x.example',
      subject: 's',
      body: 'b',
    });
    expect(mail.getRemainingDailyQuota()).toBe(96);
  });

  test('when the quota runs out, sendEmail throws Apps Script message and sends nothing', () => {
    const { mail } = aMailApp(2);
    mail.sendEmail('a@x.example', 's', 'b');
    mail.sendEmail('b@x.example', 's', 'b');
    expect(() => mail.sendEmail('c@x.example', 's', 'b')).toThrow(
      'Service invoked too many times for one day: email.',
    );
    expect([mail.sent.length, mail.getRemainingDailyQuota()]).toEqual([2, 0]);
  });

  test('a message with more recipients than the quota left is refused whole', () => {
    const { mail } = aMailApp(2);
    expect(() => mail.sendEmail('a@x.example,b@x.example,c@x.example', 's', 'b')).toThrow(
      QUOTA_EXHAUSTED_MESSAGE,
    );
    expect(mail.getRemainingDailyQuota()).toBe(2);
  });

  test('the quota comes back 24 hours after the first send', () => {
    const { mail, clock } = aMailApp(1);
    mail.sendEmail('a@x.example', 's', 'b');
    clock.advance(24 * 3_600_000 - 1);
    expect(mail.getRemainingDailyQuota()).toBe(0);
    clock.advance(1);
    expect(mail.getRemainingDailyQuota()).toBe(1);
  });

  test('more than 50 recipients in one message are rejected', () => {
    const { mail } = aMailApp();
    const to = Array.from({ length: 51 }, (_, i) => `t${i}@x.example`).join(',');
    expect(() => mail.sendEmail(to, 's', 'b')).toThrow('Limit Exceeded: Email Recipients Per Message.');
  });

  test('a body over 200 KB is rejected', () => {
    const { mail } = aMailApp();
    expect(() => mail.sendEmail('a@x.example', 's', 'x'.repeat(200 * 1024 + 1))).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
  });

  test('a malformed address is rejected', () => {
    const { mail } = aMailApp();
    expect(() => mail.sendEmail('not an address', 's', 'b')).toThrow('Invalid email: not an address');
  });

  test('failNextWith makes the next send fail once', () => {
    const { mail } = aMailApp();
    mail.failNextWith(new Error('Gmail is unavailable'));
    expect(() => mail.sendEmail('a@x.example', 's', 'b')).toThrow('Gmail is unavailable');
    mail.sendEmail('a@x.example', 's', 'b');
    expect(mail.sent).toHaveLength(1);
  });
});
