import { describe, expect, it } from 'vitest';
import { answerColumns } from './answer-columns.ts';

/** Every row of a page read back from its columns, as the tally reads it: `undefined` where there is no answer. */
function decode(page: ReturnType<typeof answerColumns>, fields: readonly string[]): { answers: Record<string, unknown>; attributes: string }[] {
  const values = [undefined, ...page.values.map((t) => JSON.parse(t) as unknown)];
  return Array.from({ length: page.count }, (_, r) => ({
    answers: Object.fromEntries(fields.map((f, j) => [f, values[page.codes[r * fields.length + j]!]])),
    attributes: page.attributes[page.attributeCodes[r]!]!,
  }));
}

describe('answer columns', () => {
  const fields = ['a', 'b', 'c', 'missing'];
  const stored = [
    { a: 4, b: 'ja', c: ['x', 'y'], other: 'not kept' },
    { a: '4', b: null, c: ['x', 'y'] },
    { a: -0, b: true, c: { rij: 2 } },
    { a: 0.1 + 0.2, b: '[1]', c: [] },
    { a: 1e21, b: 'ja', c: ['y', 'x'] },
  ]
    // JSON.stringify writes -0 as 0; a stored text may hold -0.
    .map((answers, i) => ({ answers: JSON.stringify(answers).replace('"a":0,', '"a":-0,'), attributes: i < 3 ? '{"directie":"zuid"}' : '{}' }));

  it('read back every kept answer as parsing the answer set gives it, numbers exactly, -0 included', () => {
    const page = answerColumns(stored, fields);
    const back = decode(page, fields);
    stored.forEach((s, r) => {
      const parsed = JSON.parse(s.answers) as Record<string, unknown>;
      for (const f of fields) expect(Object.is(back[r]!.answers[f], parsed[f]) || JSON.stringify(back[r]!.answers[f]) === JSON.stringify(parsed[f])).toBe(true);
      expect(back[r]!.attributes).toBe(s.attributes);
    });
    expect(Object.is(back[2]!.answers.a, -0)).toBe(true);
    expect(back[3]!.answers.a).toBe(0.1 + 0.2);
    expect(back[1]!.answers.a).toBe('4');
    expect(back[0]!.answers.missing).toBeUndefined();
  });

  it('keep each distinct answer and attribute text of a page once', () => {
    const page = answerColumns(stored, fields);
    // 4, "ja", ["x","y"], "4", null, -0, true, {"rij":2}, 0.30000000000000004, "[1]", [], 1e21, ["y","x"]
    expect(page.values).toHaveLength(13);
    expect(page.attributes).toEqual(['{"directie":"zuid"}', '{}']);
    expect([...page.attributeCodes]).toEqual([0, 0, 0, 1, 1]);
  });
});
