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

/** The one-line form the checker, the CLI and the server print: `file: json-path: message`. */
export function formatProblem(p: CheckProblem): string {
  return `${p.file}: ${p.path}: ${p.message}`;
}
