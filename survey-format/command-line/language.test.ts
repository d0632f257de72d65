import { describe, expect, it } from 'vitest';
import { cliLanguage, envLanguage } from './language.ts';

describe('the language of a command line', () => {
  it('is Dutch unless LANG starts with en', () => {
    expect(envLanguage({})).toBe('nl');
    expect(envLanguage({ LANG: 'C.UTF-8' })).toBe('nl');
    expect(envLanguage({ LANG: 'nl_NL.UTF-8' })).toBe('nl');
    expect(envLanguage({ LANG: 'en_GB.UTF-8' })).toBe('en');
  });

  it('is the one --lang names, before LANG, and the option leaves the other arguments', () => {
    expect(cliLanguage(['wave', '--lang', 'en', 'list'], {})).toEqual({ language: 'en', rest: ['wave', 'list'] });
    expect(cliLanguage(['--lang=nl', '--help'], { LANG: 'en_US.UTF-8' })).toEqual({ language: 'nl', rest: ['--help'] });
    expect(cliLanguage(['--help'], { LANG: 'en_US.UTF-8' })).toEqual({ language: 'en', rest: ['--help'] });
  });

  it('names an unknown --lang, in the language of the environment', () => {
    expect(cliLanguage(['--lang', 'de'], {})).toEqual({ language: 'nl', rest: [], problem: 'onbekende taal "de" voor --lang: kies nl of en' });
    expect(cliLanguage(['--lang'], { LANG: 'en' })).toEqual({ language: 'en', rest: [], problem: 'unknown language "" for --lang: use nl or en' });
  });
});
