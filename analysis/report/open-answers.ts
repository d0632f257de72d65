import type { OpenTextQuestion } from '../open-text/index.ts';
import { esc, formatCount } from './format.ts';

/**
 * The "Open antwoorden" subsection of a survey: per comment question and other-text its scrubbed
 * answers in random order, for the whole wave only (never per group), or "te weinig antwoorden".
 * Empty when the survey asks no open question.
 */
export function openAnswersSection(questions: readonly OpenTextQuestion[] | undefined, kSpecial: number, anchor: string): string {
  if (questions === undefined || questions.length === 0) return '';
  const shown = questions.filter((q) => q.shown);
  const hidden = questions.filter((q) => !q.shown);
  const lists = shown.map((q) => {
    const items = q.texts.map((t) => `<li>${esc(t)}</li>`).join('\n');
    return `<h4>${esc(q.title)}</h4>
<details>
<summary>${formatCount(q.texts.length)} ${q.texts.length === 1 ? 'antwoord' : 'antwoorden'} (van ${formatCount(q.n)} ${q.n === 1 ? 'persoon' : 'mensen'})</summary>
${items === '' ? '<p>Geen antwoorden van ten minste 3 tekens.</p>' : `<ul class="open-texts">\n${items}\n</ul>`}
</details>`;
  });
  const rest = hidden.length === 0 ? '' : `<p class="hidden-open">Te weinig antwoorden: ${hidden.map((q) => esc(q.title)).join('; ')}.</p>`;
  return `<section class="open-answers" aria-labelledby="${esc(anchor)}">
<h3 id="${esc(anchor)}">Open antwoorden</h3>
<p class="note">Open antwoorden staan hier alleen voor de hele meting, nooit per groep, en alleen bij een vraag die ten minste ${formatCount(kSpecial)} mensen beantwoordden. E-mailadressen, telefoonnummers, BSN's, IBAN's en postcodes zijn vervangen door [verwijderd], namen van personen door [naam verwijderd]. Namen worden herkend aan hoofdletters en woorden als "collega" of "mevrouw"; daardoor verdwijnt soms ook een ander woord. Antwoorden korter dan 3 tekens staan er niet in. De volgorde is willekeurig.</p>
${lists.join('\n')}
${rest}
</section>`;
}
