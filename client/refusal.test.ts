import { describe, expect, it } from 'vitest';
import { refusalReason } from './refusal.ts';

describe('refusalReason', () => {
  it('reads the reason from the problem type, never from its text', () => {
    expect(refusalReason('urn:peil:problem:wave-closed')).toBe('waveClosed');
    expect(refusalReason('urn:peil:problem:unknown-assignment')).toBe('unknownLink');
    expect(refusalReason('urn:peil:problem:unknown-invitation')).toBe('unknownLink');
    expect(refusalReason('urn:peil:problem:invalid-answers')).toBe('invalidAnswers');
  });

  it('calls a type it does not know "other"', () => {
    expect(refusalReason('urn:peil:problem:something-new')).toBe('other');
    expect(refusalReason('about:blank')).toBe('other');
  });
});
