import { Table } from '@amsterdam/design-system-react';
import type { Monitor, MonitorLine } from '../../../analysis/monitor/model.ts';
import { monitorWords, placeName, type Lang } from '../../../analysis/monitor/words.ts';
import { AppLink } from '../common.tsx';
import type { MonitorText } from '../monitor-text.ts';
import { CellFigure } from './MonitorParts.tsx';

const SECTIONS: MonitorLine['section'][] = ['survey', 'target', 'agreement', 'hr'];

/**
 * The city overview: indicators down, the city and every directorate across, in a table that
 * scrolls in its own labelled region (so the page itself reflows at 320 px); each directorate's
 * name links to its page.
 */
export function MonitorOverview({ monitor, m, lang, pageHref }: { monitor: Monitor; m: MonitorText; lang: Lang; pageHref: (code: string) => string }) {
  const w = monitorWords(lang);
  const caption = m.overviewCaption(monitor.period);
  return (
    <>
      <div className="peil-table-scroll" role="region" aria-labelledby="monitor-overview-caption" tabIndex={0}>
        <Table className="peil-monitor-overview">
          <Table.Caption id="monitor-overview-caption">{caption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              <Table.HeaderCell scope="col">{m.indicator}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{m.city}</Table.HeaderCell>
              {monitor.directorates.map((code) => (
                <Table.HeaderCell scope="col" key={code}>
                  {placeName(code, lang)}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          {SECTIONS.map((section) => {
            const lines = monitor.lines.filter((l) => l.section === section);
            if (lines.length === 0) return null;
            return (
              <Table.Body key={section}>
                <Table.Row>
                  <Table.HeaderCell scope="colgroup" colSpan={monitor.directorates.length + 2}>
                    {w.sections[section]}
                  </Table.HeaderCell>
                </Table.Row>
                {lines.map((line) => (
                  <Table.Row key={line.key} data-line={line.key}>
                    <Table.HeaderCell scope="row">
                      {line.title[lang]}
                      {line.source && <span className="peil-monitor-source"> ({line.source.title[lang]})</span>}
                    </Table.HeaderCell>
                    <Table.Cell>
                      <CellFigure line={line} cell={line.city} lang={lang} />
                    </Table.Cell>
                    {monitor.directorates.map((code) => (
                      <Table.Cell key={code} data-directorate={code}>
                        <CellFigure line={line} cell={line.byDirectorate[code]!} lang={lang} />
                      </Table.Cell>
                    ))}
                  </Table.Row>
                ))}
              </Table.Body>
            );
          })}
        </Table>
      </div>
      <nav aria-label={m.directorates}>
        <ul className="peil-monitor-places">
          {monitor.directorates.map((code) => (
            <li key={code}>
              <AppLink href={pageHref(code)}>{m.openPage(placeName(code, lang))}</AppLink>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
