import { describe, expect, it } from 'vitest';
import { collectAnswers, type Ask } from './collect-answers.ts';
import type { Answers } from './fields.ts';
import { testRules } from './test-rules.ts';

const rules = testRules();

const complete: Answers = {
  date: '2025-05-16',
  title: 'Dolmabahçe talks',
  summary: 'Delegations of Russia and Ukraine met in Istanbul for the first time since 2022.',
  kind: 'negotiation-round',
  status: 'held',
  track: 'russia-ukraine',
  parties: 'RU,UA,TR',
  place: 'Istanbul',
  venue: 'Dolmabahçe Palace',
  country: 'TR',
  'source-url': 'https://site-a.test/article',
  'source-title': 'Headline as published',
  publisher: 'Example News',
  language: 'en',
};

/** Answers questions from a list, remembering what was asked. */
function scripted(lines: string[]): { ask: Ask; asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    ask: (question) => {
      asked.push(question);
      const line = lines.shift();
      if (line === undefined) throw new Error(`no answer left for: ${question}`);
      return Promise.resolve(line);
    },
  };
}

describe('collectAnswers from flags', () => {
  it('accepts complete flags, normalises them, says so, and derives the slug', async () => {
    const said: string[] = [];
    const { answers, errors } = await collectAnswers(
      {
        ...complete,
        parties: ' ru, ua tr,RU ',
        country: 'tr',
        kind: 'Negotiation-Round',
        venue: ' Dolmabahçe  ',
      },
      rules,
      undefined,
      (line) => said.push(line),
    );
    expect(errors).toEqual([]);
    expect(answers).toMatchObject({ parties: 'RU,UA,TR', country: 'TR', kind: 'negotiation-round' });
    expect(answers.slug).toBe('dolmabahce-talks');
    // Spacing is not worth a word; case and a repeated party are.
    expect(said).toEqual([
      '--kind: "Negotiation-Round" read as negotiation-round',
      '--parties: "ru, ua tr,RU" read as RU,UA,TR',
      '--country: "tr" read as TR',
    ]);
  });

  it('says nothing of answers taken as given', async () => {
    const said: string[] = [];
    await collectAnswers({ ...complete, parties: 'RU, UA, TR' }, rules, undefined, (line) => said.push(line));
    expect(said).toEqual([]);
  });

  it('reports every missing or wrong flag at once', async () => {
    const { errors } = await collectAnswers(
      {
        date: '2025-02-30',
        title: 'Talk',
        kind: 'sumit',
        status: 'held',
        parties: 'UK,XX',
        venue: 'Somewhere',
        'source-url': 'ftp://site-a.test/x',
        language: 'English',
      },
      rules,
    );
    expect(errors).toEqual([
      '--date is not a real calendar date (got "2025-02-30"): February 2025 has 28 days; check the date on the source',
      '--title is too short: at least 5 characters (got 4)',
      expect.stringMatching(/^--summary is required/),
      expect.stringMatching(/^--kind "sumit" is not a known kind: did you mean "summit"\?/),
      expect.stringMatching(/^--track is required/),
      expect.stringMatching(/^--parties "UK" \(did you mean "GB"\?\), "XX" are not known parties/),
      '--venue needs --place (and is left out for calls)',
      expect.stringMatching(/^--source-url must be an http\(s\) address \(got "ftp:\/\/site-a.test\/x"\)/),
      expect.stringMatching(/^--source-title is required/),
      expect.stringMatching(/^--publisher is required/),
      '--language has the wrong form (got "english"): BCP 47 language tag of the article, e.g. "en", "uk", "ru", "tr", "id".',
    ]);
  });

  it('refuses a placeholder address or publisher, as the validator does', async () => {
    const { errors } = await collectAnswers(
      {
        ...complete,
        'source-url': 'https://example.org/article',
        publisher: 'Publisher',
        'archive-url': 'http://localhost:4621/x',
      },
      rules,
    );
    expect(errors).toEqual([
      '--source-url is a placeholder address (got "https://example.org/article"): example.org is reserved for examples (RFC 2606) and holds no article; give the address of the article you read',
      '--publisher is a placeholder (got "Publisher"): name who published the page, e.g. "Kyiv Independent" or "Star Tribune (AP)"',
      "--archive-url is a local address (got \"http://localhost:4621/x\"): it leads to localhost, your own computer, which no reader can open; use the article's address on the web, as the browser's address bar shows it on the publisher's site",
    ]);
  });

  it('checks dates against each other and against the calendar', async () => {
    const errors = async (extra: Answers) => (await collectAnswers({ ...complete, ...extra }, rules)).errors;
    // A date written as the page shows it, or the day before the month: the date in YYYY-MM-DD is offered.
    expect(await errors({ date: '16.05.2025' })).toEqual([
      '--date must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "16.05.2025"): did you mean "2025-05-16"?',
    ]);
    expect(await errors({ date: '2025-16-05' })).toEqual([
      '--date is not a real calendar date (got "2025-16-05"): did you mean "2025-05-16"?',
    ]);
    expect(await errors({ date: '2025-5-16' })).toEqual([
      '--date must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "2025-5-16"): did you mean "2025-05-16"?',
    ]);
    expect(await errors({ end: '2025-05-15' })).toEqual([
      '--end must not be before the start date "2025-05-16" (got "2025-05-15"): check both dates on the sources; leave end out for a one-day event',
    ]);
    expect(await errors({ end: '2025-05-16' })).toEqual([
      '--end equals the start date "2025-05-16": leave end out for a one-day event',
    ]);
    // At another precision, the end must come after every day the start may mean.
    expect(await errors({ date: '2025-05', end: '2025-05-31', slug: 'talks' })).toEqual([
      '--end lies within the start date "2025-05", which covers 2025-05-01 to 2025-05-31 (got "2025-05-31"): give the start date at the precision of end (the first day, e.g. "2025-05-01"), or leave end out',
    ]);
    expect(await errors({ end: '2025-05', slug: 'talks' })).toEqual([
      '--end "2025-05" holds the start date "2025-05-16" and cannot say when the event ended after it: give end at the precision of the start date (the last day, after 2025-05-16), or leave it out',
    ]);
    expect(await errors({ date: '2025-05', end: '2025-06', slug: 'talks' })).toEqual([]);
    expect(await errors({ published: '16.05.2025' })).toEqual([
      '--published must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got "16.05.2025"): did you mean "2025-05-16"?',
    ]);
  });

  it("refuses dates outside the validator's window, with a year to try", async () => {
    const errors = async (extra: Answers) => (await collectAnswers({ ...complete, ...extra }, rules)).errors;
    expect(await errors({ date: '9999-12-31', status: 'planned' })).toEqual([
      '--date is more than 5 years after today, past 2031-03-01 (got "9999-12-31"): a planned event can be in the future, but not decades ahead; check the year',
    ]);
    expect(await errors({ published: '2205-05-16' })).toEqual([
      '--published is more than 5 years after today, past 2031-03-01 (got "2205-05-16"): a planned event can be in the future, but not decades ahead; did you mean 2025?',
    ]);
    expect(await errors({ date: '2013-12', slug: 'talks' })).toEqual([
      '--date is before 2014-01-01 (got "2013-12"): the timeline begins in 2014, with Crimea and the Minsk talks; check the year',
    ]);
    expect(await errors({ date: '2031-03-01', status: 'planned' })).toEqual([]);
  });

  it('asks for a status change only for postponed and cancelled events', async () => {
    const cancelled = await collectAnswers({ ...complete, status: 'cancelled' }, rules);
    expect(cancelled.errors).toEqual([
      expect.stringMatching(/^--status-date is required/),
      expect.stringMatching(/^--status-reason is required/),
    ]);
    const held = await collectAnswers({ ...complete, 'status-date': '2025-05-20' }, rules);
    expect(held.errors).toEqual(['--status-date is only for postponed or cancelled events (see --status)']);
  });

  it('refuses a place for a call', async () => {
    const { errors } = await collectAnswers({ ...complete, kind: 'call' }, rules);
    expect(errors).toEqual([
      '--place must be left out for a call: a call has no single place',
      '--venue needs --place (and is left out for calls)',
      '--country needs --place (and is left out for calls)',
    ]);
  });

  it('needs a slug when the title has no Latin letters', async () => {
    const { errors } = await collectAnswers({ ...complete, title: 'Переговоры в Стамбуле' }, rules);
    expect(errors).toEqual([
      '--slug is required: the title has no Latin letters or digits to make an id from (ids use a–z, 0–9 and hyphens)',
    ]);
    const given = await collectAnswers({ ...complete, title: 'Переговоры', slug: 'istanbul-talks' }, rules);
    expect(given.errors).toEqual([]);
    expect((await collectAnswers({ ...complete, slug: 'Not A Slug' }, rules)).errors).toEqual([
      '--slug must be lowercase kebab-case ASCII such as "dolmabahce-talks" (got "not a slug")',
    ]);
  });
});

describe('collectAnswers with questions', () => {
  it('refuses markup or an invisible character as soon as it is typed, and asks again', async () => {
    const { title: _title, ...flags } = complete;
    const said: string[] = [];
    const { ask } = scripted([
      '', // the last day: none
      'Test <b>bold</b> meeting',
      'Talks\u202e in Istanbul',
      'Dolmabahçe talks',
      ...Array<string>(6).fill(''),
    ]);
    const { answers, errors } = await collectAnswers(flags, rules, ask, (line) => said.push(line));
    expect(errors).toEqual([]);
    expect(answers.title).toBe('Dolmabahçe talks');
    expect(said).toEqual([
      '  title must be plain text: remove the markup "<b>"',
      '  title contains the invisible character U+202E: delete it',
    ]);
  });

  it('asks only for what the flags leave out, and again after a wrong answer', async () => {
    const { language: _language, summary: _summary, ...flags } = complete;
    const said: string[] = [];
    const { ask, asked } = scripted(['', 'too short', complete.summary!, '', '', 'EN', '', '']);
    const { answers, errors } = await collectAnswers(flags, rules, ask, (line) => said.push(line));
    expect(errors).toEqual([]);
    expect(said).toEqual([
      '  summary is too short: at least 20 characters (got 9)',
      '  language: "EN" read as en',
    ]);
    // In the order of FIELDS: the end date comes right after the start date.
    expect(asked).toEqual([
      expect.stringMatching(/^Last day.*\(optional, Enter to skip\): $/),
      'Summary: one to three neutral sentences in your own words: ',
      'Summary: one to three neutral sentences in your own words: ',
      expect.stringMatching(/^Date first announced/),
      expect.stringMatching(/^Source: publication date/),
      expect.stringMatching(/^Source: language tag/),
      expect.stringMatching(/^Source: address of an archived copy/),
      'Slug: the part of the id after the date [dolmabahce-talks]: ',
    ]);
    expect(answers).toMatchObject({ summary: complete.summary, language: 'en', slug: 'dolmabahce-talks' });
  });

  it('refuses "held" for a start date after today at the status question, and asks for the date again', async () => {
    const { date: _date, status: _status, ...flags } = complete;
    const said: string[] = [];
    const { ask, asked } = scripted([
      '2027-05-16',
      '', // the last day
      'held',
      '', // the start date again: kept
      'held',
      '2025-05-16', // the start date again: corrected
      'held',
      '', // announced
      '2027-01-01', // published, after today
      '2025-05-16',
      '', // archive
      '', // slug
    ]);
    const { answers, errors } = await collectAnswers(flags, rules, ask, (line) => said.push(line));
    expect(errors).toEqual([]);
    expect(answers).toMatchObject({ date: '2025-05-16', status: 'held', published: '2025-05-16' });
    const conflict =
      '  status is "held", but the start date 2027-05-16 is after today (2026-03-01): an event still to come is "planned"; if the year is wrong, correct the start date';
    expect(said).toEqual([
      conflict,
      '  Give the start date again (Enter keeps 2027-05-16), then the status.',
      conflict,
      '  Give the start date again (Enter keeps 2027-05-16), then the status.',
      '  published is after today (2026-03-01) (got "2027-01-01"): check the year',
    ]);
    expect(asked.slice(2, 8)).toEqual([
      'Status (held, planned, postponed, cancelled): ',
      'Start date (YYYY, YYYY-MM or YYYY-MM-DD) [2027-05-16]: ',
      'Status (held, planned, postponed, cancelled): ',
      'Start date (YYYY, YYYY-MM or YYYY-MM-DD) [2027-05-16]: ',
      'Status (held, planned, postponed, cancelled): ',
      expect.stringMatching(/^Date first announced/),
    ]);
  });

  it('refuses from flags a held event after today and a source published after today', async () => {
    const { errors } = await collectAnswers(
      { ...complete, date: '2027-05-16', published: '2027-01-01' },
      rules,
    );
    expect(errors).toEqual([
      '--status is "held", but the start date 2027-05-16 is after today (2026-03-01): an event still to come is "planned"; if the year is wrong, correct the start date',
      '--published is after today (2026-03-01) (got "2027-01-01"): check the year',
    ]);
  });

  it('keeps asking for a required answer left empty and lists the choices', async () => {
    const { kind: _kind, ...flags } = complete;
    const said: string[] = [];
    const { ask, asked } = scripted(['', '', 'summit', '', '', '', '']);
    const { answers } = await collectAnswers(flags, rules, ask, (line) => said.push(line));
    expect(asked[1]).toContain('(negotiation-round, summit, meeting, call');
    expect(said).toContain('  kind is required.');
    expect(answers.kind).toBe('summit');
  });

  it('says why it asks for a slug when the title gives none, and what one looks like', async () => {
    const { slug: _slug, ...flags } = { ...complete, title: 'Переговоры в Стамбуле' };
    const said: string[] = [];
    // The last day, when announced, published, archived: none; then an empty slug, then one.
    const { ask, asked } = scripted(['', '', '', '', '', 'istanbul-talks']);
    const { answers, errors } = await collectAnswers(flags, rules, ask, (line) => said.push(line));
    expect(errors).toEqual([]);
    expect(asked.at(-1)).toBe('Slug: the part of the id after the date: ');
    expect(said).toEqual([
      '  slug is required: the title has no Latin letters or digits to make an id from (ids use a–z, 0–9 and hyphens)',
    ]);
    expect(answers.slug).toBe('istanbul-talks');
  });
});
