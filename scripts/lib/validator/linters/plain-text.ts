import { error, escapePointerSegment, quote, type Problem } from '../problem.ts';
import type { Linter } from '../linter.ts';

// A tag, a comment, a doctype or an entity: anything a browser would read as markup rather than text.
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>?|&(#\d+|#x[0-9a-f]+|[a-z]+);/i;
const MAX_DEPTH = 32;

function findMarkup(file: string, root: unknown): Problem[] {
  const problems: Problem[] = [];
  const stack: [unknown, string, number][] = [[root, '', 0]];
  while (stack.length > 0) {
    const [node, pointer, depth] = stack.pop()!;
    if (typeof node === 'string') {
      const m = MARKUP.exec(node);
      if (m) problems.push(error(file, pointer, `must be plain text: remove the markup ${quote(m[0], 40)}`));
    } else if (node !== null && typeof node === 'object' && depth < MAX_DEPTH) {
      for (const [key, child] of Object.entries(node)) {
        // "$schema" is a path for editors, never shown to readers.
        if (pointer === '' && key === '$schema') continue;
        stack.push([child, `${pointer}/${escapePointerSegment(key)}`, depth + 1]);
      }
    }
  }
  return problems.reverse();
}

export const plainText: Linter = {
  name: 'plain-text',
  description: 'No HTML, markup or character entities in any text field.',
  check: (context) => context.files.flatMap((f) => findMarkup(f.file, f.value)),
};
