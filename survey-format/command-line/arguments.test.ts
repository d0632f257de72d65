import { describe, expect, it } from 'vitest';
import { parseArguments } from './arguments.ts';

const options = { wave: { type: 'string' }, force: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;
const refusal = (args: string[], language: 'nl' | 'en') => {
  try {
    parseArguments({ args, options, allowPositionals: false }, language);
    return undefined;
  } catch (e) {
    return (e as Error).message;
  }
};

describe("a command's arguments", () => {
  it('are read as parseArgs reads them', () => {
    expect(parseArguments({ args: ['--wave', '2026-H2', '--force'], options }, 'nl').values).toEqual({ wave: '2026-H2', force: true });
  });

  it("are refused in the command's language, not in Node's English", () => {
    expect(refusal(['--week'], 'nl')).toBe('onbekende optie --week');
    expect(refusal(['--week'], 'en')).toBe('unknown option --week');
    expect(refusal(['--wave'], 'nl')).toBe('--wave heeft een waarde nodig');
    expect(refusal(['--wave'], 'en')).toBe('--wave needs a value');
    expect(refusal(['--force=ja'], 'nl')).toBe('--force neemt geen waarde');
    expect(refusal(['--help=ja'], 'en')).toBe('--help takes no value');
    expect(refusal(['--wave', '-1'], 'nl')).toBe('de waarde van --wave begint met een streepje: schrijf --wave=-…');
    expect(refusal(['--wave', '-1'], 'en')).toBe('the value of --wave starts with a dash: write --wave=-…');
    expect(refusal(['2026-H2'], 'nl')).toBe('onverwacht argument "2026-H2"');
    expect(refusal(['2026-H2'], 'en')).toBe('unexpected argument "2026-H2"');
  });
});
