import { readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { ParseError, SurveyFile } from './types.ts';

/** Lock files sit beside the definitions but are not definitions. */
export const LOCK_SUFFIX = '.lock.json';

/** A path as the researcher should see it: relative to the working folder when inside it. */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), resolve(path));
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(path);
}

/**
 * The survey files a path stands for: the file itself, or every `*.json` in a folder (not its
 * `*.lock.json`), sorted. Throws the file system's error when the path does not exist.
 */
export function surveyFilesAt(path: string): string[] {
  const absolute = resolve(path);
  if (!statSync(absolute).isDirectory()) return [absolute];
  return readdirSync(absolute)
    .filter((f) => f.endsWith('.json') && !f.endsWith(LOCK_SUFFIX))
    .sort()
    .map((f) => join(absolute, f));
}

/** Reads and parses one survey file; a read or parse failure becomes `parseError`. */
export function readSurveyFile(path: string): SurveyFile {
  const file = displayPath(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return { file, parseError: { code: 'unreadable', params: { reason: (e as NodeJS.ErrnoException).code ?? (e as Error).message } } };
  }
  const parsed = parseJson(text);
  return 'json' in parsed ? { file, json: parsed.json } : { file, parseError: parsed.error };
}

/** `JSON.parse` with the failure described as "not valid JSON at line L, column C: ...". */
export function parseJson(text: string): { json: unknown } | { error: ParseError } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (e) {
    const message = (e as Error).message;
    const position = /at position (\d+)/.exec(message);
    if (position === null) return { error: { code: 'not-json', params: { detail: message } } };
    const before = text.slice(0, Number(position[1]));
    const line = before.split('\n').length;
    const column = before.length - before.lastIndexOf('\n');
    return { error: { code: 'not-json-at', params: { line, column, detail: message.replace(/ in JSON at position.*$/, '') } } };
  }
}
