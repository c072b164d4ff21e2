/** The smallest well-formed event and data file, for tests that need valid data and nothing more. */
export const sampleEvent = {
  id: '2025-05-16-a',
  title: 'Talks',
  summary: 'Something happened.',
  kind: 'negotiation-round',
  status: 'held',
  track: 'russia-ukraine',
  start: '2025-05-16',
  parties: ['RU', 'UA'],
  sources: [{ url: 'https://example.org', title: 'T', publisher: 'P', language: 'en' }],
};

export const sampleFile = (events: unknown[]) => ({
  version: '1',
  generatedAt: '',
  vocabulary: { parties: {}, tracks: {} },
  events,
});
