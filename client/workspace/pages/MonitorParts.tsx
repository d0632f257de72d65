import { Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import type { MonitorCell, MonitorLine, MonitorSummary, MonitorUnit } from '../../../analysis/monitor/model.ts';
import { sparkline } from '../../../analysis/monitor/sparkline.ts';
import { cellText, changeText, goalText, trendText, type Lang } from '../../../analysis/monitor/words.ts';
import type { MonitorText } from '../monitor-text.ts';

/** A small trend line with its text alternative (the values per period in words), hidden points left as gaps. */
export function Sparkline({ unit, periods, trend, lang }: { unit: MonitorUnit; periods: readonly string[]; trend: readonly (number | null)[]; lang: Lang }) {
  const alt = trendText(unit, periods, trend, lang);
  if (trend.every((v) => v === null)) return <span className="visually-hidden">{alt}</span>;
  const s = sparkline(trend);
  return (
    <svg className="peil-sparkline" role="img" aria-label={alt} width={s.width} height={s.height} viewBox={`0 0 ${s.width} ${s.height}`}>
      <title>{alt}</title>
      {s.segments.map((points) => (
        <polyline key={points} points={points} fill="none" stroke="currentColor" strokeWidth="1.5" />
      ))}
      {s.last && <circle cx={s.last.x} cy={s.last.y} r="2.5" fill="currentColor" />}
    </svg>
  );
}

/** One cell of a table: the value (or in words why there is none) and the change with an arrow and words. */
export function CellFigure({ line, cell, lang }: { line: Pick<MonitorLine, 'unit'>; cell: MonitorCell; lang: Lang }) {
  const change = changeText(line, cell, lang);
  const goal = goalText(cell, lang);
  return (
    <span className={`peil-monitor-cell peil-monitor-cell--${cell.status}`} data-status={cell.status}>
      <span className="peil-monitor-value">{cellText(line.unit, cell, lang)}</span>
      {change && <span className="peil-monitor-change"> {change}</span>}
      {goal && <span className="peil-monitor-goal"> ({goal})</span>}
    </span>
  );
}

/** The summary at the top of a page: what improved, what declined, what missed its target, by the lines' titles. */
export function SummarySection({ summary, lines, m, lang }: { summary: MonitorSummary; lines: readonly Pick<MonitorLine, 'key' | 'title'>[]; m: MonitorText; lang: Lang }) {
  const title = (key: string) => lines.find((l) => l.key === key)?.title[lang] ?? key;
  const list = (id: string, heading: string, keys: string[]) => (
    <section aria-labelledby={id}>
      <Heading level={3} id={id}>
        {heading}
      </Heading>
      {keys.length === 0 ? (
        <Paragraph>{m.nothing}</Paragraph>
      ) : (
        <UnorderedList>
          {keys.map((k) => (
            <UnorderedList.Item key={k}>{title(k)}</UnorderedList.Item>
          ))}
        </UnorderedList>
      )}
    </section>
  );
  return (
    <section aria-labelledby="monitor-summary" className="peil-monitor-summary">
      <Heading level={2} id="monitor-summary">
        {m.summaryHeading}
      </Heading>
      <Paragraph size="small">{m.summaryNote}</Paragraph>
      {list('summary-declined', m.declined, summary.declined)}
      {list('summary-missed', m.missed, summary.missed)}
      {list('summary-improved', m.improved, summary.improved)}
    </section>
  );
}
