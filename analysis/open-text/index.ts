export { MIN_TEXT_LENGTH, openTextCollector, openTextQuestions, openTexts, openTextsBeside, scrubOpenText, type OpenTextCollector, type OpenTextOptions, type OpenTextQuestion } from './open-text.ts';
export { NAME_REMOVED, scrubNames } from './names.ts';
