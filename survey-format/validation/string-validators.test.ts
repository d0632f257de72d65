import { describe, expect, it } from 'vitest';
import { errorFor } from './fixtures/helpers.ts';
import { parseNumericText } from './string-validators.ts';

const withValidator = (validator: Record<string, unknown>, inputType = 'text') => ({
  type: 'text',
  inputType,
  validators: [validator],
});

describe('numeric validator', () => {
  const numeric = withValidator({ type: 'numeric', minValue: 1, maxValue: 100 });
  it('takes typed decimal numbers, with a dot or a decimal comma', () => {
    for (const ok of ['1', '100', '2.5', '2,5', ' 7 ', '+3']) expect(errorFor(numeric, ok)).toBeUndefined();
    for (const bad of ['abc', '1e2', '0x10', '1.2.3']) expect(errorFor(numeric, bad)).toBe('must be a number');
    expect(errorFor(numeric, '')).toBeUndefined();
  });

  it('keeps to minValue and maxValue, inclusive', () => {
    expect(errorFor(numeric, '0,5')).toBe('must be at least 1');
    expect(errorFor(numeric, '101')).toBe('must be at most 100');
  });

  it('also limits a number answer', () => {
    const onNumber = withValidator({ type: 'numeric', maxValue: 5 }, 'number');
    expect(errorFor(onNumber, 5)).toBeUndefined();
    expect(errorFor(onNumber, 6)).toBe('must be at most 5');
  });

  it('parses the way it reports', () => {
    expect(parseNumericText('2,5')).toBe(2.5);
    expect(parseNumericText('.5')).toBe(0.5);
    expect(parseNumericText('1e2')).toBeUndefined();
  });
});

describe('text validator', () => {
  it('keeps to minLength and maxLength', () => {
    const v = withValidator({ type: 'text', minLength: 2, maxLength: 4 });
    expect(errorFor(v, 'ab')).toBeUndefined();
    expect(errorFor(v, 'abcd')).toBeUndefined();
    expect(errorFor(v, 'a')).toBe('must be at least 2 characters');
    expect(errorFor(v, 'abcde')).toBe('must be at most 4 characters');
  });

  it('refuses digits when allowDigits is false', () => {
    const v = withValidator({ type: 'text', allowDigits: false });
    expect(errorFor(v, 'abc')).toBeUndefined();
    expect(errorFor(v, 'a1c')).toBe('must not contain digits');
  });
});

describe('regex validator', () => {
  it('tests the answer against the pattern', () => {
    const v = withValidator({ type: 'regex', regex: '^[0-9]{4}$' });
    expect(errorFor(v, '1011')).toBeUndefined();
    expect(errorFor(v, '1011AB')).toBe('must match /^[0-9]{4}$/');
  });

  it('honours caseInsensitive', () => {
    const v = withValidator({ type: 'regex', regex: '^[a-z]+$', caseInsensitive: true });
    expect(errorFor(v, 'ABC')).toBeUndefined();
    expect(errorFor(withValidator({ type: 'regex', regex: '^[a-z]+$' }), 'ABC')).toBe('must match /^[a-z]+$/');
  });
});
