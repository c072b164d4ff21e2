import { writeFile } from 'node:fs/promises';
import { GENERATED_TYPES_PATH, generateTypes } from './lib/generate-types.ts';

await writeFile(GENERATED_TYPES_PATH, await generateTypes());
console.log(`Wrote ${GENERATED_TYPES_PATH}`);
