/** ES2024's String method (Node 20 has it; this TypeScript lib is ES2023). */
type Es2024String = string & { isWellFormed(): boolean };

/**
 * The canonical JSON text of a JSON value (RFC 8785, JCS): object keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as JSON.stringify writes them, object properties whose
 * value is undefined left out. It is what the `canonicalize` package returns for the values a
 * request body parses into (server/json-input.ts), character for character, so hashes of it stay
 * what they were; it is written here because that package checks every string for lone surrogates
 * one character at a time, which made it a tenth of a submission's hashing and checking. Throws,
 * as that package does, for a number that is not finite or a string with a lone surrogate; and
 * for anything that is not plain JSON data (a function, a symbol, undefined outside an object or
 * array, an object with toJSON), which that package would have converted instead.
 */
export function canonicalJson(value: unknown): string {
  switch (typeof value) {
    case 'string':
      if (!(value as Es2024String).isWellFormed()) throw new Error('Lone surrogate is not allowed');
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new Error(`${value} is not allowed`);
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (value === null) return 'null';
      if (Array.isArray(value)) return canonicalArray(value);
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') break;
      return canonicalObject(value as Record<string, unknown>);
  }
  throw new TypeError(`canonicalJson takes JSON data, not ${typeof value}`);
}

function canonicalArray(values: unknown[]): string {
  let out = '[';
  for (let i = 0; i < values.length; i++) {
    if (i > 0) out += ',';
    const v = values[i];
    out += v === undefined ? 'null' : canonicalJson(v);
  }
  return `${out}]`;
}

function canonicalObject(object: Record<string, unknown>): string {
  let out = '{';
  for (const key of Object.keys(object).sort()) {
    const v = object[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${canonicalJson(key)}:${canonicalJson(v)}`;
  }
  return `${out}}`;
}
