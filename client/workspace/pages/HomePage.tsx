import { Paragraph, UnorderedList } from '@amsterdam/design-system-react';
import { FocusHeading } from '../../pages/FocusHeading.tsx';
import type { Account, Permission } from '../api.ts';
import { AppLink } from '../common.tsx';
import type { WorkspaceText } from '../i18n.ts';

/** `/beheer`: where to go from here. */
export function HomePage({ t, account, permissions }: { t: WorkspaceText; account: Account; permissions: readonly Permission[] }) {
  const may = (...p: Permission[]) => p.some((x) => permissions.includes(x));
  return (
    <>
      <FocusHeading>{t.homeTitle}</FocusHeading>
      <Paragraph>{t.loggedInAs(account.username, t.roles[account.role] ?? account.role)}</Paragraph>
      {may('waves') && <Paragraph>{t.homeIntro}</Paragraph>}
      {!may('waves', 'figures', 'published-figures', 'accounts', 'procedures') && <Paragraph>{t.noWorkspacePages}</Paragraph>}
      <UnorderedList>
        {may('waves') && (
          <UnorderedList.Item>
            <AppLink href="/beheer/golven">{t.homeWaves}</AppLink>
          </UnorderedList.Item>
        )}
        {may('figures', 'published-figures') && (
          <UnorderedList.Item>
            <AppLink href="/beheer/cijfers">{t.navIndicators}</AppLink>
          </UnorderedList.Item>
        )}
        {may('accounts') && (
          <UnorderedList.Item>
            <AppLink href="/beheer/accounts">{t.homeAccounts}</AppLink>
          </UnorderedList.Item>
        )}
      </UnorderedList>
    </>
  );
}
