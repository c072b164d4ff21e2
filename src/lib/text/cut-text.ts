/**
 * The first `max` code points of the text. Not `slice`, which counts UTF-16 units and can keep half of
 * an emoji: a lone surrogate shows as a broken character and is written to an address as U+FFFD.
 */
export function cutText(text: string, max: number): string {
  let end = 0;
  for (let count = 0; count < max && end < text.length; count += 1)
    end += text.codePointAt(end)! > 0xffff ? 2 : 1;
  return text.slice(0, end);
}
