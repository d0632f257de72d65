import { Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import type { SurveyReport } from '../../../analysis/indicators/analyse.ts';
import type { IndicatorRow } from '../../../analysis/indicators/types.ts';
import type { SurveyLabels } from '../../../analysis/report/model.ts';
import type { WorkspaceText } from '../i18n.ts';
import type { Formats } from './IndicatorsFormat.ts';
import { breakdownName, groupName } from './IndicatorsLabels.ts';
import type { IndicatorsText } from './IndicatorsText.ts';

/** The crossings in a report (directorate × scale band), each once, row breakdown first. */
function crossingsOf(crossed: readonly IndicatorRow[]): [string, string][] {
  const keys = new Set(crossed.map((r) => JSON.stringify([r.breakdown, r.columnBreakdown])));
  return [...keys].map((k) => JSON.parse(k) as [string, string]);
}

/**
 * The survey's crossings as the API publishes them (`crossed`, after rule 9): per crossing a
 * section, and on demand per indicator a table with the row groups down and the column groups
 * across, each cell its value, interval and n, hidden cells marked in words. Each table scrolls
 * in its own labelled region, so the page itself never scrolls sideways. Nothing when the survey
 * has no crossing.
 */
export function CrossedSections(props: { t: WorkspaceText; x: IndicatorsText; f: Formats; report: SurveyReport; labels: SurveyLabels; title: (id: string) => string }) {
  const { t, x, f, report, labels, title } = props;
  const crossed = report.crossed ?? [];
  return crossingsOf(crossed).map(([rows, columns]) => {
    const [rowLabel, columnLabel] = [breakdownName(labels, 'question', rows), breakdownName(labels, 'question', columns)];
    const headingId = `crossing-${rows}-${columns}`;
    const ofCrossing = crossed.filter((r) => r.breakdown === rows && r.columnBreakdown === columns);
    const indicators = report.indicators.filter((i) => ofCrossing.some((r) => r.indicator === i.id));
    return (
      <section key={headingId} className="peil-indicator" aria-labelledby={headingId} data-crossing={`${rows}×${columns}`}>
        <Heading level={2} id={headingId}>
          {x.crossedTitle(rowLabel, columnLabel)}
        </Heading>
        <Paragraph size="small">{x.crossedIntro(rowLabel, columnLabel)}</Paragraph>
        <details className="peil-details">
          <summary>{x.crossedDetails(rowLabel, columnLabel)}</summary>
          {indicators.map((i) => {
            const cells = ofCrossing.filter((r) => r.indicator === i.id);
            const rowGroups = [...new Set(cells.map((r) => r.group))];
            const columnGroups = [...new Set(cells.map((r) => r.columnGroup ?? null))];
            // A row group with no shown cell is left out: its one-way figures speak for it.
            const shownRows = rowGroups.filter((g) => cells.some((r) => r.group === g && r.shown));
            if (shownRows.length === 0) return <Paragraph key={i.id}>{x.crossedNoneShown(title(i.id))}</Paragraph>;
            const left = rowGroups.length - shownRows.length;
            const caption = `${x.crossedCaption(title(i.id), rowLabel, columnLabel)}${left > 0 ? `; ${x.crossedLeftOut(left)}` : ''}`;
            return (
              <div key={i.id} className="peil-table-scroll" role="region" aria-label={caption} tabIndex={0} data-crossed={i.id}>
                <Table>
                  <Table.Caption>{caption}</Table.Caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{rowLabel}</Table.HeaderCell>
                      {columnGroups.map((c) => (
                        <Table.HeaderCell scope="col" key={c ?? ''}>
                          {groupName(t, labels, { breakdownSource: 'question', breakdown: columns, group: c })}
                        </Table.HeaderCell>
                      ))}
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {shownRows.map((g) => (
                      <Table.Row key={g ?? ''}>
                        <Table.HeaderCell scope="row">{groupName(t, labels, { breakdownSource: 'question', breakdown: rows, group: g })}</Table.HeaderCell>
                        {columnGroups.map((c) => {
                          const r = cells.find((cell) => cell.group === g && (cell.columnGroup ?? null) === c);
                          const shown = r?.shown && r.value !== null;
                          return (
                            <Table.Cell key={c ?? ''} data-hidden={shown ? undefined : ''}>
                              {shown ? x.crossedCell(f.value(i.kind, r.value!), f.interval(r), r.n === null ? '' : f.count(r.n)) : t.tooFew}
                            </Table.Cell>
                          );
                        })}
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              </div>
            );
          })}
        </details>
      </section>
    );
  });
}
