import { DEFAULT_SETTINGS, parseSettings, validateSettings } from '../../src/core/settings';

describe('settings: equityGapLimit', () => {
  it('accepts 10 points by default', () => {
    expect(DEFAULT_SETTINGS.equityGapLimit).toBe(0.1);
  });

  it('takes a share from 0 to 1, fractions included, as a number or text', () => {
    expect(validateSettings({ equityGapLimit: 0.05 })).toMatchObject({
      settings: { equityGapLimit: 0.05 },
      problems: [],
    });
    expect(validateSettings({ equityGapLimit: '0.15' }).settings.equityGapLimit).toBe(0.15);
  });

  it.each([[1.5], [-0.1], ['ten'], [null]])(
    'refuses %p, naming the setting and the default used',
    (value) => {
      expect(validateSettings({ equityGapLimit: value })).toMatchObject({
        settings: { equityGapLimit: 0.1 },
        problems: ['equityGapLimit must be a number from 0 to 1; using 0.1.'],
      });
    },
  );
});

describe('settings: leaveOutAttributes', () => {
  it('leaves nothing out by default, with a list of its own', () => {
    expect(DEFAULT_SETTINGS.leaveOutAttributes).toEqual([]);
    parseSettings(null).settings.leaveOutAttributes.push('sex');
    expect(DEFAULT_SETTINGS.leaveOutAttributes).toEqual([]);
  });

  it('takes a list or a text of the six sensitive attributes, any case, once each, in a fixed order', () => {
    expect(validateSettings({ leaveOutAttributes: ['Fedu', 'sex', 'SEX'] })).toMatchObject({
      settings: { leaveOutAttributes: ['sex', 'Fedu'] },
      problems: [],
    });
    expect(
      validateSettings({ leaveOutAttributes: 'medu, course;address' }).settings.leaveOutAttributes,
    ).toEqual(['address', 'Medu', 'course']);
    expect(validateSettings({ leaveOutAttributes: '' }).settings.leaveOutAttributes).toEqual([]);
  });

  it('refuses the whole setting for a name it does not know, naming the setting, the name and the choices', () => {
    const { settings, problems } = validateSettings({ leaveOutAttributes: ['sex', 'age'] });
    expect(settings.leaveOutAttributes).toEqual([]);
    expect(problems).toEqual([
      'leaveOutAttributes: "age" is not one of the sensitive attributes that can be left out (sex, address, school, Medu, Fedu, course); leaving none out.',
    ]);
    expect(validateSettings({ leaveOutAttributes: ['G1', 3] }).problems[0]).toMatch(
      /^leaveOutAttributes: "G1", 3 are not among the sensitive attributes/,
    );
  });

  it('refuses a value that is neither a list nor a text', () => {
    expect(validateSettings({ leaveOutAttributes: 7 }).problems).toEqual([
      'leaveOutAttributes must be a list of attributes (sex, address, school, Medu, Fedu, course); leaving none out.',
    ]);
  });

  it('reads back what it stores', () => {
    const { settings } = validateSettings({ leaveOutAttributes: ['sex', 'address'], equityGapLimit: 0.2 });
    expect(parseSettings(JSON.stringify(settings))).toEqual({ settings, problems: [] });
  });
});
