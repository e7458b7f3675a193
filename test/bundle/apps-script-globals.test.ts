import { runInContext } from 'node:vm';
import { startAddOn } from '../../src/local/bundle';

// Apps Script's V8 has no timers, fetch, URL, TextEncoder, atob or WebCrypto. The local runtime's context has none
// either, so every bundle test also proves the add-on does without them (for example, pseudonyms hash in plain JS).
describe('the context the bundle runs in', () => {
  it.each([
    'setTimeout',
    'setInterval',
    'fetch',
    'URL',
    'TextEncoder',
    'TextDecoder',
    'atob',
    'btoa',
    'crypto',
    'require',
    'process',
    'Buffer',
  ])('has no %s, as in Apps Script', (name) => {
    const { runtime } = startAddOn();
    expect(runInContext(`typeof ${name}`, runtime.context)).toBe('undefined');
  });

  it('has the Apps Script services under their real names', () => {
    const { runtime } = startAddOn();
    for (const name of [
      'SpreadsheetApp',
      'PropertiesService',
      'LockService',
      'ScriptApp',
      'MailApp',
      'HtmlService',
      'Utilities',
    ]) {
      expect(runInContext(`typeof ${name}`, runtime.context)).toBe('object');
    }
  });
});
