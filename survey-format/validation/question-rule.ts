import type { AnswerRule, CommentRule } from './answer-rule.ts';
import { compileBooleanRule } from './boolean-rule.ts';
import { compileMultiChoiceRule, compileSingleChoiceRule } from './choice-rules.ts';
import { compileMatrixRule } from './matrix-rule.ts';
import { compileRatingRule } from './rating-rule.ts';
import type { JsonReader } from './survey-json.ts';
import { compileCommentRule, compileTextRule, type TextLimits } from './text-rules.ts';

// SurveyJS's supportOther() and supportComment() per accepted type.
const SUPPORTS_OTHER = new Set(['radiogroup', 'dropdown', 'checkbox', 'tagbox']);
const SUPPORTS_COMMENT = new Set([...SUPPORTS_OTHER, 'rating', 'boolean', 'matrix']);

/** Compiles the answer checks for one question of an accepted type, including its `<name>-Comment`. */
export function compileQuestionRule(q: JsonReader, type: string, limits: TextLimits): AnswerRule {
  const rule = ruleForType(q, type, limits);
  const comment = commentRuleOf(q, type, limits);
  return comment === undefined ? rule : { ...rule, comment };
}

function ruleForType(q: JsonReader, type: string, limits: TextLimits): AnswerRule {
  switch (type) {
    case 'text':
      return compileTextRule(q, limits);
    case 'comment':
      return compileCommentRule(q, limits);
    case 'radiogroup':
    case 'dropdown':
      return compileSingleChoiceRule(q);
    case 'checkbox':
    case 'tagbox':
      return compileMultiChoiceRule(q);
    case 'rating':
      return compileRatingRule(q);
    case 'boolean':
      return compileBooleanRule();
    case 'matrix':
      return compileMatrixRule(q);
    default:
      return q.fail('type-refused-here', { type: String(type) });
  }
}

function commentRuleOf(q: JsonReader, type: string, limits: TextLimits): CommentRule | undefined {
  const other = SUPPORTS_OTHER.has(type) && q.bool('showOtherItem', false);
  const area = SUPPORTS_COMMENT.has(type) && q.bool('showCommentArea', false);
  if (other && area) q.fail('other-with-comment');
  if (!other && !area) return undefined;
  return { mode: other ? 'other' : 'area', maxLength: limits.maxCommentLength };
}
