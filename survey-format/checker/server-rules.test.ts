import { describe, expect, it } from 'vitest';
import { problemsOf } from './fixtures/helpers.ts';

describe('server-rules', () => {
  it("reports what the server's answer validator refuses, at the element", () => {
    expect(problemsOf('server-refuses.json')).toEqual([
      '$.survey.pages[1].elements[1]: the server cannot validate answers to this: comment "toelichting": valueName is not supported (it stores the answer under another key)',
    ]);
  });
});
