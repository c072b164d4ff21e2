import type { EventRecord } from '../../../lib/data/dataset';

/** Addresses a browser would run or render; the page links none of them, and no export may write one. */
export const SCRIPT_ADDRESSES = [
  "javascript:alert('source')",
  "  JaVaScRiPt:alert('mixed case, leading spaces')",
  "data:text/html,<script>alert('data')</script>",
  "vbscript:msgbox('x')",
];

const SAFE = 'https://example.org/safe';

/**
 * A day-precision event, from a data file that did not come through the validator, with one web address
 * among script addresses in every field that holds one: sources, archived copies, the status change and
 * the accounts of a discrepancy.
 */
export const scriptAddresses: EventRecord = {
  id: '2025-06-02-script-addresses',
  title: 'Addresses that are not web links',
  summary: 'Sources that would run script.',
  kind: 'meeting',
  status: 'cancelled',
  track: 'russia-ukraine',
  start: '2025-06-02',
  parties: ['RU', 'UA'],
  statusChange: { date: '2025-06-01', reason: 'Called off.', source: SCRIPT_ADDRESSES[0]! },
  discrepancies: [
    {
      topic: 'Who called it off',
      accounts: [
        { claim: 'Moscow did.', source: SCRIPT_ADDRESSES[1]! },
        { claim: 'Kyiv did.', source: SAFE },
      ],
    },
  ],
  sources: [
    {
      url: SAFE,
      title: 'A web page',
      publisher: 'Example',
      language: 'en',
      archiveUrl: SCRIPT_ADDRESSES[2]!,
    },
    ...SCRIPT_ADDRESSES.map((url, i) => ({
      url,
      title: `Script ${i + 1}`,
      publisher: `Publisher ${i + 1}`,
      language: 'en',
      archiveUrl: i === 0 ? 'https://web.archive.org/web/2025/https://example.org/safe' : undefined,
    })),
  ] as EventRecord['sources'],
};

/** Whether a text holds any of the script addresses, or their schemes, in any case. */
export const holdsScript = (text: string) => /javascript:|vbscript:|data:text/i.test(text);
