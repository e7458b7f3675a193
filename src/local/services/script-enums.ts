/**
 * The enums of `ScriptApp`, as module-level singletons so that every part of the local runtime hands out the
 * same objects: the `e.authMode` of an `onOpen` event built by the spreadsheet runtime must be the very object
 * the add-on compares with `ScriptApp.AuthMode.NONE`.
 */
import { appsScriptEnum } from './enum';

export const AuthMode = appsScriptEnum<typeof GoogleAppsScript.Script.AuthMode>([
  'NONE',
  'CUSTOM_FUNCTION',
  'LIMITED',
  'FULL',
]);

export const TriggerSource = appsScriptEnum<typeof GoogleAppsScript.Script.TriggerSource>([
  'SPREADSHEETS',
  'CLOCK',
  'FORMS',
  'DOCUMENTS',
  'CALENDAR',
]);

export const EventType = appsScriptEnum<typeof GoogleAppsScript.Script.EventType>([
  'CLOCK',
  'ON_OPEN',
  'ON_EDIT',
  'ON_FORM_SUBMIT',
  'ON_CHANGE',
  'ON_EVENT_UPDATED',
]);

export const WeekDay = appsScriptEnum<typeof GoogleAppsScript.Base.Weekday>([
  'SUNDAY',
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
]);

export const InstallationSource = appsScriptEnum<typeof GoogleAppsScript.Script.InstallationSource>([
  'APPS_MARKETPLACE_DOMAIN_ADD_ON',
  'NONE',
  'WEB_STORE_ADD_ON',
]);
