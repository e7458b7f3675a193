/**
 * The web app's side of PassCompass (README, "Web API"): `doPost` predictions, `doGet` health, and the token
 * that guards them. Only a script bound to the spreadsheet can be deployed as a web app, so only its menu offers
 * the token (`ui/menu.ts`, `BOUND_ONLY_MENU`). The pure request checks are in `core/api/`, the job in
 * `jobs/predict-api.ts`; this module wires them to the Apps Script services.
 */
import { INFERENCE_LOG_SHEET, activeSpreadsheet } from './active-spreadsheet';
import { constantTimeEqual, newToken } from './core/api/constant-time-equal';
import { parseBody, readStudents, tokenInBody } from './core/api/predict-request';
import { DataError } from './core/errors';
import { health, predictStudents } from './jobs/predict-api';
import { ALIASES_SHEET, ALIAS_HEADER, VERSIONS_SHEET, VERSION_HEADER } from './jobs/registry';
import { LOG_HEADER } from './jobs/score/inference-log';
import { documentStore } from './sheets/document-store';
import { withDocumentLock } from './sheets/document-lock';
import { SheetOwnership } from './sheets/ownership';
import { digests } from './sheets/project-files';
import { SpreadsheetRecordSheet } from './sheets/record-sheet';
import { settingsStore } from './sheets/settings-store';

/** The web API's token, in the script's properties (only the script's owner and editors can read them). */
const API_TOKEN_KEY = 'passcompass.webApiToken';
/**
 * The spreadsheet's id, kept with the token: a bound script run as a web app has no active spreadsheet
 * (getActiveSpreadsheet() is among the bound script's methods that are not available to a web app,
 * developers.google.com/apps-script/guides/bound), so the web app opens its container by id, which the
 * `spreadsheets.currentonly` scope allows for the file the script belongs to.
 */
const API_SPREADSHEET_KEY = 'passcompass.webApiSpreadsheetId';

/** The spreadsheet the web app serves: the one whose menu made the token. @throws DataError before a token. */
function servedSpreadsheet(): GoogleAppsScript.Spreadsheet.Spreadsheet {
  const id = PropertiesService.getScriptProperties().getProperty(API_SPREADSHEET_KEY);
  if (!id) throw new DataError('The web API is off: create a token with PassCompass ▸ Web API token….');
  return SpreadsheetApp.openById(id);
}

export type WebAppEvent = Pick<GoogleAppsScript.Events.DoPost, 'parameter'> &
  Partial<Pick<GoogleAppsScript.Events.DoPost, 'postData'>>;

/** A JSON answer. A web app cannot set an HTTP status: errors are told by an `error` field. */
export function jsonOutput(value: unknown): GoogleAppsScript.Content.TextOutput {
  return ContentService.createTextOutput(JSON.stringify(value)).setMimeType(ContentService.MimeType.JSON);
}

/** What the web API reads and writes: the registry and the inference log of this spreadsheet, no UI. */
function apiServices() {
  const spreadsheet = servedSpreadsheet();
  const store = documentStore();
  // A web app has no UI: a renamed sheet is noted nowhere rather than toasted.
  const owned = new SheetOwnership(spreadsheet, store, () => undefined);
  const record = (name: string, header: readonly string[]) =>
    new SpreadsheetRecordSheet(spreadsheet, owned.sheet(name, header), header);
  return {
    versions: record(VERSIONS_SHEET, [...VERSION_HEADER]),
    aliases: record(ALIASES_SHEET, [...ALIAS_HEADER]),
    log: () => record(INFERENCE_LOG_SHEET, LOG_HEADER),
    store,
    digests,
  };
}

/**
 * `doPost`: predictions for the students in the body (see core/api/predict-request.ts and README "Web API").
 * The token comes in the body's `token` field or the `token` query parameter (a web app cannot read request
 * headers). Every failure is a JSON `error`, never a thrown error, so a caller always gets JSON back.
 */
export function answerPredictRequest(event: WebAppEvent | undefined) {
  try {
    const body = parseBody(event?.postData?.contents);
    if (!body.ok) return { error: 'The request is not valid.', problems: body.problems };
    const expected = PropertiesService.getScriptProperties().getProperty(API_TOKEN_KEY);
    if (!expected) return { error: 'The web API is off: create a token with PassCompass ▸ Web API token….' };
    const given = tokenInBody(body.value) ?? event?.parameter?.['token'] ?? '';
    if (!constantTimeEqual(String(given), expected)) return { error: 'The token is missing or wrong.' };
    const students = readStudents(body.value);
    if (!students.ok) return { error: 'The request is not valid.', problems: students.problems };
    return withDocumentLock(() => {
      // Under the lock: finding (or making) PassCompass's sheets must not race a scoring run.
      const deps = apiServices();
      return predictStudents(
        {
          ...deps,
          log: deps.log(),
          settings: settingsStore.read().settings,
          now: () => new Date(),
          uuid: () => Utilities.getUuid(),
        },
        students.value,
      );
    });
  } catch (error) {
    // Expected failures (no champion, the lock busy) are told as they are; anything else without internals.
    if (error instanceof DataError) return { error: error.message };
    Logger.log(
      `PassCompass web API: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return {
      error: 'PassCompass could not answer this request; the script owner can see why in the executions log.',
    };
  }
}

/** Web API token…: makes a new token (the old one stops working), keeps it, and shows it once. */
export function createWebApiToken(): void {
  const ui = SpreadsheetApp.getUi();
  const token = newToken(() => Utilities.getUuid());
  PropertiesService.getScriptProperties().setProperties({
    [API_TOKEN_KEY]: token,
    [API_SPREADSHEET_KEY]: activeSpreadsheet().getId(),
  });
  ui.alert(
    'PassCompass: web API token',
    `The new token is:\n\n${token}\n\nCopy it now: PassCompass does not show it again. Any earlier token ` +
      'no longer works. Callers send it as "token" in the JSON body (see the README, "Web API").',
    ui.ButtonSet.OK,
  );
}

/** `doGet`: health, the champion's version and metrics; never student data. */
export function answerHealthRequest(): GoogleAppsScript.Content.TextOutput {
  try {
    return jsonOutput(health(apiServices()));
  } catch (error) {
    if (error instanceof DataError) return jsonOutput({ status: 'off', error: error.message });
    Logger.log(
      `PassCompass web API: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return jsonOutput({ status: 'error', error: 'PassCompass could not read its model registry.' });
  }
}
