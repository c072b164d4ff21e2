import { describe, expect, it } from 'vitest';
import { printLines } from './print-lines';

const address = 'https://example.org/?status=cancelled';

describe('printLines', () => {
  it('says how many events a filtered view holds, which filters, and where it came from', () => {
    expect(
      printLines({
        shown: 5,
        total: 104,
        description: 'Status: cancelled, postponed',
        eventOpen: false,
        address,
      }),
    ).toEqual([`Showing 5 of 104 events. Status: cancelled, postponed.`, `Printed from ${address}`]);
  });

  it('gives the count alone when no filter is set', () => {
    expect(printLines({ shown: 1, total: 1, description: '', eventOpen: false, address })[0]).toBe(
      'Showing 1 of 1 event',
    );
  });

  it('gives only the address for an open event, which is printed alone', () => {
    expect(
      printLines({ shown: 5, total: 104, description: 'Kind: summit', eventOpen: true, address }),
    ).toEqual([`Printed from ${address}`]);
  });
});
