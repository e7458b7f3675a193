/**
 * The local `HtmlTemplate`. Like Apps Script, it compiles the template to a function and runs it on
 * `evaluate()`: text is copied, `<? code ?>` runs, `<?= expr ?>` prints with contextual escaping (HTML-escaped,
 * or as a JavaScript literal inside a `<script>` element) and `<?!= expr ?>` prints as is. Properties assigned
 * to the template (`template.rows = ...`) are variables inside the scriptlets. With a `vm` context (the one the
 * bundle runs in), the compiled function lives there, so scriptlets can call the add-on's own functions.
 */
import vm from 'node:vm';
import type { CallLog } from '../call-log';
import { escapeHtml, LocalHtmlOutput } from './html-output';
import type { Subset } from '../implements';

interface TemplateInternals {
  raw: string;
  code: string;
  calls: CallLog;
  scope: vm.Context | undefined;
}

/** Kept outside the instance so that assigned template variables can never collide with internal fields. */
const internals = new WeakMap<LocalHtmlTemplate, TemplateInternals>();

export class LocalHtmlTemplate implements Subset<
  GoogleAppsScript.HTML.HtmlTemplate,
  'evaluate' | 'getCode' | 'getRawContent'
> {
  [variable: string]: unknown;

  constructor(raw: string, calls: CallLog, scope?: vm.Context) {
    internals.set(this, { raw, code: compileTemplate(raw), calls, scope });
  }

  /**
   * Runs the template with its assigned properties as variables.
   * @throws whatever a scriptlet throws, and SyntaxError for scriptlets that do not form valid JavaScript.
   */
  evaluate(): LocalHtmlOutput {
    const { code, calls, scope } = self(this);
    calls.record('HtmlService', 'HtmlTemplate.evaluate');
    const names = Object.keys(this).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const source = `(function (__print, __raw, ${names.join(', ')}) {\n${code}\n})`;
    const run = (scope === undefined ? vm.runInThisContext(source) : vm.runInContext(source, scope)) as (
      ...args: unknown[]
    ) => string;
    return new LocalHtmlOutput(run(printEscaped, printRaw, ...names.map((name) => this[name])), calls);
  }

  /** The JavaScript the template compiles to (Apps Script's own differs in detail, not in kind). */
  getCode(): string {
    const { code, calls } = self(this);
    calls.record('HtmlService', 'HtmlTemplate.getCode');
    return code;
  }

  getRawContent(): string {
    const { raw, calls } = self(this);
    calls.record('HtmlService', 'HtmlTemplate.getRawContent');
    return raw;
  }
}

function self(template: LocalHtmlTemplate): TemplateInternals {
  const found = internals.get(template);
  if (found === undefined) throw new TypeError('not a LocalHtmlTemplate');
  return found;
}

/**
 * Compiles template text to the body of a function that returns the page. Whether a printing scriptlet sits
 * inside a `<script>` element is decided from the template text before it, as a contextual escaper does.
 */
export function compileTemplate(raw: string): string {
  const lines = ["var __out = '';"];
  const scriptlet = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let textSoFar = '';
  let last = 0;
  for (let match = scriptlet.exec(raw); match !== null; match = scriptlet.exec(raw)) {
    const text = raw.slice(last, match.index);
    textSoFar += text;
    if (text !== '') lines.push(`__out += ${JSON.stringify(text)};`);
    const [, kind, body = ''] = match;
    const expression = body.trim().replace(/;+$/, '');
    if (kind === undefined) lines.push(body);
    else if (kind === '!=') lines.push(`__out += __raw((${expression}));`);
    else lines.push(`__out += __print((${expression}), ${insideScript(textSoFar)});`);
    last = scriptlet.lastIndex;
  }
  const rest = raw.slice(last);
  if (rest !== '') lines.push(`__out += ${JSON.stringify(rest)};`);
  lines.push('return __out;');
  return lines.join('\n');
}

function insideScript(textBefore: string): boolean {
  const lower = textBefore.toLowerCase();
  return lower.lastIndexOf('<script') > lower.lastIndexOf('</script');
}

function printRaw(value: unknown): string {
  return String(value);
}

/** `<?= ?>`: HTML-escaped text, or a JavaScript literal that cannot close the script element. */
function printEscaped(value: unknown, inScript: boolean): string {
  if (!inScript) return escapeHtml(String(value));
  const literal = JSON.stringify(value) ?? 'undefined';
  return literal
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
