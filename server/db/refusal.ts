/**
 * The one way the database modules refuse what a person can set right (a setting, a server, an old
 * file): a DatabaseRefusal names its message in DB_MESSAGES and the values it shows, and whoever
 * prints it words it in the language of the command (survey-format/command-line/language.ts), so
 * a refusal thrown deep in `openDatabase` needs no language of its own. Its `message` is the English
 * text, for logs and for errors no command prints.
 */
import type { Language } from '../../survey-format/command-line/language.ts';
import { DB_MESSAGES } from './db-messages.ts';

type Key = keyof typeof DB_MESSAGES;
/** The values the message of `K` shows, in order; none for a plain text. */
type Values<K extends Key> = (typeof DB_MESSAGES)[K]['en'] extends (...values: infer V) => string ? V : [];

export class DatabaseRefusal<K extends Key = Key> extends Error {
  override name = 'DatabaseRefusal';
  readonly values: Values<K>;

  constructor(
    readonly key: K,
    ...values: Values<K>
  ) {
    super(worded(key, values, 'en'));
    this.values = values;
  }

  /** The refusal as a person reads it in `language`. */
  in(language: Language): string {
    return worded(this.key, this.values, language);
  }
}

function worded<K extends Key>(key: K, values: Values<K>, language: Language): string {
  const text = DB_MESSAGES[key][language] as string | ((...values: Values<K>) => string);
  return typeof text === 'function' ? text(...values) : text;
}

/** A refusal sent across threads as its key and values (a worker's check: writer-thread.ts), as a DatabaseRefusal again; an unknown key as a plain Error with the English text. */
export function refusalFrom(sent: { key: string; values: unknown[] }, english: string): Error {
  if (!(sent.key in DB_MESSAGES)) return new Error(english);
  const make = DatabaseRefusal as unknown as new (key: string, ...values: unknown[]) => DatabaseRefusal;
  return new make(sent.key, ...sent.values);
}

/** What a command prints of an error that stops it: a DatabaseRefusal in `language`, any other error by its message. */
export function errorText(e: unknown, language: Language): string {
  if (e instanceof DatabaseRefusal) return e.in(language);
  return e instanceof Error ? e.message : String(e);
}
