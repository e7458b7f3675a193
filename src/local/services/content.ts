/**
 * The local `ContentService`: text outputs (what a web app's `doPost` returns) with their MIME type. The
 * `MimeType` values carry Apps Script's names; `mimeTypeString` gives the HTTP content type each stands for.
 */
import type { CallLog } from '../call-log';
import { appsScriptEnum } from './enum';
import type { Subset } from '../implements';

type MimeType = GoogleAppsScript.Content.MimeType;

export const ContentMimeType = appsScriptEnum<typeof GoogleAppsScript.Content.MimeType>([
  'ATOM',
  'CSV',
  'ICAL',
  'JAVASCRIPT',
  'JSON',
  'RSS',
  'TEXT',
  'VCARD',
  'XML',
]);

const CONTENT_TYPES: Record<keyof typeof GoogleAppsScript.Content.MimeType, string> = {
  ATOM: 'application/atom+xml',
  CSV: 'text/csv',
  ICAL: 'text/calendar',
  JAVASCRIPT: 'application/javascript',
  JSON: 'application/json',
  RSS: 'application/rss+xml',
  TEXT: 'text/plain',
  VCARD: 'text/vcard',
  XML: 'text/xml',
};

/** The HTTP content type a `ContentService.MimeType` stands for, e.g. JSON → "application/json". */
export function mimeTypeString(mimeType: MimeType): string {
  return CONTENT_TYPES[String(mimeType) as keyof typeof CONTENT_TYPES];
}

export class LocalContentService implements Subset<
  GoogleAppsScript.Content.ContentService,
  'MimeType' | 'createTextOutput'
> {
  readonly MimeType = ContentMimeType;

  constructor(private readonly options: { calls: CallLog }) {}

  /** A text output, plain text until `setMimeType` says otherwise. */
  createTextOutput(content = ''): LocalTextOutput {
    this.options.calls.record('ContentService', 'createTextOutput');
    return new LocalTextOutput(String(content), this.options.calls);
  }
}

export class LocalTextOutput implements Subset<
  GoogleAppsScript.Content.TextOutput,
  'getContent' | 'setContent' | 'append' | 'clear' | 'getMimeType' | 'setMimeType' | 'downloadAsFile'
> {
  /** Test hook: the download file name set by `downloadAsFile`, or null. */
  fileName: string | null = null;
  private mimeType: MimeType = ContentMimeType.TEXT;

  constructor(
    private content: string,
    private readonly calls: CallLog,
  ) {}

  getContent(): string {
    this.calls.record('ContentService', 'TextOutput.getContent');
    return this.content;
  }

  setContent(content: string): this {
    this.calls.record('ContentService', 'TextOutput.setContent');
    this.content = String(content);
    return this;
  }

  append(addedContent: string): this {
    this.calls.record('ContentService', 'TextOutput.append');
    this.content += String(addedContent);
    return this;
  }

  clear(): this {
    this.calls.record('ContentService', 'TextOutput.clear');
    this.content = '';
    return this;
  }

  getMimeType(): MimeType {
    this.calls.record('ContentService', 'TextOutput.getMimeType');
    return this.mimeType;
  }

  /** @throws TypeError unless `mimeType` is a `ContentService.MimeType` (a string like "application/json" is not). */
  setMimeType(mimeType: MimeType): this {
    this.calls.record('ContentService', 'TextOutput.setMimeType');
    if (!Object.values(ContentMimeType).includes(mimeType)) {
      throw new TypeError(`setMimeType needs a ContentService.MimeType, got ${String(mimeType)}`);
    }
    this.mimeType = mimeType;
    return this;
  }

  /** Makes the browser download the content as `filename` instead of showing it. */
  downloadAsFile(filename: string): this {
    this.calls.record('ContentService', 'TextOutput.downloadAsFile');
    this.fileName = String(filename);
    return this;
  }
}
