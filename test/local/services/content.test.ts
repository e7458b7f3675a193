import { CallLog } from '../../../src/local/call-log';
import { LocalContentService, mimeTypeString } from '../../../src/local/services/content';

function aService(): LocalContentService {
  return new LocalContentService({ calls: new CallLog() });
}

describe('LocalContentService', () => {
  test('a text output is plain text until told otherwise', () => {
    const out = aService().createTextOutput('ok');
    expect([out.getContent(), String(out.getMimeType()), mimeTypeString(out.getMimeType())]).toEqual([
      'ok',
      'TEXT',
      'text/plain',
    ]);
  });

  test('setMimeType(JSON) makes the output application/json', () => {
    const service = aService();
    const out = service.createTextOutput(JSON.stringify({ risk: 0.4 })).setMimeType(service.MimeType.JSON);
    expect(mimeTypeString(out.getMimeType())).toBe('application/json');
  });

  test('setMimeType refuses a MIME type given as a string', () => {
    const out = aService().createTextOutput();
    expect(() => out.setMimeType('application/json' as unknown as GoogleAppsScript.Content.MimeType)).toThrow(
      TypeError,
    );
  });

  test('append and clear change the content', () => {
    const out = aService().createTextOutput('a').append('b');
    expect(out.getContent()).toBe('ab');
    expect(out.clear().getContent()).toBe('');
  });

  test('downloadAsFile records the file name', () => {
    const service = aService();
    const out = service
      .createTextOutput('a,b')
      .setMimeType(service.MimeType.CSV)
      .downloadAsFile('scores.csv');
    expect([out.fileName, mimeTypeString(out.getMimeType())]).toEqual(['scores.csv', 'text/csv']);
  });
});
