import { lazy, Suspense } from 'react';
import { AppShell } from './layout.tsx';
import { SurveyFlow } from './pages/SurveyFlow.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { SurveyList } from './pages/SurveyList.tsx';

/** `/s/<survey-id>` answers one survey; `/` lists the surveys; anything else is not a page (server/static.ts answers 404). */
function route(pathname: string): { page: 'survey'; surveyId: string } | { page: 'list' } | { page: 'not-found' } {
  const m = /^\/s\/([a-z][a-z0-9-]*)\/?$/.exec(pathname);
  if (m) return { page: 'survey', surveyId: m[1]! };
  return pathname === '/' ? { page: 'list' } : { page: 'not-found' };
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
      {(locale) =>
        current.page === 'survey' ? (
          <SurveyFlow surveyId={current.surveyId} locale={locale} />
        ) : current.page === 'list' ? (
          <SurveyList locale={locale} />
        ) : (
          <NotFoundPage locale={locale} />
        )
      }
    </AppShell>
  );
}
