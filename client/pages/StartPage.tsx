import { Button, Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { uiText, type Locale } from '../i18n.ts';
import { FocusHeading } from './FocusHeading.tsx';
import type { SurveyResource } from './SurveyFlow.tsx';

/** What the survey is for and, in plain words, what Peil keeps and what it does not. */
export function StartPage(props: { resource: SurveyResource; locale: Locale; resumable: boolean; onStart: () => void }) {
  const { resource, locale, resumable, onStart } = props;
  const t = uiText[locale];
  const pick = (s: { default: string; en: string }) => (locale === 'en' ? s.en : s.default);
  return (
    <div className="peil-main">
      <FocusHeading>{pick(resource.survey.title)}</FocusHeading>
      <Paragraph size="large">{pick(resource.purpose)}</Paragraph>
      <Paragraph>{t.voluntary}</Paragraph>
      <Heading level={2}>{t.privacyTitle}</Heading>
      <Paragraph>{t.privacyStoredTitle}</Paragraph>
      <UnorderedList>
        {t.privacyStored.map((line) => (
          <UnorderedList.Item key={line}>{line}</UnorderedList.Item>
        ))}
      </UnorderedList>
      <Paragraph>{t.privacyNotStoredTitle}</Paragraph>
      <UnorderedList>
        {t.privacyNotStored.map((line) => (
          <UnorderedList.Item key={line}>{line}</UnorderedList.Item>
        ))}
      </UnorderedList>
      <Paragraph>{t.privacyReporting}</Paragraph>
      <Paragraph>{t.privacyDevice}</Paragraph>
      <Button onClick={onStart}>{resumable ? t.resume : t.start}</Button>
    </div>
  );
}
