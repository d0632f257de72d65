import { DescriptionList } from '@amsterdam/design-system-react';
import type { Locale } from '../../i18n.ts';
import type { StoredAssignment } from '../assignment.ts';
import { prefilledLabel } from '../labels.ts';
import type { GuestText } from '../text.ts';

/** A date from the server (`2026-12-31`) as the guest reads it: "31 december 2026". */
export function formatDate(date: string, locale: Locale): string {
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T12:00:00Z` : date);
  if (Number.isNaN(d.getTime())) return date;
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' }).format(d);
}

/** What the assignment is: target, directorate, kind, pair and profile when paired, and the wave. */
export function AssignmentDetails({ a, locale, t }: { a: StoredAssignment; locale: Locale; t: GuestText }) {
  const { assignment, wave } = a;
  const rows: [string, string][] = [
    [t.reference, assignment.reference],
    [t.directorate, prefilledLabel(a, assignment.directorate, locale)],
    [t.kind, prefilledLabel(a, assignment.kind, locale)],
  ];
  if (assignment.pairId) rows.push([t.pair, assignment.pairId]);
  if (assignment.profile) rows.push([t.profile, prefilledLabel(a, assignment.profile, locale)]);
  if (assignment.order) rows.push([t.order, t.orderValue(assignment.order)]);
  rows.push([t.wave, `${wave.period}: ${t.waveStatus[wave.status]}, ${t.closesOn(formatDate(wave.closesOn, locale))}`]);
  return (
    <DescriptionList>
      {rows.map(([term, description]) => (
        <DescriptionList.Section key={term}>
          <DescriptionList.Term>{term}</DescriptionList.Term>
          <DescriptionList.Description>{description}</DescriptionList.Description>
        </DescriptionList.Section>
      ))}
    </DescriptionList>
  );
}
