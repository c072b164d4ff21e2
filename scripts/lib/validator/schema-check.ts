import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { caseSlip } from './case-slip.ts';
import { closestName, namePart } from './closest-name.ts';
import { urlAdvice } from './linters/urls.ts';
import { blankInvisible, error, escapePointerSegment, quote, type Problem } from './problem.ts';
import { ordinal } from './pointer-words.ts';
import { neededFile, readJsonFile } from './read-json-file.ts';
import { describeNumber, describeValue, typeAdvice } from './type-advice.ts';
import {
  arrayAdvice,
  codeChoices,
  dateReadingAdvice,
  firstSentence,
  itemNoun,
  paddedDate,
  patternAdvice,
  plainForm,
  resolveRef,
} from './schema-hints.ts';

// ajv-formats ships CommonJS; its default export arrives wrapped under some loaders.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ??
  addFormatsModule) as typeof addFormatsModule;

type Schema = Record<string, unknown>;

/** The codes the vocabulary allows at a field (a JSON pointer), or undefined for a field it does not govern. */
export type KnownCodes = (pointer: string) => readonly string[] | undefined;

/**
 * What of a value that fails the schema is still sound, so that the rules can check that part in the same run:
 * the keys the schema does not know (sound once left out), and the top-level fields with an error in or under
 * them, or missing though required. `broken` is undefined when the value as a whole is wrong (not an object).
 */
export interface SchemaDamage {
  unknownKeys: string[][];
  broken: Set<string> | undefined;
}

export interface SchemaChecker {
  /** `known` lets a code in the wrong case ("ua") be answered with the one meant ("UA"). */
  check(file: string, value: unknown, known?: KnownCodes): Problem[];
  /** The problems, and what they leave sound (see SchemaDamage); `damage` is undefined for a valid value. */
  examine(
    file: string,
    value: unknown,
    known?: KnownCodes,
  ): { problems: Problem[]; damage: SchemaDamage | undefined };
}

const segments = (pointer: string) =>
  pointer === ''
    ? []
    : pointer
        .slice(1)
        .split('/')
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));

function damageOf(errors: ErrorObject[]): SchemaDamage {
  const unknownKeys: string[][] = [];
  let broken: Set<string> | undefined = new Set<string>();
  for (const err of errors) {
    const path = segments(err.instancePath);
    if (err.keyword === 'additionalProperties')
      unknownKeys.push([...path, (err.params as { additionalProperty: string }).additionalProperty]);
    else if (path.length > 0) broken?.add(path[0]!);
    else if (err.keyword === 'required')
      broken?.add((err.params as { missingProperty: string }).missingProperty);
    else broken = undefined;
  }
  return { unknownKeys, broken };
}

function schemaAt(root: Schema, schemaPath: string): Schema | undefined {
  // schemaPath looks like "#/properties/sources/items/properties/url/format"; we want the node that owns the keyword.
  const parts = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  let node: unknown = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Schema)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return resolveRef(root, node);
}

/**
 * Whether the value that broke a rule at `schemaPath` may be left out: "optional" for a property its object
 * does not require, "item" for an item of an array, "required" otherwise (or when the schema does not say).
 */
function omission(root: Schema, schemaPath: string): 'optional' | 'item' | 'required' {
  const parts = schemaPath.replace(/^#\/?/, '').split('/').slice(0, -1);
  if (parts.at(-1) === 'items') return 'item';
  if (parts.at(-2) !== 'properties') return 'required';
  const parent = schemaAt(root, `#/${[...parts.slice(0, -2), 'x'].join('/')}`);
  return ((parent?.required as string[] | undefined) ?? []).includes(parts.at(-1)!) ? 'required' : 'optional';
}

/** What a value too short or empty needs, and whether it may instead be left out. */
function tooShort(got: unknown, limit: number, how: ReturnType<typeof omission>, field: string): string {
  const instead =
    how === 'optional' ? `, or leave "${field}" out` : how === 'item' ? ', or remove the item' : '';
  const length = typeof got === 'string' ? [...got].length : 0;
  return length === 0
    ? `is empty: write at least ${limit} characters${instead}`
    : `is too short (${length} character${length === 1 ? '' : 's'}): write at least ${limit}${instead}`;
}

function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;
  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[raw.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** What is wrong with a key of an object, said at the key. */
function keyMessage(err: ErrorObject, key: string, root: Schema): { pointer: string; message: string } {
  const pointer = `${err.instancePath}/${escapePointerSegment(key)}`;
  if (err.keyword === 'pattern') {
    const meant = caseSlip(key, new RegExp((err.params as { pattern: string }).pattern, 'u'));
    if (meant !== undefined)
      return {
        pointer,
        message: `the key has the wrong case (got ${quote(key)}): did you mean ${quote(meant)}?`,
      };
    // The object's own description says what its keys are ("Party code … to its English name.").
    const hint = firstSentence(
      schemaAt(root, err.schemaPath.replace(/\/propertyNames\/[^/]+$/, '/x'))?.description,
    );
    return { pointer, message: `the key has the wrong form (got ${quote(key)})${hint ? `: ${hint}` : ''}` };
  }
  return { pointer, message: `the key ${quote(key)} is not allowed here` };
}

function messageFor(
  err: ErrorObject,
  root: Schema,
  data: unknown,
  known: KnownCodes | undefined,
  /** The file as messages name it. */
  file?: string,
): { pointer: string; message: string } {
  // A key that breaks "propertyNames" (a party code in lower case in the vocabulary): ajv reports the key's own
  // error with the object's path, and the key in `propertyName`.
  if (err.propertyName !== undefined) return keyMessage(err, err.propertyName, root);
  const pointer = err.instancePath;
  const owner = schemaAt(root, err.schemaPath);
  const got = valueAt(data, pointer);
  switch (err.keyword) {
    case 'required': {
      const field = (err.params as { missingProperty: string }).missingProperty;
      const fieldPointer = `${pointer}/${escapePointerSegment(field)}`;
      const fieldSchema = resolveRef(
        root,
        (owner?.properties as Record<string, Schema> | undefined)?.[field],
      );
      // The vocabulary's list before the pattern's words: a track has the form of a tag, but not its example.
      const hint =
        fieldSchema?.type === 'array'
          ? arrayAdvice(root, fieldSchema, fieldPointer)
          : codeChoices(known?.(fieldPointer)) ||
            plainForm(fieldSchema?.pattern) ||
            firstSentence(fieldSchema?.description);
      return { pointer: fieldPointer, message: `is required${hint ? `: ${hint}` : ''}` };
    }
    case 'additionalProperties': {
      const field = (err.params as { additionalProperty: string }).additionalProperty;
      const allowed = Object.keys((owner?.properties as Schema | undefined) ?? {});
      const guess = closestName(field, allowed) ?? namePart(field, allowed);
      return {
        pointer: `${pointer}/${escapePointerSegment(field)}`,
        message: guess
          ? `unknown field: did you mean "${guess}"?`
          : `unknown field: remove it (allowed here: ${allowed.join(', ')})`,
      };
    }
    case 'enum': {
      const allowed = (err.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const guess = typeof got === 'string' ? closestName(got, allowed) : undefined;
      return {
        pointer,
        message: `must be one of ${allowed.join(', ')} (got ${typeof got === 'string' ? quote(got) : describeValue(got)})${guess ? `: did you mean "${guess}"?` : ''}`,
      };
    }
    case 'type':
      return {
        pointer,
        message: typeAdvice((err.params as { type: string }).type, got, owner, root, pointer),
      };
    case 'pattern': {
      // An address's pattern (http or https only) is the http-urls rule's, which says what to write instead.
      if (owner?.format === 'uri' && typeof got === 'string')
        return {
          pointer,
          message:
            urlAdvice(got) ??
            `must be an http(s) address such as https://example.org/article (got ${quote(got)})`,
        };
      const title = owner?.title;
      if (title === 'PartialDateString' || /partialDate/.test(String(owner?.$ref ?? ''))) {
        const padded = paddedDate(got);
        const reading = dateReadingAdvice(got);
        const meant =
          padded !== undefined && new RegExp((err.params as { pattern: string }).pattern).test(padded)
            ? `: did you mean ${quote(padded)}?`
            : reading !== undefined
              ? `: ${reading}`
              : ', e.g. "2025-05-16"';
        return {
          pointer,
          message: `must be a date written YYYY, YYYY-MM or YYYY-MM-DD (got ${quote(got)})${meant}`,
        };
      }
      const pattern = (err.params as { pattern: string }).pattern;
      const meant =
        typeof got === 'string' ? caseSlip(got, new RegExp(pattern, 'u'), known?.(pointer)) : undefined;
      if (meant !== undefined) {
        // An id is also the file's name: a file named with the wrong case must be renamed with it.
        const fileName = file === undefined ? undefined : basename(file);
        const rename =
          pointer === '/id' && fileName !== undefined && fileName !== `${meant}.json`
            ? ` Rename the file ${fileName} to ${meant}.json too: the id and the file name must match.`
            : '';
        return {
          pointer,
          message: `has the wrong case (got ${quote(got)}): did you mean ${quote(meant)}?${rename}`,
        };
      }
      const hint = patternAdvice(pattern, got, owner?.description, known?.(pointer));
      return { pointer, message: `has the wrong form (got ${quote(got)}): ${hint}` };
    }
    case 'format':
      return {
        pointer,
        message:
          (typeof got === 'string' ? urlAdvice(got) : undefined) ??
          `must be a full web address such as https://example.org/article (got ${quote(got)})`,
      };
    case 'minLength': {
      const field = pointer
        .slice(pointer.lastIndexOf('/') + 1)
        .replace(/~1/g, '/')
        .replace(/~0/g, '~');
      const what = tooShort(
        got,
        (err.params as { limit: number }).limit,
        omission(root, err.schemaPath),
        field,
      );
      // An item of a list has no description of its own: the list's says what its items are.
      const hint =
        firstSentence(owner?.description) ||
        firstSentence(schemaAt(root, err.schemaPath.replace(/\/items\/[^/]+$/, '/x'))?.description);
      return { pointer, message: `${what}${hint ? `: ${hint}` : ''}` };
    }
    case 'maxLength': {
      const length = typeof got === 'string' ? [...got].length : 0;
      return {
        pointer,
        message: `is too long (${length} characters): shorten it to at most ${(err.params as { limit: number }).limit}`,
      };
    }
    case 'minItems': {
      const limit = (err.params as { limit: number }).limit;
      const count = Array.isArray(got) ? got.length : 0;
      const noun = (n: number) => `${n} ${itemNoun(root, owner)}${n === 1 ? '' : 's'}`;
      const what =
        count === 0
          ? `is empty: add at least ${noun(limit)}`
          : `has ${noun(count)}: add at least ${limit - count} more`;
      const advice = arrayAdvice(root, owner, pointer);
      return { pointer, message: `${what}${advice ? `. ${advice}` : ''}` };
    }
    case 'uniqueItems': {
      // ajv reports the two positions (earlier and later) in an order of its own: the later one is the copy.
      const { i, j } = err.params as { i: number; j: number };
      const [first, second] = [Math.min(i, j), Math.max(i, j)];
      const item = Array.isArray(got) ? got[second] : undefined;
      // Counted from one, as an editor counts: the pointer counts from zero.
      return {
        pointer,
        message: `has the same item twice (${quote(item)}, the ${ordinal(first)} and the ${ordinal(second)}): remove the ${ordinal(second)}, ${pointer}/${second}`,
      };
    }
    case 'minimum':
      return {
        pointer,
        message: `must be ${(err.params as { limit: number }).limit} or more (got ${typeof got === 'number' ? describeNumber(got) : quote(got)})`,
      };
    default:
      return { pointer, message: err.message ?? `fails the schema rule "${err.keyword}"` };
  }
}

export function createSchemaChecker(schemaPath: string): SchemaChecker {
  return schemaChecker(JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema);
}

/**
 * The checker of the schema file at `schemaPath`, or the one problem that keeps it from being used: the file
 * missing, broken or not a schema ajv accepts. A plain message rather than a stack trace, since a schema
 * edited by hand (a kind added to the list) can break in any of these ways.
 */
export function loadSchemaChecker(
  schemaPath: string,
  displayPath: string,
): { ok: true; checker: SchemaChecker; schema: Schema } | { ok: false; problem: Problem } {
  const role = neededFile('a JSON Schema', 'the schema of the files it checks', schemaPath);
  const read = readJsonFile(schemaPath, displayPath, role);
  if (!read.ok) return read;
  if (read.value === null || typeof read.value !== 'object' || Array.isArray(read.value))
    return {
      ok: false,
      problem: error(displayPath, '', `is not a JSON Schema (not an object): ${role.restore}`),
    };
  try {
    return { ok: true, checker: schemaChecker(read.value as Schema), schema: read.value as Schema };
  } catch (e) {
    // ajv's message names the keyword or reference it refused ("strict mode: unknown keyword: \"enmu\"").
    const why = blankInvisible((e as Error).message).slice(0, 200);
    return {
      ok: false,
      problem: error(
        displayPath,
        '',
        `is not a schema the validator can use (${why}): fix it, or ${role.restore}`,
      ),
    };
  }
}

function schemaChecker(root: Schema): SchemaChecker {
  const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['uri']);
  const validate: ValidateFunction = ajv.compile(root);
  const examine: SchemaChecker['examine'] = (file, value, known) => {
    if (validate(value)) return { problems: [], damage: undefined };
    const errors = validate.errors ?? [];
    const seen = new Set<string>();
    const problems: Problem[] = [];
    for (const err of errors) {
      // Said already by the error of the key itself, which ajv reports first.
      if (err.keyword === 'propertyNames') continue;
      const { pointer, message } = messageFor(err, root, value, known, file);
      const key = `${pointer}\u0000${message}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push(error(file, pointer, message));
    }
    return { problems, damage: damageOf(errors) };
  };
  return { examine, check: (file, value, known) => examine(file, value, known).problems };
}
