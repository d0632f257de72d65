import type { JsonObject } from '../validation/survey-json.ts';
import type { SurveyOutline } from './survey-outline.ts';

/** One mistake in a survey file: `file` as shown to the researcher, `path` a JSON path like `$.survey.pages[0].title.en`. */
export interface CheckProblem {
  file: string;
  path: string;
  message: string;
}

/** A survey file as read from disk: its parsed JSON, or why it could not be parsed. */
export type SurveyFile = { file: string; json: unknown } | { file: string; parseError: string };

/** What every check gets: the parsed file, its `survey` part (when it is an object) and its questions. */
export interface Definition {
  file: string;
  json: JsonObject;
  survey: JsonObject | undefined;
  outline: SurveyOutline;
}

/** Records one problem at a JSON path of the file being checked. */
export type Report = (path: string, message: string) => void;

/** One class of check over one definition. */
export type Check = (definition: Definition, report: Report) => void;
