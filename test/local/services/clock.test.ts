import { clockedDate, ManualClock, SystemClock } from '../../../src/local/services/clock';

describe('clocks', () => {
  test('a ManualClock moves only when advanced', () => {
    const clock = new ManualClock(new Date('2024-09-02T08:00:00Z'));
    clock.advance(1500);
    expect(new Date(clock.now()).toISOString()).toBe('2024-09-02T08:00:01.500Z');
  });

  test('a ManualClock cannot go backwards', () => {
    const clock = new ManualClock(1000);
    expect(() => clock.advance(-1)).toThrow(RangeError);
    expect(() => clock.set(999)).toThrow(RangeError);
  });

  test('a SystemClock adds what it was advanced by to the real time', () => {
    const clock = new SystemClock();
    clock.advance(3_600_000);
    expect(clock.now() - Date.now()).toBeGreaterThanOrEqual(3_599_000);
  });
});

describe('clockedDate', () => {
  test('new Date() and Date.now() follow the clock; dates with arguments are unchanged', () => {
    const clock = new ManualClock(Date.UTC(2024, 8, 2));
    const ClockedDate = clockedDate(clock);
    clock.advance(60_000);
    expect([new ClockedDate().toISOString(), ClockedDate.now(), new ClockedDate(0).getTime()]).toEqual([
      '2024-09-02T00:01:00.000Z',
      Date.UTC(2024, 8, 2, 0, 1),
      0,
    ]);
  });
});
