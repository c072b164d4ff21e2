import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { runScript } from '../run-script.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

// Always a temporary data folder: the test must never add a file to the real dataset.
function dataFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dt-new-event-'));
  cpSync('data/vocabulary.json', join(dir, 'vocabulary.json'));
  folders.push(dir);
  return dir;
}

const cli = (args: string[], input?: string) =>
  runScript('scripts/new-event.ts', args, {
    input,
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });

const flags = [
  '--date=2025-05-16',
  '--title=Dolmabahçe talks',
  '--summary=Delegations of Russia and Ukraine met in Istanbul for the first time since 2022.',
  '--kind=negotiation-round',
  '--status=held',
  '--track=russia-ukraine',
  '--parties=RU,UA,TR',
  '--place=Istanbul',
  '--venue=Dolmabahçe Palace',
  '--country=TR',
  '--source-url=https://site-a.test/article',
  '--source-title=Headline as published',
  '--publisher=Example News',
  '--published=2025-05-16',
  '--language=en',
];

/** The flags above with some replaced: the command refuses a flag given twice. */
const flagsWith = (...changed: string[]) => {
  const name = (flag: string) => flag.slice(0, flag.indexOf('='));
  const names = new Set(changed.map(name));
  return [...flags.filter((f) => !names.has(name(f))), ...changed];
};

// Each test starts the command (and some the validator) as a process of its own: 3–5 s on a quiet machine,
// and several times that while other work shares its two cores.
describe('npm run new-event', { timeout: 60_000 }, () => {
  let dir: string;
  let file: string;
  beforeAll(() => {
    dir = dataFolder();
    file = join(dir, 'events/2025/2025-05-16-dolmabahce-talks.json');
  });

  it('lists its flags with --help', () => {
    const out = cli(['--help']);
    expect(out.status).toBe(0);
    for (const flag of ['--date', '--title', '--kind', '--parties', '--source-url', '--publisher', '--slug'])
      expect(out.stdout).toContain(flag);
    expect(out.stdout).toContain('--yes');
    expect(out.stdout).toContain('negotiation-round, summit');
  });

  it('writes a valid event from flags and runs the validator', () => {
    const out = cli(['--data', dir, '--yes', ...flags]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('2025-05-16-dolmabahce-talks.json');
    expect(out.stdout).toContain(
      '1 event files checked: 0 error(s), 0 warning(s), besides the second source the new event still needs.',
    );
    // The changelog and the check are those of the data folder given, not the repository's; the step says which
    // heading to add and what line (this folder's changelog has none yet).
    const today = new Date().toISOString().slice(0, 10).replaceAll('-', '.');
    expect(out.stdout).toContain(
      `Add the heading "## ${today}" (the date of the change) at the top of ${relative(process.cwd(), join(dir, 'CHANGELOG.md'))}, and under it the line "- Added 2025-05-16-dolmabahce-talks."`,
    );
    expect(out.stdout).toContain(
      `Run npm run validate -- --data ${dir} and npm run check:changelog, and open a pull request.`,
    );
    // A key event with its one source is written, and the editor is told what it still needs.
    expect(out.stdout).toContain(
      '2025-05-16-dolmabahce-talks.json is written but does not pass the validator yet: a negotiation round needs sources from at least two publishers; it has one (Example News): add a report from another outlet (by hand, in "sources"; see CONTRIBUTING.md), then run npm run validate.',
    );
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      $schema: '../../schema/event.schema.json',
      id: '2025-05-16-dolmabahce-talks',
      title: 'Dolmabahçe talks',
      summary: 'Delegations of Russia and Ukraine met in Istanbul for the first time since 2022.',
      kind: 'negotiation-round',
      status: 'held',
      track: 'russia-ukraine',
      start: '2025-05-16',
      location: { place: 'Istanbul', venue: 'Dolmabahçe Palace', country: 'TR' },
      parties: ['RU', 'UA', 'TR'],
      sources: [
        {
          url: 'https://site-a.test/article',
          title: 'Headline as published',
          publisher: 'Example News',
          published: '2025-05-16',
          language: 'en',
        },
      ],
    });
  });

  it('writes a prisoner exchange, whose figures are added by hand, and says what it still needs', () => {
    const other = dataFolder();
    const out = cli([
      '--data',
      other,
      '--yes',
      ...flagsWith(
        '--title=Prisoner exchange in Belarus',
        '--summary=Russia and Ukraine exchanged prisoners on the Belarusian border.',
        '--kind=prisoner-exchange',
        '--track=prisoner-exchanges',
        '--parties=RU,UA',
        '--place=Gomel',
        '--venue=',
        '--country=BY',
      ),
    ]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      '1 event files checked: 0 error(s), 0 warning(s), besides the exchange figures and the second source the new event still needs.',
    );
    expect(out.stdout).toContain(
      '2025-05-16-prisoner-exchange-in-belarus.json is written but does not pass the validator yet: "exchange" is required for a prisoner exchange: give the number each side received, as reported',
    );
    expect(out.stdout).toContain(
      'a prisoner exchange of an undisclosed number of people needs sources from at least two publishers',
    );
  });

  it('warns when the new event cites a source an event of the same day already cites', () => {
    const other = dataFolder();
    mkdirSync(join(other, 'events/2025'), { recursive: true });
    const existing = {
      $schema: '../../schema/event.schema.json',
      id: '2025-05-16-erdogan-meets-delegations',
      title: 'Erdoğan receives the delegations before the talks',
      summary: 'The Turkish president met the heads of both delegations before the talks began.',
      kind: 'meeting',
      status: 'held',
      track: 'multilateral',
      start: '2025-05-16',
      parties: ['TR', 'UA'],
      sources: [
        {
          url: 'https://site-a.test/article',
          title: 'Headline as published',
          publisher: 'Example News',
          published: '2025-05-16',
          language: 'en',
        },
      ],
    };
    writeFileSync(
      join(other, 'events/2025/2025-05-16-erdogan-meets-delegations.json'),
      `${JSON.stringify(existing, null, 2)}\n`,
    );
    const out = cli(['--data', other, '--yes', ...flags]);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(
      'may duplicate 2025-05-16-dolmabahce-talks (same date, and both cite "https://site-a.test/article"): merge them, or link them with "related" if both are right',
    );
    expect(out.stdout).toContain('2 event files checked: 0 error(s), 1 warning(s)');
  });

  it('refuses to overwrite an existing event', () => {
    const before = [readFileSync(file, 'utf8'), statSync(file).mtimeMs];
    const out = cli([
      '--data',
      dir,
      '--yes',
      ...flagsWith('--summary=A different summary of the same talks.'),
    ]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('2025-05-16-dolmabahce-talks.json already exists');
    expect([readFileSync(file, 'utf8'), statSync(file).mtimeMs]).toEqual(before);
  });

  it('writes nothing when a flag is wrong', () => {
    const out = cli(['--data', dir, '--yes', ...flagsWith('--slug=other-talks', '--parties=RU,XX')]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('--parties "XX"');
    // The vocabulary of the data folder it was given, not the project's.
    expect(out.stderr).toContain(`use codes from ${relative(process.cwd(), join(dir, 'vocabulary.json'))},`);
    expect(readdirSync(join(dir, 'events/2025'))).toEqual(['2025-05-16-dolmabahce-talks.json']);
  });

  it('refuses a date outside the years the timeline covers, and writes no folder for it', () => {
    const out = cli(['--data', dir, '--yes', ...flagsWith('--date=0000-01-01')]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('--date is before 2014-01-01 (got "0000-01-01")');
    expect(readdirSync(join(dir, 'events'))).toEqual(['2025']);
  });

  it('names the flag a misspelt one was meant to be, and writes nothing', () => {
    const out = cli(['--data', dir, '--yes', ...flagsWith('--slug=misspelt'), '--titel=Dolmabahçe talks']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain("Unknown option '--titel': did you mean --title?");
    expect(cli(['--data', dir, '--yes', '--source-ur=https://site-a.test/']).stderr).toContain(
      'did you mean --source-url?',
    );
    expect(readdirSync(join(dir, 'events/2025'))).toEqual(['2025-05-16-dolmabahce-talks.json']);
  });

  it('refuses a flag given twice, naming it, and writes nothing', () => {
    const out = cli(['--data', dir, '--yes', ...flagsWith('--slug=twice'), '--title=Another title', '--yes']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      '--title, --yes were given more than once: give each flag once. Nothing written.',
    );
    expect(readdirSync(join(dir, 'events/2025'))).toEqual(['2025-05-16-dolmabahce-talks.json']);
  });

  it('warns about a probable duplicate of an event already there', () => {
    const out = cli(['--data', dir, '--yes', ...flags, '--slug=istanbul-talks']);
    expect(out.status).toBe(0);
    expect(out.stderr).toContain('may duplicate');
  });

  it('asks for what the flags leave out, from piped answers', () => {
    const fresh = dataFolder();
    const answers = [
      '',
      'A planned call',
      'The two presidents were to speak by phone, as announced.',
      'call',
    ];
    // No questions about the place for a call; then publisher, published, language, archive, slug, confirm.
    const rest = ['held', '', 'us-russia', 'us,ru', 'Example', '', 'en', '', '', 'y'];
    const input = `${[...answers, ...rest].join('\n')}\n`;
    const out = cli(
      [
        '--data',
        fresh,
        '--date=2025-03-18',
        '--source-url=https://site-a.test/call',
        '--source-title=Leaders to speak by phone',
      ],
      input,
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const event = JSON.parse(
      readFileSync(join(fresh, 'events/2025/2025-03-18-a-planned-call.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(event).toMatchObject({ kind: 'call', parties: ['US', 'RU'], track: 'us-russia' });
    expect(event).not.toHaveProperty('location');
  });

  it('puts a problem only the whole event shows to its question again, and asks again after an answer other than y or n', () => {
    const fresh = dataFolder();
    const answers = [
      '', // last day
      'A planned call',
      'The two presidents were to speak by phone, as announced.',
      'call',
      'held',
      '2025-07-01', // announced, after the start: accepted here, refused once the event is whole
      'us-russia',
      'us,ru',
      'Example',
      '',
      'en',
      '',
      '',
      '-', // announced, asked again: left out
      'maybe',
      'y',
    ];
    const out = cli(
      [
        '--data',
        fresh,
        '--date=2025-06-10',
        '--source-url=https://site-a.test/call',
        '--source-title=Leaders to speak by phone',
      ],
      `${answers.join('\n')}\n`,
    );
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain(
      '\n  announced is after the start "2025-06-10" (got "2025-07-01"): an event is announced before it happens; check both dates, and leave announced out if this is only the date of a report of the event\nDate first announced, if it was planned beforehand [2025-07-01; - leaves it out]: -\n',
    );
    expect(out.stdout).toContain(
      '? [Y/n] maybe\n  Answer y to write the file, or n to stop without writing it (got "maybe").\nWrite ',
    );
    // The questions name no flag, which the person answering them never typed.
    expect(out.stdout).not.toMatch(/--(announced|date|status|published)/);
    const event = JSON.parse(
      readFileSync(join(fresh, 'events/2025/2025-06-10-a-planned-call.json'), 'utf8'),
    ) as Record<string, unknown>;
    expect(event).toMatchObject({ kind: 'call', status: 'held', start: '2025-06-10' });
    expect(event).not.toHaveProperty('announced');
  });
});

describe('npm run new-event with a broken data folder', () => {
  const raw = ['SyntaxError', 'EISDIR', 'EEXIST', 'node:internal', '    at '];

  it('says in one line what is wrong with the vocabulary, and writes nothing', () => {
    const cases: [string, (path: string) => void, string][] = [
      ['a folder', (path) => mkdirSync(path), 'is a folder: it must be a file holding one JSON object'],
      ['empty', (path) => writeFileSync(path, ''), 'is empty: it must hold one JSON object'],
      ['cut off', (path) => writeFileSync(path, '{"parties":'), ':1:12: is not valid JSON'],
      [
        'a code in lower case',
        (path) => writeFileSync(path, '{"parties":{"ua":{"name":"Ukraine"}},"tracks":{}}'),
        '/parties/ua: the key has the wrong case (got "ua"): did you mean "UA"?',
      ],
    ];
    for (const [what, write, message] of cases) {
      const dir = dataFolder();
      const vocabulary = join(dir, 'vocabulary.json');
      rmSync(vocabulary);
      write(vocabulary);
      const out = cli(['--data', dir, '--yes', ...flags]);
      expect(out.status, what).toBe(1);
      // A message that starts with the line and column follows the file name without a space.
      const after = message.startsWith(':') ? message : `: ${message}`;
      expect(out.stderr, what).toContain(`${relative(process.cwd(), vocabulary)}${after}`);
      expect(out.stderr, what).toContain('Nothing written');
      for (const text of raw) expect(out.stderr, what).not.toContain(text);
      expect(existsSync(join(dir, 'events')), what).toBe(false);
    }
  });

  it('says in one line what is wrong with a schema in the data folder, and writes nothing', () => {
    const dir = dataFolder();
    mkdirSync(join(dir, 'schema'));
    writeFileSync(join(dir, 'schema/event.schema.json'), '{ "type": "object", }');
    const out = cli(['--data', dir, '--yes', ...flags]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      `${relative(process.cwd(), join(dir, 'schema/event.schema.json'))}:1:19: is not valid JSON: a comma after the last item: remove it`,
    );
    for (const text of raw) expect(out.stderr).not.toContain(text);
  });

  it('says which file stands where a folder should be, and writes nothing', () => {
    const dir = dataFolder();
    mkdirSync(join(dir, 'events'));
    writeFileSync(join(dir, 'events/2025'), '');
    const out = cli(['--data', dir, '--yes', ...flags]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(
      `cannot be written: ${relative(process.cwd(), join(dir, 'events/2025'))} is a file, not a folder`,
    );
    for (const text of raw) expect(out.stderr).not.toContain(text);
  });

  it('answers a --data that is no folder', () => {
    const out = cli(['--data', join(dataFolder(), 'no-such-folder'), '--yes', ...flags]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('no-such-folder: there is no such folder: give the data folder');
  });
});
