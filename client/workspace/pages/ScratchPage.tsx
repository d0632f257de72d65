import { Button, Heading, Paragraph, TextArea, UnorderedList } from '@amsterdam/design-system-react';
import { Component, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { checkerText } from '../../../survey-format/checker/checker-messages.ts';
import type { ProblemBody } from '../../api.ts';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type CheckMessage } from '../api.ts';
import { FormField, ProblemAlert, toProblem } from '../common.tsx';
import { LanguageChoice, SurveyPreview } from './PreviewPage.tsx';
import type { PageProps } from './types.ts';

/** How long typing has to pause before the text is checked. */
const DEBOUNCE_MS = 600;

/** The SurveyJS part of pasted text, when it parses: a Peil definition's `survey`, or bare SurveyJS JSON. */
function surveyOf(text: string): object | undefined {
  try {
    const json: unknown = JSON.parse(text);
    if (json === null || typeof json !== 'object' || Array.isArray(json)) return undefined;
    const survey = (json as { survey?: unknown }).survey;
    return survey !== null && typeof survey === 'object' && !Array.isArray(survey) ? survey : json;
  } catch {
    return undefined;
  }
}

/** Keeps a definition SurveyJS cannot draw from taking the page down; the checker says why. */
class RenderGuard extends Component<{ children: ReactNode; fallback: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

type Check = { state: 'empty' } | { state: 'checking' } | { state: 'done'; problems: CheckMessage[] };

/**
 * `/beheer/kladblok`: paste a definition, see the checker's messages (announced as they change) and
 * the survey rendered below. Nothing is stored: the server only checks.
 */
export function ScratchPage({ t, locale, onUnauthenticated }: PageProps) {
  const [text, setText] = useState('');
  const [check, setCheck] = useState<Check>({ state: 'empty' });
  const [problem, setProblem] = useState<ProblemBody>();
  const [language, setLanguage] = useState<Locale>(locale);
  const latest = useRef(0);

  const runCheck = (value: string) => {
    if (value.trim() === '') return setCheck({ state: 'empty' });
    const n = ++latest.current;
    setCheck({ state: 'checking' });
    setProblem(undefined);
    workspaceApi
      .check(value)
      .then((problems) => n === latest.current && setCheck({ state: 'done', problems }))
      .catch((e) => {
        if (n !== latest.current) return;
        const p = toProblem(e);
        setCheck({ state: 'empty' });
        if (!onUnauthenticated(p)) setProblem(p);
      });
  };
  useEffect(() => {
    const timer = setTimeout(() => runCheck(text), DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // runCheck only reads state setters and the ref
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [text]);
  const survey = useMemo(() => surveyOf(text), [text]);

  return (
    <>
      <FocusHeading>{t.scratchTitle}</FocusHeading>
      <Paragraph>{t.scratchIntro}</Paragraph>
      <FormField id="scratch-json" label={t.scratchLabel}>
        {(aria) => (
          <TextArea
            {...aria}
            className="peil-scratch"
            rows={16}
            spellCheck={false}
            autoComplete="off"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        )}
      </FormField>
      <Button variant="secondary" onClick={() => runCheck(text)}>
        {t.scratchCheck}
      </Button>
      {problem && <ProblemAlert problem={problem} t={t} />}
      <div role="status" aria-live="polite" className="peil-check-result">
        {check.state === 'empty' && <Paragraph>{t.scratchEmpty}</Paragraph>}
        {check.state === 'checking' && <Paragraph>{t.scratchChecking}</Paragraph>}
        {check.state === 'done' && check.problems.length === 0 && <Paragraph>{t.scratchOk}</Paragraph>}
        {check.state === 'done' && check.problems.length > 0 && (
          <>
            <Paragraph>{t.scratchProblems(check.problems.length)}</Paragraph>
            <UnorderedList className="peil-check-problems">
              {check.problems.map((p, i) => (
                <UnorderedList.Item key={i}>
                  <code>{p.path}</code>: {checkerText(p, locale)}
                </UnorderedList.Item>
              ))}
            </UnorderedList>
          </>
        )}
      </div>
      <Heading level={2}>{t.scratchRendered}</Heading>
      {survey ? (
        <>
          <LanguageChoice t={t} value={language} onChange={setLanguage} name="scratch-language" />
          <RenderGuard key={text} fallback={<Paragraph>{t.scratchNoRender}</Paragraph>}>
            <SurveyPreview survey={survey} language={language} t={t} />
          </RenderGuard>
        </>
      ) : (
        <Paragraph>{t.scratchNoRender}</Paragraph>
      )}
    </>
  );
}
