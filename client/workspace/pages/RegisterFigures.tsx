import { Button, Heading, Paragraph, Table, TextInput } from '@amsterdam/design-system-react';
import { useState, type FormEvent } from 'react';
import type { ProcedureReport } from '../api.ts';
import { workspaceApi } from '../api.ts';
import { FormField } from '../common.tsx';
import type { Locale } from '../../i18n.ts';
import type { RegistersText } from '../registers-text.ts';

const percent = (x: number) => `${new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(x * 100)}%`;

/** This half-year, or with `back` 1 the one before it (the last one that is over), as `2026-H2`. */
export function halfYear(back = 0, at = new Date()): string {
  const index = at.getFullYear() * 2 + (at.getMonth() < 6 ? 0 : 1) - back;
  return `${Math.floor(index / 2)}-H${(index % 2) + 1}`;
}

/**
 * A register's "% procedures gelukt" per directorate for a half-year, as analysis publishes it
 * (hidden cells say so), with the agreed targets and their verdicts. `heading` names the register
 * where several are shown; the server cuts a manager's figures down to their directorate.
 */
export function RegisterFigures({
  register,
  r,
  locale,
  onProblem,
  heading = r.figuresHeading,
  initialPeriod = halfYear(),
}: {
  register: string;
  r: RegistersText;
  locale: Locale;
  onProblem: (e: unknown) => void;
  heading?: string;
  initialPeriod?: string;
}) {
  const [period, setPeriod] = useState(initialPeriod);
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
    <section aria-labelledby={`figures-heading-${register}`}>
      <Heading level={2} id={`figures-heading-${register}`}>
        {heading}
      </Heading>
      <form onSubmit={show} noValidate className="peil-form">
        <FormField id={`figures-period-${register}`} label={r.period} hint={r.periodHint}>
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
          const targets = report.targets.filter((x) => x.indicator === indicator.id);
          return (
            <div key={indicator.id}>
              <Table>
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
              {targets.length > 0 && (
                <Table>
                  <Table.Caption>{r.targetsCaption(indicator.title ?? indicator.id, report.period)}</Table.Caption>
                  <Table.Header>
                    <Table.Row>
                      <Table.HeaderCell scope="col">{r.targetFor}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{r.targetGoal}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{r.verdictHeading}</Table.HeaderCell>
                      <Table.HeaderCell scope="col">{r.source}</Table.HeaderCell>
                    </Table.Row>
                  </Table.Header>
                  <Table.Body>
                    {targets.map((x) => (
                      <Table.Row key={`${x.directorate}:${x.year}`}>
                        <Table.HeaderCell scope="row">{x.directorate === null ? r.everyone : (groups[x.directorate] ?? x.directorate)}</Table.HeaderCell>
                        <Table.Cell>{r.atLeast(percent(x.atLeast), x.year)}</Table.Cell>
                        <Table.Cell>{x.verdict === null ? r.noVerdict : (r.verdicts[x.verdict] ?? x.verdict)}</Table.Cell>
                        <Table.Cell>{locale === 'en' ? x.source.en : x.source.default}</Table.Cell>
                      </Table.Row>
                    ))}
                  </Table.Body>
                </Table>
              )}
            </div>
          );
        })}
    </section>
  );
}
