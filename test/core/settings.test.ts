import {
  DEFAULT_SETTINGS,
  MAX_ALERT_RECIPIENTS,
  isEmailAddress,
  parseSettings,
  validateSettings,
} from '../../src/core/settings';

describe('settings: defaults', () => {
  it('monitors at 07:00 and emails no one until recipients are set', () => {
    expect(DEFAULT_SETTINGS.alertRecipients).toEqual([]);
    expect(DEFAULT_SETTINGS.monitoringHour).toBe(7);
    expect(parseSettings(null)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('hands out a list of its own, so a caller cannot change the defaults through it', () => {
    parseSettings(null).settings.alertRecipients.push('a@school.org');
    validateSettings({}).settings.alertRecipients.push('b@school.org');
    expect(DEFAULT_SETTINGS.alertRecipients).toEqual([]);
    expect(parseSettings('not json').settings.alertRecipients).toEqual([]);
  });

  it('reads settings saved before the monitoring settings existed, with their defaults', () => {
    const { settings, problems } = parseSettings(JSON.stringify({ passMark: 12, capacity: 40 }));
    expect(problems).toEqual([]);
    expect(settings).toMatchObject({ passMark: 12, capacity: 40, alertRecipients: [], monitoringHour: 7 });
  });

  it('reads back what it stores', () => {
    const { settings } = validateSettings({
      alertRecipients: 'a@school.org, b@school.org',
      monitoringHour: 18,
    });
    expect(parseSettings(JSON.stringify(settings))).toEqual({ settings, problems: [] });
  });
});

describe('settings: alertRecipients', () => {
  const recipients = (value: unknown) => validateSettings({ alertRecipients: value });

  it('takes a list of addresses, trimmed, in order', () => {
    expect(recipients([' head.of.year@school.org ', 'ana.costa@school.org'])).toEqual({
      settings: expect.objectContaining({
        alertRecipients: ['head.of.year@school.org', 'ana.costa@school.org'],
      }) as unknown,
      problems: [],
    });
  });

  it.each([
    ['commas', 'a@school.org,b@school.org'],
    ['semicolons', 'a@school.org; b@school.org'],
    ['spaces', 'a@school.org   b@school.org'],
    ['new lines', 'a@school.org\nb@school.org\r\n'],
    ['a mix, with blank lines', '\n a@school.org ,;\n\n\tb@school.org,'],
  ])('takes one text separated by %s', (_, text) => {
    expect(recipients(text)).toEqual({
      settings: expect.objectContaining({ alertRecipients: ['a@school.org', 'b@school.org'] }) as unknown,
      problems: [],
    });
  });

  it('gives the same list from a text and from an array', () => {
    const list = ['a@school.org', 'b@school.org', 'c@school.org'];
    expect(recipients(list.join('\n'))).toEqual(recipients(list));
  });

  it('treats an empty text or list as no recipients, without a problem', () => {
    for (const empty of ['', '  \n ', [], ['', '  ']]) {
      expect(recipients(empty)).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    }
  });

  it('keeps each address once, ignoring case, with the spelling first given', () => {
    expect(
      recipients('Ana.Costa@School.org, b@school.org, ana.costa@school.org, ANA.COSTA@SCHOOL.ORG').settings
        .alertRecipients,
    ).toEqual(['Ana.Costa@School.org', 'b@school.org']);
  });

  it('leaves out an invalid address, naming it, and keeps the valid ones', () => {
    expect(recipients('a@school.org, x@, b@school.org')).toEqual({
      settings: expect.objectContaining({ alertRecipients: ['a@school.org', 'b@school.org'] }) as unknown,
      problems: ['alertRecipients: "x@" is not an email address; it is left out.'],
    });
  });

  it('names each invalid address once, in the order given, and anything that is not text', () => {
    expect(recipients(['x@', 'ana@school', 'x@', 7, null, 'a@school.org']).problems).toEqual([
      'alertRecipients: "x@" is not an email address; it is left out.',
      'alertRecipients: "ana@school" is not an email address; it is left out.',
      'alertRecipients: 7 is not an email address; it is left out.',
      'alertRecipients: null is not an email address; it is left out.',
    ]);
  });

  it('cuts a long wrong entry short in its problem', () => {
    const [problem] = recipients('x'.repeat(500)).problems;
    expect(problem).toBe(`alertRecipients: "${'x'.repeat(57)}…" is not an email address; it is left out.`);
  });

  it('refuses a value that is neither a text nor a list, using none', () => {
    for (const value of [42, null, true, { to: 'a@school.org' }]) {
      expect(recipients(value)).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: ['alertRecipients must be email addresses separated by commas or new lines; using none.'],
      });
    }
  });

  it(`keeps at most ${MAX_ALERT_RECIPIENTS} addresses (duplicates do not count) and says how many were left out`, () => {
    const addresses = (n: number) => Array.from({ length: n }, (_, i) => `teacher${i + 1}@school.org`);
    const twenty = [...addresses(MAX_ALERT_RECIPIENTS), 'TEACHER1@school.org'];
    expect(recipients(twenty)).toEqual({
      settings: expect.objectContaining({ alertRecipients: addresses(MAX_ALERT_RECIPIENTS) }) as unknown,
      problems: [],
    });
    expect(recipients(addresses(23))).toEqual({
      settings: expect.objectContaining({ alertRecipients: addresses(MAX_ALERT_RECIPIENTS) }) as unknown,
      problems: [
        'alertRecipients: at most 20 addresses (MailApp counts each one against a daily quota); the last 3 are ' +
          'left out. A group address can reach more people.',
      ],
    });
    expect(recipients(addresses(21)).problems[0]).toContain('the last one is left out.');
  });
});

describe('settings: the email address rule', () => {
  it.each([
    'a@school.org',
    'head.of.year@school.org',
    'ana+alerts@school.org',
    "o'neill@school.ie",
    'ana_costa-1@mail.school.edu.pt',
    'ANA@SCHOOL.ORG',
    'josé@escola.pt',
    'ana@escuela-año.es',
    'ana@xn--80ak6aa92e.xn--p1ai',
    `${'a'.repeat(64)}@school.org`,
  ])('accepts %s', (address) => {
    expect(isEmailAddress(address)).toBe(true);
  });

  it.each([
    ['nothing', ''],
    ['no @', 'ana.school.org'],
    ['nothing before the @', '@school.org'],
    ['nothing after the @', 'ana@'],
    ['two @', 'ana@@school.org'],
    ['two @ apart', 'ana@school@org.pt'],
    ['no top-level domain', 'ana@school'],
    ['a one-letter top-level domain', 'ana@school.o'],
    ['a numeric top-level domain', 'ana@10.0.0.1'],
    ['an IP-address domain', 'ana@[10.0.0.1]'],
    ['an empty domain label', 'ana@school..org'],
    ['a trailing dot', 'ana@school.org.'],
    ['a label starting with a hyphen', 'ana@-school.org'],
    ['a space inside', 'ana costa@school.org'],
    ['a quoted local part', '"ana costa"@school.org'],
    ['a name and angle brackets', 'Ana <ana@school.org>'],
    ['a comma inside', 'ana,b@school.org'],
    ['a leading dot', '.ana@school.org'],
    ['two dots in a row', 'ana..costa@school.org'],
    ['a local part over 64 characters', `${'a'.repeat(65)}@school.org`],
    // 255 characters, with every part within its own limit.
    ['over 254 characters', `ana@${['a', 'b', 'c', 'd'].map((c) => c.repeat(61)).join('.')}.org`],
  ])('refuses %s (%s)', (_, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});

describe('settings: monitoringHour', () => {
  const hour = (value: unknown) => validateSettings({ monitoringHour: value });

  it.each([0, 7, 13, 23, '18'])('takes %p', (value) => {
    expect(hour(value)).toEqual({
      settings: expect.objectContaining({ monitoringHour: Number(value) }) as unknown,
      problems: [],
    });
  });

  it.each([-1, 24, 7.5, 'seven', Number.NaN])('refuses %p, using 7', (value) => {
    expect(hour(value)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['monitoringHour must be a whole number from 0 to 23; using 7.'],
    });
  });
});

describe('settings: values that are not what they should be', () => {
  it.each(['null', '[]', '42', '"capacity"', 'true'])(
    'gives the defaults, with a problem, for saved settings that are %s',
    (stored) => {
      const read = parseSettings(stored);
      expect(read.settings).toEqual(DEFAULT_SETTINGS);
      expect(read.problems).toEqual([
        `The saved settings hold ${stored}, not a set of named values; defaults are used.`,
      ]);
    },
  );

  it.each(['0x10', '0b11', '0o7', 'Infinity', '1_000', '12px'])(
    'reads only decimal text as a number: %p is not one',
    (value) => {
      expect(parseSettings(JSON.stringify({ capacity: value }))).toEqual({
        settings: DEFAULT_SETTINGS,
        problems: ['capacity must be a whole number from 1 to 100000; using 25.'],
      });
    },
  );

  it.each([null, true, false, '', '  ', [], {}, [30]])(
    'never reads %p as a number: it falls back to the default and names the setting',
    (value) => {
      for (const [key, problem] of [
        ['seed', 'seed must be a whole number from 0 to 2147483647; using 1.'],
        ['capacity', 'capacity must be a whole number from 1 to 100000; using 25.'],
        ['highFrom', 'highFrom must be a number from 0 to 1; using 0.5.'],
      ] as const) {
        expect(parseSettings(JSON.stringify({ [key]: value }))).toEqual({
          settings: DEFAULT_SETTINGS,
          problems: [problem],
        });
      }
    },
  );

  it('still takes numbers written as text, as a form sends them', () => {
    expect(validateSettings({ capacity: ' 40 ', passMark: '9.5' }).settings).toMatchObject({
      capacity: 40,
      passMark: 9.5,
    });
  });

  it('names every null value of a saved record, keeping the good ones', () => {
    const read = parseSettings(
      JSON.stringify({ passMark: 12, mode: null, folds: null, alertRecipients: null }),
    );
    expect(read.settings).toMatchObject({ passMark: 12, mode: 'auto', folds: 5, alertRecipients: [] });
    expect(read.problems).toEqual([
      'folds must be a whole number from 2 to 20; using 5.',
      'mode must be auto, early or mid; using auto.',
      'alertRecipients must be email addresses separated by commas or new lines; using none.',
    ]);
  });
});

describe('settings: reading what was stored', () => {
  it('treats blank text as never saved: the defaults, without a problem', () => {
    expect(parseSettings('')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
    expect(parseSettings('  \n ')).toEqual({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('names unreadable settings and uses the defaults', () => {
    expect(parseSettings('{passMark: 12')).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['The saved settings were not readable; defaults are used.'],
    });
  });

  it('quotes at most 40 characters of saved settings that are not named values', () => {
    expect(parseSettings(JSON.stringify(['a@school.org', 'b@school.org', 'c@school.org']))).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [
        'The saved settings hold ["a@school.org","b@school.org","c@school, not a set of named values; defaults are used.',
      ],
    });
  });

  it.each([
    ['null', null],
    ['a list', []],
    ['a text', 'passMark=12'],
    ['a number', 12],
  ])('refuses %s given as the settings record', (_, raw) => {
    expect(validateSettings(raw as unknown as Record<string, unknown>)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['The settings are not a set of named values; defaults are used.'],
    });
  });
});

describe('settings: numbers written as text', () => {
  it.each([
    ['passMark', ' 12 ', 12],
    ['passMark', '+12', 12],
    ['passMark', '12.5', 12.5],
    ['passMark', '1e1', 10],
    ['passMark', '1E+1', 10],
    ['passMark', '1e01', 10],
    ['passMark', '150e-1', 15],
    ['mediumFrom', '.25', 0.25],
    ['highFrom', '0.75', 0.75],
  ])('reads %s %j as %d', (key, text, value) => {
    expect(validateSettings({ [key]: text })).toEqual({
      settings: { ...DEFAULT_SETTINGS, [key]: value },
      problems: [],
    });
  });

  it.each(['0x10', 'Infinity', '12abc', '1e', '.', '++1'])('refuses %j for passMark', (text) => {
    expect(validateSettings({ passMark: text })).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['passMark must be a number from 1 to 20; using 10.'],
    });
  });
});

describe('settings: mode, tierRule and the tier thresholds', () => {
  it.each(['auto', 'early', 'mid'])('takes mode %s', (mode) => {
    expect(validateSettings({ mode })).toEqual({ settings: { ...DEFAULT_SETTINGS, mode }, problems: [] });
  });

  it.each(['capacity', 'thresholds'])('takes tierRule %s', (tierRule) => {
    expect(validateSettings({ tierRule })).toEqual({
      settings: { ...DEFAULT_SETTINGS, tierRule },
      problems: [],
    });
  });

  it('names a wrong tierRule and keeps capacity', () => {
    expect(validateSettings({ tierRule: 'top' })).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['tierRule must be capacity or thresholds; using capacity.'],
    });
  });

  it('takes mediumFrom equal to highFrom', () => {
    expect(validateSettings({ mediumFrom: 0.4, highFrom: 0.4 })).toEqual({
      settings: { ...DEFAULT_SETTINGS, mediumFrom: 0.4, highFrom: 0.4 },
      problems: [],
    });
  });

  it('names mediumFrom above highFrom and uses the default pair', () => {
    expect(validateSettings({ mediumFrom: 0.6, highFrom: 0.4 })).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: ['mediumFrom (0.6) must not be above highFrom (0.4); using 0.3 and 0.5.'],
    });
  });
});

describe('settings: leaveOutAttributes, blanks and spaces', () => {
  it('trims the names in a list and skips blank ones', () => {
    expect(validateSettings({ leaveOutAttributes: [' sex ', '', 'address'] })).toEqual({
      settings: { ...DEFAULT_SETTINGS, leaveOutAttributes: ['sex', 'address'] },
      problems: [],
    });
  });
});

describe('settings: how wrong recipients are named', () => {
  it('names a recipient that is not text as JSON', () => {
    expect(validateSettings({ alertRecipients: [{ a: 1 }, 'a@school.org'] })).toEqual({
      settings: { ...DEFAULT_SETTINGS, alertRecipients: ['a@school.org'] },
      problems: ['alertRecipients: {"a":1} is not an email address; it is left out.'],
    });
  });

  it('quotes a wrong address of 60 characters whole, and one of 61 cut to 57 and an ellipsis', () => {
    expect(validateSettings({ alertRecipients: ['x'.repeat(60), 'y'.repeat(61)] }).problems).toEqual([
      `alertRecipients: "${'x'.repeat(60)}" is not an email address; it is left out.`,
      `alertRecipients: "${'y'.repeat(57)}…" is not an email address; it is left out.`,
    ]);
  });

  it('keeps addresses whose lower case differs even when their upper case is the same', () => {
    // 'ß'.toUpperCase() is 'SS': compared in upper case these two would be one address.
    expect(
      validateSettings({ alertRecipients: 'straße@school.org, strasse@school.org' }).settings.alertRecipients,
    ).toEqual(['straße@school.org', 'strasse@school.org']);
  });
});

describe('isEmailAddress: edges of the rule', () => {
  const longest = `${'l'.repeat(64)}@${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(57)}.org`;

  it('takes an address of exactly 254 characters and refuses 255', () => {
    expect(longest).toHaveLength(254);
    expect(isEmailAddress(longest)).toBe(true);
    expect(isEmailAddress(`${longest.slice(0, 65)}d${longest.slice(65)}`)).toBe(false);
  });

  it.each(['ana@x.school.org', 'ana@school1.org', 'ana@1school.org', 'ana@escola.xn--p1ai', 'ana@école.fr'])(
    'takes %s',
    (address) => {
      expect(isEmailAddress(address)).toBe(true);
    },
  );

  it.each([
    ['no @ at all', 'ana.school.org'],
    ['@ first', '@school.org'],
    ['a label with a character not allowed', 'ana@sch_ool.org'],
    ['a label ending in a hyphen', 'ana@school-.org'],
    ['a top-level domain starting with a digit', 'ana@school.1org'],
    ['a top-level domain ending with a digit', 'ana@school.org1'],
    ['xn-- not at the start of the top-level domain', 'ana@school.axn--p1ai'],
    ['an xn-- top-level domain with a letter outside a-z', 'ana@school.xn--p1aié'],
  ])('refuses %s', (_, address) => {
    expect(isEmailAddress(address)).toBe(false);
  });
});
