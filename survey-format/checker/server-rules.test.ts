import { describe, expect, it } from 'vitest';
import { checkerText } from './checker-messages.ts';
import { brokenDir, problemsOf } from './fixtures/helpers.ts';
import { checkPaths } from './check-paths.ts';

describe('server-rules', () => {
  it("reports what the server's answer validator refuses, at the element", () => {
    expect(problemsOf('server-refuses.json')).toEqual([
      '$.survey.pages[1].elements[1]: the server cannot validate answers to this: comment "toelichting": valueName is not supported (it stores the answer under another key)',
    ]);
  });

  it("words the validator's refusal in Dutch too, reason included", () => {
    const [problem] = checkPaths([`${brokenDir}server-refuses.json`]).problems;
    expect(checkerText(problem!, 'nl')).toBe(
      'de server kan de antwoorden hierop niet controleren: comment "toelichting": valueName wordt niet ondersteund (dit slaat het antwoord op onder een andere sleutel)',
    );
  });
});
