import { Heading, Table } from '@amsterdam/design-system-react';
import type { DirectoratePage, MonitorLine } from '../../../analysis/monitor/model.ts';
import { formatValue, monitorWords, placeName, type Lang } from '../../../analysis/monitor/words.ts';
import type { MonitorText } from '../monitor-text.ts';
import { CellFigure, Sparkline } from './MonitorParts.tsx';

const SECTIONS: MonitorLine['section'][] = ['survey', 'target', 'agreement', 'hr'];
type PageLine = DirectoratePage['lines'][number];

/** The interval, n and the target's source of a line, shown on demand. */
function Details({ line, m, lang }: { line: PageLine; m: MonitorText; lang: Lang }) {
  const c = line.directorate;
  const parts = [
    c.lower !== null && c.upper !== null ? `${m.interval}: ${formatValue(line.unit, c.lower, lang)} – ${formatValue(line.unit, c.upper, lang)}` : null,
    c.n !== null ? `${m.n}: ${c.n}` : null,
    line.source ? `${m.source}: ${line.source.title[lang]}` : null,
    line.goalSource ? `${m.goalSource}: ${line.goalSource[lang]}` : null,
  ].filter((p): p is string => p !== null);
  if (parts.length === 0) return null;
  return (
    <details className="peil-monitor-details">
      <summary>{m.details}</summary>
      <ul>
        {parts.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </details>
  );
}

/** A directorate's page: per section a table of its figures with change, trend and the city's figure beside them. */
export function MonitorDirectorate({ page, m, lang }: { page: DirectoratePage; m: MonitorText; lang: Lang }) {
  const w = monitorWords(lang);
  const place = placeName(page.directorate, lang);
  return (
    <>
      {SECTIONS.map((section) => {
        const lines = page.lines.filter((l) => l.section === section);
        if (lines.length === 0) return null;
        const id = `monitor-section-${section}`;
        return (
          <section key={section} aria-labelledby={id}>
            <Heading level={2} id={id}>
              {w.sections[section]}
            </Heading>
            <div className="peil-table-scroll" role="region" aria-labelledby={`${id}-caption`} tabIndex={0}>
              <Table className="peil-monitor-page">
                <Table.Caption id={`${id}-caption`}>{`${w.sections[section]}: ${place}, ${page.period}`}</Table.Caption>
                <Table.Header>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{m.indicator}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{place}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{m.trend}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{m.city}</Table.HeaderCell>
                  </Table.Row>
                </Table.Header>
                <Table.Body>
                  {lines.map((line) => (
                    <Table.Row key={line.key} data-line={line.key}>
                      <Table.HeaderCell scope="row">
                        {line.title[lang]}
                        <Details line={line} m={m} lang={lang} />
                      </Table.HeaderCell>
                      <Table.Cell data-directorate={page.directorate}>
                        <CellFigure line={line} cell={line.directorate} lang={lang} />
                      </Table.Cell>
                      <Table.Cell>
                        <Sparkline unit={line.unit} periods={page.periods} trend={line.directorate.trend} lang={lang} />
                      </Table.Cell>
                      <Table.Cell>
                        <CellFigure line={line} cell={line.city} lang={lang} />
                      </Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </div>
          </section>
        );
      })}
    </>
  );
}
