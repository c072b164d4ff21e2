import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import { repeatedFlags } from './repeated-flags';

const tokensOf = (args: string[]) =>
  parseArgs({
    args,
    options: { title: { type: 'string' }, date: { type: 'string' }, yes: { type: 'boolean', short: 'y' } },
    strict: true,
    tokens: true,
  }).tokens;

describe('repeatedFlags', () => {
  it('names each flag given twice, once, whatever its spelling', () => {
    expect(
      repeatedFlags(
        tokensOf(['--title', 'A', '--date=2025-05-16', '--title=B', '--yes', '-y', '--title', 'C']),
      ),
    ).toEqual(['title', 'yes']);
  });

  it('names none when every flag is given once', () => {
    expect(repeatedFlags(tokensOf(['--title', 'A', '--date', '2025-05-16', '--yes']))).toEqual([]);
  });
});
