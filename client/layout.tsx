import { Button, Grid, PageFooter, Paragraph } from '@amsterdam/design-system-react';
import type { Locale } from './i18n.ts';

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

/** The page footer of every Peil page. */
export function SiteFooter({ text }: { text: string }) {
  return (
    <PageFooter>
      <PageFooter.Spotlight>
        <Grid paddingVertical="large">
          <Grid.Cell span="all">
            <Paragraph color="inverse">{text}</Paragraph>
          </Grid.Cell>
        </Grid>
      </PageFooter.Spotlight>
    </PageFooter>
  );
}
