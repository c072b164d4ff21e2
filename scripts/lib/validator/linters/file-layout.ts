import { parsePartialDate } from '../../../../src/lib/dates/partial-date.ts';
import { error, quote } from '../problem.ts';
import { eachEvent, type EventFile, type Linter } from '../linter.ts';

export const fileLayout: Linter = {
  name: 'file-layout',
  description: 'The file is data/events/<year of start>/<id>.json, and the id begins with the start date.',
  reads: ['id', 'start'],
  check: (context) =>
    eachEvent(context, (event, f) => {
      const problems = [];
      if (event.id !== f.name) {
        problems.push(
          error(
            f.file,
            '/id',
            `must equal the file name "${f.name}" (got ${quote(event.id)}): rename the file or fix the id`,
          ),
        );
      }
      // A start that is no real date ("2025-02-30") is told by calendar-dates: an id is not asked to begin with it.
      if (!event.id.startsWith(`${event.start}-`) && parsePartialDate(event.start)) {
        problems.push(
          error(f.file, '/id', `must begin with the start date "${event.start}-" (got ${quote(event.id)})`),
        );
      }
      const year = event.start.slice(0, 4);
      if (f.folder !== year) {
        // Moving the file onto one already there would lose that one.
        const there = context.files.find((o) => o.folder === year && o.name === f.name);
        problems.push(
          error(
            f.file,
            '',
            there
              ? `belongs in ${context.eventsFolder}/${year}/ because the event starts in ${year}, but ${there.file} is already there: compare the two files, and do not move this one over it`
              : `belongs in ${context.eventsFolder}/${year}/ because the event starts in ${year}: move the file`,
          ),
        );
      }
      return problems;
    }),
};

export const uniqueIds: Linter = {
  name: 'unique-ids',
  description: 'No two events share an id.',
  reads: ['id'],
  check: (context) => {
    const byId = new Map<string, EventFile[]>();
    for (const f of context.files) {
      if (!f.event) continue;
      const key = f.event.id.toLowerCase();
      byId.set(key, [...(byId.get(key) ?? []), f]);
    }
    // Said on every file of the clash: which one is the copy or the newcomer is for the editor to tell.
    return [...byId.values()]
      .filter((group) => group.length > 1)
      .flatMap((group) =>
        group.map((f) =>
          error(
            f.file,
            '/id',
            `${quote(f.event!.id)} is also the id of ${group
              .filter((o) => o !== f)
              .map((o) => o.file)
              .join(
                ', ',
              )}: if one is a copy, delete it or merge the two; if they are different events, give the new one its own id and file name`,
          ),
        ),
      );
  },
};
