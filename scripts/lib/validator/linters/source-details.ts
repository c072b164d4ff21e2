import { error, quote, type Problem } from '../problem.ts';
import type { EventFile, Linter } from '../linter.ts';
import { addressKey } from '../../../../src/lib/data/same-address.ts';

/** What a source says of its page, which is the same whichever event cites it. */
const DETAILS = [
  ['title', 'headline'],
  ['publisher', 'publisher'],
  ['published', 'date'],
  ['language', 'language'],
] as const;

interface Citation {
  f: EventFile;
  index: number;
  source: Record<string, unknown>;
}

const shown = (value: unknown, absent: string) => (value === undefined ? absent : quote(value));

// One page has one headline, one publisher, one date and one language: where two events cite it, a
// reader, a citation or an export would otherwise get two answers. Which one is right is for the editor
// to find out, so both files are told. One page however its address is written (see addressKey), and the
// message gives the other file's spelling where it differs.
export const sourceDetails: Linter = {
  name: 'source-details',
  description:
    'A page cited by several events, however its address is written, has the same title, publisher, date and language in each of them.',
  reads: ['sources'],
  check: (context) => {
    const byUrl = new Map<string, Citation[]>();
    for (const f of context.files)
      f.event?.sources.forEach((source, index) => {
        const key = addressKey(source.url);
        const list = byUrl.get(key) ?? [];
        list.push({ f, index, source: source as unknown as Record<string, unknown> });
        byUrl.set(key, list);
      });
    const problems: Problem[] = [];
    for (const citations of byUrl.values()) {
      if (citations.length < 2) continue;
      for (const [key, what] of DETAILS) {
        for (const here of citations) {
          const others = citations.filter((c) => c.f !== here.f && c.source[key] !== here.source[key]);
          if (others.length === 0) continue;
          const elsewhere = others
            .map((o) => {
              const written = o.source.url === here.source.url ? '' : `, written ${quote(o.source.url, 80)}`;
              return `${o.f.file} (/sources/${o.index}${written}) gives ${shown(o.source[key], 'none')}`;
            })
            .join('; ');
          problems.push(
            error(
              here.f.file,
              `/sources/${here.index}/${key}`,
              `is ${shown(here.source[key], 'missing')}, but ${elsewhere} for the same page. A page has one ${what}: check it on the page and write the same in every event that cites it`,
            ),
          );
        }
      }
    }
    return problems;
  },
};
