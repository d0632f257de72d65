import { lazy, Suspense } from 'react';
import { AppShell } from './layout.tsx';
import { SurveyFlow } from './pages/SurveyFlow.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { StatementPage } from './pages/StatementPage.tsx';
import { SurveyList } from './pages/SurveyList.tsx';
import { accessibilityStatement, privacyStatement } from './statements.ts';

type RespondentRoute = { page: 'survey'; surveyId: string } | { page: 'list' | 'privacy' | 'accessibility' | 'not-found' };

/**
 * `/s/<survey-id>` answers one survey; `/` lists the surveys; `/privacy` and `/toegankelijkheid` are
 * the organisation's statements; anything else is not a page (server/static.ts answers 404).
 */
function route(pathname: string): RespondentRoute {
  const m = /^\/s\/([a-z][a-z0-9-]*)\/?$/.exec(pathname);
  if (m) return { page: 'survey', surveyId: m[1]! };
  const pages: Record<string, RespondentRoute['page']> = { '/': 'list', '/privacy': 'privacy', '/toegankelijkheid': 'accessibility' };
  return { page: pages[pathname] ?? 'not-found' } as RespondentRoute;
}

// The researcher workspace is its own bundle: respondents never download it.
const Workspace = lazy(() => import('./workspace/Workspace.tsx').then((m) => ({ default: m.Workspace })));
// So is the mystery guest's app (its service worker precaches it with the rest of the client).
const GuestApp = lazy(() => import('./guest/GuestApp.tsx').then((m) => ({ default: m.GuestApp })));

/** `/beheer` and below is the researcher workspace; `/opdracht/` the mystery guest's app; everything else is for respondents. */
export function App() {
  const path = window.location.pathname;
  if (path === '/beheer' || path.startsWith('/beheer/')) {
    return (
      <Suspense fallback={null}>
        <Workspace />
      </Suspense>
    );
  }
  if (path === '/opdracht' || path.startsWith('/opdracht/')) {
    return (
      <Suspense fallback={null}>
        <GuestApp />
      </Suspense>
    );
  }
  return <RespondentApp />;
}

function RespondentApp() {
  const current = route(window.location.pathname);
  return (
    <AppShell logoLink="/">
      {(locale) => {
        switch (current.page) {
          case 'survey':
            return <SurveyFlow surveyId={current.surveyId} locale={locale} />;
          case 'list':
            return <SurveyList locale={locale} />;
          case 'privacy':
            return <StatementPage statement={privacyStatement(locale)} />;
          case 'accessibility':
            return <StatementPage statement={accessibilityStatement(locale)} />;
          default:
            return <NotFoundPage locale={locale} />;
        }
      }}
    </AppShell>
  );
}
