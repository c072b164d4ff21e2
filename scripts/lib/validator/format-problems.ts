import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import jsonSourceMap from 'json-source-map';
import type { Problem } from './problem.ts';

/** "data/events/2025/x.json: /sources/0/url: must be an http(s) address (got …)" */
export function formatProblem(p: Problem): string {
  const where = p.pointer === '' ? '' : ` ${p.pointer}:`;
  const prefix = p.severity === 'error' ? '' : `${p.severity}: `;
  return `${prefix}${p.file}:${where} ${p.message}`;
}

/** Adds line and column to problems that point at a field, reading each file once. */
export function locateProblems(problems: Problem[], root: string): Problem[] {
  const maps = new Map<string, Record<string, { value: { line: number; column: number } }> | null>();
  return problems.map((p) => {
    if (p.line !== undefined) return p;
    if (!maps.has(p.file)) {
      try {
        const path = isAbsolute(p.file) ? p.file : join(root, p.file);
        // Not a pipe in place of a file, which would be read for ever.
        if (!statSync(path).isFile()) throw new Error('not a regular file');
        maps.set(p.file, jsonSourceMap.parse(readFileSync(path, 'utf8')).pointers);
      } catch {
        maps.set(p.file, null);
      }
    }
    const pointers = maps.get(p.file);
    // A missing field has no line of its own: point at the nearest parent that exists.
    let pointer = p.pointer;
    while (pointers && !pointers[pointer] && pointer !== '')
      pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const pos = pointers?.[pointer]?.value;
    return pos ? { ...p, line: pos.line + 1, column: pos.column + 1 } : p;
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
  return `::${level} ${props.join(',')}::${escapeData(formatProblem(p))}`;
}
