import { Model, settings, surveyLocalization } from 'survey-core';
import 'survey-core/i18n/dutch';
import type { Locale } from './i18n.ts';
import { surveyTheme } from './theme.ts';

// Texts under "default" in a definition are Dutch; SurveyJS's own strings follow the same locale.
surveyLocalization.defaultLocale = 'nl';
// One h1 per page (the survey title), then a heading order a screen reader can navigate by.
settings.titleTags.survey = 'h1';
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h3';

/** A SurveyJS model for a definition, themed, in the respondent's language. */
export function createSurveyModel(surveyJson: object, locale: Locale): Model {
  const model = new Model(surveyJson);
  model.applyTheme(surveyTheme);
  model.locale = locale === 'nl' ? '' : locale;
  model.showProgressBar = true;
  model.progressBarLocation = 'aboveHeader';
  model.progressBarType = 'pages';
  model.showCompletedPage = false;
  model.checkErrorsMode = 'onNextPage';
  return model;
}
