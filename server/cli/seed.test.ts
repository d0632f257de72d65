import { describe, expect, it, vi } from 'vitest';
import { main as seed } from './seed.ts';

describe('npm run seed with a configuration that does not hold', () => {
  it('lists what is wrong, in Dutch by default and in English with --lang en, and stops with 2 before opening anything', async () => {
    const env = { LANG: 'nl_NL.UTF-8', PORT: 'abc', DATABASE_URL: 'postgres://db' };
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await seed([], env)).toBe(2);
      expect(await seed(['--lang', 'en'], env)).toBe(2);
      const [[dutch], [english]] = printed.mock.calls as [[string], [string]];
      expect(dutch).toMatch(/^De configuratie klopt niet:\n {2}PORT: moet een poortnummer zijn/);
      expect(english).toMatch(/^Invalid environment:\n {2}PORT: must be a port number/);
      expect(`${dutch}${english}`).not.toMatch(/\n\s+at /); // no stack trace
    } finally {
      printed.mockRestore();
    }
  });
});
