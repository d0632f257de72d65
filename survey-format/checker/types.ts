import type { JsonObject } from '../validation/survey-json.ts';
import type { CheckerCode, CheckerMessage } from './checker-messages.ts';
import type { SurveyOutline } from './survey-outline.ts';

/**
 * One mistake in a survey file: `file` as shown to the researcher, `path` a JSON path like
 * `$.survey.pages[0].title.en`, the message's `code` and `params` (checker-messages.ts) and its
 * English `message` for scripts and logs.
 */
export interface CheckProblem extends CheckerMessage {
  file: string;
  path: string;
  message: string;
}

/** Why a survey file could not be parsed, as a checker message. */
export type ParseError = CheckerMessage;

/** A survey file as read from disk: its parsed JSON, or why it could not be parsed. */
export type SurveyFile = { file: string; json: unknown } | { file: string; parseError: ParseError };

/** What every check gets: the parsed file, its `survey` part (when it is an object) and its questions. */
export interface Definition {
  file: string;
  json: JsonObject;
  survey: JsonObject | undefined;
  outline: SurveyOutline;
}

/** Records one problem at a JSON path of the file being checked, by its message code and parameters. */
export type Report = (path: string, code: CheckerCode, params?: CheckerMessage['params']) => void;

/** One class of check over one definition. */
export type Check = (definition: Definition, report: Report) => void;
