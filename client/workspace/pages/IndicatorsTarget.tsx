import { DescriptionList, Heading, Paragraph } from '@amsterdam/design-system-react';
import type { SurveyReport } from '../../../analysis/indicators/analyse.ts';
import { goalOf, type TargetSpec } from '../../../analysis/indicators/target.ts';
import type { IndicatorKind } from '../../../analysis/indicators/types.ts';
import type { WorkspaceText } from '../i18n.ts';
import { CONFIDENCE, niceCeil, type Formats } from './IndicatorsFormat.ts';
import type { IndicatorsText } from './IndicatorsText.ts';

const at = (x: number, max: number) => `${Math.max(0, Math.min(100, (x / max) * 100))}%`;

/**
 * A target on the figures page: how far the followed indicator (overall or one group) has come from
 * its baseline towards the goal, with the verdict, and a bar on the indicator's scale with the
 * baseline and the goal marked. The numbers come from the API's target row; a hidden row shows only
 * "too few answers".
 */
export function TargetSection(props: { t: WorkspaceText; x: IndicatorsText; f: Formats; report: SurveyReport; id: string; title: string; spec: TargetSpec }) {
  const { t, x, f, report, id, title, spec } = props;
  const row = report.rows.find((r) => r.indicator === id);
  const followed = report.indicators.find((i) => i.id === spec.indicator);
  const kind: IndicatorKind = followed?.kind ?? 'proportion';
  const fig = row?.shown ? row.target : null;
  const baseline = fig?.baseline ?? null;
  const goal = fig?.goal ?? (baseline === null ? null : goalOf(baseline, spec.change));
  const basePeriod = 'wave' in spec.baseline ? spec.baseline.wave : spec.baseline.period;
  const share = (v: number) => `${v < 0 ? '−' : ''}${f.fixed(Math.abs(v) * 100, 0)}%`;
  const amount = 'relative' in spec.change ? share(Math.abs(spec.change.relative)) : f.value(kind, Math.abs(spec.change.absolute)).replace('%', ` ${x.percentPoints}`);
  const up = ('relative' in spec.change ? spec.change.relative : spec.change.absolute) > 0;
  const verdict = !fig ? t.tooFew : fig.baseline === null ? x.noBaseline : fig.status === null ? x.noStatusBaselineEstimate : x.statuses[fig.status];
  const top = Math.max(0, ...[baseline, goal, row?.shown ? (row.upper ?? row.value) : null].filter((v): v is number => v !== null).map((v) => f.plotted(kind, v)));
  const max = f.isShare(kind) ? Math.min(100, niceCeil(top * 1.15)) : kind === 'scale' ? 100 : niceCeil(top * 1.15);
  const headingId = `indicator-${id}`;
  return (
    <section className="peil-indicator" aria-labelledby={headingId} data-indicator={id} data-kind="target">
      <Heading level={2} id={headingId}>
        {title}
      </Heading>
      <Paragraph size="small">{x.targetKind}</Paragraph>
      <DescriptionList className="peil-headline">
        <DescriptionList.Term>{x.progress}</DescriptionList.Term>
        <DescriptionList.Description className="peil-headline__value" data-testid={`progress-${id}`}>
          {fig?.progress != null ? share(fig.progress) : t.tooFew}
        </DescriptionList.Description>
        {fig?.progressLower != null && fig.progressUpper != null && (
          <>
            <DescriptionList.Term>{t.headlineInterval(f.percent(CONFIDENCE))}</DescriptionList.Term>
            <DescriptionList.Description>{x.progressInterval(share(fig.progressLower), share(fig.progressUpper))}</DescriptionList.Description>
          </>
        )}
        <DescriptionList.Term>{x.status}</DescriptionList.Term>
        <DescriptionList.Description data-testid={`status-${id}`}>{verdict}</DescriptionList.Description>
        <DescriptionList.Term>{x.follows}</DescriptionList.Term>
        <DescriptionList.Description>
          {followed?.title ?? spec.indicator}, {spec.group ? x.group(spec.group.breakdown, spec.group.value) : x.everyone}
        </DescriptionList.Description>
        {row?.shown && row.value !== null && (
          <>
            <DescriptionList.Term>{x.currentValue}</DescriptionList.Term>
            <DescriptionList.Description>
              {f.value(kind, row.value)} ({f.interval({ ...row, kind })}; n = {row.n === null ? '' : f.count(row.n)})
            </DescriptionList.Description>
          </>
        )}
        <DescriptionList.Term>{x.baseline}</DescriptionList.Term>
        <DescriptionList.Description>
          {baseline === null ? x.unknown : fig?.baselineSource ? x.baselineStated(f.value(kind, baseline), basePeriod, fig.baselineSource) : x.baselineWave(f.value(kind, baseline), basePeriod)}
        </DescriptionList.Description>
        <DescriptionList.Term>{x.goal}</DescriptionList.Term>
        <DescriptionList.Description>
          {goal === null ? x.unknown : x.goalText(f.value(kind, goal), spec.by, 'relative' in spec.change ? x.relative(amount, up) : x.absolute(amount, up))} ({x.source}: {spec.source})
        </DescriptionList.Description>
        {fig?.expectedProgress != null && (
          <>
            <DescriptionList.Term>{x.expected}</DescriptionList.Term>
            <DescriptionList.Description>{x.expectedText(share(fig.expectedProgress))}</DescriptionList.Description>
          </>
        )}
      </DescriptionList>
      {row?.shown && row.value !== null ? (
        <div className="peil-bar peil-target-bar" aria-hidden="true">
          <div className="peil-bar__fill" style={{ inlineSize: at(f.plotted(kind, row.value), max) }} />
          {row.lower !== null && row.upper !== null && (
            <div
              className="peil-bar__interval"
              style={{ insetInlineStart: at(f.plotted(kind, row.lower), max), inlineSize: `calc(${at(f.plotted(kind, row.upper), max)} - ${at(f.plotted(kind, row.lower), max)})` }}
            />
          )}
          {baseline !== null && <div className="peil-bar__overall" style={{ insetInlineStart: at(f.plotted(kind, baseline), max), borderInlineStartStyle: 'solid', borderInlineStartColor: '#767676' }} />}
          {goal !== null && <div className="peil-bar__overall" style={{ insetInlineStart: at(f.plotted(kind, goal), max), borderInlineStartStyle: 'solid', borderInlineStartWidth: 3 }} />}
        </div>
      ) : (
        <div className="peil-bar peil-bar--hidden" aria-hidden="true" />
      )}
      <Paragraph size="small">
        {x.barLegend} 0–{f.isShare(kind) ? `${f.fixed(max, 0)}%` : f.fixed(max, 0)}.
      </Paragraph>
    </section>
  );
}
