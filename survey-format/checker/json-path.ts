import { checkerText, type CheckerCode, type CheckerLanguage, type CheckerMessage } from './checker-messages.ts';
import type { CheckProblem } from './types.ts';

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `$.a` + `b` gives `$.a.b`; numbers give `[n]`; keys that are not identifiers give `["key"]`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** The path of every object and array inside `root`, keyed by identity (to locate what SurveyJS reports). */
export function pathsByObject(root: unknown, rootPath: string): WeakMap<object, string> {
  const paths = new WeakMap<object, string>();
  const visit = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    paths.set(value, path);
    if (Array.isArray(value)) value.forEach((item, i) => visit(item, childPath(path, i)));
    else for (const [key, item] of Object.entries(value)) visit(item, childPath(path, key));
  };
  visit(root, rootPath);
  return paths;
}

/** A problem of `file` at `path`, by its message code, with the English text for scripts and logs. */
export function problemAt(file: string, path: string, code: CheckerCode, params?: CheckerMessage['params']): CheckProblem {
  return { file, path, code, ...(params === undefined ? {} : { params }), message: checkerText({ code, params }, 'en') };
}

/** The one-line form the checker, the CLI and the server print, `file: json-path: message`, with the message in `language`. */
export function problemLine(language: CheckerLanguage): (p: CheckProblem) => string {
  return (p) => `${p.file}: ${p.path}: ${checkerText(p, language)}`;
}

/** A problem as one line in English (`file: json-path: message`), as the server's start-up refusal prints it. */
export const formatProblem = problemLine('en');
