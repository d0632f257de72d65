import { Serializer } from 'survey-core';
import { ANSWER_TYPES } from '../validation/survey-tree.ts';
import { childPath } from './json-path.ts';
import type { Check } from './types.ts';

/** Every type Peil accepts in a survey: those the server validates answers for, plus html and panel. */
export const ACCEPTED_TYPES = [...ANSWER_TYPES, 'html', 'panel'];
const ACCEPTED = new Set(ACCEPTED_TYPES);
const LIST = ACCEPTED_TYPES.join(', ');

/**
 * Checks each element's `type`: present, known to SurveyJS, and one Peil accepts. Peil validates
 * answers on the server (docs/survey-format.md), so a SurveyJS type it cannot check is refused.
 */
export const checkQuestionTypes: Check = ({ outline }, report) => {
  for (const element of outline.elements) {
    if (element.isPage) {
      if (element.json === undefined) report(element.path, 'page-object');
      continue;
    }
    if (element.json === undefined) {
      report(element.path, 'element-object');
      continue;
    }
    const path = childPath(element.path, 'type');
    const type = element.type;
    if (type === undefined) report(path, 'type-missing', { accepted: LIST });
    else if (!Serializer.findClass(type)) report(path, 'type-unknown', { type, accepted: LIST });
    else if (!ACCEPTED.has(type)) report(path, 'type-not-accepted', { type, accepted: LIST });
  }
};
