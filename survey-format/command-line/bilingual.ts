/**
 * Messages of a command line, each with its Dutch and English text side by side, so a translation
 * is read beside its original and none can be left out. A text is a string or a function of the
 * values it names; both languages of one message take the same values.
 */
import type { Language } from './language.ts';

type Text = string | ((...values: never[]) => string);

type Widen<X> = X extends string ? string : X;

/** A table of messages: per key, `nl` and `en` of the same shape. */
export type Bilingual<T extends Record<string, { nl: Text }>> = { [K in keyof T]: { nl: Widen<T[K]['nl']>; en: Widen<T[K]['nl']> } };

/** A table of messages, checked to give every key both languages of one shape. */
export function bilingual<T extends Record<string, { nl: Text; en: Text }>>(messages: T & Bilingual<T>): Bilingual<T> {
  return messages;
}

/** The texts of `messages` in `language`, by key. */
export function inLanguage<T extends Record<string, { nl: Text; en: Text }>>(messages: T, language: Language): { [K in keyof T]: T[K]['nl'] } {
  return Object.fromEntries(Object.entries(messages).map(([key, texts]) => [key, texts[language]])) as { [K in keyof T]: T[K]['nl'] };
}
