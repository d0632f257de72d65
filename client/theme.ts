/**
 * The look of Peil, in one module so another organisation can swap it (e.g. for NL Design System
 * tokens). The Amsterdam Design System styles the page; SurveyJS's question pages get the same
 * tokens: its CSS variables point at the design system's (type scale, colours, borders), and
 * survey-look.css gives its controls the design system's shapes, buttons, spacing and focus ring.
 * SurveyJS's own CSS comes with SurveyJS, in survey-setup.ts; the design system's form and table
 * components come with the workspace and the guest app, in theme-forms.css.
 */
import '@amsterdam/design-system-tokens/dist/index.css';
// Only the design system's components that respondent pages render (and the ones those render):
// the whole set is three times the CSS. The workspace and the guest app add their form and table
// components' CSS with their own bundles (theme-forms.css).
import '@amsterdam/design-system-css/dist/alert/alert.css';
import '@amsterdam/design-system-css/dist/button/button.css';
import '@amsterdam/design-system-css/dist/grid/grid.css';
import '@amsterdam/design-system-css/dist/heading/heading.css';
import '@amsterdam/design-system-css/dist/icon/icon.css';
import '@amsterdam/design-system-css/dist/icon-button/icon-button.css';
import '@amsterdam/design-system-css/dist/link/link.css';
import '@amsterdam/design-system-css/dist/link-list/link-list.css';
import '@amsterdam/design-system-css/dist/logo/logo.css';
import '@amsterdam/design-system-css/dist/page/page.css';
import '@amsterdam/design-system-css/dist/page-footer/page-footer.css';
import '@amsterdam/design-system-css/dist/page-header/page-header.css';
import '@amsterdam/design-system-css/dist/paragraph/paragraph.css';
import '@amsterdam/design-system-css/dist/row/row.css';
import '@amsterdam/design-system-css/dist/skip-link/skip-link.css';
import '@amsterdam/design-system-css/dist/unordered-list/unordered-list.css';
import '@amsterdam/design-system-css/dist/visually-hidden/visually-hidden.css';
import './peil.css';
import './survey-look.css';
import type { ITheme } from 'survey-core';

const token = (name: string) => `var(--ams-${name})`;
const bodyText = token('typography-body-text-font-size');

export const surveyTheme: ITheme = {
  themeName: 'peil-amsterdam',
  colorPalette: 'light',
  isPanelless: true,
  cssVariables: {
    '--sjs2-color-project-brand-600': token('color-interactive'),
    '--sjs2-color-bg-brand-primary': token('color-interactive'),
    '--sjs2-color-bg-brand-primary-dim': token('color-interactive-hover'),
    '--sjs2-color-fg-brand-primary': token('color-interactive'),
    '--sjs2-color-border-brand-primary': token('color-interactive'),
    '--sjs2-color-fg-brand-on-primary': token('color-text-inverse'),
    '--sjs2-color-fg-basic-primary': token('color-text'),
    '--sjs2-color-fg-basic-secondary': token('color-text'),
    '--sjs2-color-utility-body': token('color-background'),
    '--sjs2-color-bg-basic-primary': token('color-background'),
    '--sjs2-color-bg-basic-secondary': token('color-background'),
    // Every control's edge: 3:1 or more against the page (WCAG 1.4.11), as the design system's inputs.
    '--sjs2-color-border-basic-secondary': token('color-interactive'),
    '--sjs2-border-effect-surface-default': `0 0 0 ${token('border-width-m')} ${token('color-interactive')}`,
    '--sjs2-typography-font-family-text': token('typography-font-family'),
    '--sjs2-typography-font-size-default': bodyText,
    '--sjs2-typography-line-height-default': token('typography-body-text-line-height'),
    '--sjs2-typography-font-size-component-input-content': bodyText,
    '--sjs2-typography-font-size-component-label-content': bodyText,
    '--sjs2-typography-font-size-component-question-title': bodyText,
    '--sjs2-typography-font-size-small': token('typography-body-text-small-font-size'),
    '--sjs2-typography-font-size-component-page-title': token('typography-heading-2-font-size'),
    '--sjs2-typography-line-height-component-page-title': token('typography-heading-2-line-height'),
  },
};

export const brandName = 'Peil';
