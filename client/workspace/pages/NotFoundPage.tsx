import { Paragraph } from '@amsterdam/design-system-react';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import { AppLink } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';

export function NotFoundPage({ t }: { t: WorkspaceText }) {
  return (
    <>
      <FocusHeading>{t.notFoundTitle}</FocusHeading>
      <Paragraph>{t.notFoundBody}</Paragraph>
      <AppLink href="/beheer">{t.navHome}</AppLink>
    </>
  );
}
