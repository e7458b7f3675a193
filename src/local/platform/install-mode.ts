/**
 * The two ways a school can install PassCompass, and the Apps Script rules that differ between them. Each rule
 * cites the Google page that documents it; where the documentation is silent the stricter behaviour is chosen
 * and marked `(stricter: undocumented)`, so code that passes here does not rely on luck in Sheets.
 *
 * | rule | `bound` (a script bound to the spreadsheet, clasp or paste) | `add-on` (Marketplace) |
 * | --- | --- | --- |
 * | `createAddonMenu()` caption | the script project's name ("Untitled project" unless renamed) [1] | the add-on's name [1] |
 * | time-driven triggers | 20 per user per script [2] | one per user per document, at most hourly [3] |
 * | `getProjectTriggers()` | this user's triggers of this script [4] | this user's, in every document the add-on runs in [4] |
 * | `getActive()` in a time-driven trigger | the bound spreadsheet | null (stricter: undocumented) |
 * | a trigger that throws | a failure email to the trigger's owner [5] | nobody is told [3] |
 * | `getInstallationSource()` | `NONE` [6] | `WEB_STORE_ADD_ON` [6] |
 *
 * Both: another user's triggers are invisible [2]; `getUi()` throws inside a trigger [7]; a dialog releases the
 * execution's locks (executions.ts); in `AuthMode.NONE` only menus may be built [8].
 *
 * [1] https://developers.google.com/apps-script/guides/menus and .../reference/base/ui#createAddonMenu()
 * [2] https://developers.google.com/apps-script/guides/triggers/installable (Restrictions) and
 *     https://developers.google.com/apps-script/guides/services/quotas (Triggers: 20 / user / script)
 * [3] https://developers.google.com/workspace/add-ons/concepts/editor-triggers (Installable triggers in add-ons)
 * [4] https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers()
 * [5] https://developers.google.com/apps-script/guides/triggers/installable (Failure notifications)
 * [6] https://developers.google.com/apps-script/reference/script/installation-source
 * [7] https://developers.google.com/apps-script/reference/base/ui ("Cannot call SpreadsheetApp.getUi() from this context.")
 * [8] https://developers.google.com/workspace/add-ons/concepts/editor-auth-lifecycle (authorization modes)
 */

export type InstallMode = 'bound' | 'add-on';

export const INSTALL_MODES: readonly InstallMode[] = ['bound', 'add-on'];

/** The name a new Apps Script project gets, which a bound script's `createAddonMenu()` shows. */
export const UNTITLED_PROJECT = 'Untitled project';

/** Apps Script's message when a trigger's execution asks for the spreadsheet's UI. */
export const NO_UI_IN_THIS_CONTEXT = 'Cannot call SpreadsheetApp.getUi() from this context.';

/** Calls allowed under `AuthMode.NONE`: building the menu and nothing else. */
export function allowedWithoutAuthorisation(service: string, method: string): boolean {
  return (
    (service === 'Ui' && (method.startsWith('Menu.') || /^Ui\.create(Addon)?Menu$/.test(method))) ||
    (service === 'SpreadsheetApp' && method === 'SpreadsheetApp.getUi')
  );
}
