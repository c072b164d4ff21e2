import { needsBroken, type EventFile } from './linter.ts';
import { linters } from './linters/index.ts';
import { note, type Problem } from './problem.ts';

const AGAIN = 'run the validator again then';

function fieldList(fields: string[]): string {
  const quoted = fields.map((f) => `"${f}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

/**
 * One note for each event file that some rules could not check because of its errors (the rules read a field
 * that failed the schema, or the file could not be read at all), so that the editor knows that fixing the
 * errors listed may bring others to light, and does not take the list for the whole.
 */
export function pendingRules(files: readonly EventFile[], unread: readonly string[]): Problem[] {
  const whole = (file: string) =>
    note(file, '', `once the errors above are fixed, the other rules will check this file too: ${AGAIN}`);
  return [
    ...unread.map(whole),
    ...files.flatMap((f) => {
      if (!f.event) return [whole(f.file)];
      const waiting = linters.filter((l) => needsBroken(l, f));
      if (waiting.length === 0) return [];
      const fields = [...f.broken!].filter((field) => waiting.some((l) => l.reads.some((r) => r === field)));
      return [
        note(
          f.file,
          '',
          `once the errors above in ${fieldList(fields.sort())} are fixed, ${waiting.length} more rule${waiting.length === 1 ? '' : 's'} will check this file: ${AGAIN}`,
        ),
      ];
    }),
  ];
}
