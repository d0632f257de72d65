import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';
import { parseJson } from './json-load.ts';

describe('json-load', () => {
  it('reports a file that is not valid JSON with the line and column', () => {
    expect(problemsOf('not-json.json')).toEqual([
      "$: not valid JSON at line 4, column 3: Expected ',' or '}' after property value",
    ]);
  });

  it('says so when the file ends too early', () => {
    expect(parseJson('{"id": ')).toEqual({ error: { code: 'not-json', params: { detail: 'Unexpected end of JSON input' } } });
  });
});
