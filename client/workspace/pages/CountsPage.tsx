import { Button, DescriptionList, Heading, Paragraph, Row, Table } from '@amsterdam/design-system-react';
import { useCallback, useEffect, useState } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import type { CsvDialect } from '../../../server/csv/write.ts';
import { workspaceApi, type ExportFormat, type ResponseCounts } from '../api.ts';
import { batchLabel } from '../batch-label.ts';
import { AppLink, ProblemAlert, saveBlob, toProblem } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';
import type { PageProps } from './types.ts';

type Published = ResponseCounts['answers'];

const answers = (t: WorkspaceText, a: Published) => (a.shown ? String(a.n) : t.tooFew);
const rate = (t: WorkspaceText, r: number | null, locale: string) =>
  r === null ? t.noRate : new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { style: 'percent', maximumFractionDigits: 1 }).format(r);

/**
 * A closed wave's exports for statistics software, as downloads (the server logs each one). The
 * row-level CSV, for statistics software (RFC 4180) and for Excel with Dutch settings, is offered
 * only to a role that may download it (`rows`).
 */
function ExportsBlock({ t, locale, waveId, closed, rows }: { t: WorkspaceText; locale: string; waveId: string; closed: boolean; rows: boolean }) {
  const [problem, setProblem] = useState<ProblemBody>();
  const [busy, setBusy] = useState(false);
  const labels = locale === 'en' ? 'en' : 'nl';
  const download = async (format: ExportFormat, withLabels: boolean, dialect: CsvDialect) => {
    setBusy(true);
    setProblem(undefined);
    try {
      const { blob, filename } = await workspaceApi.exportFile(waveId, format, withLabels ? labels : 'codes', dialect);
      saveBlob(blob, filename);
    } catch (e) {
      setProblem(toProblem(e));
    } finally {
      setBusy(false);
    }
  };
  type Download = [string, ExportFormat, boolean, CsvDialect];
  const csv: Download[] = [
    [t.exportCsvCodes, 'csv', false, 'rfc4180'],
    [t.exportCsvLabels, 'csv', true, 'rfc4180'],
    [t.exportExcelCodes, 'csv', false, 'excel-nl'],
    [t.exportExcelLabels, 'csv', true, 'excel-nl'],
  ];
  const buttons: Download[] = [
    ...(rows ? csv : []),
    [t.exportCodebook, 'codebook', true, 'rfc4180'],
    [t.exportSpss, 'spss', true, 'rfc4180'],
    [t.exportR, 'r', true, 'rfc4180'],
  ];
  return (
    <section aria-labelledby="exports-heading" className="peil-exports">
      <Heading level={2} id="exports-heading">
        {t.exportsTitle}
      </Heading>
      {!closed && <Paragraph>{t.exportsClosedOnly}</Paragraph>}
      {closed && (
        <>
          <Paragraph>{t.exportsIntro}</Paragraph>
          <Paragraph size="small">{rows ? t.exportCsvHint : t.exportCsvNotForRole}</Paragraph>
          <Row wrap>
            {buttons.map(([label, format, withLabels, dialect]) => (
              <Button key={label} variant="secondary" disabled={busy} onClick={() => void download(format, withLabels, dialect)}>
                {label}
              </Button>
            ))}
          </Row>
          {problem && <ProblemAlert problem={problem} t={t} />}
        </>
      )}
    </section>
  );
}

/** `/beheer/golven/<id>/respons`: exactly what the API publishes, no more. */
export function CountsPage({ t, locale, onUnauthenticated, waveId, rows }: PageProps & { waveId: string; rows: boolean }) {
  const [counts, setCounts] = useState<ResponseCounts>();
  const [problem, setProblem] = useState<ProblemBody>();
  const load = useCallback(() => {
    setProblem(undefined);
    workspaceApi
      .counts(waveId)
      .then(setCounts)
      .catch((e) => {
        const p = toProblem(e);
        if (!onUnauthenticated(p)) setProblem(p);
      });
  }, [waveId, onUnauthenticated]);
  useEffect(load, [load]);

  return (
    <>
      <FocusHeading>{t.countsTitle(waveId)}</FocusHeading>
      <AppLink href="/beheer/golven">{t.backToWaves}</AppLink>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {!counts && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {counts && (
        <>
          <DescriptionList className="peil-counts">
            <DescriptionList.Term>{t.countsStatus}</DescriptionList.Term>
            <DescriptionList.Description>{t.statuses[counts.status] ?? counts.status}</DescriptionList.Description>
            <DescriptionList.Term>{t.countsInvited}</DescriptionList.Term>
            <DescriptionList.Description>{counts.invited}</DescriptionList.Description>
            <DescriptionList.Term>{t.countsAnswers}</DescriptionList.Term>
            <DescriptionList.Description data-testid="answers">{answers(t, counts.answers)}</DescriptionList.Description>
            <DescriptionList.Term>{t.countsRate}</DescriptionList.Term>
            <DescriptionList.Description>{rate(t, counts.rate, locale)}</DescriptionList.Description>
          </DescriptionList>
          {counts.rate === null && <Paragraph size="small">{t.noRateHint}</Paragraph>}
          <Heading level={2}>{t.groupsTitle}</Heading>
          {counts.groups === null && <Paragraph>{t.groupsWhileOpen}</Paragraph>}
          {counts.groups?.length === 0 && <Paragraph>{t.groupsNone}</Paragraph>}
          {counts.groups && counts.groups.length > 0 && (
            <Table>
              <Table.Caption>{t.groupsCaption}</Table.Caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{t.colGroup}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.countsInvited}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.countsAnswers}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{t.countsRate}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {counts.groups.map((g) => {
                  const label = batchLabel(g.attributes, locale === 'en' ? 'en' : 'nl') || t.noAttributes;
                  return (
                    <Table.Row key={label}>
                      <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                      <Table.Cell>{g.invited}</Table.Cell>
                      <Table.Cell>{answers(t, g.answers)}</Table.Cell>
                      <Table.Cell>{rate(t, g.rate, locale)}</Table.Cell>
                    </Table.Row>
                  );
                })}
              </Table.Body>
            </Table>
          )}
          <Button variant="secondary" onClick={load}>
            {t.refresh}
          </Button>
          <ExportsBlock t={t} locale={locale} waveId={waveId} closed={counts.status === 'closed'} rows={rows} />
        </>
      )}
    </>
  );
}
