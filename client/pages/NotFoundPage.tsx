import { Link, Paragraph } from '@amsterdam/design-system-react';
import { useDocumentTitle } from '../document-title.ts';
import { uiText, type Locale } from '../i18n.ts';
import { FocusHeading } from './FocusHeading.tsx';

/** A path that is no page of Peil (the server answers it with status 404). */
export function NotFoundPage({ locale }: { locale: Locale }) {
  const t = uiText[locale];
  useDocumentTitle([t.pageNotFoundTitle]);
  return (
    <div className="peil-main">
      <FocusHeading>{t.pageNotFoundTitle}</FocusHeading>
      <Paragraph>{t.pageNotFoundBody}</Paragraph>
      <Paragraph>
        <Link href="/">{t.listTitle}</Link>
      </Paragraph>
    </div>
  );
}
