import { expect, it } from 'vitest';
import { urlAdvice } from './urls.ts';

it('names a line break or a tab in an address as such, and says to remove it rather than encode it', () => {
  const broken = urlAdvice('https://www.swissinfo.ch/x\nfoo')!;
  expect(broken).toContain('contains a line break');
  expect(broken).toContain('remove it');
  expect(broken).not.toContain('%20');
  expect(urlAdvice('https://www.swissinfo.ch/x\tfoo')).toContain('contains a tab');
  expect(urlAdvice('https://www.swissinfo.ch/x\u0007foo')).toContain('contains a control character (U+0007)');
});

it('still tells a space to be written %20, with the address so written', () => {
  expect(urlAdvice('https://www.swissinfo.ch/x foo')).toContain(
    'contains a space (got "https://www.swissinfo.ch/x foo"): write each space as %20, e.g. https://www.swissinfo.ch/x%20foo',
  );
});

it('refuses an address whose scheme is not followed by exactly two slashes, and gives it with two', () => {
  expect(urlAdvice('https:/www.swissinfo.ch/x')).toBe(
    'must have two slashes after "https:" (got "https:/www.swissinfo.ch/x"): write it as https://www.swissinfo.ch/x',
  );
  expect(urlAdvice('http:www.swissinfo.ch/x')).toContain('write it as http://www.swissinfo.ch/x');
  expect(urlAdvice('https:///www.swissinfo.ch/x')).toContain('must have two slashes after "https:"');
  expect(urlAdvice('https:\\\\www.swissinfo.ch\\x')).toContain('write it as https://www.swissinfo.ch/x');
  expect(urlAdvice('HTTPS://www.swissinfo.ch/x')).toBeUndefined();
  expect(urlAdvice('https://www.swissinfo.ch/x')).toBeUndefined();
});
