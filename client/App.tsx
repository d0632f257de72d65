import { Button, Grid, Page, PageFooter, PageHeader, Paragraph, SkipLink } from '@amsterdam/design-system-react';
import { useEffect, useState } from 'react';
import { initialLocale, rememberLocale, uiText, type Locale } from './i18n.ts';
import { SurveyFlow } from './pages/SurveyFlow.tsx';
import { SurveyList } from './pages/SurveyList.tsx';
import { brandName } from './theme.ts';

/** `/s/<survey-id>` answers one survey; anything else lists the surveys. */
function route(pathname: string): { page: 'survey'; surveyId: string } | { page: 'list' } {
  const m = /^\/s\/([a-z][a-z0-9-]*)\/?$/.exec(pathname);
  return m ? { page: 'survey', surveyId: m[1]! } : { page: 'list' };
}

export function App() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = uiText[locale];
  const current = route(window.location.pathname);
  useEffect(() => rememberLocale(locale), [locale]);

  return (
    <Page>
      <SkipLink href="#inhoud">{t.skipToContent}</SkipLink>
      <PageHeader brandName={brandName} logoLink="/" logoAccessibleName="Gemeente Amsterdam" />
      <div className="peil-language">
        <Button variant="tertiary" lang={t.switchToLang} aria-label={t.switchLabel} onClick={() => setLocale(t.switchToLang as Locale)}>
          {t.switchTo}
        </Button>
      </div>
      <Grid as="main" id="inhoud" paddingBottom="2x-large">
        <Grid.Cell span={{ narrow: 4, medium: 8, wide: 9 }}>
          {current.page === 'survey' ? (
            <SurveyFlow surveyId={current.surveyId} locale={locale} />
          ) : (
            <SurveyList locale={locale} />
          )}
        </Grid.Cell>
      </Grid>
      <PageFooter>
        <PageFooter.Spotlight>
          <Grid paddingVertical="large">
            <Grid.Cell span="all">
              <Paragraph color="inverse">{t.footer}</Paragraph>
            </Grid.Cell>
          </Grid>
        </PageFooter.Spotlight>
      </PageFooter>
    </Page>
  );
}
