import { blankInvisible, error, type Problem } from '../validator/problem.ts';

/** An event id that was in the dataset at the base and is in no event file now. */
export interface RemovedId {
  id: string;
  /** The file that held it at the base. */
  file: string;
  /** The id that probably took its place: its file kept the old path, or its id keeps the old name after the date. */
  renamedTo?: { id: string; file: string };
  /** The event that lists the id in its formerIds now: links to the id open that event. */
  forwardedTo?: { id: string; file: string };
}

export interface ChangelogSection {
  /** The heading line as written, e.g. "## 2026.11.28". */
  heading: string;
  /** 1-based line of the heading. */
  line: number;
  /** The section's entries: each list item with its continuation lines, or paragraph, whitespace collapsed. */
  entries: string[];
}

export interface RemovedIdsInput {
  /** Event id → the file that held it, at the base revision. */
  base: ReadonlyMap<string, string>;
  /** Event id → its file, now. */
  current: ReadonlyMap<string, string>;
  /** An id listed in an event's formerIds now → that event's id and file. */
  formerIds?: ReadonlyMap<string, { id: string; file: string }>;
  /** The changelog now. */
  changelog: string;
  /**
   * The changelog at the base, if it existed there. A line that was already in it does not record this change:
   * an id named in an older line of the same release (say, corrected earlier) still needs a line of its own.
   */
  baseChangelog?: string;
  /** How messages name the changelog. */
  changelogFile?: string;
}

export interface RemovedIdsResult {
  removed: RemovedId[];
  problems: Problem[];
  /** The newest section of the changelog now, if it has one. */
  section: ChangelogSection | undefined;
}

const DATE_PREFIX = /^[0-9]{4}(?:-[0-9]{2}){0,2}-/;

/** The part of an id after its date: "budapest-summit" for "2025-10-16-budapest-summit". */
function nameAfterDate(id: string): string {
  return id.replace(DATE_PREFIX, '');
}

/**
 * The ids of `base` that no file of `current` holds, in the order of their base files. Ids are compared, not
 * paths: a file moved to another folder removes nothing, and a changed `id` removes the old one.
 */
export function removedIds(
  base: ReadonlyMap<string, string>,
  current: ReadonlyMap<string, string>,
): RemovedId[] {
  const added = [...current].filter(([id]) => !base.has(id));
  const taken = new Set<string>();
  const removed = [...base].filter(([id]) => !current.has(id)).sort(([, a], [, b]) => a.localeCompare(b));
  // First the ids whose file kept its path (the id changed inside it), then those that kept their name
  // after the date (the start date was corrected), so that one new id is paired with one old id at most.
  const pairs = new Map<string, { id: string; file: string }>();
  type Entry = [id: string, file: string];
  const sameFile = (old: Entry, now: Entry) => now[1] === old[1];
  const sameName = (old: Entry, now: Entry) => nameAfterDate(now[0]) === nameAfterDate(old[0]);
  for (const match of [sameFile, sameName]) {
    for (const old of removed) {
      if (pairs.has(old[0])) continue;
      const found = added.find((now) => !taken.has(now[0]) && match(old, now));
      if (!found) continue;
      taken.add(found[0]);
      pairs.set(old[0], { id: found[0], file: found[1] });
    }
  }
  return removed.map(([id, file]) => {
    const renamedTo = pairs.get(id);
    return renamedTo ? { id, file, renamedTo } : { id, file };
  });
}

/** Splits Markdown lines into entries: a top-level list item with its continuation lines, or a paragraph. */
function entriesOf(lines: string[]): string[] {
  const entries: string[] = [];
  let current: string[] = [];
  const close = () => {
    if (current.length > 0) entries.push(current.join(' ').replace(/\s+/g, ' ').trim());
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') close();
    else {
      if (/^(?:[-*+]|[0-9]+[.)])\s/.test(line)) close();
      current.push(line);
    }
  }
  close();
  return entries;
}

/** The section under the changelog's topmost "## " heading, up to the next heading of level 1 or 2. */
export function newestSection(changelog: string): ChangelogSection | undefined {
  const lines = changelog.split(/\r?\n/);
  const start = lines.findIndex((line) => line.startsWith('## '));
  if (start === -1) return undefined;
  let end = lines.findIndex((line, i) => i > start && /^##? /.test(line));
  if (end === -1) end = lines.length;
  return { heading: lines[start]!.trim(), line: start + 1, entries: entriesOf(lines.slice(start + 1, end)) };
}

/** Whether `text` names `id` as a whole word: not as a part of a longer id. */
export function namesId(text: string, id: string): boolean {
  const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![A-Za-z0-9-])${escaped}(?![A-Za-z0-9-])`).test(text);
}

/** How a changelog entry records a removed id, in one of the two forms CONTRIBUTING.md gives. */
export type RemovalEntry =
  | { form: 'removed' }
  | { form: 'renamed'; to: string }
  /** The form, with its "<why>" (or nothing) where the reason goes. */
  | { form: 'no-reason' };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A reason that is none: left out, or the "<why>" of the line to copy. */
const NO_REASON = /^(<[^>]*>|…|\.\.\.)?\.?$/;

/**
 * Whether `entry` records the removal of `id` as "- Removed <id>: <why>." or "- Renamed <id> → <new id>: <why>."
 * (with "->" for the arrow, and the ids in backticks or not). Undefined for any other entry, such as
 * "- Corrected the figures in <id>.", which names the id but does not say that it went.
 */
export function removalEntry(entry: string, id: string): RemovalEntry | undefined {
  const quoted = `\`?${escapeRegExp(id)}\`?`;
  const removed = new RegExp(`^[-*+]\\s+Removed\\s+${quoted}\\s*:\\s*(.*)$`).exec(entry);
  const renamed = new RegExp(
    `^[-*+]\\s+Renamed\\s+${quoted}\\s*(?:→|->)\\s*\`?([^\\s\`:]+)\`?\\s*:\\s*(.*)$`,
  ).exec(entry);
  const reason = removed?.[1] ?? renamed?.[2];
  if (reason === undefined) return undefined;
  if (NO_REASON.test(reason.trim())) return { form: 'no-reason' };
  return renamed ? { form: 'renamed', to: renamed[1]! } : { form: 'removed' };
}

/** An entry as a message quotes it: invisible characters blanked, cut short. */
function quoteEntry(entry: string): string {
  const text = blankInvisible(entry);
  return `"${text.length > 100 ? `${text.slice(0, 100)}…` : text}"`;
}

/**
 * Why the new entries that name a removed id do not record it, or undefined when one does: the first entry that
 * comes closest (the documented form without a reason, a rename to an id no event has, a line that only names it).
 */
function notRecorded(
  entries: readonly string[],
  id: string,
  current: ReadonlyMap<string, string>,
): string | undefined {
  let why: string | undefined;
  for (const entry of entries) {
    const found = removalEntry(entry, id);
    if (found?.form === 'removed') return undefined;
    if (found?.form === 'renamed') {
      if (current.has(found.to)) return undefined;
      why = `says in ${quoteEntry(entry)} that it was renamed to ${blankInvisible(found.to)}, which is the id of no event file`;
    } else if (found?.form === 'no-reason')
      why = `has ${quoteEntry(entry)}, which does not give the reason after the colon`;
    else why ??= `names it only in ${quoteEntry(entry)}, which does not say that it was removed or renamed`;
  }
  return why ?? '';
}

/**
 * Every id removed since the base must be recorded in the newest section of the changelog, in a line that this
 * change wrote (or edited), as "- Removed <id>: <why>." or "- Renamed <old id> → <new id>: <why>.": links
 * (?event=<id>) and citations that use a removed id stop working, unless an event lists it in formerIds, and the
 * changelog is the one place that says where it went and why. A line that only names the id ("- Corrected
 * the figures in <id>.") does not say so.
 */
export function checkRemovedIds(input: RemovedIdsInput): RemovedIdsResult {
  const changelogFile = input.changelogFile ?? 'data/CHANGELOG.md';
  const removed = removedIds(input.base, input.current).map((r) => {
    const forwardedTo = input.formerIds?.get(r.id);
    return forwardedTo ? { ...r, forwardedTo } : r;
  });
  const section = newestSection(input.changelog);
  const before = new Set(
    input.baseChangelog === undefined ? [] : entriesOf(input.baseChangelog.split(/\r?\n/)),
  );
  const problems: Problem[] = [];
  for (const r of removed) {
    const naming = section?.entries.filter((entry) => namesId(entry, r.id)) ?? [];
    const fresh = naming.filter((entry) => !before.has(entry));
    const wrong = fresh.length > 0 ? notRecorded(fresh, r.id, input.current) : undefined;
    if (fresh.length > 0 && wrong === undefined) continue;
    // A hostile id from an old file must not garble a terminal.
    const id = blankInvisible(r.id);
    // formerIds says where the id went; the guess from files and names only stands in for it.
    const forward = r.forwardedTo;
    const to = forward ?? r.renamedTo;
    const toId = to && blankInvisible(to.id);
    // Forwarded to an event that was there before: the id's event was merged into it.
    const merged = !!forward && forward.file !== r.file && input.base.has(forward.id);
    const what = !to
      ? `no event has the id ${id} any more`
      : to.file === r.file
        ? `its id ${id} was changed to ${toId}`
        : `the id ${id} ${merged ? 'was merged into' : 'is now'} ${toId} (${to.file})`;
    const said = wrong
      ? `${changelogFile} ${wrong}`
      : naming.length > 0
        ? `${changelogFile} names it only in a line that was there before this change`
        : `${changelogFile} does not say so`;
    const line = !to
      ? `- Removed ${id}: <why>.`
      : merged
        ? `- Removed ${id}: merged into ${toId}.`
        : `- Renamed ${id} → ${toId}: <why>.`;
    const where = section
      ? `under its newest heading "${section.heading}", or under a new dated heading above it`
      : 'under a "## YYYY.MM.DD" heading (the date of the change) at the top: it has none';
    const merge = to ? '' : ' (for a merge: "merged into <id>")';
    const links = forward
      ? `Links and citations with ?event=${id} will be forwarded to ${toId}, which lists it in formerIds`
      : `Links and citations with ?event=${id} will no longer find the event: if another event took its place, list ${id} in that event's formerIds, and links to it will be forwarded there`;
    problems.push(error(r.file, '', `${what}, and ${said}: add "${line}"${merge} ${where}. ${links}`));
  }
  return { removed, problems, section };
}
