import { Button, FieldSet, Paragraph, Radio } from '@amsterdam/design-system-react';
import { useEffect, useMemo, useState } from 'react';
import { Survey } from 'survey-react-ui';
import type { ProblemBody } from '../../api.ts';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { createSurveyModel } from '../../survey-setup.ts';
import { workspaceApi } from '../api.ts';
import { AppLink, ProblemAlert, toProblem } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';
import type { PageProps } from './types.ts';

/**
 * A survey as respondents get it (the same SurveyJS setup, theme and accessibility repairs), in a
 * language of its own. Interactive, but nothing is ever sent: completing shows a note and a restart.
 * The page's h1 names the survey, so SurveyJS's own title (also an h1) is hidden.
 */
export function SurveyPreview({ survey, language, t }: { survey: object; language: Locale; t: WorkspaceText }) {
  const [run, setRun] = useState(0);
  const [done, setDone] = useState(false);
  const model = useMemo(() => {
    const m = createSurveyModel(survey, language);
    m.showTitle = false;
    return m;
    // A new model for a new definition or a restart; the language is set below without losing answers.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [survey, run]);
  useEffect(() => {
    model.locale = language === 'nl' ? '' : language;
  }, [model, language]);
  useEffect(() => {
    const onComplete = () => setDone(true);
    model.onComplete.add(onComplete);
    return () => model.onComplete.remove(onComplete);
  }, [model]);

  if (done) {
    return (
      <div role="status">
        <Paragraph>{t.previewDone}</Paragraph>
        <Button
          variant="secondary"
          onClick={() => {
            setDone(false);
            setRun((r) => r + 1);
          }}
        >
          {t.previewRestart}
        </Button>
      </div>
    );
  }
  return (
    <div className="peil-survey peil-preview">
      <Survey model={model} />
    </div>
  );
}

/** Chooses the preview's language, apart from the workspace's own. */
export function LanguageChoice({ t, value, onChange, name }: { t: WorkspaceText; value: Locale; onChange: (l: Locale) => void; name: string }) {
  return (
    <FieldSet legend={t.previewLanguage}>
      {(['nl', 'en'] as const).map((l) => (
        <Radio key={l} name={name} value={l} checked={value === l} onChange={() => onChange(l)} lang={l}>
          {t.languages[l]}
        </Radio>
      ))}
    </FieldSet>
  );
}

type Definition = Awaited<ReturnType<typeof workspaceApi.definition>>;

/** `/beheer/vragenlijsten/<id>`: one bundled survey, previewed in Dutch or English. */
export function PreviewPage({ t, locale, onUnauthenticated, surveyId }: PageProps & { surveyId: string }) {
  const [definition, setDefinition] = useState<Definition>();
  const [problem, setProblem] = useState<ProblemBody>();
  const [language, setLanguage] = useState<Locale>(locale);
  useEffect(() => {
    workspaceApi
      .definition(surveyId)
      .then(setDefinition)
      .catch((e) => {
        const p = toProblem(e);
        if (!onUnauthenticated(p)) setProblem(p);
      });
  }, [surveyId, onUnauthenticated]);
  const title = definition ? (locale === 'en' ? definition.survey.title.en : definition.survey.title.default) : surveyId;

  return (
    <>
      <FocusHeading>{t.previewTitle(title)}</FocusHeading>
      <AppLink href="/beheer/vragenlijsten">{t.backToSurveys}</AppLink>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {!definition && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {definition && (
        <>
          <Paragraph>
            {t.previewIntro} {t.colVersion}: {definition.version}.
          </Paragraph>
          <LanguageChoice t={t} value={language} onChange={setLanguage} name="preview-language" />
          <SurveyPreview survey={definition.survey} language={language} t={t} />
        </>
      )}
    </>
  );
}
