import { lineAndColumn } from './read-json-file.ts';
import { locatePointer } from './locate-pointer.ts';
import { itemWords } from './pointer-words.ts';
import type { Problem } from './problem.ts';

/**
 * "data/events/2025/x.json:12:7: /sources/1/language (the second source): has the wrong form …": the file with the
 * line and column where they are known (editors and terminals open the file there), the field with the item of
 * a list in words, and what to do.
 */
export function formatProblem(p: Problem): string {
  const words = p.pointer === '' ? undefined : itemWords(p.pointer);
  const where = p.pointer === '' ? '' : ` ${p.pointer}${words ? ` (${words})` : ''}:`;
  const prefix = p.severity === 'error' ? '' : `${p.severity}: `;
  const at = p.line === undefined ? '' : `:${p.line}${p.column === undefined ? '' : `:${p.column}`}`;
  return `${prefix}${p.file}${at}:${where} ${p.message}`;
}

/**
 * Adds the line and column of its field to each problem that points at one, from the texts the validator read
 * (file as shown → text). A problem about a whole file ("" pointer) is left without: line 1 would say nothing.
 */
export function locateProblems(problems: Problem[], texts: ReadonlyMap<string, string>): Problem[] {
  return problems.map((p) => {
    if (p.line !== undefined || p.pointer === '') return p;
    const text = texts.get(p.file);
    if (text === undefined) return p;
    return { ...p, ...lineAndColumn(text, locatePointer(text, p.pointer)) };
  });
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * A GitHub Actions workflow command that shows the problem on the file's line in a pull request; its title
 * names the command that found it.
 */
export function githubAnnotation(p: Problem, command = 'validate'): string {
  const props = [`file=${escapeProperty(p.file)}`];
  if (p.line !== undefined) props.push(`line=${p.line}`);
  if (p.column !== undefined) props.push(`col=${p.column}`);
  props.push(`title=${escapeProperty(`${command}: ${p.pointer || p.file}`)}`);
  // GitHub's levels are error, warning and notice.
  const level = p.severity === 'note' ? 'notice' : p.severity;
  // The place is in the properties: the message need not say it again.
  const message = formatProblem({ ...p, line: undefined, column: undefined });
  return `::${level} ${props.join(',')}::${escapeData(message)}`;
}
