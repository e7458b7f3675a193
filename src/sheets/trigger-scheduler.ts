/**
 * `Scheduler` over installable triggers: a one-off time-driven trigger a minute from now runs the handler again.
 * An add-on may hold only one time-driven trigger per document, and a one-off trigger that has fired may still be
 * listed, so the handler's old triggers are deleted before the new one is made.
 */
import type { Scheduler } from '../jobs/ports';

const ONE_MINUTE_MS = 60 * 1000;

export const triggerScheduler: Scheduler = {
  continueLater(handler) {
    triggerScheduler.cancel(handler);
    ScriptApp.newTrigger(handler).timeBased().after(ONE_MINUTE_MS).create();
  },
  cancel(handler) {
    for (const trigger of ScriptApp.getProjectTriggers()) {
      if (trigger.getHandlerFunction() === handler) ScriptApp.deleteTrigger(trigger);
    }
  },
};
