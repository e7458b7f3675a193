/** Settings in the document's properties: one JSON value, read once per execution. */
import { type ReadSettings, type Settings, parseSettings } from '../core/settings';

const KEY = 'passcompass.settings';

export const settingsStore = {
  read(): ReadSettings {
    return parseSettings(PropertiesService.getDocumentProperties().getProperty(KEY));
  },
  write(settings: Settings): void {
    PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
  },
};
