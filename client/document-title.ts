import { useEffect, useLayoutEffect } from 'react';
import { brandName } from './theme.ts';

/**
 * The document title (WCAG 2.4.2): what this page is, from the most specific part to the brand,
 * e.g. "Pagina 3 van 6 - Inclusie en sociale veiligheid - Peil". A screen reader reads it first, and
 * it names the tab and the history entry.
 */
export function documentTitle(...parts: (string | undefined)[]): string {
  const named = [...parts.filter((p): p is string => !!p), brandName];
  // "Werkruimte - Werkruimte - Peil" says nothing twice: a part equal to the one before it is left out.
  return named.filter((p, i) => p !== named[i - 1]).join(' - ');
}

/**
 * Sets the document title from `parts` (most specific first); `null` leaves it to a child component.
 * Set as the page's DOM changes (a layout effect), not after the next paint: whoever reads the new
 * page, by screen reader or test, reads the title that goes with it.
 */
export function useDocumentTitle(parts: (string | undefined)[] | null): void {
  const title = parts && documentTitle(...parts);
  useLayoutEffect(() => {
    if (title) document.title = title;
  }, [title]);
}

/**
 * Keeps the document title equal to the page's h1 followed by `context` (the workspace, the guest's
 * app): their pages load their headings themselves, so the title follows the heading as it changes.
 */
export function useTitleFromHeading(...context: string[]): void {
  const suffix = context.join('\u0000');
  useEffect(() => {
    const update = () => {
      const heading = document.querySelector('main h1')?.textContent?.trim();
      const title = documentTitle(heading, ...context);
      if (document.title !== title) document.title = title;
    };
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    return () => observer.disconnect();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [suffix]);
}
