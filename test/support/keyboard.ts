import type { Page } from 'playwright-core';

/** A short description of the focused element, for matching and for failure messages. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const e = document.activeElement as HTMLInputElement | null;
    if (!e) return 'nothing';
    const label = e.getAttribute('aria-label') ?? e.closest('label')?.textContent ?? e.textContent ?? '';
    return `${e.tagName.toLowerCase()}[name=${e.name ?? ''}][value=${e.value ?? ''}] ${label.trim().slice(0, 60)}`;
  });
}

/**
 * Presses Tab (as a keyboard-only user would) until the focused element matches `target`,
 * and fails with the path it took when it never gets there.
 */
export async function tabTo(page: Page, target: RegExp, maxPresses = 40): Promise<void> {
  const seen: string[] = [];
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const focus = await describeFocus(page);
    if (target.test(focus)) return;
    seen.push(focus);
  }
  throw new Error(`Tab never reached ${target}; focus went through:\n${seen.join('\n')}`);
}
