import { describe, expect, it } from 'vitest';
import { refusalText } from './refusal-text.ts';
import { guestText } from './text.ts';

describe('why an observation was not sent', () => {
  it('says it in Dutch for each problem the server gives, naming the questions at fault', () => {
    const nl = guestText.nl;
    expect(refusalText({ status: 409, type: 'urn:peil:problem:wave-closed', detail: 'Wave 2026-H2 of this survey is closed.' }, nl)).toBe(
      'de onderzoeksronde is gesloten',
    );
    expect(refusalText({ status: 403, type: 'urn:peil:problem:unknown-assignment', detail: 'x' }, nl)).toBe('de opdracht is niet (meer) bekend bij de server');
    expect(
      refusalText({ status: 422, type: 'urn:peil:problem:invalid-answers', detail: 'x', fields: [{ field: 'uitkomst', message: 'is required' }] }, nl),
    ).toBe('sommige antwoorden passen niet bij de vragenlijst (uitkomst)');
    expect(refusalText({ status: 418, type: 'about:blank', detail: "I'm a teapot" }, nl)).toBe('de server weigerde de waarneming (fout 418)');
  });

  it('and in English', () => {
    expect(refusalText({ status: 413, type: 'urn:peil:problem:body-too-large', detail: 'x' }, guestText.en)).toBe('the observation is too large to send');
  });
});
