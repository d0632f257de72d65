import { Heading, Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useMemo, useState } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import { useDocumentTitle } from '../document-title.ts';
import { uiText, type Locale } from '../i18n.ts';
import { prefillProcedure } from '../procedure-link.ts';
import { clearProgress, loadProgress, saveProgress } from '../progress.ts';
import { createSurveyModel } from '../survey-setup.ts';
import { followPagesInHistory } from '../survey-history.ts';
import type { SurveyResource } from './SurveyFlow.tsx';

/**
 * The survey's question pages, rendered by SurveyJS. Its own chunk (loaded by SurveyFlow when the
 * respondent starts), so the start page does not carry SurveyJS. Picks up where this tab left off.
 *
 * Around SurveyJS's form: the survey title (h1), the progress as text ("Pagina 3 van 6") in a polite
 * live region, and the document title. On every page change focus moves to the new page's heading,
 * so keyboard and screen-reader users start at the top of the new page, and the browser's Back button
 * goes to the previous page (Back on the first page returns to the start page: `onLeave`).
 */
export default function SurveyPages(props: {
  resource: SurveyResource;
  locale: Locale;
  /** The vacancy number of a per-procedure link (client/procedure-link.ts), filled in read-only. */
  procedureRef?: string;
  onComplete: (answers: Record<string, unknown>) => void;
  onLeave: () => void;
}) {
  const { resource, locale, procedureRef, onComplete, onLeave } = props;
  const t = uiText[locale];
  const [position, setPosition] = useState<{ page: number; pages: number }>();
  const model = useMemo(() => {
    const m = createSurveyModel(resource.survey, locale);
    // The title and the progress are Peil's own (above): SurveyJS's progress dots were tabs that did nothing.
    m.showTitle = false;
    m.showProgressBar = false;
    const saved = loadProgress(resource.id, resource.version);
    if (saved) {
      m.data = saved.data;
      m.currentPageNo = saved.pageNo;
    }
    prefillProcedure(m, procedureRef);
    // Before the first render: SurveyJS renders (and reports) the first page before this component's effects run.
    focusPageHeadings(m, (page, pages) => setPosition({ page, pages }));
    return m;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resource]);
  useEffect(() => {
    model.locale = locale === 'nl' ? '' : locale;
  }, [model, locale]);
  useEffect(() => wireModel(model, resource, onComplete), [model]);
  useEffect(() => followPagesInHistory(model, onLeave), [model]);

  const title = locale === 'en' ? resource.survey.title.en : resource.survey.title.default;
  const progress = position ? t.pageOf(position.page, position.pages) : undefined;
  useDocumentTitle([progress, title]);
  return (
    <div className="peil-main peil-survey">
      <Heading level={1}>{title}</Heading>
      {/* Filled after the page has rendered, so the change is announced (a region is quiet about what it starts with). */}
      <Paragraph className="peil-progress" role="status" aria-live="polite" aria-atomic="true">
        {progress}
      </Paragraph>
      <Survey model={model} />
    </div>
  );
}

/**
 * Focuses the heading of each page SurveyJS shows (the first one included), then reports the
 * page's position among the pages that skip logic currently shows. Lives as long as the model.
 */
function focusPageHeadings(model: Model, shown: (page: number, pages: number) => void): void {
  const onRender = (_: Model, options: { htmlElement: HTMLElement }) => {
    const heading = options.htmlElement.querySelector<HTMLElement>('.sd-page__title') ?? document.querySelector<HTMLElement>('main h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus({ preventScroll: false });
    }
    shown(model.currentPageNo + 1, model.visiblePageCount);
  };
  model.onAfterRenderPage.add(onRender);
}

/** Saves progress as the respondent answers, and hands the answers over on completion. */
function wireModel(model: Model, resource: SurveyResource, complete: (answers: Record<string, unknown>) => void): () => void {
  const save = () => saveProgress(resource.id, resource.version, { data: model.data, pageNo: model.currentPageNo });
  // Saved as the page starts to change: a reload right after must not send the respondent back a page.
  const saveTarget = (_: Model, options: { newCurrentPage: unknown; allow: boolean }) => {
    const pageNo = model.visiblePages.indexOf(options.newCurrentPage as (typeof model.visiblePages)[number]);
    if (options.allow && pageNo >= 0) saveProgress(resource.id, resource.version, { data: model.data, pageNo });
  };
  const onComplete = () => {
    // The pending submission is written before the progress is cleared: a crash in between keeps both.
    complete(model.data);
    clearProgress(resource.id, resource.version);
  };
  model.onValueChanged.add(save);
  model.onCurrentPageChanged.add(save);
  model.onCurrentPageChanging.add(saveTarget);
  model.onComplete.add(onComplete);
  return () => {
    model.onValueChanged.remove(save);
    model.onCurrentPageChanged.remove(save);
    model.onCurrentPageChanging.remove(saveTarget);
    model.onComplete.remove(onComplete);
  };
}
