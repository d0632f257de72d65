import { Heading, Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { useDocumentTitle } from '../document-title.ts';
import type { Statement } from '../statements.ts';
import { FocusHeading } from './FocusHeading.tsx';

/** A statement of the organisation (privacy, accessibility): a heading per section, its paragraphs and list. */
export function StatementPage({ statement }: { statement: Statement }) {
  useDocumentTitle([statement.title]);
  return (
    <div className="peil-main">
      <FocusHeading>{statement.title}</FocusHeading>
      {statement.sections.map((s) => (
        <section key={s.heading} className="peil-main">
          <Heading level={2}>{s.heading}</Heading>
          {s.paragraphs.map((p) => (
            <Paragraph key={p}>{p}</Paragraph>
          ))}
          {s.list && (
            <UnorderedList>
              {s.list.map((item) => (
                <UnorderedList.Item key={item}>{item}</UnorderedList.Item>
              ))}
            </UnorderedList>
          )}
        </section>
      ))}
    </div>
  );
}
