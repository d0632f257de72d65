/**
 * The look of Peil, in one module so another organisation can swap it (e.g. for NL Design System
 * tokens). The Amsterdam Design System styles the page; SurveyJS gets the same colours and type
 * through its CSS variables (SurveyJS's own CSS comes with SurveyJS, in survey-setup.ts).
 */
import '@amsterdam/design-system-tokens/dist/index.css';
import '@amsterdam/design-system-css/dist/index.css';
import './peil.css';
import type { ITheme } from 'survey-core';

const amsterdamBlue = '#004699';
const darkBlue = '#003677';

export const surveyTheme: ITheme = {
  themeName: 'peil-amsterdam',
  colorPalette: 'light',
  isPanelless: true,
  cssVariables: {
    '--sjs2-color-project-brand-600': amsterdamBlue,
    '--sjs2-color-bg-brand-primary': amsterdamBlue,
    '--sjs2-color-bg-brand-primary-dim': darkBlue,
    '--sjs2-color-fg-brand-primary': amsterdamBlue,
    '--sjs2-color-border-brand-primary': amsterdamBlue,
    '--sjs2-color-fg-brand-on-primary': '#ffffff',
    '--sjs2-color-fg-basic-primary': '#000000',
    '--sjs2-color-fg-basic-secondary': '#434343',
    '--sjs2-typography-font-family-text': 'var(--ams-typography-font-family)',
  },
};

export const brandName = 'Peil';
