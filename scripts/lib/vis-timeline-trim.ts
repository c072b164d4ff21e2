/**
 * vis-timeline's one ES module holds Graph2d (its line and bar charts) and an options configurator
 * beside the Timeline. The app imports only Timeline, but the bundler cannot drop the rest: Graph2d's
 * parts are old-style constructors built by top-level assignments (`LineGraph.prototype = new
 * Component()`), which count as side effects, and Timeline's `_createConfigurator` keeps the
 * configurator. They are about a fifth of the timeline's chunk, which a wide screen downloads at once.
 *
 * `timelineOnly` cuts them out of the module's source: the Graph2d declarations and every top-level
 * statement that assigns to them, the `Graph2d` and `timeline` exports, and the configurator's
 * construction (its `configure` option, which the app never sets, then throws). The bundler drops what
 * nothing uses any more. It fails loudly, never silently, if a new vis-timeline no longer has the
 * shape it expects or if anything left still names Graph2d's parts.
 */

/** The slice of an ESTree node this file reads; oxc's and acorn's nodes both have it. */
export interface Node {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export type Parse = (code: string) => { body: Node[] };

/** Graph2d and what only it uses, declared as functions with prototypes assigned after them. */
export const GRAPH2D_NAMES = ['Graph2d', 'LineGraph', 'Legend', 'GraphGroup', 'Line', 'Bargraph', 'Points'];

/** The module's namespace object of internals, which names Graph2d's parts; the app does not use it. */
const NAMESPACE = 'timeline';

const CONFIGURATOR_CALL = 'return new Configurator(this, this.dom.container, configureOptions);';
const CONFIGURATOR_LEFT_OUT =
  'throw new Error("vis-timeline\'s configure option is left out of this build (scripts/lib/vis-timeline-trim.ts)");';

interface Cut {
  start: number;
  end: number;
  text: string;
}

/** The name at the root of `a.b.c` (or `a` itself), if it is a plain name. */
function rootName(node: Node | undefined): string | undefined {
  let at = node;
  while (at?.type === 'MemberExpression') at = at.object as Node;
  return at?.type === 'Identifier' ? (at.name as string) : undefined;
}

/** The name a top-level statement declares or assigns to, if it is one of Graph2d's parts. */
function graph2dPart(statement: Node, names: Set<string>): boolean {
  if (statement.type === 'FunctionDeclaration' || statement.type === 'ClassDeclaration') {
    const id = statement.id as Node | null;
    return id !== null && names.has(id.name as string);
  }
  if (statement.type !== 'ExpressionStatement') return false;
  const expression = statement.expression as Node;
  return expression.type === 'AssignmentExpression' && names.has(rootName(expression.left as Node) ?? '');
}

function declaresNamespace(statement: Node): boolean {
  if (statement.type !== 'VariableDeclaration') return false;
  const declarations = statement.declarations as Node[];
  return declarations.length === 1 && (declarations[0]!.id as Node).name === NAMESPACE;
}

/** Every identifier in `node` that refers to a binding: not a property name after a dot or before a colon. */
function referencedNames(node: unknown, found: Set<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) referencedNames(child, found);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const n = node as Node;
  if (n.type === 'Identifier') found.add(n.name as string);
  for (const [key, value] of Object.entries(n)) {
    if (key === 'type' || key === 'start' || key === 'end') continue;
    const isLabel =
      (key === 'property' && n.type === 'MemberExpression' && n.computed !== true) ||
      (key === 'key' &&
        (n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') &&
        n.computed !== true);
    if (!isLabel) referencedNames(value, found);
  }
}

/** Cuts `start`–`end` out, keeping its line breaks so that every line left stays on its line number. */
function cutOut(code: string, node: Node, text = ''): Cut {
  return {
    start: node.start,
    end: node.end,
    text: text + code.slice(node.start, node.end).replace(/[^\n]/g, ''),
  };
}

function applyCuts(code: string, cuts: Cut[]): string {
  let out = '';
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a.start - b.start)) {
    out += code.slice(at, cut.start) + cut.text;
    at = cut.end;
  }
  return out + code.slice(at);
}

/** vis-timeline's module source with Graph2d and the configurator cut out; throws if it cannot. */
export function timelineOnly(code: string, parse: Parse): string {
  const names = new Set(GRAPH2D_NAMES);
  const cuts: Cut[] = [];
  const declared = new Set<string>();
  let exportsCut = false;
  let namespaceCut = false;
  for (const statement of parse(code).body) {
    if (graph2dPart(statement, names)) {
      if (statement.type !== 'ExpressionStatement') declared.add((statement.id as Node).name as string);
      cuts.push(cutOut(code, statement));
    } else if (declaresNamespace(statement)) {
      namespaceCut = true;
      cuts.push(cutOut(code, statement));
    } else if (statement.type === 'ExportNamedDeclaration' && statement.source == null) {
      const exported = (statement.specifiers as Node[]).map((s) => (s.local as Node).name as string);
      const kept = exported.filter((name) => !names.has(name) && name !== NAMESPACE);
      if (!kept.includes('Timeline'))
        throw new Error('vis-timeline-trim: the module no longer exports Timeline');
      exportsCut = true;
      cuts.push(cutOut(code, statement, `export { ${kept.join(', ')} };`));
    }
  }
  const missing = GRAPH2D_NAMES.filter((name) => !declared.has(name));
  if (missing.length > 0 || !exportsCut || !namespaceCut)
    throw new Error(
      `vis-timeline-trim: vis-timeline no longer has the shape this expects (not found: ${[
        ...missing,
        ...(exportsCut ? [] : ['its export list']),
        ...(namespaceCut ? [] : [`const ${NAMESPACE}`]),
      ].join(', ')}); update scripts/lib/vis-timeline-trim.ts`,
    );

  const trimmed = applyCuts(code, cuts);
  const configurator = trimmed.indexOf(CONFIGURATOR_CALL);
  if (configurator < 0 || trimmed.indexOf(CONFIGURATOR_CALL, configurator + 1) >= 0)
    throw new Error("vis-timeline-trim: Timeline's _createConfigurator is not where it was expected");
  const out =
    trimmed.slice(0, configurator) +
    CONFIGURATOR_LEFT_OUT +
    trimmed.slice(configurator + CONFIGURATOR_CALL.length);

  const left = new Set<string>();
  referencedNames(parse(out).body, left);
  // The namespace's name is also a parameter name inside the module, so only Graph2d's are looked for.
  const stillNamed = GRAPH2D_NAMES.filter((name) => left.has(name));
  if (stillNamed.length > 0)
    throw new Error(
      `vis-timeline-trim: what is left still names ${stillNamed.join(', ')}; it would fail when run`,
    );
  return out;
}
