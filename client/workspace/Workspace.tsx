import { Button, Grid, Page, PageHeader, Paragraph, Row, SkipLink } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState } from 'react';
import { useTitleFromHeading } from '../document-title.ts';
import { initialLocale, type Locale } from '../i18n.ts';
import { LanguageSwitch, SiteFooter, useDocumentLocale } from '../layout.tsx';
import { workspaceApi, type SessionView } from './api.ts';
import { AppLink, navigate, ProblemAlert, toProblem } from './common.tsx';
import { workspaceText } from './i18n.ts';
import '../theme-forms.css';
import './workspace.css';
import { AccountsPage } from './pages/AccountsPage.tsx';
import { AssignmentsPage } from './pages/AssignmentsPage.tsx';
import { CountsPage } from './pages/CountsPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { IndicatorsPage } from './pages/IndicatorsPage.tsx';
import { InvitationsPage } from './pages/InvitationsPage.tsx';
import { LoginPage } from './pages/LoginPage.tsx';
import { MonitorPage } from './pages/MonitorPage.tsx';
import { monitorText } from './monitor-text.ts';
import { ORGANISATION_UNITS } from '../../survey-format/organisation/organisation.ts';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { PreviewPage } from './pages/PreviewPage.tsx';
import { RegistersPage } from './pages/RegistersPage.tsx';
import { TargetsPage } from './pages/TargetsPage.tsx';
import { registersText } from './registers-text.ts';
import { targetsText } from './targets-text.ts';
import { ScratchPage } from './pages/ScratchPage.tsx';
import { SetupPage } from './pages/SetupPage.tsx';
import { SurveysPage } from './pages/SurveysPage.tsx';
import { WavesPage } from './pages/WavesPage.tsx';
import type { ProblemBody } from '../api.ts';

export type WorkspaceRoute =
  | { page: 'setup' }
  | { page: 'login' }
  | { page: 'home' }
  | { page: 'waves' }
  | { page: 'invitations'; waveId: string }
  | { page: 'assignments'; waveId: string }
  | { page: 'counts'; waveId: string }
  | { page: 'indicators'; waveId?: string }
  | { page: 'accounts' }
  | { page: 'surveys' }
  | { page: 'preview'; surveyId: string }
  | { page: 'scratch' }
  | { page: 'registers' }
  | { page: 'monitor'; code?: string }
  | { page: 'targets' }
  | { page: 'not-found' };

/** The workspace's addresses, all under /beheer. */
export function workspaceRoute(pathname: string): WorkspaceRoute {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/beheer') return { page: 'home' };
  if (path === '/beheer/setup') return { page: 'setup' };
  if (path === '/beheer/login') return { page: 'login' };
  if (path === '/beheer/golven') return { page: 'waves' };
  if (path === '/beheer/accounts') return { page: 'accounts' };
  if (path === '/beheer/cijfers') return { page: 'indicators' };
  if (path === '/beheer/vragenlijsten') return { page: 'surveys' };
  if (path === '/beheer/kladblok') return { page: 'scratch' };
  if (path === '/beheer/registers') return { page: 'registers' };
  if (path === '/beheer/monitor') return { page: 'monitor' };
  const monitor = /^\/beheer\/monitor\/([^/]+)$/.exec(path);
  if (monitor) return { page: 'monitor', code: decodeURIComponent(monitor[1]!) };
  if (path === '/beheer/doelen') return { page: 'targets' };
  const preview = /^\/beheer\/vragenlijsten\/([^/]+)$/.exec(path);
  if (preview) return { page: 'preview', surveyId: decodeURIComponent(preview[1]!) };
  const m = /^\/beheer\/golven\/([^/]+)\/(uitnodigingen|opdrachten|respons|cijfers)$/.exec(path);
  if (m) {
    const waveId = decodeURIComponent(m[1]!);
    if (m[2] === 'cijfers') return { page: 'indicators', waveId };
    if (m[2] === 'opdrachten') return { page: 'assignments', waveId };
    return m[2] === 'uitnodigingen' ? { page: 'invitations', waveId } : { page: 'counts', waveId };
  }
  return { page: 'not-found' };
}


/** The organisation unit a manager's account names (by code or Dutch label), for their monitor page. */
function ownUnit(directorate: string | null): string | undefined {
  const same = (a: string) => a.trim().toLowerCase() === directorate?.trim().toLowerCase();
  return directorate === null ? undefined : ORGANISATION_UNITS.find((u) => same(u.code) || same(u.label.nl))?.code;
}

/** The researcher workspace: its own header and navigation, a session, and one page at a time. */
export function Workspace() {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = workspaceText[locale];
  const [path, setPath] = useState(window.location.pathname);
  const [session, setSession] = useState<SessionView | null | undefined>(undefined);
  const [problem, setProblem] = useState<ProblemBody | undefined>();
  const [loggedOut, setLoggedOut] = useState(false);
  const route = workspaceRoute(path);

  useDocumentLocale(locale);
  useTitleFromHeading(t.navLabel);
  useEffect(() => {
    const onPop = () => {
      setPath(window.location.pathname);
      setProblem(undefined);
    };
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    workspaceApi
      .session()
      .then((s) => setSession(s ?? null))
      .catch((e) => {
        setSession(null);
        setProblem(toProblem(e));
      });
  }, []);

  // Pages that need a session send a visitor without one to the login page.
  const open = route.page === 'setup' || route.page === 'login';
  useEffect(() => {
    if (session === null && !open) navigate('/beheer/login');
    if (session && route.page === 'login') navigate('/beheer');
  }, [session, open, route.page]);

  const loggedIn = useCallback((s: SessionView) => {
    setSession(s);
    setLoggedOut(false);
    navigate('/beheer');
  }, []);
  const logout = async () => {
    try {
      await workspaceApi.logout();
    } catch (e) {
      setProblem(toProblem(e));
    }
    setSession(null);
    setLoggedOut(true);
    navigate('/beheer/login');
  };
  const onUnauthenticated = useCallback((p: ProblemBody) => {
    if (p.status === 401) {
      setSession(null);
      return true;
    }
    return false;
  }, []);

  const account = session?.account;
  // The pages a role may use, as the server's permissions say (server/auth/permissions.ts); the server enforces them.
  const may = (...p: NonNullable<typeof session>['permissions']) => p.some((x) => session?.permissions.includes(x));
  // The monitor: the city overview for who reads every directorate, a manager's own page otherwise (server/monitor/scope.ts).
  const wholeCity = may('figures') || (may('published-figures') && account?.directorate === null);
  const monitorHref = wholeCity ? '/beheer/monitor' : `/beheer/monitor/${ownUnit(account?.directorate ?? null) ?? ''}`;
  const page = (() => {
    if (route.page === 'setup') return <SetupPage t={t} onLoggedIn={loggedIn} />;
    if (route.page === 'login') return <LoginPage t={t} onLoggedIn={loggedIn} loggedOut={loggedOut} />;
    if (!session) return <Paragraph role="status">{t.loading}</Paragraph>;
    const common = { t, locale, onUnauthenticated };
    switch (route.page) {
      case 'home':
        return <HomePage t={t} account={session.account} permissions={session.permissions} />;
      case 'waves':
        return <WavesPage {...common} />;
      case 'invitations':
        return <InvitationsPage {...common} waveId={route.waveId} />;
      case 'assignments':
        return <AssignmentsPage {...common} waveId={route.waveId} />;
      case 'counts':
        return <CountsPage {...common} waveId={route.waveId} rows={may('export-rows')} />;
      case 'indicators':
        return <IndicatorsPage {...common} withWaves={may('waves')} {...(route.waveId === undefined ? {} : { waveId: route.waveId })} />;
      case 'surveys':
        return <SurveysPage {...common} />;
      case 'preview':
        return <PreviewPage {...common} surveyId={route.surveyId} />;
      case 'scratch':
        return <ScratchPage {...common} />;
      case 'registers':
        return <RegistersPage {...common} entering={may('procedures')} withFigures={may('figures')} />;
      case 'monitor':
        return <MonitorPage {...common} overview={wholeCity} importsHr={may('hr-figures')} {...(route.code === undefined ? {} : { code: route.code })} />;
      case 'targets':
        return <TargetsPage {...common} entering={may('baselines')} />;
      case 'accounts':
        return <AccountsPage {...common} me={session.account} />;
      default:
        return <NotFoundPage t={t} />;
    }
  })();

  const current = (p: WorkspaceRoute['page'][]) => (p.includes(route.page) ? { 'aria-current': 'page' as const } : {});
  return (
    <Page>
      <SkipLink href="#inhoud">{t.skipToContent}</SkipLink>
      <PageHeader brandName={t.brand} logoLink="/beheer" logoAccessibleName="Gemeente Amsterdam" />
      <Row className="peil-workspace-bar" align="between" alignVertical="center" wrap>
        {account ? (
          <nav aria-label={t.navLabel}>
            <Row as="div" gap="large" wrap>
              <AppLink href="/beheer" {...current(['home'])}>
                {t.navHome}
              </AppLink>
              {may('waves') && (
                <AppLink href="/beheer/golven" {...current(['waves', 'invitations', 'assignments', 'counts'])}>
                  {t.navWaves}
                </AppLink>
              )}
              {may('figures', 'published-figures') && (
                <AppLink href="/beheer/cijfers" {...current(['indicators'])}>
                  {t.navIndicators}
                </AppLink>
              )}
              {may('figures', 'published-figures') && (
                <AppLink href={monitorHref} {...current(['monitor'])}>
                  {monitorText[locale].nav}
                </AppLink>
              )}
              {may('surveys') && (
                <AppLink href="/beheer/vragenlijsten" {...current(['surveys', 'preview'])}>
                  {t.navSurveys}
                </AppLink>
              )}
              {may('surveys') && (
                <AppLink href="/beheer/kladblok" {...current(['scratch'])}>
                  {t.navScratch}
                </AppLink>
              )}
              {may('procedures', 'figures') && (
                <AppLink href="/beheer/registers" {...current(['registers'])}>
                  {registersText[locale].nav}
                </AppLink>
              )}
              {may('figures') && (
                <AppLink href="/beheer/doelen" {...current(['targets'])}>
                  {targetsText[locale].nav}
                </AppLink>
              )}
              {may('accounts') && (
                <AppLink href="/beheer/accounts" {...current(['accounts'])}>
                  {t.navAccounts}
                </AppLink>
              )}
            </Row>
          </nav>
        ) : (
          <span />
        )}
        <Row gap="small" alignVertical="center" wrap>
          {account && <Paragraph size="small">{t.loggedInAs(account.username, t.roles[account.role] ?? account.role)}</Paragraph>}
          {account && (
            <Button variant="secondary" onClick={logout}>
              {t.logout}
            </Button>
          )}
          <LanguageSwitch t={t} onSwitch={setLocale} />
        </Row>
      </Row>
      <Grid as="main" id="inhoud" paddingBottom="2x-large">
        <Grid.Cell span={{ narrow: 4, medium: 8, wide: 10 }}>
          <div className="peil-main peil-workspace" key={path}>
            {page}
            {problem && <ProblemAlert problem={problem} t={t} />}
          </div>
        </Grid.Cell>
      </Grid>
      <SiteFooter text={t.footer} />
    </Page>
  );
}
