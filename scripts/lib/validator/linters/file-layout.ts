import { error, quote } from '../problem.ts';
import { eachEvent, type Linter } from '../linter.ts';

export const fileLayout: Linter = {
  name: 'file-layout',
  description: 'The file is data/events/<year of start>/<id>.json, and the id begins with the start date.',
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
      if (!event.id.startsWith(`${event.start}-`)) {
        problems.push(
          error(f.file, '/id', `must begin with the start date "${event.start}-" (got ${quote(event.id)})`),
        );
      }
      const year = event.start.slice(0, 4);
      if (f.folder !== year) {
        problems.push(
          error(
            f.file,
            '',
            `belongs in data/events/${year}/ because the event starts in ${year}: move the file`,
          ),
        );
      }
      return problems;
    }),
};

export const uniqueIds: Linter = {
  name: 'unique-ids',
  description: 'No two events share an id.',
  check: (context) => {
    const seen = new Map<string, string>();
    const problems = [];
    for (const f of context.files) {
      if (!f.event) continue;
      const key = f.event.id.toLowerCase();
      const first = seen.get(key);
      if (first)
        problems.push(error(f.file, '/id', `"${f.event.id}" is already used by ${first}: choose another id`));
      else seen.set(key, f.file);
    }
    return problems;
  },
};
