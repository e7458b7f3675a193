/**
 * The settings dialog: `Settings.html` filled in with the current values by an auto-escaping template, shown
 * as a modal dialog. The form saves through the `saveSettings` entry point.
 */
import type { Settings } from '../core/settings';

export function showSettingsDialog(settings: Settings): void {
  const template = HtmlService.createTemplateFromFile('Settings');
  template['settings'] = settings;
  const html = template
    .evaluate()
    .setSandboxMode(HtmlService.SandboxMode.IFRAME)
    .setWidth(380)
    .setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, 'PassCompass settings');
}
