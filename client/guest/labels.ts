import type { Locale } from '../i18n.ts';
import type { OpenedAssignment } from './assignment.ts';

type Definition = OpenedAssignment['survey']['definition'];

/** A text in a survey definition: Dutch under `default`, English under `en`. */
type Localised = string | { default: string; en?: string };

/** The part of a SurveyJS element's JSON read here (labels of choices). */
interface ElementJson {
  type: string;
  name: string;
  choices?: (string | number | { value: string | number; text?: Localised })[];
  elements?: ElementJson[];
}

/** A definition's text in the guest's language (Dutch under `default`). */
export function pick(text: Localised | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text.default) : text.default;
}

function elements(def: Definition): ElementJson[] {
  const out: ElementJson[] = [];
  const walk = (els: ElementJson[] = []) => {
    for (const e of els) {
      out.push(e);
      walk(e.elements);
    }
  };
  const pages = (def.survey.pages ?? []) as { elements?: ElementJson[] }[];
  for (const p of pages) walk(p.elements);
  return out;
}

/** The choices of question `name` as value and label, in the definition's order. */
export function choicesOf(def: Definition, name: string, locale: Locale): { value: string; label: string }[] {
  const q = elements(def).find((e) => e.name === name);
  return (q?.choices ?? []).map((c) =>
    typeof c === 'object' ? { value: String(c.value), label: pick(c.text, locale) ?? String(c.value) } : { value: String(c), label: String(c) },
  );
}

/**
 * The label of an assignment value (its directorate or kind) from the choices of the prefilled
 * question that holds it, e.g. `sociaal` → "Sociaal"; the value itself when no choice matches.
 */
export function prefilledLabel(a: OpenedAssignment, value: string, locale: Locale): string {
  const def = a.survey.definition;
  for (const [name, v] of Object.entries(a.prefilled)) {
    if (v !== value) continue;
    const found = choicesOf(def, name, locale).find((c) => c.value === value);
    if (found) return found.label;
  }
  return value;
}
