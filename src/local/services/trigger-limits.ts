/**
 * The limits Google documents on installable triggers: 20 per user per script, and for an add-on (the
 * "Installable triggers in add-ons" restrictions of the editor add-on trigger guide) one trigger of each event
 * type per user per document, time-driven triggers at most hourly, and triggers only for the add-on's own file.
 * Note what the one-per-type rule implies: an add-on with a daily trigger cannot also schedule a one-off
 * continuation trigger in the same document, since both are time-driven.
 */
import { EventType } from './script-enums';
import type { LocalTrigger, TriggerSpec } from './trigger';

export const MAX_TRIGGERS_PER_USER_PER_SCRIPT = 20;

/**
 * Checks that a trigger like `spec` may be added to `existing` (this user's triggers of this script).
 * @throws RangeError with Apps Script's message where it is known ("This add-on has created too many
 * time-based triggers in this document for this Google user account.", "This script has too many triggers...").
 */
export function assertTriggerAllowed(
  spec: TriggerSpec,
  existing: readonly LocalTrigger[],
  context: { addOn: boolean; documentId: string },
): void {
  if (existing.length >= MAX_TRIGGERS_PER_USER_PER_SCRIPT) {
    throw new RangeError(
      'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
    );
  }
  if (!context.addOn) return;
  if (spec.schedule?.kind === 'minutes') {
    throw new RangeError(
      'Add-on time-driven triggers cannot run more often than once per hour (everyMinutes).',
    );
  }
  if (spec.sourceId !== null && spec.sourceId !== context.documentId) {
    throw new RangeError('Add-ons can only create triggers for the file in which the add-on is used.');
  }
  if (existing.some((t) => t.spec.eventType === spec.eventType && t.documentId === context.documentId)) {
    const kind = spec.eventType === EventType.CLOCK ? 'time-based' : String(spec.eventType);
    throw new RangeError(
      `This add-on has created too many ${kind} triggers in this document for this Google user account.`,
    );
  }
}
