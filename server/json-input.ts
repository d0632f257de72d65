import { fieldProblem, problems } from './errors.ts';
import type { FieldCode, FieldParams } from './problem-catalog.ts';

/**
 * Deeper than any honest body (an answer set is 3 levels, a pasted survey definition some 20),
 * shallow enough that no recursive code behind it (hashing, SurveyJS, zod) can run out of stack.
 */
export const MAX_JSON_DEPTH = 64;

/** ES2024's String methods (Node 20 has them; this TypeScript lib is ES2023): lone surrogates become U+FFFD. */
type Es2024String = string & { isWellFormed(): boolean; toWellFormed(): string };
const wellFormed = (s: string) => ((s as Es2024String).isWellFormed() ? s : (s as Es2024String).toWellFormed());

/**
 * Parses a request body and checks its shape before any other code touches it: 400 for text that
 * is not JSON; 422 naming the field for nesting deeper than MAX_JSON_DEPTH or a number out of
 * range (`1e309` parses as Infinity). A lone UTF-16 surrogate (`"\ud800"`, as a broken emoji
 * leaves) in a string or key is replaced by U+FFFD, the same way every time, so a retry hashes
 * and stores the same text. What comes back holds only well-formed strings, finite numbers,
 * booleans, null, arrays and plain objects.
 */
export function parseJson(text: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw problems.malformedJson();
  }
  return checkShape(value);
}

interface Open {
  container: unknown[] | Record<string, unknown>;
  path: string[];
}

/** Walks the parsed value without recursion (its nesting is not bounded yet); see parseJson. */
function checkShape(root: unknown): unknown {
  const holder: Record<string, unknown> = { root };
  const stack: Open[] = [{ container: holder, path: [] }];
  while (stack.length > 0) {
    const { container, path } = stack.pop() as Open;
    if (!Array.isArray(container)) fixKeys(container);
    for (const key of Object.keys(container)) {
      const value = (container as Record<string, unknown>)[key];
      if (typeof value === 'string') {
        const fixed = wellFormed(value);
        if (fixed !== value) put(container, key, fixed);
      } else if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw refused(container === holder ? path : [...path, key], 'finite-number');
      } else if (typeof value === 'object' && value !== null) {
        const inner = container === holder ? path : [...path, key];
        if (inner.length >= MAX_JSON_DEPTH) throw refused(inner, 'too-deep', { levels: MAX_JSON_DEPTH });
        stack.push({ container: value as Open['container'], path: inner });
      }
    }
  }
  return holder.root;
}

/** Replaces lone surrogates in an object's keys, keeping their order. */
function fixKeys(object: Record<string, unknown>): void {
  const keys = Object.keys(object);
  if (keys.every((k) => (k as Es2024String).isWellFormed())) return;
  const entries = keys.map((k) => [wellFormed(k), object[k]] as const);
  for (const k of keys) delete object[k];
  for (const [k, v] of entries) put(object, k, v);
}

/** An own, plain property, also for a key such as `__proto__` (JSON.parse makes those own properties too). */
function put(container: object, key: string, value: unknown): void {
  Object.defineProperty(container, key, { value, writable: true, enumerable: true, configurable: true });
}

function refused(path: string[], code: FieldCode, params?: FieldParams) {
  return problems.invalidBody([fieldProblem(path.length > 0 ? path.join('.') : '(body)', code, params)]);
}
