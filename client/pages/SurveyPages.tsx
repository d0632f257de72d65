import { useEffect, useMemo } from 'react';
import type { Model } from 'survey-core';
import { Survey } from 'survey-react-ui';
import type { Locale } from '../i18n.ts';
import { clearProgress, loadProgress, saveProgress } from '../progress.ts';
import { createSurveyModel } from '../survey-setup.ts';
import type { SurveyResource } from './SurveyFlow.tsx';

/**
 * The survey's question pages, rendered by SurveyJS. Its own chunk (loaded by SurveyFlow when the
 * respondent starts), so the start page does not carry SurveyJS. Picks up where this tab left off.
 */
export default function SurveyPages(props: {
  resource: SurveyResource;
  locale: Locale;
  onComplete: (answers: Record<string, unknown>) => void;
}) {
  const { resource, locale, onComplete } = props;
  const model = useMemo(() => {
    const m = createSurveyModel(resource.survey, locale);
    const saved = loadProgress(resource.id, resource.version);
    if (saved) {
      m.data = saved.data;
      m.currentPageNo = saved.pageNo;
    }
    return m;
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [resource]);
  useEffect(() => {
    model.locale = locale === 'nl' ? '' : locale;
  }, [model, locale]);
  useEffect(() => wireModel(model, resource, onComplete), [model]);
  return (
    <div className="peil-survey">
      <Survey model={model} />
    </div>
  );
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
