import { expect, it } from 'vitest';
import { DIRECTION_CONTROL } from '../../../../src/lib/text/invisible.ts';
import { plainTextMessages } from './plain-text.ts';

it('refuses every direction control for which the app leaves an event out, so that both agree', () => {
  const controls: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    const c = String.fromCharCode(code);
    if (DIRECTION_CONTROL.test(c)) controls.push(c);
  }
  // The marks of direction among them: left-to-right, right-to-left and the Arabic letter mark.
  expect(controls).toEqual(expect.arrayContaining(['\u200e', '\u200f', '\u061c', '\u202e', '\u2066']));
  for (const c of controls) {
    const code = `U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    const [message, ...more] = plainTextMessages(`Talks${c} in Gomel`);
    expect(more, code).toEqual([]);
    expect(message?.startsWith(`contains the invisible character ${code}`), `${code}: ${message}`).toBe(true);
    expect(message, code).toMatch(/: delete it$/);
  }
});

it('names the marks of direction, which an editor cannot see', () => {
  expect(plainTextMessages('Talks\u200e')).toEqual([
    'contains the invisible character U+200E (a left-to-right mark): delete it',
  ]);
  expect(plainTextMessages('\u200fعنوان')).toEqual([
    'contains the invisible character U+200F (a right-to-left mark): delete it',
  ]);
  expect(plainTextMessages('عنوان\u061c (2)')).toEqual([
    'contains the invisible character U+061C (an Arabic letter mark): delete it',
  ]);
});

it('leaves right-to-left text without marks alone', () => {
  expect(plainTextMessages('عنوان المقال (٢)')).toEqual([]);
  expect(plainTextMessages('כותרת הכתבה')).toEqual([]);
});
