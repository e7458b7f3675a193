import { CallLog } from '../../../src/local/call-log';
import { ManualClock } from '../../../src/local/services/clock';
import { LocalLogger } from '../../../src/local/services/logger';
import { LocalSession } from '../../../src/local/services/session';

describe('LocalSession', () => {
  test('the active user email is empty by default, as for a consumer add-on without consent', () => {
    const session = new LocalSession({ calls: new CallLog() });
    expect([session.getActiveUser().getEmail(), session.getEffectiveUser().getEmail()]).toEqual(['', '']);
  });

  test('emails and time zone can be configured', () => {
    const session = new LocalSession({
      calls: new CallLog(),
      activeUserEmail: 't@school.example',
      scriptTimeZone: 'Europe/Lisbon',
    });
    expect([
      session.getActiveUser().getEmail(),
      session.getEffectiveUser().getEmail(),
      session.getScriptTimeZone(),
    ]).toEqual(['t@school.example', 't@school.example', 'Europe/Lisbon']);
  });

  test('an unknown script time zone is refused', () => {
    expect(() => new LocalSession({ calls: new CallLog(), scriptTimeZone: 'Lisbon' })).toThrow(RangeError);
  });
});

describe('LocalLogger', () => {
  test('Logger.log records lines without printing them', () => {
    const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    const logger = new LocalLogger({ calls: new CallLog(), clock: new ManualClock(0) });
    logger.log('trained %s on %d rows', 'v3', 395).log({ auc: 0.81 });
    expect(logger.entries).toEqual([
      { at: 0, message: 'trained v3 on 395 rows' },
      { at: 0, message: '{"auc":0.81}' },
    ]);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  test('with echo, lines are also printed', () => {
    const spy = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    new LocalLogger({ calls: new CallLog(), echo: true }).log('hello');
    expect(spy).toHaveBeenCalledWith('hello');
    spy.mockRestore();
  });

  test('getLog joins the lines and clear empties it', () => {
    const logger = new LocalLogger({ calls: new CallLog() });
    logger.log('a').log('b');
    expect(logger.getLog()).toBe('a\nb');
    logger.clear();
    expect(logger.getLog()).toBe('');
  });
});
