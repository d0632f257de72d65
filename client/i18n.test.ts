import { describe, expect, it } from 'vitest';
import { browserLocale } from './i18n.ts';

describe('the language of a first visit', () => {
  it('follows the first of the browser languages that is Dutch or English', () => {
    expect(browserLocale(['en-GB', 'nl'])).toBe('en');
    expect(browserLocale(['nl-BE', 'en'])).toBe('nl');
    expect(browserLocale(['de-DE', 'en-US', 'nl'])).toBe('en');
    expect(browserLocale(['fr', 'NL'])).toBe('nl');
  });

  it('is Dutch when the browser speaks neither', () => {
    expect(browserLocale(['de', 'fr'])).toBe('nl');
    expect(browserLocale([])).toBe('nl');
  });
});
