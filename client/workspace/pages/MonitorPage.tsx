import { Button, Heading, Paragraph, TextInput } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import { placeName } from '../../../analysis/monitor/words.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type DirectoratePage, type Monitor, type MonitorSummary } from '../api.ts';
import { AppLink, FormField, navigate, ProblemAlert, useProblem } from '../common.tsx';
import { monitorText } from '../monitor-text.ts';
import { MonitorDirectorate } from './MonitorDirectorate.tsx';
import { MonitorOverview } from './MonitorOverview.tsx';
import { SummarySection } from './MonitorParts.tsx';
import type { PageProps } from './types.ts';
import './monitor.css';

const HALF_YEAR = /^\d{4}-H[12]$/;

/** The half-year of the address (`?periode=2026-H2`), else the current one. */
function periodOfAddress(): string {
  const asked = new URLSearchParams(window.location.search).get('periode')?.toUpperCase();
  if (asked && HALF_YEAR.test(asked)) return asked;
  const now = new Date();
  return `${now.getFullYear()}-H${now.getMonth() < 6 ? 1 : 2}`;
}

const hrefOf = (code: string | undefined, period: string) => `/beheer/monitor${code === undefined ? '' : `/${encodeURIComponent(code)}`}?periode=${period}`;

/**
 * The integral monitor in the workspace: the city overview (`/beheer/monitor`) or one directorate's
 * page (`/beheer/monitor/<code>`), for a half-year; a researcher also imports HR figures here.
 */
export function MonitorPage({ t, locale, onUnauthenticated, code, overview, importsHr }: PageProps & { code?: string; overview: boolean; importsHr: boolean }) {
  const m = monitorText[locale];
  const [period, setPeriod] = useState(periodOfAddress);
  const [asked, setAsked] = useState(period);
  const [data, setData] = useState<{ monitor: Monitor; summary: MonitorSummary } | { page: DirectoratePage }>();
  const [problem, setProblem, fail] = useProblem(onUnauthenticated);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    setData(undefined);
    setProblem(undefined);
    (code === undefined ? workspaceApi.monitor(period) : workspaceApi.monitorPage(period, code).then((page) => ({ page }))).then(setData, fail);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period, code, reload]);
  const show = (e: FormEvent) => {
    e.preventDefault();
    const p = asked.trim().toUpperCase();
    navigate(hrefOf(code, p));
    setPeriod(p);
  };
  const title = code === undefined ? m.overviewTitle(period) : m.pageTitle(placeName(code, locale), period);
  return (
    <>
      <FocusHeading>{title}</FocusHeading>
      <Paragraph>{m.intro}</Paragraph>
      {code !== undefined && overview && <AppLink href={hrefOf(undefined, period)}>{m.toOverview}</AppLink>}
      <form onSubmit={show} noValidate className="peil-form peil-monitor-period">
        <FormField id="monitor-period" label={m.period} hint={m.periodHint}>
          {(x) => <TextInput {...x} size={10} value={asked} onChange={(e) => setAsked(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary">
          {m.show}
        </Button>
      </form>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {!data && !problem && <Paragraph role="status">{m.loading}</Paragraph>}
      {data && 'monitor' in data && (
        <>
          <SummarySection summary={data.summary} lines={data.monitor.lines} m={m} lang={locale} />
          <MonitorOverview monitor={data.monitor} m={m} lang={locale} pageHref={(c) => hrefOf(c, period)} />
        </>
      )}
      {data && 'page' in data && (
        <>
          <SummarySection summary={data.page.summary} lines={data.page.lines} m={m} lang={locale} />
          <MonitorDirectorate page={data.page} m={m} lang={locale} />
        </>
      )}
      {importsHr && code === undefined && <HrImport m={m} t={t} onImported={() => setReload((n) => n + 1)} onUnauthenticated={onUnauthenticated} />}
    </>
  );
}

/** The researcher's import of HR figures: the file as it is; a refusal lists every row and column. */
function HrImport({ m, t, onImported, onUnauthenticated }: { m: (typeof monitorText)['nl']; t: PageProps['t']; onImported: () => void; onUnauthenticated: PageProps['onUnauthenticated'] }) {
  const [file, setFile] = useState<File>();
  const [done, setDone] = useState<string>();
  const [problem, setProblem, fail] = useProblem(onUnauthenticated);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(undefined);
    setProblem(undefined);
    if (!file) {
      setProblem({ type: 'urn:peil:problem:client', title: m.hrNoFile, status: 0, detail: m.hrNoFile, fields: [{ field: 'hr-file', message: m.hrNoFile }] });
      return;
    }
    try {
      const r = await workspaceApi.importHr(file);
      setDone(m.hrImported(r.rows, r.inserted, r.updated, r.unchanged, r.removed));
      onImported();
    } catch (err) {
      fail(err);
    }
  };
  return (
    <section aria-labelledby="hr-import-heading">
      <Heading level={2} id="hr-import-heading">
        {m.hrHeading}
      </Heading>
      <form onSubmit={submit} noValidate className="peil-form">
        <FormField id="hr-file" label={m.hrFile} hint={m.hrHint}>
          {(x) => <input {...x} type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0])} />}
        </FormField>
        <Button type="submit">{m.hrImport}</Button>
      </form>
      {done && <Paragraph role="status">{done}</Paragraph>}
      {problem && <ProblemAlert problem={problem} t={t} fields={{ 'hr-file': { id: 'hr-file', label: m.hrFile } }} />}
    </section>
  );
}
