/**
 * The add-on's bundled data files, stored as HTML files of the Apps Script project. HtmlService is the one
 * service that reads a project file by name, and a file read this way costs nothing until it is asked for,
 * unlike data inside Code.js, which Apps Script evaluates on every execution.
 */
import type { Digests, ProjectFiles } from '../jobs/ports';

export const projectFiles: ProjectFiles = {
  read(name) {
    return HtmlService.createHtmlOutputFromFile(name).getContent();
  },
};

export const digests: Digests = {
  sha256Hex(text) {
    const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
    // Apps Script returns signed bytes (-128..127).
    return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
  },
};
