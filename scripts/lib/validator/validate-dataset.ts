import { basename, join, relative, sep } from 'node:path';
import type { DiplomaticEvent, Vocabulary } from '../../../src/lib/data/event.generated.ts';
import { duplicateKeys } from './duplicate-keys.ts';
import { isFolder, pathExists } from './folder.ts';
import { listEventFiles } from './list-event-files.ts';
import { contextFor, eventsById, utcToday, type EventFile, type LintContext } from './linter.ts';
import { linters } from './linters/index.ts';
import { pendingRules } from './pending-rules.ts';
import { vocabularyCodesAt } from './linters/vocabulary.ts';
import { error, warning, type Problem } from './problem.ts';
import { readJsonFile, readVocabularyFile } from './read-json-file.ts';
import { reservedTrackNames } from './reserved-names.ts';
import { loadSchemaChecker } from './schema-check.ts';
import { soundPart } from './sound-part.ts';
import { sharedTrackOrders } from './track-order.ts';

export interface ValidateOptions {
  /** The data folder: holds events/ and vocabulary.json. */
  dataDir: string;
  /** Folder of the schemas; the project's own by default. */
  schemaDir?: string;
  /** Paths in messages are shown relative to this folder (the repository root by default). */
  displayRoot?: string;
  /** The day of the check, "YYYY-MM-DD" (UTC): today by default. Events held after it are refused. */
  today?: string;
}

export interface ValidationResult {
  problems: Problem[];
  events: DiplomaticEvent[];
  vocabulary: Vocabulary | undefined;
  fileCount: number;
  /**
   * The text of each file that was read as JSON (the event files and the vocabulary), by the name problems give
   * it: locateProblems finds the line of a field in it without reading the file again.
   */
  texts: Map<string, string>;
  /**
   * The event files were checked against the schema only: the rules need the vocabulary, which could not be
   * read or is not valid (its problems are among `problems`).
   */
  schemaOnly: boolean;
}

/**
 * Why a file is not read as an event. One in a year's folder whose name is an event's but for the ending
 * (".JSON", ".json.txt" as some editors save it) is to be renamed, not moved.
 */
function misplacedMessage(eventsDir: string, path: string, eventsFolder: string): string {
  const depth = relative(eventsDir, path).split(sep).length;
  const stem = /^(.+?)\.json(?:\..*)?$/i.exec(basename(path))?.[1];
  if (depth === 2 && stem !== undefined)
    return `is not named as an event file is: it must end in ".json" exactly; rename it to ${stem}.json (<id>.json)`;
  return `is not where event files go: use ${eventsFolder}/<year>/<id>.json`;
}

function display(root: string, path: string): string {
  return relative(root, path).split('\\').join('/');
}

/** Reads and checks the whole dataset. It never writes a file. */
export function validateDataset(options: ValidateOptions): ValidationResult {
  const root = options.displayRoot ?? process.cwd();
  const schemaDir = options.schemaDir ?? join(options.dataDir, 'schema');
  let problems: Problem[] = [];
  const texts = new Map<string, string>();

  const schema = (name: string) =>
    loadSchemaChecker(join(schemaDir, name), display(root, join(schemaDir, name)));
  const eventSchema = schema('event.schema.json');
  // Nothing can be checked without the event schema: say so once, rather than fail on every file.
  if (!eventSchema.ok)
    return {
      problems: [eventSchema.problem],
      events: [],
      vocabulary: undefined,
      fileCount: 0,
      schemaOnly: false,
      texts,
    };
  const checker = eventSchema.checker;

  const vocabularyPath = join(options.dataDir, 'vocabulary.json');
  const vocabularyFile = display(root, vocabularyPath);
  let vocabulary: Vocabulary | undefined;
  const vocabRead = readVocabularyFile(vocabularyPath, vocabularyFile);
  const vocabularySchema = schema('vocabulary.schema.json');
  if (!vocabRead.ok) problems.push(vocabRead.problem);
  else if (!vocabularySchema.ok) problems.push(vocabularySchema.problem);
  else {
    texts.set(vocabularyFile, vocabRead.text);
    problems.push(...duplicateKeys(vocabularyFile, vocabRead.text));
    const vocabProblems = vocabularySchema.checker.check(vocabularyFile, vocabRead.value);
    problems.push(
      ...vocabProblems,
      ...reservedTrackNames(vocabularyFile, vocabRead.value),
      ...sharedTrackOrders(vocabularyFile, vocabRead.value),
    );
    if (vocabProblems.length === 0) vocabulary = vocabRead.value as Vocabulary;
  }

  const eventsDir = join(options.dataDir, 'events');
  const eventsFolder = display(root, eventsDir);
  if (!isFolder(eventsDir)) {
    const what = pathExists(eventsDir) ? 'is not a folder' : 'is missing';
    problems.push(error(eventsFolder, '', `${what}: event files live in ${eventsFolder}/<year>/<id>.json`));
    return { problems, events: [], vocabulary, fileCount: 0, schemaOnly: false, texts };
  }

  const known = (pointer: string) => vocabularyCodesAt(vocabulary, pointer);
  const files: EventFile[] = [];
  const unchecked = new Set<string>();
  const unread: string[] = [];
  const listed = listEventFiles(eventsDir);
  for (const item of listed) {
    const file = display(root, item.path);
    if (item.why === 'hidden') {
      problems.push(warning(file, '', 'is a hidden file, not an event: ignored (delete it)'));
      continue;
    }
    if (item.why === 'folder') {
      problems.push(
        error(
          file,
          '',
          `is a folder, not an event file: an event is one file, ${eventsFolder}/<year>/<id>.json`,
        ),
      );
      continue;
    }
    if (item.why === 'special') {
      problems.push(error(file, '', 'is not a regular file (a named pipe, socket or device): delete it'));
      continue;
    }
    if (item.why === 'link') {
      problems.push(error(file, '', 'is a symbolic link: commit the file itself'));
      continue;
    }
    if (item.misplaced) {
      problems.push(error(file, '', misplacedMessage(eventsDir, item.path, eventsFolder)));
      continue;
    }
    const name = basename(item.path, '.json');
    const read = readJsonFile(item.path, file);
    if (!read.ok) {
      problems.push(read.problem);
      unchecked.add(name);
      unread.push(file);
      continue;
    }
    texts.set(file, read.text);
    problems.push(...duplicateKeys(file, read.text));
    const { problems: schemaProblems, damage } = checker.examine(file, read.value, known);
    problems.push(...schemaProblems);
    if (damage) unchecked.add(name);
    files.push({
      file,
      name,
      folder: item.folder,
      value: read.value,
      // A file that fails the schema is still checked by every rule that reads only its sound fields, so
      // that one run reports all it can (an unknown field no longer hides a wrong link).
      event: damage ? soundPart(read.value, damage) : (read.value as DiplomaticEvent),
      ...(damage?.broken ? { broken: damage.broken } : {}),
    });
  }

  if (vocabulary) {
    const context: LintContext = {
      files,
      vocabulary,
      byId: eventsById(files),
      unchecked,
      today: options.today ?? utcToday(),
      eventsFolder,
      vocabularyFile,
    };
    for (const linter of linters) problems.push(...linter.check(contextFor(context, linter)));
    problems.push(...pendingRules(files, unread));
  }

  // The schema and a rule can say the same thing about one field (an address that is not one): say it once.
  const said = new Set<string>();
  problems = problems.filter((p) => {
    const key = `${p.file}\u0000${p.pointer}\u0000${p.message}`;
    if (said.has(key)) return false;
    said.add(key);
    return true;
  });

  const failed = new Set(problems.filter((p) => p.severity === 'error').map((p) => p.file));
  // Only whole events: never the sound part of a file that failed the schema, whatever its problems say.
  const events = files
    .filter((f) => f.event && f.broken === undefined && !failed.has(f.file))
    .map((f) => f.event!);
  // A note on what is still to be checked comes after the errors of its file.
  const last = (p: Problem) => (p.severity === 'note' ? 1 : 0);
  problems.sort(
    (a, b) => a.file.localeCompare(b.file) || last(a) - last(b) || a.pointer.localeCompare(b.pointer),
  );
  const fileCount = listed.filter((f) => f.why !== 'hidden').length;
  return {
    problems,
    events,
    vocabulary,
    fileCount,
    schemaOnly: vocabulary === undefined && fileCount > 0,
    texts,
  };
}
