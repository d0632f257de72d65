import { Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import type { SurveyReport } from '../../../analysis/indicators/analyse.ts';
import type { IndicatorRow } from '../../../analysis/indicators/types.ts';
import { breakdownKey, type SurveyLabels } from '../../../analysis/report/model.ts';
import type { WorkspaceText } from '../i18n.ts';
import { Change } from './IndicatorsChange.tsx';
import type { Formats } from './IndicatorsFormat.ts';
import { breakdownName, groupName } from './IndicatorsLabels.ts';
import type { IndicatorsText } from './IndicatorsText.ts';

type Declared = SurveyReport['indicators'][number];

/** A `reasons` indicator as the page shows it: one list, its reasons (each an indicator of the report) titled by the survey's choice texts. */
export interface ReasonsList {
  id: string;
  title: string;
  reasons: { id: string; title: string }[];
}

/** The page's parts in the order the survey declares them: each indicator, and each reasons list once, where its first reason is; `title` names an indicator or a list. */
export type PagePart = { indicator: Declared } | { list: ReasonsList };

export function pageParts(report: SurveyReport, title: (id: string) => string): PagePart[] {
  const parts: PagePart[] = [];
  const lists = new Map<string, ReasonsList>();
  for (const i of report.indicators) {
    if (i.kind !== 'reasons' || i.list === undefined) {
      parts.push({ indicator: i });
      continue;
    }
    let list = lists.get(i.list.id);
    if (!list) {
      list = { id: i.list.id, title: title(i.list.id), reasons: [] };
      lists.set(list.id, list);
      parts.push({ list });
    }
    list.reasons.push({ id: i.id, title: title(i.id) });
  }
  return parts;
}

const rowOf = (report: SurveyReport, id: string, at: Pick<IndicatorRow, 'breakdownSource' | 'breakdown' | 'group'> | null) =>
  report.rows.find((r) => r.indicator === id && (at === null ? r.breakdown === null : r.breakdownSource === at.breakdownSource && r.breakdown === at.breakdown && r.group === at.group));

/** The list's reasons with their overall rows: shown ones by their place, hidden ones after them in the order asked. */
export function rankedReasons(report: SurveyReport, list: ReasonsList) {
  const overall = list.reasons.map((r) => ({ ...r, row: rowOf(report, r.id, null) }));
  const place = (r: IndicatorRow | undefined) => (r?.shown && r.rank !== null ? r.rank : Infinity);
  return overall.sort((a, b) => place(a.row) - place(b.row));
}

/** The summary's words for a list: the reason named most, with its share, or "too few answers". */
export function topReasonText(t: WorkspaceText, x: IndicatorsText, f: Formats, report: SurveyReport, list: ReasonsList): string {
  const top = rankedReasons(report, list)[0];
  return top?.row?.shown && top.row.value !== null ? x.reasonsTop(top.title, f.value('reasons', top.row.value)) : t.tooFew;
}

/**
 * One reasons list: its reasons ranked by the share naming them (everyone), with interval, n and
 * change; then on demand one table per breakdown, the reasons down and the groups across, hidden
 * groups marked in words. One section, not one per reason.
 */
export function ReasonsSection(props: { t: WorkspaceText; x: IndicatorsText; f: Formats; report: SurveyReport; labels: SurveyLabels; list: ReasonsList }) {
  const { t, x, f, report, labels, list } = props;
  const compare = report.previousWave !== null;
  const ranked = rankedReasons(report, list);
  const headingId = `indicator-${list.id}`;
  const breakdowns = report.rows.filter((r) => r.indicator === list.reasons[0]?.id && r.breakdown !== null);
  const keys = [...new Set(breakdowns.map((r) => breakdownKey(r.breakdownSource, r.breakdown)))];
  const cell = (r: IndicatorRow | undefined) => (r?.shown && r.value !== null ? f.value('reasons', r.value) : t.tooFew);
  return (
    <section className="peil-indicator" aria-labelledby={headingId} data-indicator={list.id}>
      <Heading level={2} id={headingId}>
        {list.title}
      </Heading>
      <Paragraph className="peil-key" data-testid={`headline-${list.id}`}>
        {topReasonText(t, x, f, report, list)}
      </Paragraph>
      <Paragraph size="small">{x.reasonsIntro}</Paragraph>
      <div className="peil-table-scroll" role="region" aria-label={x.reasonsCaption(list.title)} tabIndex={0}>
        <Table className="peil-reasons">
          <Table.Caption>{x.reasonsCaption(list.title)}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{x.colRank}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{x.colReason}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colValue}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colInterval}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colN}</Table.HeaderCell>
              {compare && <Table.HeaderCell scope="col">{t.colChange}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {ranked.map(({ id, title, row }) => (
              <Table.Row key={id} data-reason={id} className={row?.shown ? undefined : 'peil-breakdown__hidden'}>
                <Table.Cell>{row?.shown ? row.rank : ''}</Table.Cell>
                <Table.HeaderCell scope="row">{title}</Table.HeaderCell>
                {row?.shown && row.value !== null ? (
                  <>
                    <Table.Cell className="peil-nowrap">{f.value('reasons', row.value)}</Table.Cell>
                    <Table.Cell className="peil-nowrap">{f.interval(row)}</Table.Cell>
                    <Table.Cell>{row.n === null ? '' : f.count(row.n)}</Table.Cell>
                    {compare && (
                      <Table.Cell>
                        <Change r={row} f={f} />
                      </Table.Cell>
                    )}
                  </>
                ) : (
                  <Table.Cell colSpan={compare ? 4 : 3}>{t.tooFew}</Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
      {keys.length > 0 && (
        <details className="peil-details">
          <summary>{x.reasonsPerGroup(list.title)}</summary>
          {keys.map((key) => {
            const groups = breakdowns.filter((r) => breakdownKey(r.breakdownSource, r.breakdown) === key);
            const first = groups[0]!;
            const caption = x.reasonsGroupCaption(list.title, breakdownName(labels, first.breakdownSource, first.breakdown!));
            return (
              <div key={key} className="peil-table-scroll" role="region" aria-label={caption} tabIndex={0} data-breakdown={key}>
                <Table>
                  <Table.Caption>{caption}</Table.Caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{x.colReason}</Table.HeaderCell>
                      {groups.map((g) => (
                        <Table.HeaderCell scope="col" key={g.group ?? ''}>
                          {groupName(t, labels, g)}
                        </Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {ranked.map(({ id, title }) => (
                      <Table.Row key={id}>
                        <Table.HeaderCell scope="row">{title}</Table.HeaderCell>
                        {groups.map((g) => (
                          <Table.Cell key={g.group ?? ''} className="peil-nowrap">
                            {cell(rowOf(report, id, g))}
                          </Table.Cell>
                        ))}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            );
          })}
        </details>
      )}
    </section>
  );
}
