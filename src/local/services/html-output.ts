/**
 * The local `HtmlOutput`: a string of HTML plus the settings Apps Script keeps beside it (title, size, sandbox
 * and X-Frame-Options modes, meta tags). `LocalUi` shows it by reading `getContent()` and `getTitle()`; tests
 * read the settings through the public fields.
 */
import type { CallLog } from '../call-log';
import { appsScriptEnum } from './enum';
import type { Subset } from '../implements';

export const SandboxMode = appsScriptEnum<typeof GoogleAppsScript.HTML.SandboxMode>([
  'EMULATED',
  'IFRAME',
  'NATIVE',
]);
export const XFrameOptionsMode = appsScriptEnum<typeof GoogleAppsScript.HTML.XFrameOptionsMode>([
  'ALLOWALL',
  'DEFAULT',
]);

/** Escapes the five characters that matter in HTML text and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export class LocalHtmlOutput implements Subset<
  GoogleAppsScript.HTML.HtmlOutput,
  | 'getContent'
  | 'setContent'
  | 'append'
  | 'appendUntrusted'
  | 'clear'
  | 'getTitle'
  | 'setTitle'
  | 'setWidth'
  | 'setHeight'
  | 'setSandboxMode'
  | 'setXFrameOptionsMode'
  | 'addMetaTag'
  | 'getMetaTags'
> {
  /** Test hooks: the settings as last set (null when never set). */
  width: number | null = null;
  height: number | null = null;
  sandboxMode: GoogleAppsScript.HTML.SandboxMode = SandboxMode.IFRAME;
  xFrameOptionsMode: GoogleAppsScript.HTML.XFrameOptionsMode = XFrameOptionsMode.DEFAULT;
  private readonly metaTags: { name: string; content: string }[] = [];
  private title = '';

  constructor(
    private content: string,
    private readonly calls: CallLog,
  ) {}

  getContent(): string {
    this.calls.record('HtmlService', 'HtmlOutput.getContent');
    return this.content;
  }

  setContent(content: string): this {
    this.calls.record('HtmlService', 'HtmlOutput.setContent');
    this.content = String(content);
    return this;
  }

  /** Appends trusted HTML as is. */
  append(addedContent: string): this {
    this.calls.record('HtmlService', 'HtmlOutput.append');
    this.content += String(addedContent);
    return this;
  }

  /** Appends text, HTML-escaped, as Apps Script does for content from an untrusted source. */
  appendUntrusted(addedContent: string): this {
    this.calls.record('HtmlService', 'HtmlOutput.appendUntrusted');
    this.content += escapeHtml(String(addedContent));
    return this;
  }

  clear(): this {
    this.calls.record('HtmlService', 'HtmlOutput.clear');
    this.content = '';
    return this;
  }

  getTitle(): string {
    this.calls.record('HtmlService', 'HtmlOutput.getTitle');
    return this.title;
  }

  setTitle(title: string): this {
    this.calls.record('HtmlService', 'HtmlOutput.setTitle');
    this.title = String(title);
    return this;
  }

  /** @throws RangeError unless `width` is a non-negative integer (pixels). */
  setWidth(width: number): this {
    this.calls.record('HtmlService', 'HtmlOutput.setWidth');
    this.width = pixels(width, 'setWidth');
    return this;
  }

  /** @throws RangeError unless `height` is a non-negative integer (pixels). */
  setHeight(height: number): this {
    this.calls.record('HtmlService', 'HtmlOutput.setHeight');
    this.height = pixels(height, 'setHeight');
    return this;
  }

  /** Recorded only: Apps Script now always uses IFRAME, whatever is set. */
  setSandboxMode(mode: GoogleAppsScript.HTML.SandboxMode): this {
    this.calls.record('HtmlService', 'HtmlOutput.setSandboxMode');
    if (!Object.values(SandboxMode).includes(mode))
      throw new TypeError('setSandboxMode needs an HtmlService.SandboxMode');
    this.sandboxMode = mode;
    return this;
  }

  setXFrameOptionsMode(mode: GoogleAppsScript.HTML.XFrameOptionsMode): this {
    this.calls.record('HtmlService', 'HtmlOutput.setXFrameOptionsMode');
    if (!Object.values(XFrameOptionsMode).includes(mode)) {
      throw new TypeError('setXFrameOptionsMode needs an HtmlService.XFrameOptionsMode');
    }
    this.xFrameOptionsMode = mode;
    return this;
  }

  addMetaTag(name: string, content: string): this {
    this.calls.record('HtmlService', 'HtmlOutput.addMetaTag');
    this.metaTags.push({ name: String(name), content: String(content) });
    return this;
  }

  getMetaTags(): { getName(): string; getContent(): string }[] {
    this.calls.record('HtmlService', 'HtmlOutput.getMetaTags');
    return this.metaTags.map((tag) => ({ getName: () => tag.name, getContent: () => tag.content }));
  }
}

function pixels(value: number, method: string): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`HtmlOutput.${method} needs a whole number of pixels, got ${value}`);
  return value;
}
