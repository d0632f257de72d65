import { Heading, Paragraph } from '@amsterdam/design-system-react';
import { useEffect, useState } from 'react';
import type { Locale } from '../../i18n.ts';
import { workspaceApi, type RegisterView } from '../api.ts';
import { registersText } from '../registers-text.ts';
import { halfYear, RegisterFigures } from './RegisterFigures.tsx';

/**
 * The performance agreements on the Cijfers page: every register's "% procedures gelukt" with its
 * targets, for the last half-year that is over (the first a manager or reader may read; the server
 * keeps a manager to their own directorate).
 */
export function AgreementFigures({ locale, onProblem }: { locale: Locale; onProblem: (e: unknown) => void }) {
  const r = registersText[locale];
  const [registers, setRegisters] = useState<RegisterView[]>();
  useEffect(() => {
    workspaceApi.registers().then(setRegisters).catch(onProblem);
  }, [onProblem]);
  if (registers === undefined || registers.length === 0) return null;
  return (
    <section aria-labelledby="agreements-heading" className="peil-agreements">
      <Heading level={2} id="agreements-heading">
        {r.agreementsHeading}
      </Heading>
      <Paragraph>{r.agreementsIntro}</Paragraph>
      {registers.map((x) => (
        <RegisterFigures key={x.id} register={x.id} r={r} locale={locale} onProblem={onProblem} heading={locale === 'en' ? x.title.en : x.title.default} initialPeriod={halfYear(1)} />
      ))}
    </section>
  );
}
