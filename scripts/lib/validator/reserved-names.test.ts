import { describe, expect, it } from 'vitest';
import { formatProblem } from './format-problems.ts';
import { reservedTrackNames } from './reserved-names.ts';

describe('track keys the site cannot use', () => {
  it('are named with the fix', () => {
    const tracks = { 'us-russia': {}, constructor: {} };
    expect(reservedTrackNames('vocabulary.json', { tracks }).map(formatProblem)).toEqual([
      `vocabulary.json: /tracks/constructor: "constructor" is a name every JavaScript object has, which the site cannot use for a track: choose another key and use it in the events' "track"`,
    ]);
  });

  it('leave every other key, and a file without tracks, alone', () => {
    expect(reservedTrackNames('v.json', { tracks: { 'russia-ukraine': {}, constructors: {} } })).toEqual([]);
    expect(reservedTrackNames('v.json', null)).toEqual([]);
    expect(reservedTrackNames('v.json', { tracks: 'x' })).toEqual([]);
  });
});
