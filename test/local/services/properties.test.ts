import { CallLog } from '../../../src/local/call-log';
import {
  LocalPropertiesService,
  PROPERTY_STORE_LIMIT_BYTES,
  PROPERTY_VALUE_LIMIT_BYTES,
} from '../../../src/local/services/properties';

function aService(options: { container?: boolean } = {}): LocalPropertiesService {
  return new LocalPropertiesService({ calls: new CallLog(), ...options });
}

describe('LocalPropertiesService', () => {
  test('non-string values are stored as their String() form, as Apps Script does', () => {
    const props = aService().getScriptProperties();
    props
      .setProperty('count', 42 as unknown as string)
      .setProperty('settings', { a: 1 } as unknown as string);
    expect([props.getProperty('count'), props.getProperty('settings')]).toEqual(['42', '[object Object]']);
  });

  test('a missing property reads as null', () => {
    expect(aService().getUserProperties().getProperty('nothing')).toBeNull();
  });

  test('getProperties returns a copy, not a live view', () => {
    const props = aService().getScriptProperties().setProperty('a', '1');
    const copy = props.getProperties();
    copy.a = 'changed';
    expect(props.getProperty('a')).toBe('1');
  });

  test('a value of exactly 9 KB is accepted', () => {
    const props = aService().getScriptProperties();
    props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES));
    expect(props.getProperty('big')?.length).toBe(9216);
  });

  test('a value over 9 KB is rejected and not stored', () => {
    const props = aService().getScriptProperties();
    expect(() => props.setProperty('big', 'x'.repeat(PROPERTY_VALUE_LIMIT_BYTES + 1))).toThrow(
      /Argument too large: value/,
    );
    expect(props.getProperty('big')).toBeNull();
  });

  test('the 9 KB limit counts UTF-8 bytes, not characters', () => {
    const props = aService().getScriptProperties();
    expect(() => props.setProperty('accents', 'é'.repeat(5000))).toThrow(RangeError);
  });

  test('a write that takes the store past 500 KB is rejected and the store keeps its content', () => {
    const props = aService().getDocumentProperties();
    if (props === null) throw new Error('expected document properties');
    const value = 'y'.repeat(9000);
    let written = 0;
    expect(() => {
      for (;;) {
        props.setProperty(`k${written}`, value);
        written += 1;
      }
    }).toThrow('You have exceeded the property storage quota. Please remove some properties and try again.');
    // 10 × (2 + 9000) + 46 × (3 + 9000) = 504,158 bytes ≤ 512,000; a 57th value would make 513,161.
    expect(written).toBe(56);
    expect(props.getKeys()).toHaveLength(56);
    expect(props.bytesUsed()).toBeLessThanOrEqual(PROPERTY_STORE_LIMIT_BYTES);
  });

  test('setProperties with deleteAllOthers replaces the whole store', () => {
    const props = aService().getUserProperties().setProperties({ a: '1', b: '2' });
    props.setProperties({ c: '3' }, true);
    expect(props.getProperties()).toEqual({ c: '3' });
  });

  test('setProperties saves nothing when one value is too large', () => {
    const props = aService().getUserProperties();
    expect(() => props.setProperties({ small: 'ok', big: 'z'.repeat(10_000) })).toThrow(RangeError);
    expect(props.getKeys()).toEqual([]);
  });

  test('deleteProperty and deleteAllProperties remove keys', () => {
    const props = aService().getScriptProperties().setProperties({ a: '1', b: '2', c: '3' });
    props.deleteProperty('a');
    expect(props.getKeys()).toEqual(['b', 'c']);
    props.deleteAllProperties();
    expect(props.getKeys()).toEqual([]);
  });

  test('the document, script and user stores are separate', () => {
    const service = aService();
    service.getScriptProperties().setProperty('k', 'script');
    expect([
      service.getDocumentProperties()?.getProperty('k'),
      service.getUserProperties().getProperty('k'),
    ]).toEqual([null, null]);
  });

  test('document properties are null outside a container', () => {
    expect(aService({ container: false }).getDocumentProperties()).toBeNull();
  });

  test('each call is counted under PropertiesService', () => {
    const calls = new CallLog();
    const props = new LocalPropertiesService({ calls }).getScriptProperties();
    props.setProperty('a', '1');
    props.getProperty('a');
    expect(calls.snapshot()).toEqual({
      'PropertiesService.Properties.getProperty': 1,
      'PropertiesService.Properties.setProperty': 1,
      'PropertiesService.getScriptProperties': 1,
    });
  });
});
