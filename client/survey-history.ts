import type { Model } from 'survey-core';

type PageState = { peilPage: number };
const isPageState = (s: unknown): s is PageState => typeof (s as PageState | null)?.peilPage === 'number';

/**
 * Makes the browser's Back and Forward buttons move between the survey's pages instead of leaving
 * the survey. Each page the respondent reaches gets a history entry (same address, the page number
 * in its state); Back to an earlier entry shows that page again, Forward goes on as "Volgende" does
 * (with its checks). Back from the first page calls `onLeave` (the start page). Returns the clean-up.
 */
export function followPagesInHistory(model: Model, onLeave: () => void): () => void {
  let restoring = false;
  const record = () => {
    if (restoring) return;
    history.pushState({ peilPage: model.currentPageNo } satisfies PageState, '');
  };
  const onPop = (event: PopStateEvent) => {
    if (!isPageState(event.state)) return onLeave();
    const target = event.state.peilPage;
    restoring = true;
    try {
      if (target < model.currentPageNo) model.currentPageNo = target;
      else if (target > model.currentPageNo && !model.nextPage()) history.back();
    } finally {
      restoring = false;
    }
  };
  // The page shown first (a fresh start, or where a reload left off) is an entry of its own.
  if (!isPageState(history.state) || history.state.peilPage !== model.currentPageNo) history.pushState({ peilPage: model.currentPageNo }, '');
  model.onCurrentPageChanged.add(record);
  window.addEventListener('popstate', onPop);
  return () => {
    model.onCurrentPageChanged.remove(record);
    window.removeEventListener('popstate', onPop);
  };
}
