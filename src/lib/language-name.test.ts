import { describe, expect, it } from 'vitest';
import { languageName } from './language-name';

describe('languageName', () => {
  it('names a language tag in English', () => {
    expect(languageName('uk')).toBe('Ukrainian');
    expect(languageName('ru')).toBe('Russian');
  });

  it('shows a tag it cannot name as it is', () => {
    expect(languageName('not a tag!')).toBe('not a tag!');
  });
});
