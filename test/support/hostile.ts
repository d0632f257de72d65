import fc from 'fast-check';

/**
 * Generators of what a hostile client sends, for the fuzz tests (test/api/hostile-*.test.ts).
 * Bodies are built as JSON *text*, so they can hold what JSON.stringify never writes: numbers out
 * of range, nesting thousands deep, lone surrogates, duplicate keys, text that is not JSON at all.
 */

/** The seed every fuzz test runs with, so a failure in CI replays on any machine. */
export const FUZZ_SEED = 20261204;

/** Cases per route; PEIL_FUZZ_RUNS raises it for a longer local run. */
export const fuzzRuns = (base: number) => Number(process.env.PEIL_FUZZ_RUNS ?? base);

/** Any UTF-16 code unit: NUL, control characters, lone surrogate halves, as well as ordinary text. */
const codeUnit = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)) },
  { weight: 1, arbitrary: fc.constantFrom('\uD800', '\uDFFF', '\uD83D', '\u0000', '\u2028', '\uFEFF', '😀') },
);

/** A string of any UTF-16 code units, lone surrogates included. */
export const anyString = (maxLength = 16) => fc.string({ unit: codeUnit, maxLength });

/** Nesting of `depth` arrays or objects; 3,000 overflowed the stack of the old body hash. */
const nested = fc
  .tuple(fc.integer({ min: 40, max: 5_000 }), fc.boolean())
  .map(([depth, arrays]) => (arrays ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)));

const scalar = fc.oneof(
  fc.constantFrom('1e309', '-1e309', '1e999999', '-0', '5e-324', '9007199254740993', '0.1e1', 'null', 'true', 'false', '""', '" "', '"\\ud800"', '"\\udfff"', '"a\\u0000b"'),
  anyString().map((s) => JSON.stringify(s)),
  fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => JSON.stringify(n)),
  fc.integer().map(String),
  nested,
);

/** Keys a survey knows, keys that mean something to JavaScript, and any other text. */
const keyOf = (known: readonly string[]) =>
  fc.oneof(
    fc.constantFrom('', ...known, ...known.map((k) => `${k}-Comment`)),
    fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'length', '', 'x\uD800'),
    anyString(8),
  );

/** JSON text of any shape, with hostile leaves and keys drawn from `known` among others. */
export function jsonText(known: readonly string[]) {
  const key = keyOf(known);
  return fc.letrec<{ value: string; array: string; object: string }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
    array: fc.array(tie('value'), { maxLength: 4 }).map((xs) => `[${xs.join(',')}]`),
    object: fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((kv) => `{${kv.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`),
  })).value;
}

/** Text that is not JSON, or only nearly: cut off, with comments, trailing commas, another encoding. */
export const brokenText = fc.oneof(
  anyString(40),
  fc.constantFrom('', '{', '{"answers":', '{"answers":{}', "{'answers':{}}", '{"answers":{},}', '/* */{}', '\uFEFF{}', 'NaN', '{"a":Infinity}', '{"a":1e309', '[1,]'),
  jsonText([]).map((t) => t.slice(0, Math.max(0, t.length - 1))),
);

/**
 * A body for a route that takes `{ <fields> }`: a JSON object whose properties come from `fields`
 * (with hostile values), a hostile value of any shape, or broken text. `required` adds a property
 * that can never be valid, so whatever else the body holds, nothing can be stored from it.
 */
export function hostileBody(fields: Record<string, fc.Arbitrary<string>>, required?: [string, string]) {
  const names = Object.keys(fields);
  const object = fc
    .tuple(fc.subarray(names), ...names.map((n) => fields[n]!))
    .map(([chosen, ...values]) => {
      const parts = chosen.map((n) => `${JSON.stringify(n)}:${values[names.indexOf(n)]}`);
      if (required) parts.push(`${JSON.stringify(required[0])}:${required[1]}`);
      return `{${parts.join(',')}}`;
    });
  return fc.oneof({ weight: 6, arbitrary: object }, { weight: 1, arbitrary: jsonText(names) }, { weight: 1, arbitrary: brokenText });
}

/** Content-Type values, mostly JSON (so the body is read), some not (415). */
export const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'application/json; charset=utf-8',
      'APPLICATION/JSON',
      'application/json; charset=utf-16le',
      'text/plain',
      'text/plain;charset=UTF-8',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/jsonx',
      'application/problem+json',
      '',
    ),
  },
);

/** Header values a fetch Headers object accepts (printable Latin-1), including ones far too long. */
export const headerValue = fc.oneof(
  fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom('0123456789abcdef0123', 'x'.repeat(129), 'é'.repeat(20), ' ', ''),
);

/** A body as bytes: the text in UTF-8, or invalid UTF-8, or UTF-16, or gzip's magic bytes. */
export function encodedBody(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array<ArrayBuffer>> {
  return fc.oneof(
    { weight: 8, arbitrary: text.map((t) => new TextEncoder().encode(t)) },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }).map((b) => new Uint8Array(b)) },
    { weight: 1, arbitrary: text.map((t) => new Uint8Array(Buffer.from(t, 'utf16le'))) },
    { weight: 1, arbitrary: fc.constant(new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0xff, 0xfe, 0x7b, 0x7d])) },
  );
}
