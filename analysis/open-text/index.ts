export { MIN_TEXT_LENGTH, openTextQuestions, openTexts, scrubOpenText, type OpenTextOptions, type OpenTextQuestion } from './open-text.ts';
export { NAME_REMOVED, scrubNames } from './names.ts';
