import { Heading, Paragraph, Table } from '@amsterdam/design-system-react';
import type { Locale } from '../../i18n.ts';
import type { AssignmentList } from '../api.ts';
import type { AssignmentsText } from '../assignments-text.ts';

/** The label of a choice in the user's language, or the value when the wave has no such choice. */
export function choiceLabel(options: AssignmentList['choices']['kind'], value: string | null, locale: Locale): string | null {
  if (value === null) return null;
  const found = options.find((o) => o.value === value);
  return found ? (locale === 'en' ? found.text.en : found.text.default) : value;
}

/** A wave's assignments with how many observations the server has and the furthest step; never a link. */
export function AssignmentsList({ list, a, locale }: { list: AssignmentList; a: AssignmentsText; locale: Locale }) {
  const label = (options: AssignmentList['choices']['kind'], value: string | null) => choiceLabel(options, value, locale) ?? a.none;
  return (
    <section aria-labelledby="assignments-list">
      <Heading level={2} id="assignments-list">
        {a.listTitle}
      </Heading>
      <Paragraph size="small">{a.listHint}</Paragraph>
      {list.assignments.length === 0 ? (
        <Paragraph>{a.listNone}</Paragraph>
      ) : (
        <div className="peil-table-scroll" role="region" aria-label={a.listTitle} tabIndex={0}>
          <Table>
            <Table.Caption>{a.listTitle}</Table.Caption>
            <Table.Header>
              <Table.Row>
                {[a.colPair, a.colProfile, a.colOrder, a.colReference, a.colDirectorate, a.colKind, a.colObservations, a.colStep].map((c) => (
                  <Table.HeaderCell key={c} scope="col">
                    {c}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {list.assignments.map((x) => (
                <Table.Row key={x.id} data-assignment={`${x.pairId ?? x.reference}${x.profile ? `-${x.profile}` : ''}`}>
                  <Table.Cell>{x.pairId ?? a.none}</Table.Cell>
                  <Table.Cell>{x.profile ? a.profile(x.profile) : a.none}</Table.Cell>
                  <Table.Cell>{x.order ?? a.none}</Table.Cell>
                  <Table.Cell>{x.reference}</Table.Cell>
                  <Table.Cell>{label(list.choices.directorate, x.directorate)}</Table.Cell>
                  <Table.Cell>{label(list.choices.kind, x.kind)}</Table.Cell>
                  <Table.Cell>{x.observations}</Table.Cell>
                  <Table.Cell>{label(list.choices.step, x.furthestStep)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
    </section>
  );
}
