import { Link, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { useEffect, useState } from 'react';
import { api } from '../api.ts';
import { useDocumentTitle } from '../document-title.ts';
import { uiText, type Locale } from '../i18n.ts';
import { FocusHeading } from './FocusHeading.tsx';

type Summary = { id: string; title: { default: string; en: string } };

/** The bundled surveys, for trying Peil by hand; respondents arrive through a survey's own link. */
export function SurveyList({ locale }: { locale: Locale }) {
  const t = uiText[locale];
  useDocumentTitle([t.listTitle]);
  const [surveys, setSurveys] = useState<Summary[] | 'error' | undefined>();
  useEffect(() => {
    api.surveys
      .$get()
      .then((r) => r.json())
      .then((b) => setSurveys(b.surveys))
      .catch(() => setSurveys('error'));
  }, []);

  return (
    <div className="peil-main ams-page__area--body">
      <FocusHeading>{t.listTitle}</FocusHeading>
      <Paragraph>{t.listIntro}</Paragraph>
      {surveys === undefined && <Paragraph role="status">{t.loading}</Paragraph>}
      {surveys === 'error' && <Paragraph role="alert">{t.loadFailed}</Paragraph>}
      {Array.isArray(surveys) && (
        <UnorderedList>
          {surveys.map((s) => (
            <UnorderedList.Item key={s.id}>
              <Link href={`/s/${s.id}`}>{locale === 'en' ? s.title.en : s.title.default}</Link>
            </UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </div>
  );
}
