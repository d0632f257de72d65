import type { Page } from 'playwright-core';

/** Where keyboard focus is on a survey page, as far as answering it by keyboard goes. */
export interface FocusStop {
  /** The question the focused control belongs to (its data-name), if any. */
  question?: string;
  required: boolean;
  kind: 'radio' | 'checkbox' | 'text' | 'number' | 'textarea' | 'combobox' | 'button' | 'other';
  text: string;
}

/** The focused element, described. Evaluated as a string, so no bundler helper leaks into the page. */
export function focusStop(page: Page): Promise<FocusStop> {
  return page.evaluate(String.raw`(() => {
    const a = document.activeElement;
    const q = a && a.closest('.sd-question');
    const header = q && q.querySelector(':scope > .sd-question__container .sd-question__title, :scope .sd-question__title');
    const role = a && a.getAttribute('role');
    let kind = 'other';
    if (a && a.tagName === 'INPUT' && (a.type === 'radio' || a.type === 'checkbox')) kind = a.type;
    else if (role === 'combobox') kind = 'combobox';
    else if (a && a.tagName === 'INPUT' && a.type === 'number') kind = 'number';
    else if (a && a.tagName === 'INPUT') kind = 'text';
    else if (a && a.tagName === 'TEXTAREA') kind = 'textarea';
    else if (a && a.tagName === 'BUTTON') kind = 'button';
    return {
      question: q ? q.getAttribute('data-name') : undefined,
      required: !!(header && header.classList.contains('sd-question__title--required')),
      kind,
      text: a ? (a.getAttribute('aria-label') || a.textContent || a.value || '').trim().slice(0, 60) : '',
    };
  })()`);
}

/** What a page change must leave behind: focus on the new heading, the announcement, the document title. */
export interface PageArrival {
  focused: string;
  focusedTag: string;
  announced: string;
  title: string;
}

export function pageArrival(page: Page): Promise<PageArrival> {
  return page.evaluate(String.raw`(() => ({
    focused: (document.activeElement && document.activeElement.textContent || '').trim(),
    focusedTag: document.activeElement ? document.activeElement.tagName.toLowerCase() + '.' + [...document.activeElement.classList].join('.') : '',
    announced: (document.querySelector('[aria-live="polite"].peil-progress') || { textContent: '' }).textContent.trim(),
    title: document.title,
  }))()`);
}

/**
 * Answers the required questions of the page on screen with the keyboard only (Tab to each, Space
 * for a choice, typing for a text box, arrow and Enter for a drop-down), then presses Enter on
 * `button` ("Volgende" or "Verzenden"). Questions revealed by an answer are met further down the
 * tab order. Fails with the path focus took when it never reaches the button.
 */
export async function answerPageByKeyboard(page: Page, button: RegExp, answered: Set<string>): Promise<string> {
  const path: string[] = [];
  for (let i = 0; i < 120; i++) {
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    path.push(`${stop.kind} ${stop.question ?? ''} ${stop.text}`);
    if (stop.kind === 'button' && button.test(stop.text)) {
      await page.keyboard.press('Enter');
      return stop.text;
    }
    if (!stop.question || !stop.required || answered.has(stop.question)) continue;
    answered.add(stop.question);
    switch (stop.kind) {
      case 'radio':
      case 'checkbox':
        await page.keyboard.press('Space');
        break;
      case 'number':
        await page.keyboard.type('5');
        break;
      case 'text':
        await page.keyboard.type('A1');
        break;
      case 'textarea':
        await page.keyboard.type('Geen');
        break;
      case 'combobox':
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        break;
      default:
        answered.delete(stop.question);
    }
  }
  throw new Error(`Tab never reached ${button}; focus went through:\n${path.join('\n')}`);
}
