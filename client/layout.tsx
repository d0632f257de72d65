import { Button, Grid, LinkList, Page, PageFooter, PageHeader, Paragraph, SkipLink } from '@amsterdam/design-system-react';
import { useLayoutEffect, useState, type ReactNode } from 'react';
import { initialLocale, rememberLocale, uiText, type Locale } from './i18n.ts';
import { organisation } from './organisation.ts';
import { brandName } from './theme.ts';

/** The texts the language switch needs; respondent and workspace strings both carry them. */
export interface SwitchText {
  switchTo: string;
  switchToLang: string;
  switchLabel: string;
}

/** The visible switch to the other language, named in that language for screen readers. */
export function LanguageSwitch({ t, onSwitch }: { t: SwitchText; onSwitch: (locale: Locale) => void }) {
  return (
    <Button variant="tertiary" lang={t.switchToLang} aria-label={t.switchLabel} onClick={() => onSwitch(t.switchToLang as Locale)}>
      {t.switchTo}
    </Button>
  );
}

/**
 * Keeps the page's language (`<html lang>`, what a screen reader speaks in) and the tab's choice
 * equal to `locale`, set as the DOM changes (a layout effect): the text and its language change together.
 */
export function useDocumentLocale(locale: Locale): void {
  useLayoutEffect(() => rememberLocale(locale), [locale]);
}

/** A link of the footer. */
export interface FooterLink {
  href: string;
  text: string;
}

/** The page footer of every Peil page, with the organisation's contact and statements where given. */
export function SiteFooter({ text, links = [], label }: { text: string; links?: FooterLink[]; label?: string }) {
  return (
    <PageFooter>
      <PageFooter.Spotlight>
        <Grid paddingVertical="large">
          <Grid.Cell span="all">
            <Paragraph color="inverse">{text}</Paragraph>
            {links.length > 0 && (
              <nav aria-label={label}>
                <LinkList>
                  {links.map((l) => (
                    <LinkList.Link key={l.href} href={l.href} color="inverse">
                      {l.text}
                    </LinkList.Link>
                  ))}
                </LinkList>
              </nav>
            )}
          </Grid.Cell>
        </Grid>
      </PageFooter.Spotlight>
    </PageFooter>
  );
}

/**
 * The frame of every respondent and guest page: skip link, header, language switch, main area and
 * footer. It owns the language of the tab (Dutch unless switched) and hands it to the page.
 */
export function AppShell({ logoLink, children }: { logoLink: string; children: (locale: Locale) => ReactNode }) {
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const t = uiText[locale];
  useDocumentLocale(locale);
  return (
    <Page>
      <SkipLink href="#inhoud">{t.skipToContent}</SkipLink>
      <PageHeader brandName={brandName} logoLink={logoLink} logoAccessibleName="Gemeente Amsterdam" />
      <div className="peil-language">
        <LanguageSwitch t={t} onSwitch={setLocale} />
      </div>
      <Grid as="main" id="inhoud" paddingBottom="2x-large">
        <Grid.Cell span={{ narrow: 4, medium: 8, wide: 9 }}>{children(locale)}</Grid.Cell>
      </Grid>
      <SiteFooter
        text={t.footer}
        label={t.footerLinks}
        links={[
          { href: `mailto:${organisation.contactEmail}`, text: t.contact(organisation.contactEmail) },
          { href: '/privacy', text: t.privacyStatement },
          { href: '/toegankelijkheid', text: t.accessibilityStatement },
        ]}
      />
    </Page>
  );
}
