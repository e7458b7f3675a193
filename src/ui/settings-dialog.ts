/**
 * The settings dialog: `Settings.html` filled in with the current values by an auto-escaping template, shown
 * as a modal dialog. The form saves through the `saveSettings` entry point, then, when the teacher has changed
 * the Daily monitoring box, turns monitoring on or off through `setDailyMonitoring`.
 */
import type { Settings } from '../core/settings';

/** Whether the daily monitoring check is on in this document, for the dialog to show. */
export interface MonitoringState {
  on: boolean;
  /** The email of the user who turned it on (the check runs as them); null when off or unknown. */
  turnedOnBy: string | null;
  /** The spreadsheet's time zone (an IANA name such as `Europe/Lisbon`): the check's hour is in it. */
  timeZone: string;
}

const MONITORING_OFF: MonitoringState = { on: false, turnedOnBy: null, timeZone: 'Etc/GMT' };

export function showSettingsDialog(settings: Settings, monitoring: MonitoringState = MONITORING_OFF): void {
  const template = HtmlService.createTemplateFromFile('Settings');
  template['settings'] = settings;
  template['monitoring'] = monitoring;
  const html = template
    .evaluate()
    .setSandboxMode(HtmlService.SandboxMode.IFRAME)
    .setWidth(440)
    .setHeight(760);
  SpreadsheetApp.getUi().showModalDialog(html, 'PassCompass settings');
}
