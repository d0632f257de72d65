import type { Page } from 'playwright-core';

/**
 * What WCAG 1.4.10 (reflow) asks of a survey page, read from the rendered boxes: no horizontal
 * scrolling, no text cut off inside a choice, and every scale either in one row or in one column, in
 * the order of its values. Returns the problems found, each naming the question (empty when none).
 * Evaluated as a string, so no bundler helper leaks into the page.
 */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(String.raw`(() => {
    const problems = [];
    const root = document.scrollingElement;
    if (root.scrollWidth > window.innerWidth + 1) problems.push('the page scrolls sideways: ' + root.scrollWidth + 'px in ' + window.innerWidth + 'px');
    for (const scale of document.querySelectorAll('.sd-rating fieldset')) {
      const q = scale.closest('.sd-question')?.getAttribute('data-name');
      const items = [...scale.querySelectorAll('.sd-rating__item')].map((label) => ({ label, box: label.getBoundingClientRect(), value: Number(label.querySelector('input').value) }));
      if (items.length === 0 || items[0].box.width === 0) continue;
      const values = items.map((i) => i.value);
      if (values.some((v, i) => i > 0 && v <= values[i - 1])) problems.push(q + ': values out of order in the markup');
      const oneRow = items.every((i, n) => Math.abs(i.box.top - items[0].box.top) < 2 && (n === 0 || i.box.left > items[n - 1].box.right - 1));
      const oneColumn = items.every((i, n) => Math.abs(i.box.left - items[0].box.left) < 2 && (n === 0 || i.box.top >= items[n - 1].box.bottom - 1));
      if (!oneRow && !oneColumn) problems.push(q + ': the scale wraps (' + items.map((i) => Math.round(i.box.left) + ',' + Math.round(i.box.top)).join(' ') + ')');
      for (const { label, box } of items) {
        const text = label.querySelector('.sd-rating__item-text');
        const t = text.getBoundingClientRect();
        const cut = label.scrollWidth > label.clientWidth + 1 || label.scrollHeight > label.clientHeight + 1 || t.right > box.right + 1 || t.bottom > box.bottom + 1 || box.right > window.innerWidth;
        const clipped = [...label.querySelectorAll('*')].some((e) => { const s = getComputedStyle(e); return s.textOverflow === 'ellipsis' && e.scrollWidth > e.clientWidth + 1; });
        if (cut || clipped) problems.push(q + ': "' + label.textContent.trim() + '" is cut off');
      }
    }
    return problems;
  })()`);
}
