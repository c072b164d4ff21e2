import { readFileSync } from 'node:fs';
import { parseAst } from 'vite';
import { describe, expect, it } from 'vitest';
import { GRAPH2D_NAMES, timelineOnly, type Parse } from './vis-timeline-trim.ts';

const parse: Parse = (code) => parseAst(code) as never;
// The file `vis-timeline/esnext` resolves to, which the package's exports do not let `resolve` name.
const visTimeline = readFileSync(
  new URL('../../node_modules/vis-timeline/esnext/esm/vis-timeline-graph2d.mjs', import.meta.url),
  'utf8',
);

/** The smallest module of vis-timeline's shape. */
const SHAPE = `
class Component {}
class Core {}
class Configurator {}
const configureOptions = {};
${GRAPH2D_NAMES.map((name) => `function ${name}() {}\n${name}.prototype.draw = function () {};`).join('\n')}
class Timeline extends Core {
  _createConfigurator() {
    return new Configurator(this, this.dom.container, configureOptions);
  }
}
const timeline = { Timeline, LineGraph };
export { Graph2d, Timeline, timeline };
`;

describe('timelineOnly on the installed vis-timeline', () => {
  const out = timelineOnly(visTimeline, parse);

  it('leaves a module that exports Timeline alone', () => {
    const exports = parse(out).body.filter((s) => s.type === 'ExportNamedDeclaration');
    expect(exports.map((s) => out.slice(s.start, s.end))).toEqual(['export { Timeline };']);
  });

  it('declares none of Graph2d’s parts and constructs no configurator', () => {
    for (const name of GRAPH2D_NAMES) expect(out).not.toMatch(new RegExp(`^function ${name}\\(`, 'm'));
    expect(out).not.toContain('new Configurator(');
    expect(out).toContain("vis-timeline's configure option is left out of this build");
  });

  it('keeps every line where it was, so the line-for-line source map holds', () => {
    expect(out.split('\n')).toHaveLength(visTimeline.split('\n').length);
    const kept = 'class ItemSet extends Component {';
    expect(out.split('\n').indexOf(kept)).toBe(visTimeline.split('\n').indexOf(kept));
  });

  it('is much smaller: Graph2d is about a fifth of the module', () => {
    expect(out.replace(/\s+/g, '').length).toBeLessThan(0.9 * visTimeline.replace(/\s+/g, '').length);
  });
});

describe('timelineOnly refuses a module it does not understand', () => {
  it('works on the expected shape', () => {
    expect(timelineOnly(SHAPE, parse)).toContain('export { Timeline };');
  });

  it('names what it could not find when a part is gone', () => {
    expect(() => timelineOnly(SHAPE.replace('function Legend() {}', ''), parse)).toThrow(/not found: Legend/);
  });

  it('refuses when the configurator is built some other way', () => {
    expect(() => timelineOnly(SHAPE.replace('this.dom.container', 'container'), parse)).toThrow(
      /_createConfigurator is not where it was expected/,
    );
  });

  it('refuses when code it keeps still uses a part it cut', () => {
    const uses = SHAPE.replace(
      'class Component {}',
      'class Component { draw() { return new LineGraph(); } }',
    );
    expect(() => timelineOnly(uses, parse)).toThrow(/still names LineGraph/);
  });

  it('refuses a module that no longer exports Timeline', () => {
    expect(() =>
      timelineOnly(SHAPE.replace('export { Graph2d, Timeline, timeline }', 'export { Graph2d }'), parse),
    ).toThrow(/no longer exports Timeline/);
  });
});
