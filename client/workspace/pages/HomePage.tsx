import { Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import type { Account } from '../api.ts';
import { AppLink } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';

/** `/beheer`: where to go from here. */
export function HomePage({ t, account }: { t: WorkspaceText; account: Account }) {
  return (
    <>
      <FocusHeading>{t.homeTitle}</FocusHeading>
      <Paragraph>{t.loggedInAs(account.username, t.roles[account.role] ?? account.role)}</Paragraph>
      <Paragraph>{t.homeIntro}</Paragraph>
      <UnorderedList>
        <UnorderedList.Item>
          <AppLink href="/beheer/golven">{t.homeWaves}</AppLink>
        </UnorderedList.Item>
        {account.role === 'admin' && (
          <UnorderedList.Item>
            <AppLink href="/beheer/accounts">{t.homeAccounts}</AppLink>
          </UnorderedList.Item>
        )}
      </UnorderedList>
    </>
  );
}
