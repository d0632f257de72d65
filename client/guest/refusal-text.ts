import { refusalReason } from '../refusal.ts';
import type { Refusal } from './assignment.ts';
import type { GuestText } from './text.ts';

/** Why the server refused an observation, in the guest's language; an answer that did not fit names the questions at fault. */
export function refusalText(r: Refusal, t: GuestText): string {
  const reason = refusalReason(r.type);
  if (reason === 'other') return t.refusedOther(r.status);
  const text = t.reasons[reason];
  const fields = reason === 'invalidAnswers' ? r.fields?.map((f) => f.field).join(', ') : undefined;
  return fields ? `${text} (${fields})` : text;
}
