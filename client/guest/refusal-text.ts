import type { Refusal } from './assignment.ts';
import type { GuestText } from './text.ts';

/**
 * Why the server refused an observation, in the guest's language. The server's own `detail` is
 * written for developers (in English), so each known problem type gets its own sentence; an answer
 * that did not fit names the questions at fault.
 */
export function refusalText(r: Refusal, t: GuestText): string {
  const slug = r.type.replace(/^urn:peil:problem:/, '');
  switch (slug) {
    case 'unknown-assignment':
      return t.reasons.unknownAssignment;
    case 'wave-closed':
      return t.reasons.waveClosed;
    case 'invalid-answers': {
      const fields = r.fields?.map((f) => f.field).join(', ');
      return fields ? `${t.reasons.invalidAnswers} (${fields})` : t.reasons.invalidAnswers;
    }
    case 'invalid-body':
    case 'malformed-json':
    case 'bad-request':
      return t.reasons.invalidBody;
    case 'idempotency-key-reused':
      return t.reasons.keyReused;
    case 'body-too-large':
      return t.reasons.tooLarge;
    case 'survey-version-changed':
      return t.reasons.versionChanged;
    default:
      return t.reasons.other(r.status);
  }
}
