import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { GENERATED_TYPES_PATH, generateTypes } from '../../../scripts/lib/generate-types';

it('the TypeScript types are the ones the schema generates (run `npm run gen:types` after editing the schema)', async () => {
  expect(readFileSync(GENERATED_TYPES_PATH, 'utf8')).toBe(await generateTypes());
});
