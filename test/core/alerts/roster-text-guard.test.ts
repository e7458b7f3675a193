import type { AlertEmail } from '../../../src/core/alerts/render-alert';
import {
  AlertPrivacyError,
  assertNoRosterText,
  rosterTextIn,
} from '../../../src/core/alerts/roster-text-guard';

const email = (parts: Partial<AlertEmail>): AlertEmail => ({ subject: '', body: '', htmlBody: '', ...parts });

describe('the roster-text guard', () => {
  it('counts a single leak as one piece, by its own name, without repeating it', () => {
    const leaky = email({ body: 'Absences rose most for Zebedee Quillfeather.' });
    let error: unknown;
    try {
      assertNoRosterText(leaky, ['Zebedee Quillfeather']);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AlertPrivacyError);
    expect(error).toMatchObject({
      name: 'AlertPrivacyError',
      leaks: 1,
      message: 'The alert would show 1 piece of student data; it was not sent.',
    });
    expect(String(error)).toBe(
      'AlertPrivacyError: The alert would show 1 piece of student data; it was not sent.',
    );
  });

  it('ignores case and white space at either end of an identifying text', () => {
    const shouting = email({ subject: 'NOTES ON ZEBEDEE, YEAR 11' });
    expect(rosterTextIn(shouting, ['Zebedee', ' Year 11 '])).toEqual(['Zebedee', ' Year 11 ']);
  });

  it('decodes every entity of the HTML before searching it', () => {
    const html = email({
      htmlBody:
        '<p>Zeb Q &lt;zq@school.example&gt; wrote &quot;Tiger&quot; Blake: needs EHCP &amp; SEN review</p>',
    });
    expect(
      rosterTextIn(html, ['Zeb Q <zq@school.example>', '"Tiger" Blake', 'needs EHCP & SEN review']),
    ).toEqual(['Zeb Q <zq@school.example>', '"Tiger" Blake', 'needs EHCP & SEN review']);
  });

  it('searches texts of 4 characters unless they are all digits, and digit-only keys from 5 digits', () => {
    const keys = email({ body: 'Candidate QX12 in tutor group 10BQ, student number 20931, in 2025.' });
    expect(rosterTextIn(keys, ['QX12', '10BQ', '20931', '2025'])).toEqual(['QX12', '10BQ', '20931']);
  });

  it('searches the subject, the text and the HTML each on its own', () => {
    const split = email({ subject: 'Absences: Zeb', body: 'edee, see the sheet', htmlBody: '<p>x</p>' });
    expect(rosterTextIn(split, ['Zebedee'])).toEqual([]);
  });
});
