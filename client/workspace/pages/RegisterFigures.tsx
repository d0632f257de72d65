import { Button, Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react';
import { useState, type FormEvent } from 'react';
import type { ProcedureReport } from '../api.ts';
import { workspaceApi } from '../api.ts';
import { FormField } from '../common.tsx';
import type { RegistersText } from '../registers-text.ts';

const percent = (x: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x * 100)}%`;

/** A register's "% procedures gelukt" per directorate for a half-year, as analysis publishes it (hidden cells say so). */
export function RegisterFigures({ register, r, onProblem }: { register: string; r: RegistersText; onProblem: (e: unknown) => void }) {
  const [period, setPeriod] = useState(() => `${new Date().getFullYear()}-H${new Date().getMonth() < 6 ? 1 : 2}`);
  const [shown, setShown] = useState<{ period: string; report: ProcedureReport | null }>();
  const show = async (ev: FormEvent) => {
    ev.preventDefault();
    try {
      setShown(await workspaceApi.registerFigures(register, period.trim()));
    } catch (e) {
      onProblem(e);
    }
  };
  const report = shown?.report;
  return (
    <section aria-labelledby="figures-heading">
      <Heading level={2} id="figures-heading">
        {r.figuresHeading}
      </Heading>
      <form onSubmit={show} noValidate className="peil-form">
        <FormField id="figures-period" label={r.period} hint={r.periodHint}>
          {(x) => <TextInput {...x} size={10} value={period} onChange={(e) => setPeriod(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary">
          {r.showFigures}
        </Button>
      </form>
      {shown && report === null && <Paragraph role="status">{r.noRecords(shown.period)}</Paragraph>}
      {report &&
        report.indicators.map((indicator) => {
          const rows = report.rows.filter((row) => row.indicator === indicator.id && (row.breakdown === null || row.breakdown === 'directie'));
          const groups = report.labels.directie?.groups ?? {};
          return (
            <Table key={indicator.id}>
              <Table.Caption>{`${indicator.title ?? indicator.id}, ${report.period}`}</Table.Caption>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell scope="col">{r.group}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.share}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.interval}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{r.n}</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={`${row.breakdown}:${row.group}`}>
                    <Table.HeaderCell scope="row">{row.breakdown === null ? r.everyone : (groups[row.group ?? ''] ?? row.group ?? '?')}</Table.HeaderCell>
                    {row.shown && row.value !== null ? (
                      <>
                        <Table.Cell>{percent(row.value)}</Table.Cell>
                        <Table.Cell>{`${percent(row.lower ?? 0)} – ${percent(row.upper ?? 1)}`}</Table.Cell>
                        <Table.Cell>{row.n}</Table.Cell>
                      </>
                    ) : (
                      <Table.Cell colSpan={3}>{r.tooFew}</Table.Cell>
                    )}
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          );
        })}
    </section>
  );
}
