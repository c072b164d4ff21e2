import { OBJECT_MEMBERS } from '../../../src/lib/data/object-members.ts';
import { error, escapePointerSegment, type Problem } from './problem.ts';

// The site looks tracks up in plain objects (vis-timeline's lanes among them), where these names find
// Object's own members: the schema's key pattern lets "constructor" through, and the site would leave
// out every event of that track.

/** A track key the site cannot use, in the vocabulary file. */
export function reservedTrackNames(file: string, vocabulary: unknown): Problem[] {
  const tracks = (vocabulary as { tracks?: unknown } | null)?.tracks;
  if (tracks === null || typeof tracks !== 'object') return [];
  return Object.keys(tracks)
    .filter((key) => OBJECT_MEMBERS.has(key))
    .map((key) =>
      error(
        file,
        `/tracks/${escapePointerSegment(key)}`,
        `"${key}" is a name every JavaScript object has, which the site cannot use for a track: choose another key and use it in the events' "track"`,
      ),
    );
}
