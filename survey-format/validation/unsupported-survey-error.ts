import { checkerText, type CheckerMessage } from '../checker/checker-messages.ts';

/**
 * Thrown by `compileSurvey` for a survey definition the server cannot check faithfully: a question
 * type outside Peil's list, a property that changes what an answer may be (valueName, choicesByUrl,
 * triggers, ...), an expression SurveyJS cannot parse, or a malformed structure.
 * `element` and `type` name the offending question, panel or page when there is one.
 */
export class UnsupportedSurveyError extends Error {
  readonly element: string | undefined;
  readonly type: string | undefined;

  /** Why, by the checker's message code (survey-format/checker/checker-messages.ts), to word in either language. */
  readonly reason: CheckerMessage;
  /** Which element, as `type "name": ` (empty for the survey itself). */
  readonly where: string;

  constructor(reason: CheckerMessage, element?: string, type?: string) {
    const where = element === undefined ? '' : `${type ?? 'element'} "${element}": `;
    super(`${where}${checkerText(reason, 'en')}`);
    this.reason = reason;
    this.where = where;
    this.name = 'UnsupportedSurveyError';
    this.element = element;
    this.type = type;
  }
}
