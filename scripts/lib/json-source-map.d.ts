declare module 'json-source-map' {
  interface Position {
    line: number;
    column: number;
    pos: number;
  }
  interface Pointer {
    value: Position;
    valueEnd: Position;
    key?: Position;
    keyEnd?: Position;
  }
  export function parse(json: string): { data: unknown; pointers: Record<string, Pointer> };
  const _default: { parse: typeof parse };
  export default _default;
}
