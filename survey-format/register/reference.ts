import { isBsn } from '../bsn.ts';

/** Most characters a procedure reference may have (a vacancy number such as `V2026-0145`). */
export const MAX_REFERENCE_LENGTH = 40;

const SHAPE = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;

/** Why a reference is refused, in Dutch and English. */
export interface ReferenceProblem {
  nl: string;
  en: string;
}

/**
 * Whether a procedure reference may be stored, and why not. A register is about procedures, never
 * about a person, so a reference must look like a vacancy or procedure number: letters, digits and
 * `. _ / -` without spaces, at least one digit (letters alone may be a name, `PJansen`), no `@`
 * (an e-mail address), and not nine digits passing the BSN 11-check.
 *
 * @example
 * referenceProblem('V2026-0145'); // => undefined
 * referenceProblem('Jan de Vries'); // => { nl: 'mag geen spaties bevatten ...', en: '...' }
 */
export function referenceProblem(reference: string): ReferenceProblem | undefined {
  if (reference.length === 0) return { nl: 'is verplicht', en: 'is required' };
  if (reference.length > MAX_REFERENCE_LENGTH) {
    return { nl: `mag hoogstens ${MAX_REFERENCE_LENGTH} tekens hebben`, en: `must be at most ${MAX_REFERENCE_LENGTH} characters` };
  }
  if (reference.includes('@')) return { nl: 'lijkt een e-mailadres; gebruik het vacaturenummer', en: 'looks like an e-mail address; use the vacancy number' };
  if (!SHAPE.test(reference)) {
    return {
      nl: 'mag alleen letters, cijfers en . _ / - bevatten, zonder spaties (een vacaturenummer, geen naam)',
      en: 'may hold only letters, digits and . _ / -, without spaces (a vacancy number, not a name)',
    };
  }
  if (!/[0-9]/.test(reference)) return { nl: 'heeft geen cijfer en lijkt een naam; gebruik het vacaturenummer', en: 'has no digit and looks like a name; use the vacancy number' };
  if (/^[0-9.\s]+$/.test(reference) && isBsn(reference)) return { nl: 'lijkt een BSN; gebruik het vacaturenummer', en: 'looks like a BSN; use the vacancy number' };
  return undefined;
}
