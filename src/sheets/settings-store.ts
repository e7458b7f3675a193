/** Settings in the document's properties: one JSON value, read once per execution. */
import { type ReadSettings, type Settings, parseSettings, validateSettings } from '../core/settings';

const KEY = 'passcompass.settings';

export const settingsStore = {
  read(): ReadSettings {
    return parseSettings(PropertiesService.getDocumentProperties().getProperty(KEY));
  },
  write(settings: Settings): void {
    PropertiesService.getDocumentProperties().setProperty(KEY, JSON.stringify(settings));
  },
  /** Saves `raw` (from the settings dialog) only when every value is valid; otherwise says what is wrong. */
  save(raw: Record<string, unknown>): { saved: boolean; problems: string[] } {
    const { settings, problems } = validateSettings(raw);
    if (problems.length > 0) return { saved: false, problems };
    settingsStore.write(settings);
    return { saved: true, problems: [] };
  },
};
