import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { CallLog } from '../../../src/local/call-log';
import { LocalHtmlService } from '../../../src/local/services/html';

function aService(options: { projectDir?: string; scope?: vm.Context } = {}): LocalHtmlService {
  return new LocalHtmlService({ calls: new CallLog(), ...options });
}

function render(template: string, variables: Record<string, unknown> = {}): string {
  const t = aService().createTemplate(template);
  Object.assign(t, variables);
  return t.evaluate().getContent();
}

describe('LocalHtmlService templates', () => {
  test('a printing scriptlet escapes HTML', () => {
    expect(render("<p><?= '<b>' ?></p>")).toBe('<p>&lt;b&gt;</p>');
  });

  test('a printing scriptlet escapes quotes inside attributes', () => {
    expect(render('<input value="<?= name ?>">', { name: '"x" onfocus=\'y\'' })).toBe(
      '<input value="&quot;x&quot; onfocus=&#39;y&#39;">',
    );
  });

  test('a force-printing scriptlet prints HTML as is', () => {
    expect(render("<?!= '<b>bold</b>' ?>")).toBe('<b>bold</b>');
  });

  test('standard scriptlets control what is printed', () => {
    expect(
      render('<ul><? for (var i = 0; i < rows.length; i++) { ?><li><?= rows[i] ?></li><? } ?></ul>', {
        rows: ['a', 'b'],
      }),
    ).toBe('<ul><li>a</li><li>b</li></ul>');
  });

  test('inside a script element a printing scriptlet gives a JavaScript literal that cannot close the element', () => {
    expect(render('<script>var data = <?= value ?>;</script>', { value: { name: '</script><b>' } })).toBe(
      '<script>var data = {"name":"\\u003c/script\\u003e\\u003cb\\u003e"};</script>',
    );
  });

  test('after a script element closes, printing escapes HTML again', () => {
    expect(render("<script>var a = 1;</script><p><?= '<i>' ?></p>")).toBe(
      '<script>var a = 1;</script><p>&lt;i&gt;</p>',
    );
  });

  test('scriptlets can call functions of the vm context they run in', () => {
    const scope = vm.createContext({});
    vm.runInContext("function include(name) { return '<style>/*' + name + '*/</style>'; }", scope);
    const t = aService({ scope }).createTemplate("<?!= include('styles') ?>");
    expect(t.evaluate().getContent()).toBe('<style>/*styles*/</style>');
  });

  test('getCode shows the compiled function body', () => {
    expect(aService().createTemplate('a<?= x ?>').getCode()).toContain('__print((x), false)');
  });
});

describe('LocalHtmlService files and outputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passcompass-html-'));
    fs.writeFileSync(path.join(dir, 'Sidebar.html'), '<h1><?= title ?></h1>');
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('createHtmlOutputFromFile reads <name>.html from the project folder', () => {
    expect(aService({ projectDir: dir }).createHtmlOutputFromFile('Sidebar').getContent()).toBe(
      '<h1><?= title ?></h1>',
    );
  });

  test('createTemplateFromFile evaluates the file', () => {
    const t = aService({ projectDir: dir }).createTemplateFromFile('Sidebar');
    t.title = 'Risk & reasons';
    expect(t.evaluate().getContent()).toBe('<h1>Risk &amp; reasons</h1>');
  });

  test('a missing file throws the Apps Script message', () => {
    expect(() => aService({ projectDir: dir }).createHtmlOutputFromFile('Dialog')).toThrow(
      'No HTML file named Dialog was found.',
    );
  });

  test('a file name cannot reach outside the project folder', () => {
    expect(() =>
      aService({ projectDir: path.join(dir, 'sub') }).createHtmlOutputFromFile('../Sidebar'),
    ).toThrow(/No HTML file/);
  });

  test('HtmlOutput keeps its title, size and modes', () => {
    const service = aService();
    const out = service
      .createHtmlOutput('<p>x</p>')
      .setTitle('PassCompass')
      .setWidth(300)
      .setHeight(200)
      .setSandboxMode(service.SandboxMode.IFRAME)
      .setXFrameOptionsMode(service.XFrameOptionsMode.ALLOWALL);
    expect([
      out.getTitle(),
      out.width,
      out.height,
      String(out.sandboxMode),
      String(out.xFrameOptionsMode),
    ]).toEqual(['PassCompass', 300, 200, 'IFRAME', 'ALLOWALL']);
  });

  test('append adds HTML as is and appendUntrusted escapes it', () => {
    const out = aService().createHtmlOutput('<p>').append('<b>').appendUntrusted('<i>');
    expect(out.getContent()).toBe('<p><b>&lt;i&gt;');
  });

  test('setWidth rejects a fractional width', () => {
    expect(() => aService().createHtmlOutput().setWidth(10.5)).toThrow(RangeError);
  });
});
