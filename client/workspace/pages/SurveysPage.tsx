import { Paragraph, Table } from '@amsterdam/design-system-react';
import { useEffect, useState } from 'react';
import type { ProblemBody } from '../../api.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type SurveyListItem } from '../api.ts';
import { AppLink, ProblemAlert, toProblem } from '../common.tsx';
import type { PageProps } from './types.ts';

/** `/beheer/vragenlijsten`: the bundled surveys, their versions and checker status, each with a preview. */
export function SurveysPage({ t, locale, onUnauthenticated }: PageProps) {
  const [surveys, setSurveys] = useState<SurveyListItem[]>();
  const [problem, setProblem] = useState<ProblemBody>();
  useEffect(() => {
    workspaceApi
      .catalog()
      .then(setSurveys)
      .catch((e) => {
        const p = toProblem(e);
        if (!onUnauthenticated(p)) setProblem(p);
      });
  }, [onUnauthenticated]);
  const title = (s: SurveyListItem) => (locale === 'en' ? s.title.en : s.title.default);

  return (
    <>
      <FocusHeading>{t.surveysTitle}</FocusHeading>
      <Paragraph>{t.surveysIntro}</Paragraph>
      <AppLink href="/beheer/kladblok">{t.navScratch}</AppLink>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {!surveys && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {surveys && (
        <div className="peil-table-scroll">
          <Table>
            <Table.Caption>{t.surveysCaption}</Table.Caption>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell scope="col">{t.colSurvey}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colId}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colVersion}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colKind}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colCheck}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{t.colPreview}</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {surveys.map((s) => (
                <Table.Row key={s.id} data-survey={s.id}>
                  <Table.HeaderCell scope="row">{title(s)}</Table.HeaderCell>
                  <Table.Cell>
                    <code>{s.id}</code>
                  </Table.Cell>
                  <Table.Cell>{s.version}</Table.Cell>
                  <Table.Cell>{t.surveyKinds[s.kind] ?? s.kind}</Table.Cell>
                  <Table.Cell>{s.status === 'ok' ? t.checkOk : s.status}</Table.Cell>
                  <Table.Cell>
                    <AppLink href={`/beheer/vragenlijsten/${encodeURIComponent(s.id)}`}>{t.previewLink(title(s))}</AppLink>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </>
  );
}
