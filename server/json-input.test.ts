import { describe, expect, it } from 'vitest';
import { Problem } from './errors.ts';
import { MAX_JSON_DEPTH, parseJson } from './json-input.ts';

function refusal(text: string): { status: number; type: string; fields: unknown } {
  try {
    parseJson(text);
  } catch (e) {
    if (e instanceof Problem) return { status: e.status, type: e.type, fields: e.fields };
    throw e;
  }
  throw new Error(`accepted: ${text.slice(0, 40)}`);
}

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

describe('parseJson', () => {
  it('returns well-formed JSON as JSON.parse does', () => {
    const body = { answers: { a: 'ja', b: [1, 2.5, -3], c: { r1: 'x' }, d: true, e: null }, version: '1.0.0' };
    expect(parseJson(JSON.stringify(body))).toEqual(body);
  });

  it('refuses text that is not JSON with 400 malformed-json', () => {
    expect(refusal('{"answers":')).toMatchObject({ status: 400, type: 'urn:peil:problem:malformed-json' });
  });

  it('refuses a number out of range with 422 naming the field', () => {
    expect(refusal('{"answers":{"x":1e309}}')).toEqual({
      status: 422,
      type: 'urn:peil:problem:invalid-body',
      fields: [{ field: 'answers.x', code: 'finite-number', message: 'must be a finite number' }],
    });
    expect(refusal('[-1e400]')).toMatchObject({ fields: [{ field: '0' }] });
  });

  it(`refuses nesting deeper than ${MAX_JSON_DEPTH} levels with 422, however deep (no stack overflow)`, () => {
    expect(parseJson(nested(MAX_JSON_DEPTH))).toBeDefined();
    for (const depth of [MAX_JSON_DEPTH + 1, 3_000, 200_000]) {
      expect(refusal(nested(depth))).toMatchObject({ status: 422, type: 'urn:peil:problem:invalid-body' });
    }
    expect(refusal(`{"answers":{"x":${nested(3_000)}}}`)).toMatchObject({ fields: [{ field: expect.stringMatching(/^answers\.x\.0\.0/) }] });
  });

  it('replaces a lone surrogate in a string or key by U+FFFD, and keeps paired ones', () => {
    expect(parseJson('{"answers":{"x":"a\\ud800b","y":["\\udc00"],"z":"\\ud83d\\ude00"}}')).toEqual({
      answers: { x: 'a\uFFFDb', y: ['\uFFFD'], z: '😀' },
    });
    expect(Object.keys(parseJson('{"k\\ud800":1,"m":2}') as object)).toEqual(['k\uFFFD', 'm']);
    expect(parseJson('"\\udfff"')).toBe('\uFFFD');
  });

  it('keeps a "__proto__" key as plain data, also when its value is repaired', () => {
    const parsed = parseJson('{"__proto__":"\\ud800","a\\udc00":1}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(parsed, '__proto__')?.value).toBe('\uFFFD');
  });
});
