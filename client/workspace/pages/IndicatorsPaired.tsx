import { Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import type { PairedReport, PairedRow } from '../../../analysis/paired/analyse.ts';
import type { WorkspaceText } from '../i18n.ts';
import type { Formats } from './IndicatorsFormat.ts';
import type { IndicatorsText } from './IndicatorsText.ts';

/**
 * Paired testing on the figures page: per directorate the pairs by outcome, the net discrimination
 * rate with its interval and McNemar's exact test, hidden directorates as "too few answers".
 */
export function PairedSection({ t, x, f, paired }: { t: WorkspaceText; x: IndicatorsText; f: Formats; paired: PairedReport }) {
  const pp = (v: number) => `${v > 0 ? '+' : v < 0 ? '−' : '±'}${f.fixed(Math.abs(v) * 100, 1)}`;
  const label = (r: PairedRow) => (r.breakdown === null ? x.allPairs : (r.group ?? t.unknownGroup));
  const p = (v: number) => (v < 0.001 ? `p < ${f.fixed(0.001, 3)}` : `p = ${f.fixed(v, 3)}`);
  const { complete, incomplete, inconsistent } = paired.pairs;
  return (
    <section className="peil-indicator" aria-labelledby="indicator-paired" data-indicator="netto_discriminatie">
      <Heading level={2} id="indicator-paired">
        {x.pairedTitle}
      </Heading>
      <Paragraph>{x.pairedIntro}</Paragraph>
      <Paragraph size="small">{x.pairedCounts(complete, incomplete, inconsistent, paired.unpairedObservations)}</Paragraph>
      <div className="peil-table-scroll" role="region" aria-label={x.pairedCaption} tabIndex={0}>
        <Table className="peil-breakdown">
          <Table.Caption>{x.pairedCaption}</Table.Caption>
          <Table.Header>
            <Table.Row>
              {[x.colDirectorate, x.colPairs, x.colBoth, x.colMajority, x.colMinority, x.colNeither, x.colNet, x.colMcNemar].map((c) => (
                <Table.HeaderCell key={c} scope="col">
                  {c}
                </Table.HeaderCell>
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {paired.rows.filter((r) => r.breakdown === null || r.breakdown === 'opdracht_directie').map((r) => (
              <Table.Row key={`${r.breakdown ?? ''}:${r.group ?? ''}`} data-group={r.breakdown === null ? 'total' : (r.group ?? '')} className={r.shown ? undefined : 'peil-breakdown__hidden'}>
                <Table.HeaderCell scope="row">{label(r)}</Table.HeaderCell>
                {r.shown && r.value !== null ? (
                  <>
                    <Table.Cell>{f.count(r.n ?? 0)}</Table.Cell>
                    <Table.Cell>{r.bothPositive}</Table.Cell>
                    <Table.Cell>{r.majorityOnly}</Table.Cell>
                    <Table.Cell>{r.minorityOnly}</Table.Cell>
                    <Table.Cell>{r.neitherPositive}</Table.Cell>
                    <Table.Cell style={{ whiteSpace: 'nowrap' }}>
                      {pp(r.value)}
                      {r.lower !== null && r.upper !== null && ` (${t.intervalText(pp(r.lower), pp(r.upper))})`}
                    </Table.Cell>
                    <Table.Cell style={{ whiteSpace: 'nowrap' }}>{r.pValue === null ? '' : `${p(r.pValue)}${r.significant ? `, ${x.significant}` : ''}`}</Table.Cell>
                  </>
                ) : (
                  <Table.Cell colSpan={7}>{t.tooFew}</Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </div>
    </section>
  );
}
