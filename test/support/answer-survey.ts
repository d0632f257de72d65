import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { fillChoices } from '../../survey-format/organisation/choices-from.ts';

/** A text in a survey definition: Dutch under `default`, English under `en`. */
export type Localised = string | { default: string; en?: string };
export type Locale = 'nl' | 'en';

interface Choice {
  value: string | number;
  text?: Localised;
}

/** The part of a SurveyJS question's JSON that answering it in the browser needs. */
export interface QuestionJson {
  type: string;
  name: string;
  title?: Localised;
  isRequired?: boolean;
  choices?: (Choice | string | number)[];
  rateValues?: (Choice | number)[];
  rateMin?: number;
  rateMax?: number;
  rows?: (Choice | string)[] | number;
  columns?: (Choice | string)[];
  labelTrue?: Localised;
  labelFalse?: Localised;
  otherText?: Localised;
  noneText?: Localised;
  elements?: QuestionJson[];
}

export interface PageJson {
  name: string;
  title?: Localised;
  elements: QuestionJson[];
}

export interface SurveyDefinition {
  id: string;
  version: string;
  survey: { title: { default: string; en: string }; pages: PageJson[]; completedHtml?: { default: string; en: string } };
}

/** Reads one of the bundled definitions (`surveys/<id>.json`). */
export function readDefinition(surveysDir: string, id: string): SurveyDefinition {
  // As the catalog reads it: choices a question takes from the organisation list filled in.
  return fillChoices(JSON.parse(readFileSync(`${surveysDir}${id}.json`, 'utf8'))).json as SurveyDefinition;
}

export function localise(text: Localised | undefined, locale: Locale): string | undefined {
  if (text === undefined || typeof text === 'string') return text;
  return locale === 'en' ? (text.en ?? text.default) : text.default;
}

/** Every element of a page, panels flattened, by name. */
export function elementsOf(page: PageJson): QuestionJson[] {
  const out: QuestionJson[] = [];
  const walk = (els: QuestionJson[] = []) => {
    for (const e of els) {
      out.push(e);
      walk(e.elements);
    }
  };
  walk(page.elements);
  return out;
}

/** The text a respondent sees for a choice (or rating) value. */
export function choiceText(q: QuestionJson, value: string | number, locale: Locale): string {
  if (value === 'other') return localise(q.otherText, locale) ?? (locale === 'en' ? 'Other (describe)' : 'Anders, namelijk');
  if (value === 'none') return localise(q.noneText, locale) ?? (locale === 'en' ? 'None' : 'Geen');
  const list = q.type === 'rating' ? (q.rateValues ?? []) : (q.choices ?? []);
  for (const c of list) {
    if (typeof c === 'object' && c.value === value) return localise(c.text, locale) ?? String(c.value);
    if (c === value) return String(c);
  }
  if (q.type === 'rating') return String(value);
  throw new Error(`${q.name} has no choice ${JSON.stringify(value)}`);
}

/** The question's element in the rendered survey. */
export function questionLocator(page: Page, name: string): Locator {
  return page.locator(`.sd-question[data-name="${name}"]`);
}

/**
 * Waits until SurveyJS has finished animating (a question sliding in when skip logic shows it, a popup
 * opening or closing), then `frames` animation frames more, e.g. for its ResizeObserver to decide
 * whether a rating fits as buttons. Clicking while things still move can hit the wrong spot.
 * Hover transitions and endless animations do not count.
 */
async function settleLayout(page: Page, frames = 1): Promise<void> {
  // No named helpers inside: tsx (esbuild keepNames) would wrap them in a __name() the page lacks.
  await page.evaluate(async (frames) => {
    for (let i = 0; i < 120; i++) {
      const moving = document
        .getAnimations()
        .some((a) => a instanceof CSSAnimation && a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity);
      if (!moving) break;
      await new Promise((r) => requestAnimationFrame(r));
    }
    for (let i = 0; i < frames; i++) await new Promise((r) => requestAnimationFrame(r));
  }, frames);
}

/** Clicks the visible label of the choice whose input has `value` (radio, checkbox, rating button, matrix cell). */
async function clickChoice(scope: Locator, value: string | number): Promise<void> {
  await scope.locator(`label:has(input[value="${String(value)}"])`).click();
}

/**
 * Opens a SurveyJS dropdown (a custom combobox with a popup listbox) and picks the option with `text`.
 * SurveyJS closes an open popup when the page scrolls, so the dropdown is scrolled into view first
 * and clicked only once the scrolling is over.
 */
async function pickFromDropdown(page: Page, scope: Locator, text: string): Promise<void> {
  const listId = await scope.getByRole('combobox').getAttribute('aria-controls');
  if (!listId) throw new Error('SurveyJS combobox without aria-controls');
  const option = page.locator(`[id="${listId}"]`).getByRole('option', { name: text, exact: true });
  const box = scope.locator('.sd-dropdown').first();
  await box.scrollIntoViewIfNeeded();
  await settleLayout(page);
  await box.click();
  await option.click();
}

/**
 * Waits (up to about two seconds) until the question has the input with `value` checked (buttons), or
 * shows `text` as its dropdown value; fails with `what` otherwise.
 */
async function expectShown(scope: Locator, value: string | number, text: string, what: string): Promise<void> {
  const shown = await scope.evaluate(
    async (el, { value, text }) => {
      for (let i = 0; i < 120; i++) {
        const dropdown = el.querySelector('.sd-dropdown');
        const texts = [
          dropdown?.querySelector<HTMLInputElement>('input.sd-dropdown__filter-string-input')?.value,
          dropdown?.querySelector('.sd-dropdown__input-prefix-wrapper')?.textContent,
        ];
        if (el.querySelector<HTMLInputElement>(`input[value="${value}"]`)?.checked || texts.some((s) => s?.trim() === text)) return true;
        await new Promise((r) => requestAnimationFrame(r));
      }
      return false;
    },
    { value: String(value), text },
  );
  if (!shown) throw new Error(`${what} does not show ${JSON.stringify(value)} (${text})`);
}

/**
 * Answers one question the way a mouse user would, for the question types Peil accepts:
 * radiogroup, checkbox (an array: clicks each value), rating (buttons or, when they do not fit,
 * a dropdown), boolean, dropdown, text, comment and matrix ({ row: column }).
 * `name-Comment` answers (the text of an "other" choice) go through `answerOtherComment`.
 */
export async function answerQuestion(page: Page, q: QuestionJson, value: unknown, locale: Locale = 'nl'): Promise<void> {
  const scope = questionLocator(page, q.name);
  await scope.waitFor();
  await settleLayout(page);
  switch (q.type) {
    case 'radiogroup':
      await clickChoice(scope, value as string);
      await scope.locator(`input[value="${String(value)}"]:checked`).waitFor({ state: 'attached' });
      return;
    case 'checkbox':
    case 'tagbox':
      if (!Array.isArray(value)) throw new Error(`${q.name}: a checkbox answer is an array`);
      for (const [i, v] of value.entries()) {
        if (i > 0) await settleLayout(page);
        await clickChoice(scope, v as string);
        await scope.locator(`input[value="${String(v)}"]:checked`).waitFor({ state: 'attached' });
      }
      return;
    case 'rating': {
      // SurveyJS renders buttons, measures them, and switches to a dropdown when they do not fit.
      const text = choiceText(q, value as number, locale);
      await settleLayout(page, 3);
      if ((await scope.getByRole('combobox').count()) > 0) await pickFromDropdown(page, scope, text);
      else await clickChoice(scope, value as number);
      await expectShown(scope, value as number, text, `rating ${q.name}`);
      return;
    }
    case 'dropdown': {
      const text = choiceText(q, value as string, locale);
      await pickFromDropdown(page, scope, text);
      await expectShown(scope, value as string, text, `dropdown ${q.name}`);
      return;
    }
    case 'boolean': {
      const label = localise(value ? q.labelTrue : q.labelFalse, locale) ?? (value ? 'Ja' : 'Nee');
      await scope.locator('.sd-boolean__label').filter({ hasText: label }).first().click();
      // The switch is indeterminate until answered, `--checked` when true.
      await scope.locator(value ? '.sd-boolean.sd-boolean--checked' : '.sd-boolean:not(.sd-boolean--checked):not(.sd-boolean--indeterminate)').waitFor();
      return;
    }
    case 'text':
      await scope.locator('input').fill(String(value));
      return;
    case 'comment':
      await scope.locator('textarea').fill(String(value));
      return;
    case 'matrix': {
      const rows = (Array.isArray(q.rows) ? q.rows : []).map((r) => (typeof r === 'object' ? r.value : r));
      for (const [row, column] of Object.entries(value as Record<string, string>)) {
        const index = rows.indexOf(row);
        if (index < 0) throw new Error(`${q.name} has no row ${row}`);
        const tr = scope.locator('tbody tr').nth(index);
        await clickChoice(tr, column);
        await tr.locator(`input[value="${column}"]:checked`).waitFor({ state: 'attached' });
      }
      return;
    }
    default:
      throw new Error(`answerQuestion does not know question type ${q.type} (${q.name})`);
  }
}

/** Types the text of an "other" choice (stored as `<name>-Comment`); the choice must be selected first. */
export async function answerOtherComment(page: Page, q: QuestionJson, text: string): Promise<void> {
  await questionLocator(page, q.name).locator('textarea').fill(text);
}

/** Names of the questions on the current survey page that are shown and marked required. */
export function visibleRequiredQuestions(page: Page): Promise<string[]> {
  return page.locator('.sd-question[data-name]').evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null && e.querySelector('.sd-question__required-text'))
      .map((e) => e.getAttribute('data-name')!),
  );
}

/** Names of all questions shown on the current survey page (html elements included). */
export function visibleQuestions(page: Page): Promise<string[]> {
  return page
    .locator('.sd-question[data-name]')
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => e.getAttribute('data-name')!));
}
