import { readFile } from 'node:fs/promises';
import { compile, type JSONSchema } from 'json-schema-to-typescript';
import { format } from 'prettier';

export const GENERATED_TYPES_PATH = 'src/lib/data/event.generated.ts';

const BANNER = `/* This file is generated from data/schema/*.schema.json by \`npm run gen:types\`. Do not edit it by hand:
 * the schema is the single source of truth, and a unit test fails when this file is out of date. */`;

async function compileSchema(path: string, name: string): Promise<string> {
  const schema = JSON.parse(await readFile(path, 'utf8')) as JSONSchema;
  return compile(schema, name, {
    bannerComment: '',
    additionalProperties: false,
    strictIndexSignatures: true,
    unreachableDefinitions: false,
    format: false,
    cwd: 'data/schema',
  });
}

/** The TypeScript types for event files and the vocabulary, as they follow from the schemas. */
export async function generateTypes(): Promise<string> {
  const parts = await Promise.all([
    compileSchema('data/schema/event.schema.json', 'DiplomaticEvent'),
    compileSchema('data/schema/vocabulary.schema.json', 'Vocabulary'),
  ]);
  return format(`${BANNER}\n\n${parts.join('\n')}`, {
    parser: 'typescript',
    printWidth: 110,
    singleQuote: true,
  });
}
