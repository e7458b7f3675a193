import { CallLog } from '../../../src/local/call-log';
import { ManualClock } from '../../../src/local/services/clock';
import { LocalLockService, LockTimeoutError } from '../../../src/local/services/lock';

function aLockService(options: { container?: boolean } = {}) {
  const clock = new ManualClock();
  return { locks: new LocalLockService({ calls: new CallLog(), clock, ...options }), clock };
}

function documentLock(locks: LocalLockService) {
  const lock = locks.getDocumentLock();
  if (lock === null) throw new Error('expected a document lock');
  return lock;
}

describe('LocalLockService', () => {
  test('tryLock takes a free lock', () => {
    const { locks } = aLockService();
    const lock = documentLock(locks);
    expect([lock.tryLock(1000), lock.hasLock(), locks.holderOf('document')]).toEqual([
      true,
      true,
      'this execution',
    ]);
  });

  test('tryLock returns false while another execution holds the document lock', () => {
    const { locks } = aLockService();
    locks.holdByAnotherExecution('document');
    const lock = documentLock(locks);
    expect([lock.tryLock(10_000), lock.hasLock()]).toEqual([false, false]);
  });

  test('waitLock throws when another execution holds the document lock', () => {
    const { locks } = aLockService();
    locks.holdByAnotherExecution('document');
    const lock = documentLock(locks);
    expect(() => lock.waitLock(30_000)).toThrow(LockTimeoutError);
    expect(() => lock.waitLock(30_000)).toThrow(
      'Lock timeout: another process was holding the lock for too long.',
    );
  });

  test('a timed-out wait moves the clock by the whole timeout', () => {
    const { locks, clock } = aLockService();
    locks.holdByAnotherExecution('script');
    const before = clock.now();
    locks.getScriptLock().tryLock(30_000);
    expect(clock.now() - before).toBe(30_000);
  });

  test('waitLock gets the lock when the other execution lets go within the timeout', () => {
    const { locks, clock } = aLockService();
    locks.holdByAnotherExecution('document', 5_000);
    const before = clock.now();
    const lock = documentLock(locks);
    lock.waitLock(30_000);
    expect([lock.hasLock(), clock.now() - before]).toEqual([true, 5_000]);
  });

  test('after releaseLock another lock object can take the lock', () => {
    const { locks } = aLockService();
    const first = locks.getScriptLock();
    first.waitLock(1000);
    first.releaseLock();
    expect([first.hasLock(), locks.getScriptLock().tryLock(0)]).toEqual([false, true]);
  });

  test('a second lock object of the same execution cannot take a held lock', () => {
    const { locks } = aLockService();
    locks.getScriptLock().waitLock(1000);
    expect(locks.getScriptLock().tryLock(1000)).toBe(false);
  });

  test('document, script and user locks do not contend', () => {
    const { locks } = aLockService();
    locks.holdByAnotherExecution('document');
    expect([locks.getScriptLock().tryLock(0), locks.getUserLock().tryLock(0)]).toEqual([true, true]);
  });

  test('releaseByAnotherExecution frees the lock', () => {
    const { locks } = aLockService();
    locks.holdByAnotherExecution('document');
    locks.releaseByAnotherExecution('document');
    expect(documentLock(locks).tryLock(0)).toBe(true);
  });

  test('endExecution releases the locks this execution still holds', () => {
    const { locks } = aLockService();
    locks.getScriptLock().waitLock(1000);
    locks.endExecution();
    expect(locks.holderOf('script')).toBe('nobody');
  });

  test('getDocumentLock returns null outside a container, as in a web app', () => {
    expect(aLockService({ container: false }).locks.getDocumentLock()).toBeNull();
  });
});
