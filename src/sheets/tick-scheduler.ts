/**
 * `Scheduler` over PassCompass's one time-driven trigger per document and user (an add-on may have only one,
 * and the scoring follow-up and the daily check must share it). Each scheduling deletes this user's earlier
 * PassCompass triggers in this document, and the one that is firing, then creates a one-off trigger for the
 * next due time, so calling it twice, or from two executions, still leaves one.
 *
 * Which document a trigger belongs to: in a bound script, the script has one document. In an add-on,
 * `getProjectTriggers()` lists this user's triggers in every document, and a time-driven trigger names no
 * document, so the document of each trigger this user created is kept in the user's properties (shared by all
 * their documents). Another editor's triggers are invisible and are left alone: they run the same handler,
 * which finds nothing due (or the same work, under the lock) and removes itself.
 */
import type { Scheduler } from '../jobs/ports';

export const TICK_HANDLER = 'passCompassTick';
/** Handlers an earlier version of PassCompass scheduled; their triggers run the tick and are replaced. */
export const LEGACY_TICK_HANDLERS: readonly string[] = ['continueScoring'];
const TRIGGER_DOCUMENTS_KEY = 'passcompass.triggerDocuments';

type TriggerDocuments = Record<string, string>;

function readTriggerDocuments(properties: GoogleAppsScript.Properties.Properties): TriggerDocuments {
  try {
    const parsed = JSON.parse(properties.getProperty(TRIGGER_DOCUMENTS_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as TriggerDocuments) : {};
  } catch {
    return {};
  }
}

/**
 * The scheduler for `documentId`, in an execution started by the trigger `firingTriggerId` (null from a menu).
 */
export function tickScheduler(documentId: string, firingTriggerId: string | null): Scheduler {
  const removeOwn = (): TriggerDocuments => {
    const bound = ScriptApp.getInstallationSource() === ScriptApp.InstallationSource.NONE;
    const properties = PropertiesService.getUserProperties();
    const documents = readTriggerDocuments(properties);
    const kept: TriggerDocuments = {};
    for (const trigger of ScriptApp.getProjectTriggers()) {
      const id = trigger.getUniqueId();
      const handler = trigger.getHandlerFunction();
      const ours = handler === TICK_HANDLER || LEGACY_TICK_HANDLERS.includes(handler);
      const here = bound || documents[id] === documentId || id === firingTriggerId;
      if (ours && here) ScriptApp.deleteTrigger(trigger);
      else if (documents[id] !== undefined) kept[id] = documents[id];
    }
    return kept;
  };
  return {
    wakeAt(at) {
      const kept = removeOwn();
      const trigger = ScriptApp.newTrigger(TICK_HANDLER).timeBased().at(at).create();
      kept[trigger.getUniqueId()] = documentId;
      PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
    },
    sleep() {
      const kept = removeOwn();
      PropertiesService.getUserProperties().setProperty(TRIGGER_DOCUMENTS_KEY, JSON.stringify(kept));
    },
  };
}

/** Deletes this user's trigger with the id `triggerId` (the one running), if it still exists. */
export function removeTrigger(triggerId: string | null): void {
  if (triggerId === null) return;
  for (const trigger of ScriptApp.getProjectTriggers()) {
    if (trigger.getUniqueId() === triggerId) ScriptApp.deleteTrigger(trigger);
  }
}
