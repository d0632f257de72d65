import { Grid, Page, PageHeader, SkipLink } from '@amsterdam/design-system-react';
import { lazy, Suspense, useEffect, useState } from 'react';
import { initialLocale, rememberLocale, uiText, type Locale } from './i18n.ts';
import { LanguageSwitch, SiteFooter } from './layout.tsx';
import { SurveyFlow } from './pages/SurveyFlow.tsx';
import { SurveyList } from './pages/SurveyList.tsx';
import { brandName } from './theme.ts';

/** `/s/<survey-id>` answers one survey; anything else lists the surveys. */
function route(pathname: string): { page: 'survey'; surveyId: string } | { page: 'list' } {
  const m = /^\/s\/([a-z][a-z0-9-]*)\/?$/.exec(pathname);
  return m ? { page: 'survey', surveyId: m[1]! } : { page: 'list' };
}

// The researcher workspace is its own bundle: respondents never download it.
const Workspace = lazy(() => import('./workspace/Workspace.tsx').then((m) => ({ default: m.Workspace })));

/** `/beheer` and below is the researcher workspace; everything else is for respondents. */
export function App() {
  const path = window.location.pathname;
  if (path === '/beheer' || path.startsWith('/beheer/')) {
    return (
      <Suspense fallback={null}>
        <Workspace />
      </Suspense>
    );
  }
  return <RespondentApp />;
}

function RespondentApp() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = uiText[locale];
  const current = route(window.location.pathname);
  useEffect(() => rememberLocale(locale), [locale]);

  return (
    <Page>
      <SkipLink href="#inhoud">{t.skipToContent}</SkipLink>
      <PageHeader brandName={brandName} logoLink="/" logoAccessibleName="Gemeente Amsterdam" />
      <div className="peil-language">
        <LanguageSwitch t={t} onSwitch={setLocale} />
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
      <SiteFooter text={t.footer} />
    </Page>
  );
}
