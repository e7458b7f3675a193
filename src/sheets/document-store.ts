/** `KeyValueStore` over the document's properties (shared by everyone using the add-on on this spreadsheet). */
import type { KeyValueStore } from '../jobs/ports';

export function documentStore(): KeyValueStore {
  const properties = PropertiesService.getDocumentProperties();
  return {
    get: (key) => properties.getProperty(key),
    set: (key, value) => {
      properties.setProperty(key, value);
    },
    remove: (key) => {
      properties.deleteProperty(key);
    },
  };
}
