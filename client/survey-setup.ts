import { Model, QuestionSelectBase, Serializer, settings, surveyLocalization, type ItemValue } from 'survey-core';
import 'survey-core/i18n/dutch';
// The fontless CSS: the default one loads fonts from a third party (CSP, and respondents' IP addresses).
// Imported here, not with the rest of the look, so it arrives with SurveyJS when a survey starts.
import 'survey-core/survey-core.fontless.css';
import type { Locale } from './i18n.ts';
import { surveyTheme } from './theme.ts';

// Texts under "default" in a definition are Dutch; SurveyJS's own strings follow the same locale.
surveyLocalization.defaultLocale = 'nl';
// SurveyJS's English says "Complete" on the last button; the respondent is sending their answers.
surveyLocalization.locales['en']!.completeText = 'Send';
// One h1 per page (the survey title), then a heading order a screen reader can navigate by.
settings.titleTags.survey = 'h1';
settings.titleTags.page = 'h2';
settings.titleTags.panel = 'h3';
settings.titleTags.question = 'h3';
// No animated page changes or expanding questions: motion helps nobody answer, bothers people with
// vestibular disorders (WCAG 2.3.3), and a page that appears at once is where focus and screen reader are.
settings.animationEnabled = false;

// Accessibility repairs for SurveyJS 3.0.0, found by axe (WCAG 2.1 A/AA rule "label"):
// 1. A rating scale that does not fit is drawn as a drop-down whose inner input has no label; buttons
//    wrap on a phone and keep every choice one tap (or one arrow key) away.
Serializer.findProperty('rating', 'displayMode').defaultValue = 'buttons';
// 2. The "other, namely" text box gets no name when its question has a visible title: name it after the
//    question and the choice, e.g. "Waarom ben je vertrokken?: Anders, namelijk".
type OtherOptions = { ariaLabel: () => string | null } & Record<string, unknown>;
const selectBase = QuestionSelectBase.prototype as unknown as { getOtherTextAreaOptions(item: ItemValue): OtherOptions };
const otherTextAreaOptions = selectBase.getOtherTextAreaOptions;
selectBase.getOtherTextAreaOptions = function (this: QuestionSelectBase, item: ItemValue) {
  const options = otherTextAreaOptions.call(this, item);
  const fallback = options.ariaLabel;
  return { ...options, ariaLabel: () => fallback() ?? `${this.locTitle.renderedHtml}: ${item.locText.renderedHtml}` };
};

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
  // Scales get a class that says how they may be laid out (survey-look.css): worded scales need more width per choice.
  model.onUpdateQuestionCssClasses.add((_, options) => {
    if (options.question.getType() !== 'rating') return;
    const values: ItemValue[] = options.question.visibleRateValues;
    const worded = values.some((v) => !/^\d+$/.test(v.text));
    const kind = worded ? 'words' : values.length > 6 ? 'long-numbers' : 'numbers';
    options.cssClasses.root = `${options.cssClasses.root ?? ''} peil-scale--${kind}`;
  });
  // A scale's end labels ("Zeer ontevreden" ... "Zeer tevreden") sit beside its buttons: a screen reader
  // hears only "1" and "5". The first and last choice are described by them.
  model.onAfterRenderQuestion.add((_, options) => {
    if (options.question.getType() !== 'rating') return;
    const el = options.htmlElement;
    const inputs = el.querySelectorAll<HTMLInputElement>('.sd-rating__item input');
    const describe = (input: HTMLInputElement | undefined, label: Element | null, suffix: string) => {
      if (!input || !label?.textContent?.trim()) return;
      label.id ||= `${input.id}-${suffix}`;
      input.setAttribute('aria-describedby', label.id);
    };
    describe(inputs[0], el.querySelector('.sd-rating__min-text'), 'min');
    describe(inputs[inputs.length - 1], el.querySelector('.sd-rating__max-text'), 'max');
  });
  return model;
}
