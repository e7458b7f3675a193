/**
 * The local `HtmlService`: HtmlOutput and HtmlTemplate from strings or from the project's `.html` files, which
 * Apps Script names without their extension (`createHtmlOutputFromFile('Sidebar')` reads `Sidebar.html` in the
 * project directory, the folder clasp pushes).
 */
import fs from 'node:fs';
import path from 'node:path';
import type vm from 'node:vm';
import type { CallLog } from '../call-log';
import { LocalHtmlOutput, SandboxMode, XFrameOptionsMode } from './html-output';
import { LocalHtmlTemplate } from './html-template';
import type { Subset } from '../implements';

/** A string or anything with a blob whose data reads as a string. */
type HtmlSource = string | { getBlob(): { getDataAsString(): string } };

export interface LocalHtmlServiceOptions {
  calls: CallLog;
  /** The folder holding the project's `.html` files (e.g. `dist/`). */
  projectDir?: string;
  /** The `vm` context the bundle runs in, so template scriptlets see the add-on's functions and services. */
  scope?: vm.Context;
}

export class LocalHtmlService implements Subset<
  GoogleAppsScript.HTML.HtmlService,
  | 'SandboxMode'
  | 'XFrameOptionsMode'
  | 'createHtmlOutput'
  | 'createHtmlOutputFromFile'
  | 'createTemplate'
  | 'createTemplateFromFile'
> {
  readonly SandboxMode = SandboxMode;
  readonly XFrameOptionsMode = XFrameOptionsMode;
  private readonly calls: CallLog;
  private readonly projectDir: string | undefined;
  private scope: vm.Context | undefined;

  constructor(options: LocalHtmlServiceOptions) {
    this.calls = options.calls;
    this.projectDir = options.projectDir;
    this.scope = options.scope;
  }

  /**
   * Sets the `vm` context template scriptlets run in. The bundle's context is usually created after the
   * services (they are its globals), hence a setter beside the constructor option.
   */
  attachScope(scope: vm.Context): void {
    this.scope = scope;
  }

  createHtmlOutput(html?: HtmlSource): LocalHtmlOutput {
    this.calls.record('HtmlService', 'createHtmlOutput');
    return new LocalHtmlOutput(html === undefined ? '' : asText(html), this.calls);
  }

  /** @throws Error "No HTML file named <name> was found." as Apps Script does. */
  createHtmlOutputFromFile(filename: string): LocalHtmlOutput {
    this.calls.record('HtmlService', 'createHtmlOutputFromFile');
    return new LocalHtmlOutput(this.readProjectFile(filename), this.calls);
  }

  createTemplate(html: HtmlSource): LocalHtmlTemplate {
    this.calls.record('HtmlService', 'createTemplate');
    return new LocalHtmlTemplate(asText(html), this.calls, this.scope);
  }

  /** @throws Error "No HTML file named <name> was found." as Apps Script does. */
  createTemplateFromFile(filename: string): LocalHtmlTemplate {
    this.calls.record('HtmlService', 'createTemplateFromFile');
    return new LocalHtmlTemplate(this.readProjectFile(filename), this.calls, this.scope);
  }

  private readProjectFile(filename: string): string {
    const name = String(filename).replace(/\.html$/, '');
    const missing = new Error(`No HTML file named ${name} was found.`);
    if (this.projectDir === undefined) throw missing;
    const root = path.resolve(this.projectDir);
    const file = path.resolve(root, `${name}.html`);
    // A name is a project file name, never a path out of the project.
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file)) throw missing;
    return fs.readFileSync(file, 'utf8');
  }
}

function asText(source: HtmlSource): string {
  if (typeof source === 'string') return source;
  if (source !== null && typeof source === 'object' && typeof source.getBlob === 'function') {
    return source.getBlob().getDataAsString();
  }
  throw new TypeError('expected an HTML string or a BlobSource');
}
