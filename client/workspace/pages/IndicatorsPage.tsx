import { Button, DescriptionList, Heading, Link, Paragraph, Select, Table } from '@amsterdam/design-system-react';
import { useEffect, useState, type FormEvent } from 'react';
import type { SurveyReport } from '../../../analysis/indicators/analyse.ts';
import { alphaNeedsNote, NEGATIVE_ALPHA_NOTE } from '../../../analysis/report/alpha-note.ts';
import { breakdownKey, type SurveyLabels } from '../../../analysis/report/model.ts';
import type { IndicatorKind, IndicatorRow } from '../../../analysis/indicators/types.ts';
import type { Locale } from '../../i18n.ts';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { workspaceApi, type IndicatorsView, type WaveView } from '../api.ts';
import { AppLink, FormField, navigate, ProblemAlert, useProblem } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';
import { CONFIDENCE, formats, niceCeil, type Formats } from './IndicatorsFormat.ts';
import { AgreementFigures } from './AgreementFigures.tsx';
import { Change } from './IndicatorsChange.tsx';
import { breakdownName, groupName } from './IndicatorsLabels.ts';
import { PairedSection } from './IndicatorsPaired.tsx';
import { TargetSection } from './IndicatorsTarget.tsx';
import { CrossedSections } from './IndicatorsCrossed.tsx';
import { pageParts, ReasonsSection, topReasonText } from './IndicatorsReasons.tsx';
import { indicatorsText, type IndicatorsText } from './IndicatorsText.ts';
import type { PageProps } from './types.ts';

/** The end of the bar scale: 100 for a scale, at most 100% for a share, otherwise rounded up from the data. */
function axisMax(kind: IndicatorKind, rows: IndicatorRow[], f: Formats): number {
  if (kind === 'scale') return 100;
  const shown = rows.filter((r) => r.shown && r.value !== null);
  const top = Math.max(0, ...shown.map((r) => f.plotted(kind, r.upper ?? r.value!)), ...shown.map((r) => f.plotted(kind, r.value!)));
  return f.isShare(kind) ? Math.min(100, niceCeil(top * 1.05)) : niceCeil(top * 1.05);
}

interface Block {
  key: string;
  label: string;
  rows: IndicatorRow[];
}

/** The overall row first, then one block per breakdown, as the report's breakdown chart, named by the survey's words. */
function blocksOf(t: WorkspaceText, labels: SurveyLabels, rows: IndicatorRow[]): Block[] {
  const blocks: Block[] = [];
  for (const row of rows) {
    const key = row.breakdown === null ? '' : breakdownKey(row.breakdownSource, row.breakdown);
    let block = blocks.find((b) => b.key === key);
    if (!block) {
      block = { key, label: row.breakdown === null ? t.overallBlock : breakdownName(labels, row.breakdownSource, row.breakdown), rows: [] };
      blocks.push(block);
    }
    block.rows.push(row);
  }
  return blocks.sort((a, b) => (a.key === '' ? -1 : b.key === '' ? 1 : 0));
}

const pct = (x: number, max: number) => `${Math.max(0, Math.min(100, (x / max) * 100))}%`;

/** One bar with its interval as a line, or a hatched bar for a hidden group. Decorative: the table has the numbers. */
function Bar({ row, max, overall, f }: { row: IndicatorRow; max: number; overall: number | undefined; f: Formats }) {
  if (!row.shown || row.value === null) return <div className="peil-bar peil-bar--hidden" aria-hidden="true" />;
  const k = row.kind;
  return (
    <div className="peil-bar" aria-hidden="true">
      <div className="peil-bar__fill" style={{ inlineSize: pct(f.plotted(k, row.value), max) }} />
      {row.lower !== null && row.upper !== null && (
        <div
          className="peil-bar__interval"
          style={{ insetInlineStart: pct(f.plotted(k, row.lower), max), inlineSize: `calc(${pct(f.plotted(k, row.upper), max)} - ${pct(f.plotted(k, row.lower), max)})` }}
        />
      )}
      {overall !== undefined && <div className="peil-bar__overall" style={{ insetInlineStart: pct(overall, max) }} />}
    </div>
  );
}

/** The page's start: every indicator's overall figure in one table, each linking to its section (the table of contents). */
function Summary({ t, x, f, report, title }: { t: WorkspaceText; x: IndicatorsText; f: Formats; report: SurveyReport; title: (id: string) => string }) {
  const compare = report.previousWave !== null;
  return (
    <section aria-labelledby="summary-heading" className="peil-summary">
      <Heading level={2} id="summary-heading">
        {t.summaryTitle}
      </Heading>
      <Paragraph size="small">{t.summaryIntro}</Paragraph>
      <div className="peil-table-scroll" role="region" aria-label={t.summaryCaption} tabIndex={0}>
        <Table>
          <Table.Caption>{t.summaryCaption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.colIndicator}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colValue}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colInterval}</Table.HeaderCell>
              {compare && <Table.HeaderCell scope="col">{t.colChange}</Table.HeaderCell>}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {pageParts(report, title).map((part) => {
              if ('list' in part) {
                const { list } = part;
                return (
                  <Table.Row key={list.id} data-summary={list.id}>
                    <Table.HeaderCell scope="row">
                      <Link href={`#indicator-${list.id}`}>{list.title}</Link>
                    </Table.HeaderCell>
                    <Table.Cell colSpan={compare ? 3 : 2}>{topReasonText(t, x, f, report, list)}</Table.Cell>
                  </Table.Row>
                );
              }
              const i = part.indicator;
              const total = report.rows.find((r) => r.indicator === i.id && r.breakdown === null);
              const shown = total?.shown && total.value !== null;
              return (
                <Table.Row key={i.id} data-summary={i.id}>
                  <Table.HeaderCell scope="row">
                    <Link href={`#indicator-${i.id}`}>{title(i.id)}</Link>
                  </Table.HeaderCell>
                  {i.target ? (
                    <Table.Cell colSpan={compare ? 3 : 2}>{x.targetKind}</Table.Cell>
                  ) : shown ? (
                    <>
                      <Table.Cell className="peil-nowrap">{f.value(i.kind, total.value!)}</Table.Cell>
                      <Table.Cell className="peil-nowrap">{f.interval(total)}</Table.Cell>
                      {compare && (
                        <Table.Cell>
                          <Change r={total} f={f} />
                        </Table.Cell>
                      )}
                    </>
                  ) : (
                    <Table.Cell colSpan={compare ? 3 : 2}>{t.tooFew}</Table.Cell>
                  )}
                </Table.Row>
              );
            })}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}

function IndicatorSection(props: { t: WorkspaceText; f: Formats; locale: Locale; report: SurveyReport; labels: SurveyLabels; id: string; title: string; kind: IndicatorKind }) {
  const { t, f, locale, report, labels, id, title, kind } = props;
  const rows = report.rows.filter((r) => r.indicator === id);
  const total = rows.find((r) => r.breakdown === null);
  const blocks = blocksOf(t, labels, rows);
  const max = axisMax(kind, rows, f);
  const maxText = f.isShare(kind) ? `${f.fixed(max, 0)}%` : f.fixed(max, Number.isInteger(max) ? 0 : 1);
  const overall = total?.shown && total.value !== null ? f.plotted(kind, total.value) : undefined;
  const headingId = `indicator-${id}`;
  const compare = report.previousWave !== null;
  return (
    <section className="peil-indicator" aria-labelledby={headingId} data-indicator={id}>
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <Paragraph className="peil-key">
        <span className="peil-headline__value" data-testid={`headline-${id}`}>
          {total?.shown && total.value !== null ? f.value(kind, total.value) : t.tooFew}
        </span>{' '}
        {kind !== 'response_rate' && <span>{t.kinds[kind] ?? kind}</span>}
        {compare && total?.shown && (
          <>
            {' · '}
            <Change r={total} f={f} />
          </>
        )}
      </Paragraph>
      {total?.shown && alphaNeedsNote(total.alpha) && (
        <Paragraph className="peil-alpha-note" data-testid={`alpha-note-${id}`}>
          {NEGATIVE_ALPHA_NOTE[locale]}
        </Paragraph>
      )}
      <details className="peil-details">
        <summary>{t.detailsSummary(title)}</summary>
      <DescriptionList className="peil-headline">
        <DescriptionList.Term>{t.headlineValue}</DescriptionList.Term>
        <DescriptionList.Description>{total?.shown && total.value !== null ? f.value(kind, total.value) : t.tooFew}</DescriptionList.Description>
        {total?.shown && (
          <>
            <DescriptionList.Term>{t.headlineInterval(f.percent(CONFIDENCE))}</DescriptionList.Term>
            <DescriptionList.Description>{f.interval(total)}</DescriptionList.Description>
            {total.n !== null && (
              <>
                <DescriptionList.Term>{t.headlineN}</DescriptionList.Term>
                <DescriptionList.Description>{f.count(total.n)}</DescriptionList.Description>
              </>
            )}
            {compare && (
              <>
                <DescriptionList.Term>{t.headlineChange}</DescriptionList.Term>
                <DescriptionList.Description>
                  {total.significant === true && total.change !== null && total.change !== 0 && !total.trendBreak && (
                    <span aria-hidden="true">{total.change > 0 ? '▲ ' : '▼ '}</span>
                  )}
                  {f.change(total)}
                </DescriptionList.Description>
              </>
            )}
            {total.alpha !== null && (
              <>
                <DescriptionList.Term>{t.headlineAlpha}</DescriptionList.Term>
                <DescriptionList.Description>{f.fixed(total.alpha, 2)}</DescriptionList.Description>
              </>
            )}
          </>
        )}
      </DescriptionList>
      <div className="peil-table-scroll" role="region" aria-label={t.breakdownCaption(title)} tabIndex={0}>
        <Table className="peil-breakdown">
          <Table.Caption>{t.breakdownCaption(title)}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.colBreakdownGroup}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colValue}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colInterval}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colN}</Table.HeaderCell>
              {compare && <Table.HeaderCell scope="col">{t.colChange}</Table.HeaderCell>}
              <Table.HeaderCell scope="col" className="peil-breakdown__chart">
                {t.colChart(maxText)}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Header>
          {blocks.map((b) => (
            <Table.Body key={b.key} data-breakdown={b.key === '' ? 'total' : b.label}>
              {b.key !== '' && (
                <Table.Row className="peil-breakdown__block">
                  <Table.HeaderCell scope="rowgroup" colSpan={compare ? 6 : 5}>
                    {b.label}
                  </Table.HeaderCell>
                </Table.Row>
              )}
              {b.rows.map((r) => (
                <Table.Row key={`${r.group ?? ''}`} data-group={r.group ?? ''} className={r.shown ? undefined : 'peil-breakdown__hidden'}>
                  <Table.HeaderCell scope="row">{groupName(t, labels, r)}</Table.HeaderCell>
                  {r.shown && r.value !== null ? (
                    <>
                      <Table.Cell>{f.value(kind, r.value)}</Table.Cell>
                      <Table.Cell>{f.interval(r)}</Table.Cell>
                      <Table.Cell>{r.n === null ? '' : f.count(r.n)}</Table.Cell>
                      {compare && (
                        <Table.Cell>
                          <Change r={r} f={f} />
                        </Table.Cell>
                      )}
                    </>
                  ) : (
                    <Table.Cell colSpan={compare ? 4 : 3}>{t.tooFew}</Table.Cell>
                  )}
                  <Table.Cell className="peil-breakdown__chart">
                    <Bar row={r} max={max} overall={r.breakdown === null ? undefined : overall} f={f} />
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          ))}
        </Table>
      </div>
      </details>
    </section>
  );
}

/** `/beheer/cijfers` and `/beheer/golven/<id>/cijfers`: the indicators of one wave, with the report's suppression. */
export function IndicatorsPage({ t, locale, onUnauthenticated, waveId, withWaves = true }: PageProps & { waveId?: string; withWaves?: boolean }) {
  const [waves, setWaves] = useState<WaveView[]>();
  const [chosen, setChosen] = useState(waveId ?? '');
  const [report, setReport] = useState<IndicatorsView>();
  const [problem, , fail] = useProblem(onUnauthenticated);
  useEffect(() => {
    workspaceApi.waves().then(setWaves).catch(fail);
  }, [fail]);
  useEffect(() => {
    if (waveId) workspaceApi.indicators(waveId).then(setReport).catch(fail);
  }, [waveId, fail]);

  const show = (e: FormEvent) => {
    e.preventDefault();
    if (chosen) navigate(`/beheer/golven/${encodeURIComponent(chosen)}/cijfers`);
  };
  const f = formats(t, locale);
  const x = indicatorsText(locale);
  const known = waves?.some((w) => w.id === waveId);
  // An indicator's (or a reasons list's) title in the reader's language, else the report's Dutch one.
  const titleOf = (id: string) =>
    id === 'response_rate'
      ? t.kinds.response_rate!.replace(/^./, (c) => c.toUpperCase())
      : (report?.labels[locale].indicators?.[id] ??
        report?.indicators.find((i) => i.id === id)?.title ??
        report?.indicators.find((i) => i.list?.id === id)?.list?.title ??
        id);

  return (
    <>
      <FocusHeading>{waveId ? t.indicatorsWaveTitle(waveId) : t.indicatorsTitle}</FocusHeading>
      {withWaves && <AppLink href="/beheer/golven">{t.backToWaves}</AppLink>}
      <Paragraph>{t.indicatorsIntro}</Paragraph>
      <form onSubmit={show} className="peil-wave-choice">
        <FormField id="indicators-wave" label={t.chooseWave}>
          {(a) => (
            <Select {...a} name="wave" value={chosen} onChange={(e) => setChosen(e.target.value)}>
              <Select.Option value="">{t.chooseWaveOption}</Select.Option>
              {(waves ?? []).map((w) => (
                <Select.Option key={w.id} value={w.id}>
                  {t.waveLabel(w.id, t.statuses[w.status] ?? w.status)}
                </Select.Option>
              ))}
              {waveId && waves && !known && <Select.Option value={waveId}>{waveId}</Select.Option>}
            </Select>
          )}
        </FormField>
        <Button type="submit" variant="secondary">
          {t.showWave}
        </Button>
      </form>
      {problem && <ProblemAlert problem={problem} t={t} />}
      {!waveId && <Paragraph>{t.chooseWaveFirst}</Paragraph>}
      {!waveId && <AgreementFigures locale={locale} onProblem={fail} />}
      {waveId && !report && !problem && <Paragraph role="status">{t.loading}</Paragraph>}
      {report && (
        <>
          {!report.closed && <Paragraph>{t.indicatorsOpen}</Paragraph>}
          <Paragraph size="small">
            {t.indicatorsK(report.kMin, report.kSpecial)} {report.previousWave === null ? t.noPrevious : t.comparedWith(report.previousWave)}
          </Paragraph>
          <Paragraph size="small">{t.chartLegend}</Paragraph>
          {report.indicators.length === 0 && <Paragraph>{t.indicatorsNone}</Paragraph>}
          {report.indicators.length > 0 && <Summary t={t} x={x} f={f} report={report} title={titleOf} />}
          {pageParts(report, titleOf).map((part) => {
            if ('list' in part) return <ReasonsSection key={part.list.id} t={t} x={x} f={f} report={report} labels={report.labels[locale]} list={part.list} />;
            const i = part.indicator;
            return i.target ? (
              <TargetSection key={i.id} t={t} x={x} f={f} report={report} id={i.id} title={titleOf(i.id)} spec={i.target} />
            ) : (
              <IndicatorSection
                key={i.id}
                t={t}
                f={f}
                locale={locale}
                report={report}
                id={i.id}
                labels={report.labels[locale]}
                title={titleOf(i.id)}
                kind={i.kind}
              />
            );
          })}
          {report.paired && <PairedSection t={t} x={x} f={f} paired={report.paired} />}
          <CrossedSections t={t} x={x} f={f} report={report} labels={report.labels[locale]} title={titleOf} />
        </>
      )}
    </>
  );
}
