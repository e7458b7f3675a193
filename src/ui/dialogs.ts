/** `Dialogs` over the spreadsheet's UI: a yes/no alert and a toast. */
import type { Dialogs } from '../jobs/ports';

export function spreadsheetDialogs(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): Dialogs {
  return {
    confirm(title, message) {
      const ui = SpreadsheetApp.getUi();
      return ui.alert(title, message, ui.ButtonSet.YES_NO) === ui.Button.YES;
    },
    prompt(title, message) {
      const ui = SpreadsheetApp.getUi();
      const response = ui.prompt(title, message, ui.ButtonSet.OK_CANCEL);
      return response.getSelectedButton() === ui.Button.OK ? response.getResponseText().trim() : null;
    },
    inform(title, message) {
      const ui = SpreadsheetApp.getUi();
      ui.alert(title, message, ui.ButtonSet.OK);
    },
    toast(message, title) {
      spreadsheet.toast(message, title ?? 'PassCompass');
    },
  };
}
